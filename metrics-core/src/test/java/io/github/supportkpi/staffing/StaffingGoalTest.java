package io.github.supportkpi.staffing;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StaffingGoalTest {
    private static final Duration TWENTY_SECONDS = Duration.ofSeconds(20);

    @Test
    void should_default_to_eighty_percent_in_twenty_seconds_without_cap_or_shrinkage() {
        // GIVEN / WHEN
        StaffingGoal goal = StaffingGoal.DEFAULT;
        // THEN
        assertThat(goal).isEqualTo(StaffingGoal.ofPercent(80, TWENTY_SECONDS));
        assertThat(goal.serviceLevel()).isEqualTo(0.8);
        assertThat(goal.serviceLevelPercent()).isEqualTo(80.0);
        assertThat(goal.maxOccupancy()).isEqualTo(1.0);
        assertThat(goal.shrinkage()).isZero();
    }

    @Test
    void should_convert_percentages_to_fractions() {
        // GIVEN / WHEN
        StaffingGoal goal = StaffingGoal.ofPercent(90, Duration.ofSeconds(15))
                .withMaxOccupancyPercent(85)
                .withShrinkagePercent(30);
        // THEN
        assertThat(goal).isEqualTo(new StaffingGoal(0.9, Duration.ofSeconds(15), 0.85, 0.3));
    }

    @Test
    void should_copy_with_another_value() {
        // GIVEN
        StaffingGoal goal = StaffingGoal.DEFAULT;
        // WHEN / THEN
        assertThat(goal.withServiceLevel(0.9).serviceLevel()).isEqualTo(0.9);
        assertThat(goal.withTargetAnswerTime(Duration.ofSeconds(30)).targetAnswerTime())
                .isEqualTo(Duration.ofSeconds(30));
        assertThat(goal.withMaxOccupancy(0.85).maxOccupancy()).isEqualTo(0.85);
        assertThat(goal.withShrinkage(0.35).shrinkage()).isEqualTo(0.35);
    }

    @Test
    void should_turn_21_agents_at_30_percent_shrinkage_into_30_positions_not_31() {
        // GIVEN 30% shrinkage, where 21 / (1 - 0.3) is 30.000000000000004 in double arithmetic
        StaffingGoal goal = StaffingGoal.DEFAULT.withShrinkage(0.3);
        assertThat(21 / (1 - 0.3)).isGreaterThan(30.0);
        // WHEN
        int positions = goal.positions(21);
        // THEN
        assertThat(positions).isEqualTo(30);
    }

    @Test
    void should_round_positions_up_when_the_quotient_is_not_whole() {
        // GIVEN 30% shrinkage
        StaffingGoal goal = StaffingGoal.DEFAULT.withShrinkagePercent(30);
        // WHEN / THEN 22 / 0.7 = 31.43, 14 / 0.7 = 20, 0 / 0.7 = 0
        assertThat(goal.positions(22)).isEqualTo(32);
        assertThat(goal.positions(14)).isEqualTo(20);
        assertThat(goal.positions(0)).isZero();
        assertThat(StaffingGoal.DEFAULT.positions(17)).isEqualTo(17);
    }

    @Test
    void should_refuse_negative_agents_for_positions() {
        assertThatThrownBy(() -> StaffingGoal.DEFAULT.positions(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("agents must not be negative: -1");
    }

    @Test
    void should_refuse_a_service_level_of_one_hundred_percent_and_read_zero_as_none() {
        assertThatThrownBy(() -> StaffingGoal.of(1.0, TWENTY_SECONDS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("serviceLevel must be within [0, 1) (0 for none; 100% would need infinitely many agents): 1.0");
        assertThatThrownBy(() -> StaffingGoal.of(-0.1, TWENTY_SECONDS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("serviceLevel must be within [0, 1) (0 for none; 100% would need infinitely many agents): -0.1");
        assertThatThrownBy(() -> StaffingGoal.of(Double.NaN, TWENTY_SECONDS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("serviceLevel must be within [0, 1) (0 for none; 100% would need infinitely many agents): NaN");
        assertThatThrownBy(() -> StaffingGoal.ofPercent(100, TWENTY_SECONDS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("serviceLevelPercent must be within [0, 100) (0 for none; 100% would need infinitely many agents): 100.0");
        // a service level of 0 asks for nothing: any stable queue meets it
        assertThat(StaffingGoal.of(0.0, TWENTY_SECONDS)).isEqualTo(StaffingGoal.NONE);
    }

    @Test
    void should_refuse_a_negative_or_missing_target_answer_time() {
        assertThatThrownBy(() -> StaffingGoal.of(0.8, Duration.ofSeconds(-20)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("targetAnswerTime must not be negative: PT-20S");
        assertThatThrownBy(() -> StaffingGoal.of(0.8, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("targetAnswerTime");
    }

    @Test
    void should_refuse_an_occupancy_cap_at_or_below_zero_or_above_one() {
        assertThatThrownBy(() -> StaffingGoal.DEFAULT.withMaxOccupancy(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxOccupancy must be within (0, 1]: 0.0");
        assertThatThrownBy(() -> StaffingGoal.DEFAULT.withMaxOccupancy(-0.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxOccupancy must be within (0, 1]: -0.5");
        assertThatThrownBy(() -> StaffingGoal.DEFAULT.withMaxOccupancy(1.2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxOccupancy must be within (0, 1]: 1.2");
        assertThatThrownBy(() -> StaffingGoal.DEFAULT.withMaxOccupancyPercent(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxOccupancyPercent must be within (0, 100]: 0.0");
    }

    @Test
    void should_refuse_shrinkage_of_one_hundred_percent_or_more_or_negative() {
        assertThatThrownBy(() -> StaffingGoal.DEFAULT.withShrinkage(1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("shrinkage must be within [0, 1): 1.0");
        assertThatThrownBy(() -> StaffingGoal.DEFAULT.withShrinkage(-0.1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("shrinkage must be within [0, 1): -0.1");
        assertThatThrownBy(() -> StaffingGoal.DEFAULT.withShrinkagePercent(100))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("shrinkagePercent must be within [0, 100): 100.0");
    }

    @Test
    void should_refuse_an_outcome_with_a_share_out_of_range() {
        assertThatThrownBy(() -> new StaffingOutcome(14, TWENTY_SECONDS, 1.5, 0.8, Optional.empty(), 0.7))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("probabilityOfWaiting must be within [0, 1]: 1.5");
        assertThatThrownBy(() -> new StaffingOutcome(14, TWENTY_SECONDS, 0.5, Double.NaN, Optional.empty(), 0.7))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("serviceLevel must be within [0, 1]: NaN");
        assertThatThrownBy(() -> new StaffingOutcome(-1, TWENTY_SECONDS, 0.5, 0.8, Optional.empty(), 0.7))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("agents must not be negative: -1");
    }

    @Test
    void should_refuse_a_requirement_with_fewer_positions_than_agents() {
        // GIVEN
        StaffingOutcome o = new StaffingOutcome(14, TWENTY_SECONDS, 0.17, 0.89, Optional.of(Duration.ofSeconds(8)), 0.71);
        // WHEN / THEN
        assertThatThrownBy(() -> new StaffingRequirement(14, 13, o))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("positions must be at least agents 14: 13");
        assertThatThrownBy(() -> new StaffingRequirement(15, 15, o))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("outcome.agents must equal agents 15: 14");
    }

    @Test
    void should_refuse_to_judge_an_outcome_against_a_goal_with_another_target() {
        // GIVEN an outcome at 20 s
        StaffingOutcome o = ErlangC.of(100, Duration.ofMinutes(30), Duration.ofSeconds(180)).outcome(14, TWENTY_SECONDS);
        // WHEN / THEN
        assertThatThrownBy(() -> o.meets(StaffingGoal.ofPercent(80, Duration.ofSeconds(30))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("goal's targetAnswerTime must equal the outcome's PT20S: PT30S");
    }

    @Test
    void should_read_computed_shares_as_the_decimals_they_were_meant_to_be() {
        // GIVEN shares computed in floating point: 1 - 0.7 = 0.30000000000000004, 1 - 0.3 = 0.7
        assertThat(1 - 0.7).isNotEqualTo(0.3);
        StaffingGoal goal = StaffingGoal.DEFAULT.withShrinkage(1 - 0.7).withMaxOccupancy(1 - 0.3);
        // WHEN / THEN read to 12 decimal places
        assertThat(goal.shrinkage()).isEqualTo(0.3);
        assertThat(goal.shrinkageDecimal()).isEqualByComparingTo("0.3");
        assertThat(goal.maxOccupancyDecimal()).isEqualByComparingTo("0.7");
        assertThat(goal.positions(14)).isEqualTo(20);
        assertThat(goal.positions(21)).isEqualTo(30);
        assertThat(StaffingGoal.DEFAULT.withShrinkagePercent(100 - 70.0).positions(14)).isEqualTo(20);
    }

    @Test
    void should_combine_every_kind_of_goal() {
        // GIVEN / WHEN 80/20 and ASA <= 30 s and occupancy <= 85%, P(wait) <= 60%, abandonment <= 3%
        StaffingGoal goal = StaffingGoal.ofPercent(80, TWENTY_SECONDS)
                .withMaxAverageSpeedOfAnswer(Duration.ofSeconds(30))
                .withMaxOccupancyPercent(85)
                .withMaxProbabilityOfWaitingPercent(60)
                .withMaxAbandonmentPercent(3);
        // THEN
        assertThat(goal).isEqualTo(new StaffingGoal(0.8, TWENTY_SECONDS, 0.85, 0.0,
                Optional.of(Duration.ofSeconds(30)), 0.6, 0.03));
        assertThat(StaffingGoal.NONE.serviceLevel()).isZero();
        assertThat(StaffingGoal.NONE.maxAverageSpeedOfAnswer()).isEmpty();
        assertThat(StaffingGoal.NONE.maxProbabilityOfWaiting()).isEqualTo(1.0);
        assertThat(StaffingGoal.NONE.maxAbandonment()).isEqualTo(1.0);
    }

    @Test
    void should_judge_every_part_of_a_goal() {
        // GIVEN an outcome: P_w 0.3, SL 0.85, ASA 12 s, occupancy 0.8, abandonment 0.02
        StaffingOutcome o = new StaffingOutcome(10, TWENTY_SECONDS, 0.3, 0.85, Optional.of(Duration.ofSeconds(12)), 0.8, 0.02);
        // WHEN / THEN each part alone, at and past its bound
        assertThat(o.meets(StaffingGoal.NONE)).isTrue();
        assertThat(o.meets(StaffingGoal.of(0.85, TWENTY_SECONDS))).isTrue();
        assertThat(o.meets(StaffingGoal.of(0.86, TWENTY_SECONDS))).isFalse();
        assertThat(o.meets(StaffingGoal.NONE.withMaxAverageSpeedOfAnswer(Duration.ofSeconds(12)))).isTrue();
        assertThat(o.meets(StaffingGoal.NONE.withMaxAverageSpeedOfAnswer(Duration.ofMillis(11_999)))).isFalse();
        assertThat(o.meets(StaffingGoal.NONE.withMaxOccupancy(0.8))).isTrue();
        assertThat(o.meets(StaffingGoal.NONE.withMaxOccupancy(0.79))).isFalse();
        assertThat(o.meets(StaffingGoal.NONE.withMaxProbabilityOfWaiting(0.3))).isTrue();
        assertThat(o.meets(StaffingGoal.NONE.withMaxProbabilityOfWaiting(0.29))).isFalse();
        assertThat(o.meets(StaffingGoal.NONE.withMaxAbandonment(0.02))).isTrue();
        assertThat(o.meets(StaffingGoal.NONE.withMaxAbandonment(0.019))).isFalse();
        // AND an unstable queue meets nothing, not even no goal
        assertThat(new StaffingOutcome(10, TWENTY_SECONDS, 1, 0, Optional.empty(), 1).meets(StaffingGoal.NONE)).isFalse();
    }

    @Test
    void should_refuse_caps_that_could_never_be_met() {
        assertThatThrownBy(() -> StaffingGoal.NONE.withMaxAverageSpeedOfAnswer(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxAverageSpeedOfAnswer must be positive: PT0S");
        assertThatThrownBy(() -> StaffingGoal.NONE.withMaxProbabilityOfWaiting(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxProbabilityOfWaiting must be within (0, 1]: 0.0");
        assertThatThrownBy(() -> StaffingGoal.NONE.withMaxAbandonment(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxAbandonment must be within (0, 1]: NaN");
        assertThatThrownBy(() -> StaffingGoal.NONE.withMaxAbandonmentPercent(101))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxAbandonmentPercent must be within (0, 100]: 101.0");
        assertThatThrownBy(() -> StaffingGoal.NONE.withMaxOccupancy(1e-13))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxOccupancy must be within (0, 1]: 1.0E-13");
        assertThatThrownBy(() -> StaffingGoal.NONE.withMaxAverageSpeedOfAnswer(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("maxAverageSpeedOfAnswer");
    }
}
