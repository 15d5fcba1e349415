package io.github.supportkpi.staffing;

import java.time.Duration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Worked examples of the Erlang C model.
 *
 * <p>Reference values were computed with Python 3.11 on the development machine in two independent
 * ways that agree to 1e-15: the Erlang B recurrence in floating point, and the closed form
 * {@code P_w = (A^N/N!·N/(N−A)) / (Σ_{k<N} A^k/k! + A^N/N!·N/(N−A))} in exact rational arithmetic
 * ({@code fractions.Fraction}); then {@code SL = 1 − P_w·e^(−(N−A)·t/AHT)}, {@code ASA = P_w·AHT/(N−A)}.
 * The classic case (100 calls per 30 minutes, AHT 180 s, 80% in 20 s: 14 agents, P_w 0.1741, SL 0.8884,
 * ASA 7.84 s, occupancy 0.714) is also the worked example of the CRAN ErlangC and pyworkforce READMEs.
 */
class ErlangCTest {
    private static final Duration TWENTY_SECONDS = Duration.ofSeconds(20);
    private static final ErlangC CLASSIC = ErlangC.of(100, Duration.ofMinutes(30), Duration.ofSeconds(180));

    @Test
    void should_compute_ten_erlangs_for_the_classic_example() {
        // GIVEN 100 calls per 30 minutes with an AHT of 180 s
        // WHEN
        double a = CLASSIC.trafficIntensity();
        // THEN 100 * 180 / 1800
        assertThat(a).isEqualTo(10.0);
    }

    @Test
    void should_require_fourteen_agents_for_eighty_percent_in_twenty_seconds() {
        // GIVEN the classic goal
        StaffingGoal goal = StaffingGoal.ofPercent(80, TWENTY_SECONDS);
        // WHEN
        StaffingRequirement need = CLASSIC.requirement(goal);
        // THEN computed with Python 3 (see the class comment)
        assertThat(need.agents()).isEqualTo(14);
        assertThat(need.positions()).isEqualTo(14);
        StaffingOutcome o = need.outcome();
        assertThat(o.agents()).isEqualTo(14);
        assertThat(o.probabilityOfWaiting()).isCloseTo(0.17413193359504983, within(1e-12));
        assertThat(o.serviceLevel()).isCloseTo(0.8883500191794669, within(1e-12));
        assertThat(o.averageSpeedOfAnswer()).hasValueSatisfying(
                asa -> assertThat(asa.toNanos() / 1e9).isCloseTo(7.835937011777243, within(1e-9)));
        assertThat(o.occupancy()).isCloseTo(10.0 / 14, within(1e-15));
        assertThat(o.occupancyPercent()).isCloseTo(71.42857142857143, within(1e-12));
    }

    @Test
    void should_predict_the_outcome_of_thirteen_agents_which_misses_the_goal() {
        // GIVEN one agent fewer than required
        // WHEN
        StaffingOutcome o = CLASSIC.outcome(13, TWENTY_SECONDS);
        // THEN computed with Python 3 (see the class comment)
        assertThat(o.probabilityOfWaiting()).isCloseTo(0.28527045303649295, within(1e-12));
        assertThat(o.serviceLevel()).isCloseTo(0.7955947884177831, within(1e-12));
        assertThat(o.averageSpeedOfAnswer()).hasValueSatisfying(
                asa -> assertThat(asa.toNanos() / 1e9).isCloseTo(17.11622718218958, within(1e-9)));
        assertThat(o.meets(StaffingGoal.DEFAULT)).isFalse();
    }

    @Test
    void should_predict_outcomes_from_eleven_to_fifteen_agents() {
        // GIVEN P_w, SL and ASA computed with Python 3 (see the class comment) for N = 11..15
        double[][] expected = {
            {11, 0.6821182046893324, 0.3896138117291533, 122.78127684407983},
            {12, 0.44938822429827086, 0.6401580403740066, 40.44494018684438},
            {13, 0.28527045303649295, 0.7955947884177831, 17.11622718218958},
            {14, 0.17413193359504983, 0.8883500191794669, 7.835937011777243},
            {15, 0.10204236700798801, 0.9414528428690223, 3.6735252122875686},
        };
        for (double[] row : expected) {
            // WHEN
            StaffingOutcome o = CLASSIC.outcome((int) row[0], TWENTY_SECONDS);
            // THEN
            assertThat(o.probabilityOfWaiting()).as("P_w(%s)", row[0]).isCloseTo(row[1], within(1e-12));
            assertThat(o.serviceLevel()).as("SL(%s)", row[0]).isCloseTo(row[2], within(1e-12));
            assertThat(o.averageSpeedOfAnswer().orElseThrow().toNanos() / 1e9)
                    .as("ASA(%s)", row[0]).isCloseTo(row[3], within(1e-8));
        }
    }

    @Test
    void should_stay_accurate_for_hundreds_of_agents() {
        // GIVEN 10,000 calls an hour with an AHT of 300 s: 833.33 Erlangs
        ErlangC heavy = ErlangC.of(10_000, Duration.ofHours(1), Duration.ofSeconds(300));
        // WHEN
        StaffingRequirement need = heavy.requirement(StaffingGoal.DEFAULT);
        StaffingOutcome at860 = heavy.outcome(860, TWENTY_SECONDS);
        // THEN computed with Python 3 from the closed form in exact rationals (see the class comment)
        assertThat(need.agents()).isEqualTo(848);
        assertThat(need.outcome().probabilityOfWaiting()).isCloseTo(0.5024861620469673, within(1e-10));
        assertThat(need.outcome().serviceLevel()).isCloseTo(0.8109918145159409, within(1e-10));
        assertThat(at860.probabilityOfWaiting()).isCloseTo(0.26014960570219386, within(1e-10));
        assertThat(at860.serviceLevel()).isCloseTo(0.9560312526386913, within(1e-10));
        assertThat(at860.averageSpeedOfAnswer().orElseThrow().toNanos() / 1e9)
                .isCloseTo(2.9266830641496853, within(1e-8));
    }

    @Test
    void should_not_overflow_for_very_heavy_traffic() {
        // GIVEN 50,000 Erlangs, where A^N/N! overflows a double many times over
        ErlangC huge = ErlangC.of(50_000, Duration.ofSeconds(300), Duration.ofSeconds(300));
        // WHEN
        StaffingRequirement need = huge.requirement(StaffingGoal.DEFAULT);
        // THEN a finite answer a little above the traffic intensity
        assertThat(need.agents()).isBetween(50_001, 50_500);
        assertThat(need.outcome().serviceLevel()).isBetween(0.8, 1.0);
        assertThat(huge.outcome(need.agents() - 1, TWENTY_SECONDS).serviceLevel()).isLessThan(0.8);
    }

    @Test
    void should_meet_a_stricter_goal_with_more_agents() {
        // GIVEN 90% in 15 s
        StaffingGoal goal = StaffingGoal.ofPercent(90, Duration.ofSeconds(15));
        // WHEN
        StaffingRequirement need = CLASSIC.requirement(goal);
        // THEN computed with Python 3: SL(15 agents, 15 s) = 0.932729525666509
        assertThat(need.agents()).isEqualTo(15);
        assertThat(need.outcome().serviceLevel()).isCloseTo(0.932729525666509, within(1e-12));
    }

    @Test
    void should_add_agents_to_respect_the_occupancy_cap() {
        // GIVEN the classic goal with occupancy at most 70%: 14 agents would be 71.4% busy
        StaffingGoal goal = StaffingGoal.DEFAULT.withMaxOccupancyPercent(70);
        // WHEN
        StaffingRequirement need = CLASSIC.requirement(goal);
        // THEN 10 / 15 = 66.7%
        assertThat(need.agents()).isEqualTo(15);
        assertThat(need.outcome().occupancy()).isCloseTo(2.0 / 3, within(1e-15));
    }

    @Test
    void should_schedule_positions_after_shrinkage_without_rounding_up_by_error() {
        // GIVEN the classic goal with 30% shrinkage: 14 / 0.7 is 20.000000000000004 in double
        StaffingGoal goal = StaffingGoal.DEFAULT.withShrinkagePercent(30);
        // WHEN
        StaffingRequirement need = CLASSIC.requirement(goal);
        // THEN
        assertThat(need.agents()).isEqualTo(14);
        assertThat(need.positions()).isEqualTo(20);
    }

    @Test
    void should_require_no_agents_for_no_traffic() {
        // GIVEN no calls
        ErlangC none = ErlangC.of(0, Duration.ofMinutes(30), Duration.ofSeconds(180));
        // WHEN
        StaffingRequirement need = none.requirement(StaffingGoal.DEFAULT.withShrinkagePercent(30));
        // THEN
        assertThat(need.agents()).isZero();
        assertThat(need.positions()).isZero();
        assertThat(need.outcome().probabilityOfWaiting()).isZero();
        assertThat(need.outcome().serviceLevel()).isEqualTo(1.0);
        assertThat(need.outcome().averageSpeedOfAnswer()).contains(Duration.ZERO);
        assertThat(need.outcome().occupancy()).isZero();
    }

    @Test
    void should_report_an_unstable_queue_without_nan_when_agents_do_not_exceed_the_traffic() {
        // GIVEN 10 Erlangs and 10 agents
        // WHEN
        StaffingOutcome o = CLASSIC.outcome(10, TWENTY_SECONDS);
        // THEN
        assertThat(o.isStable()).isFalse();
        assertThat(o.probabilityOfWaiting()).isEqualTo(1.0);
        assertThat(o.serviceLevel()).isZero();
        assertThat(o.averageSpeedOfAnswer()).isEmpty();
        assertThat(o.occupancy()).isEqualTo(1.0);
    }

    @Test
    void should_give_the_service_level_as_one_minus_probability_of_waiting_at_zero_target() {
        // GIVEN a target answer time of zero
        // WHEN
        StaffingOutcome o = CLASSIC.outcome(14, Duration.ZERO);
        // THEN
        assertThat(o.serviceLevel()).isCloseTo(1 - 0.17413193359504983, within(1e-12));
    }

    @Test
    void should_refuse_zero_agents_for_positive_traffic() {
        assertThatThrownBy(() -> CLASSIC.outcome(0, TWENTY_SECONDS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("agents must be positive for positive traffic (10.0 Erlangs): 0");
    }

    @Test
    void should_refuse_negative_agents() {
        assertThatThrownBy(() -> CLASSIC.outcome(-1, TWENTY_SECONDS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("agents must not be negative: -1");
    }

    @Test
    void should_refuse_a_negative_target_answer_time() {
        assertThatThrownBy(() -> CLASSIC.outcome(14, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("targetAnswerTime must not be negative: PT-1S");
    }

    @Test
    void should_refuse_negative_or_non_finite_arrivals() {
        assertThatThrownBy(() -> ErlangC.of(-1, Duration.ofMinutes(30), Duration.ofSeconds(180)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("arrivals must be finite and not negative: -1.0");
        assertThatThrownBy(() -> ErlangC.of(Double.NaN, Duration.ofMinutes(30), Duration.ofSeconds(180)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("arrivals must be finite and not negative: NaN");
        assertThatThrownBy(() -> ErlangC.of(Double.POSITIVE_INFINITY, Duration.ofMinutes(30), Duration.ofSeconds(180)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("arrivals must be finite and not negative: Infinity");
    }

    @Test
    void should_refuse_a_non_positive_interval() {
        assertThatThrownBy(() -> ErlangC.of(100, Duration.ZERO, Duration.ofSeconds(180)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("interval must be positive: PT0S");
    }

    @Test
    void should_refuse_a_non_positive_average_handle_time() {
        assertThatThrownBy(() -> ErlangC.of(100, Duration.ofMinutes(30), Duration.ofSeconds(-5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("averageHandleTime must be positive: PT-5S");
    }

    @Test
    void should_refuse_null_durations() {
        assertThatThrownBy(() -> ErlangC.of(100, null, Duration.ofSeconds(180)))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("interval");
        assertThatThrownBy(() -> ErlangC.of(100, Duration.ofMinutes(30), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("averageHandleTime");
    }

    @Test
    void should_refuse_traffic_beyond_a_million_erlangs() {
        assertThatThrownBy(() -> ErlangC.of(2_000_000, Duration.ofMinutes(5), Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("traffic intensity must be at most 1000000 Erlangs: 2000000.0"
                        + " (2000000.0 arrivals per PT5M, AHT PT5M)");
    }

    @Test
    void should_refuse_an_occupancy_cap_needing_more_agents_than_the_maximum() {
        // GIVEN 1,000 Erlangs at most 0.0000001% busy: 10^12 agents
        ErlangC heavy = ErlangC.of(1000, Duration.ofMinutes(5), Duration.ofMinutes(5));
        StaffingGoal goal = StaffingGoal.DEFAULT.withMaxOccupancy(1e-9);
        // WHEN / THEN
        assertThatThrownBy(() -> heavy.requirement(goal))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxOccupancy must allow at most 10000000 agents (StaffingModel.MAX_AGENTS) for 1000.0"
                        + " Erlangs: 1.0E-9 needs 1000000000000");
    }
}
