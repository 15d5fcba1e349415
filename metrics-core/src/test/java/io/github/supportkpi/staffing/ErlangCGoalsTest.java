package io.github.supportkpi.staffing;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Erlang C requirements for every kind of goal, exact occupancy and shrinkage, and bounded work.
 *
 * <p>Reference values come from the Erlang C closed form in 60-digit decimal arithmetic
 * ({@link QueueReference#erlangC}), searched agent by agent in the test, and from integer arithmetic for
 * occupancy caps: {@code A / N <= c} for {@code A = v · 180 / 1800} and {@code c = 70%} is {@code N >= v / 7}.
 * The classic case (100 calls per 30 minutes, AHT 180 s) is the worked example of the CRAN ErlangC and
 * pyworkforce READMEs.
 */
class ErlangCGoalsTest {
    private static final Duration TWENTY_SECONDS = Duration.ofSeconds(20);
    private static final Duration HALF_HOUR = Duration.ofMinutes(30);
    private static final Duration AHT = Duration.ofSeconds(180);
    private static final ErlangC CLASSIC = ErlangC.of(100, HALF_HOUR, AHT);

    /** The smallest {@code n > a} whose reference outcome passes. */
    private static int smallest(double a, IntPredicate passes) {
        int n = (int) Math.floor(a) + 1;
        while (!passes.test(n)) {
            n++;
        }
        return n;
    }

    private static double[] reference(int n) {
        return QueueReference.erlangC(BigDecimal.TEN, n, 20, 180);
    }

    @Test
    void should_staff_for_an_average_speed_of_answer() {
        // GIVEN answer on average within 30 s, no service-level goal
        StaffingGoal goal = StaffingGoal.NONE.withMaxAverageSpeedOfAnswer(Duration.ofSeconds(30));
        // WHEN
        StaffingRequirement need = CLASSIC.requirement(goal);
        // THEN ASA(12) = 40.4 s, ASA(13) = 17.1 s by the closed form
        assertThat(need.agents()).isEqualTo(smallest(10, n -> reference(n)[2] <= 30)).isEqualTo(13);
        assertThat(need.outcome().averageSpeedOfAnswer().orElseThrow().toNanos() / 1e9)
                .isCloseTo(reference(13)[2], within(1e-8));
    }

    @Test
    void should_staff_for_a_probability_of_waiting() {
        // GIVEN at most half the callers wait, the textbook goal for the Anonymous Bank call log
        StaffingGoal goal = StaffingGoal.NONE.withMaxProbabilityOfWaiting(0.5);
        // WHEN
        StaffingRequirement need = CLASSIC.requirement(goal);
        // THEN P_w(11) = 0.682, P_w(12) = 0.449
        assertThat(need.agents()).isEqualTo(smallest(10, n -> reference(n)[0] <= 0.5)).isEqualTo(12);
        assertThat(need.outcome().probabilityOfWaiting()).isCloseTo(reference(12)[0], within(1e-12));
    }

    @Test
    void should_staff_for_every_part_of_a_combined_goal() {
        // GIVEN 80/20 and ASA <= 5 s and occupancy <= 85%
        StaffingGoal goal = StaffingGoal.DEFAULT.withMaxAverageSpeedOfAnswer(Duration.ofSeconds(5))
                .withMaxOccupancyPercent(85);
        // WHEN
        StaffingRequirement need = CLASSIC.requirement(goal);
        // THEN 80/20 alone needs 14, ASA <= 5 s needs 15 (ASA(14) = 7.8 s, ASA(15) = 3.7 s), 85% needs 12
        int expected = smallest(10, n -> reference(n)[1] >= 0.8 && reference(n)[2] <= 5 && 10.0 / n <= 0.85);
        assertThat(need.agents()).isEqualTo(expected).isEqualTo(15);
        assertThat(CLASSIC.requirement(StaffingGoal.DEFAULT.withMaxAverageSpeedOfAnswer(Duration.ofSeconds(30))
                .withMaxOccupancyPercent(85)).agents()).isEqualTo(14);
    }

    @Test
    void should_plan_fourteen_agents_for_98_calls_at_a_70_percent_cap() {
        // GIVEN 98 calls per 30 minutes at 180 s: 9.8 Erlangs, exactly 70% of 14 agents
        ErlangC traffic = ErlangC.of(98, HALF_HOUR, AHT);
        assertThat(traffic.trafficIntensity() / 14).isGreaterThan(0.7); // 0.7000000000000001 in double
        // WHEN
        StaffingRequirement need = traffic.requirement(StaffingGoal.DEFAULT.withMaxOccupancyPercent(70));
        // THEN
        assertThat(need.agents()).isEqualTo(14);
        assertThat(need.outcome().occupancy()).isEqualTo(0.7);
        assertThat(need.outcome().meets(StaffingGoal.DEFAULT.withMaxOccupancyPercent(70))).isTrue();
    }

    @Test
    void should_plan_the_exact_occupancy_bound_for_every_volume_from_1_to_400() {
        // GIVEN 1..400 calls per 30 minutes at 180 s (v/10 Erlangs), 80/20 and occupancy at most 70%
        StaffingGoal goal = StaffingGoal.DEFAULT.withMaxOccupancyPercent(70);
        List<Integer> onTheBoundary = new ArrayList<>();
        for (int v = 1; v <= 400; v++) {
            ErlangC traffic = ErlangC.of(v, HALF_HOUR, AHT);
            int bySl = traffic.requirement(StaffingGoal.DEFAULT).agents();
            int byCap = (v + 6) / 7; // ceil(v / 7), in integers
            // WHEN
            int agents = traffic.requirement(goal).agents();
            // THEN the larger of the two, whatever double arithmetic says of A / N at the cap
            assertThat(agents).as("%s calls", v).isEqualTo(Math.max(bySl, byCap));
            if (v % 7 == 0 && byCap >= bySl && traffic.trafficIntensity() / byCap > 0.7) {
                onTheBoundary.add(v);
            }
        }
        // AND the scan holds the volumes where the double quotient overshoots an exact 70%
        assertThat(onTheBoundary).contains(98).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void should_plan_fractional_forecasts() {
        // GIVEN 6.75 calls an hour, an average over four days, at 180 s: 0.3375 Erlangs
        ErlangC traffic = ErlangC.of(6.75, Duration.ofHours(1), AHT);
        // WHEN
        StaffingRequirement need = traffic.requirement(StaffingGoal.DEFAULT);
        StaffingOutcome one = traffic.outcome(1, TWENTY_SECONDS);
        // THEN by the closed form
        double[] ref = QueueReference.erlangC(new BigDecimal("0.3375"), 1, 20, 180);
        assertThat(traffic.trafficIntensity()).isEqualTo(0.3375);
        assertThat(one.probabilityOfWaiting()).isCloseTo(ref[0], within(1e-15));
        assertThat(one.serviceLevel()).isCloseTo(ref[1], within(1e-15));
        assertThat(need.agents()).isEqualTo(smallest(0.3375,
                n -> QueueReference.erlangC(new BigDecimal("0.3375"), n, 20, 180)[1] >= 0.8));
    }

    @Test
    void should_compute_the_largest_agent_count_at_once() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            // GIVEN / WHEN
            StaffingOutcome o = CLASSIC.outcome(Integer.MAX_VALUE, TWENTY_SECONDS);
            // THEN nobody waits
            assertThat(o.probabilityOfWaiting()).isZero();
            assertThat(o.serviceLevel()).isEqualTo(1.0);
            assertThat(o.averageSpeedOfAnswer()).contains(Duration.ZERO);
            assertThat(o.occupancy()).isCloseTo(10.0 / Integer.MAX_VALUE, within(1e-20));
        });
    }

    @Test
    void should_meet_a_tiny_occupancy_cap_at_once() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            // GIVEN 10 Erlangs at most 0.001% busy
            // WHEN
            StaffingRequirement need = CLASSIC.requirement(StaffingGoal.DEFAULT.withMaxOccupancy(1e-5));
            // THEN exactly 10 / 0.00001
            assertThat(need.agents()).isEqualTo(1_000_000);
        });
    }

    @Test
    void should_need_only_a_stable_queue_for_no_goal() {
        // GIVEN no constraint
        // WHEN / THEN 10 Erlangs need 11 agents; 9.8 Erlangs need 10
        assertThat(CLASSIC.requirement(StaffingGoal.NONE).agents()).isEqualTo(11);
        assertThat(ErlangC.of(98, HALF_HOUR, AHT).requirement(StaffingGoal.NONE).agents()).isEqualTo(10);
    }
}
