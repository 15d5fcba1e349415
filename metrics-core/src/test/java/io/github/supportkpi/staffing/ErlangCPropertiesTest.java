package io.github.supportkpi.staffing;

import java.math.BigInteger;
import java.time.Duration;
import org.junit.jupiter.api.Test;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

/** Properties of the Erlang C model over generated traffic. */
class ErlangCPropertiesTest {
    private static final Duration INTERVAL = Duration.ofMinutes(30);

    private static ErlangC traffic(int calls, double ahtSeconds) {
        return ErlangC.of(calls, INTERVAL, Duration.ofNanos(Math.round(ahtSeconds * 1e9)));
    }

    @Test
    void should_raise_service_level_and_lower_asa_as_agents_are_added() {
        qt().forAll(integers().between(1, 500), doubles().between(10, 600), integers().between(0, 60))
                .check((calls, aht, target) -> {
                    ErlangC c = traffic(calls, aht);
                    Duration t = Duration.ofSeconds(target);
                    int n = (int) Math.floor(c.trafficIntensity()) + 1;
                    StaffingOutcome previous = c.outcome(n, t);
                    for (int i = 0; i < 30; i++, n++) {
                        StaffingOutcome next = c.outcome(n + 1, t);
                        if (next.serviceLevel() < previous.serviceLevel()
                                || next.averageSpeedOfAnswer().orElseThrow()
                                        .compareTo(previous.averageSpeedOfAnswer().orElseThrow()) > 0
                                || next.probabilityOfWaiting() > previous.probabilityOfWaiting()) {
                            return false;
                        }
                        previous = next;
                    }
                    return true;
                });
    }

    @Test
    void should_keep_every_outcome_within_range_for_any_agents() {
        qt().forAll(integers().between(0, 500), doubles().between(10, 600), integers().between(1, 400))
                .check((calls, aht, agents) -> {
                    StaffingOutcome o = traffic(calls, aht).outcome(agents, Duration.ofSeconds(20));
                    return o.probabilityOfWaiting() >= 0 && o.probabilityOfWaiting() <= 1
                            && o.serviceLevel() >= 0 && o.serviceLevel() <= 1
                            && o.occupancy() >= 0 && o.occupancy() <= 1
                            && o.averageSpeedOfAnswer().map(asa -> !asa.isNegative()).orElse(true);
                });
    }

    @Test
    void should_never_require_fewer_agents_for_more_volume() {
        qt().forAll(integers().between(1, 500), integers().between(1, 50), doubles().between(10, 600))
                .check((calls, more, aht) -> traffic(calls + more, aht).requirement(StaffingGoal.DEFAULT).agents()
                        >= traffic(calls, aht).requirement(StaffingGoal.DEFAULT).agents());
    }

    @Test
    void should_never_require_fewer_agents_for_longer_handle_time() {
        qt().forAll(integers().between(1, 500), doubles().between(10, 600), doubles().between(0.01, 120))
                .check((calls, aht, longer) -> traffic(calls, aht + longer).requirement(StaffingGoal.DEFAULT).agents()
                        >= traffic(calls, aht).requirement(StaffingGoal.DEFAULT).agents());
    }

    @Test
    void should_always_require_more_agents_than_the_traffic_intensity() {
        qt().forAll(integers().between(1, 2000), doubles().between(1, 900), doubles().between(0.05, 0.95))
                .check((calls, aht, goal) -> {
                    ErlangC c = traffic(calls, aht);
                    StaffingRequirement need = c.requirement(StaffingGoal.of(goal, Duration.ofSeconds(20)));
                    boolean fewerFail = need.agents() == 1
                            || c.outcome(need.agents() - 1, Duration.ofSeconds(20)).serviceLevel() < goal;
                    return need.agents() > c.trafficIntensity()
                            && need.outcome().serviceLevel() >= goal
                            && fewerFail;
                });
    }

    @Test
    void should_schedule_the_smallest_whole_positions_covering_the_agents() {
        qt().forAll(integers().between(0, 100_000), integers().between(0, 99))
                .check((agents, percent) -> {
                    int positions = StaffingGoal.DEFAULT.withShrinkagePercent(percent).positions(agents);
                    // exact in integers: positions * (100 - s) >= agents * 100 > (positions - 1) * (100 - s)
                    long avail = 100 - percent;
                    return positions * avail >= agents * 100L
                            && (positions == 0 || (positions - 1) * avail < agents * 100L);
                });
    }

    @Test
    void should_never_require_fewer_agents_for_a_stricter_goal() {
        qt().forAll(integers().between(1, 1000), doubles().between(10, 600), doubles().between(0.05, 0.9))
                .check((calls, aht, share) -> {
                    ErlangC c = traffic(calls, aht);
                    double stricter = share * 0.9;
                    Duration t = Duration.ofSeconds(20);
                    return c.requirement(StaffingGoal.of(share + (1 - share) * 0.1, t)).agents()
                                    >= c.requirement(StaffingGoal.of(share, t)).agents()
                            && c.requirement(StaffingGoal.NONE.withMaxProbabilityOfWaiting(stricter)).agents()
                                    >= c.requirement(StaffingGoal.NONE.withMaxProbabilityOfWaiting(share)).agents()
                            && c.requirement(StaffingGoal.NONE.withMaxAverageSpeedOfAnswer(
                                            Duration.ofNanos(Math.round(aht * stricter * 1e9)))).agents()
                                    >= c.requirement(StaffingGoal.NONE.withMaxAverageSpeedOfAnswer(
                                            Duration.ofNanos(Math.round(aht * share * 1e9)))).agents()
                            && c.requirement(StaffingGoal.NONE.withMaxOccupancy(share)).agents()
                                    >= c.requirement(StaffingGoal.NONE.withMaxOccupancy(share + 0.1)).agents()
                            && c.requirement(StaffingGoal.DEFAULT.withMaxAverageSpeedOfAnswer(Duration.ofSeconds(30))).agents()
                                    >= c.requirement(StaffingGoal.DEFAULT).agents();
                });
    }

    @Test
    void should_never_require_fewer_agents_for_more_volume_under_a_combined_goal() {
        StaffingGoal goal = StaffingGoal.DEFAULT.withMaxAverageSpeedOfAnswer(Duration.ofSeconds(15))
                .withMaxOccupancyPercent(85).withMaxProbabilityOfWaitingPercent(40);
        qt().forAll(doubles().between(0, 2000), doubles().between(0.001, 50), doubles().between(10, 600))
                .check((calls, more, aht) -> {
                    ErlangC less = ErlangC.of(calls, INTERVAL, Duration.ofNanos(Math.round(aht * 1e9)));
                    ErlangC heavier = ErlangC.of(calls + more, INTERVAL, Duration.ofNanos(Math.round(aht * 1e9)));
                    return heavier.requirement(goal).agents() >= less.requirement(goal).agents();
                });
    }

    @Test
    void should_meet_an_occupancy_cap_with_exactly_the_agents_integer_arithmetic_gives() {
        // A = calls · aht / 1800 with whole calls and seconds; A / N <= p / 100 iff 100 · calls · aht <= p · 1800 · N
        qt().forAll(integers().between(1, 5000), integers().between(1, 900), integers().between(1, 100))
                .check((calls, aht, percent) -> {
                    ErlangC c = traffic(calls, aht);
                    int agents = c.requirement(StaffingGoal.NONE.withMaxOccupancyPercent(percent)).agents();
                    BigInteger work = BigInteger.valueOf(100L * calls * aht);
                    BigInteger perAgent = BigInteger.valueOf(percent * 1800L);
                    BigInteger[] qr = work.divideAndRemainder(perAgent);
                    long byCap = qr[0].longValue() + (qr[1].signum() > 0 ? 1 : 0);
                    long stable = (long) calls * aht / 1800 + 1; // floor(A) + 1, in integers
                    return agents == Math.max(byCap, stable);
                });
    }

    @Test
    void should_schedule_exact_positions_for_a_shrinkage_computed_in_floating_point() {
        // shrinkage 1 - k/100 computed in double, as a spreadsheet would: positions * k >= agents * 100
        qt().forAll(integers().between(0, 100_000), integers().between(1, 100))
                .check((agents, k) -> {
                    int positions = StaffingGoal.DEFAULT.withShrinkage(1 - k / 100.0).positions(agents);
                    return (long) positions * k >= agents * 100L
                            && (positions == 0 || (long) (positions - 1) * k < agents * 100L);
                });
    }
}
