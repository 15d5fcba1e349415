package io.github.supportkpi.staffing;

import java.time.Duration;
import org.junit.jupiter.api.Test;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

/** Properties of the Erlang A model over generated traffic, patience and goals. */
class ErlangAPropertiesTest {
    private static final Duration INTERVAL = Duration.ofMinutes(30);
    private static final Duration TWENTY_SECONDS = Duration.ofSeconds(20);

    private static Duration seconds(double s) {
        return Duration.ofNanos(Math.round(s * 1e9));
    }

    private static ErlangA traffic(double calls, double aht, double patience) {
        return ErlangA.of(calls, INTERVAL, seconds(aht), seconds(patience));
    }

    private static boolean inRange(StaffingOutcome o) {
        return o.probabilityOfWaiting() >= 0 && o.probabilityOfWaiting() <= 1
                && o.serviceLevel() >= 0 && o.serviceLevel() <= 1
                && o.occupancy() >= 0 && o.occupancy() <= 1
                && o.probabilityOfAbandonment() >= 0 && o.probabilityOfAbandonment() <= o.probabilityOfWaiting() + 1e-12
                && o.serviceLevel() <= 1 - o.probabilityOfAbandonment() + 1e-12
                && o.averageSpeedOfAnswer().map(asa -> !asa.isNegative()).orElse(false);
    }

    @Test
    void should_keep_every_outcome_within_range_for_any_agents_and_patience() {
        qt().forAll(doubles().between(0.5, 3000), doubles().between(10, 900), doubles().between(1, 7200),
                        integers().between(1, 2000))
                .check((calls, aht, patience, agents) -> inRange(traffic(calls, aht, patience).outcome(agents, TWENTY_SECONDS)));
    }

    @Test
    void should_improve_every_measure_as_agents_are_added() {
        qt().forAll(doubles().between(1, 800), doubles().between(30, 600), doubles().between(5, 1800),
                        integers().between(0, 60))
                .check((calls, aht, patience, target) -> {
                    ErlangA a = traffic(calls, aht, patience);
                    Duration t = Duration.ofSeconds(target);
                    int from = Math.max(1, (int) (a.trafficIntensity() * 0.5));
                    StaffingOutcome previous = a.outcome(from, t);
                    for (int n = from + 1; n < from + 40; n++) {
                        StaffingOutcome next = a.outcome(n, t);
                        double eps = 1e-12;
                        if (next.serviceLevel() < previous.serviceLevel() - eps
                                || next.probabilityOfWaiting() > previous.probabilityOfWaiting() + eps
                                || next.probabilityOfAbandonment() > previous.probabilityOfAbandonment() + eps
                                || next.occupancy() > previous.occupancy() + eps
                                || next.averageSpeedOfAnswer().orElseThrow()
                                        .compareTo(previous.averageSpeedOfAnswer().orElseThrow().plusNanos(1)) > 0) {
                            return false;
                        }
                        previous = next;
                    }
                    return true;
                });
    }

    @Test
    void should_require_the_fewest_agents_meeting_the_goal() {
        qt().forAll(doubles().between(1, 1500), doubles().between(30, 600), doubles().between(5, 1800),
                        doubles().between(0.5, 0.95))
                .check((calls, aht, patience, sl) -> {
                    ErlangA a = traffic(calls, aht, patience);
                    StaffingGoal goal = StaffingGoal.of(sl, TWENTY_SECONDS).withMaxAbandonmentPercent(10);
                    StaffingRequirement need = a.requirement(goal);
                    return need.outcome().meets(goal)
                            && need.outcome().equals(a.outcome(need.agents(), TWENTY_SECONDS))
                            && (need.agents() == 1 || !a.outcome(need.agents() - 1, TWENTY_SECONDS).meets(goal));
                });
    }

    @Test
    void should_never_require_fewer_agents_for_more_volume() {
        qt().forAll(doubles().between(1, 1000), doubles().between(0.1, 100), doubles().between(30, 600),
                        doubles().between(5, 1800))
                .check((calls, more, aht, patience) -> {
                    StaffingGoal goal = StaffingGoal.DEFAULT.withMaxAverageSpeedOfAnswer(Duration.ofSeconds(30))
                            .withMaxAbandonmentPercent(5);
                    return traffic(calls + more, aht, patience).requirement(goal).agents()
                            >= traffic(calls, aht, patience).requirement(goal).agents();
                });
    }

    @Test
    void should_never_require_fewer_agents_for_a_stricter_goal() {
        qt().forAll(doubles().between(1, 1000), doubles().between(30, 600), doubles().between(5, 1800),
                        doubles().between(0.05, 0.9))
                .check((calls, aht, patience, share) -> {
                    ErlangA a = traffic(calls, aht, patience);
                    double stricter = share * 0.9;
                    int sl = a.requirement(StaffingGoal.of(share, TWENTY_SECONDS)).agents();
                    int slStricter = a.requirement(StaffingGoal.of(share + (1 - share) * 0.1, TWENTY_SECONDS)).agents();
                    int ab = a.requirement(StaffingGoal.NONE.withMaxAbandonment(share)).agents();
                    int abStricter = a.requirement(StaffingGoal.NONE.withMaxAbandonment(stricter)).agents();
                    int pw = a.requirement(StaffingGoal.NONE.withMaxProbabilityOfWaiting(share)).agents();
                    int pwStricter = a.requirement(StaffingGoal.NONE.withMaxProbabilityOfWaiting(stricter)).agents();
                    Duration asa = seconds(aht * share);
                    int asaNeed = a.requirement(StaffingGoal.NONE.withMaxAverageSpeedOfAnswer(asa)).agents();
                    int asaStricter = a.requirement(StaffingGoal.NONE.withMaxAverageSpeedOfAnswer(
                            seconds(aht * stricter))).agents();
                    int occ = a.requirement(StaffingGoal.NONE.withMaxOccupancy(share + 0.1)).agents();
                    int occStricter = a.requirement(StaffingGoal.NONE.withMaxOccupancy(share)).agents();
                    return slStricter >= sl && abStricter >= ab && pwStricter >= pw && asaStricter >= asaNeed
                            && occStricter >= occ;
                });
    }

    @Test
    void should_approach_erlang_c_as_patience_grows_without_bound() {
        // up to 100 Erlangs, so that 100,000 handle times of patience stay within MAX_ARRIVALS_PER_PATIENCE
        qt().forAll(doubles().between(1, 300), doubles().between(30, 600), integers().between(1, 10),
                        integers().between(0, 60))
                .check((calls, aht, extra, target) -> {
                    ErlangC c = ErlangC.of(calls, INTERVAL, seconds(aht));
                    int n = (int) Math.floor(c.trafficIntensity()) + 1 + extra; // N − A at least 1
                    Duration t = Duration.ofSeconds(target);
                    StaffingOutcome oc = c.outcome(n, t);
                    double previous = Double.POSITIVE_INFINITY;
                    // patience 1,000, 10,000, 100,000 times the handle time: the gap shrinks about tenfold each
                    // time, abandonment as 1 / patience
                    for (double times = 1_000; times <= 100_000; times *= 10) {
                        StaffingOutcome oa = c.withAveragePatience(seconds(aht * times)).outcome(n, t);
                        double gap = Math.max(Math.abs(oa.serviceLevel() - oc.serviceLevel()),
                                Math.max(Math.abs(oa.probabilityOfWaiting() - oc.probabilityOfWaiting()),
                                        Math.abs(oa.averageSpeedOfAnswer().orElseThrow().toNanos()
                                                - oc.averageSpeedOfAnswer().orElseThrow().toNanos()) / 1e9 / aht));
                        if (!(gap <= previous / 5 + 1e-9) || oa.probabilityOfAbandonment() > 1 / times) {
                            return false;
                        }
                        previous = gap;
                    }
                    // at 100,000 handle times of patience, within 0.2% of Erlang C's numbers
                    return previous <= 0.002;
                });
    }

    @Test
    void should_abandon_less_as_callers_grow_more_patient() {
        qt().forAll(doubles().between(1, 800), doubles().between(30, 600), doubles().between(5, 1800),
                        doubles().between(0.3, 1.5))
                .check((calls, aht, patience, share) -> {
                    int n = Math.max(1, (int) (calls * aht / 1800 * share));
                    double shorter = traffic(calls, aht, patience).outcome(n, TWENTY_SECONDS).probabilityOfAbandonment();
                    double longer = traffic(calls, aht, patience * 2).outcome(n, TWENTY_SECONDS).probabilityOfAbandonment();
                    return longer <= shorter + 1e-12;
                });
    }
}
