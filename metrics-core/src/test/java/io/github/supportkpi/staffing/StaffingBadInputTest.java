package io.github.supportkpi.staffing;

import java.time.Duration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad input to staffing: refused with the field and the values, never a bare overflow. */
class StaffingBadInputTest {
    @Test
    void should_refuse_positions_beyond_an_int_naming_agents_shrinkage_and_positions() {
        StaffingGoal goal = StaffingGoal.DEFAULT.withShrinkage(0.999999);
        assertThatThrownBy(() -> goal.positions(10_000))
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("positions must be at most 2147483647: 10000 agents at shrinkage 0.999999 need 10000000000");
        // AND positions that fit are given
        assertThat(goal.positions(2_147)).isEqualTo(2_147_000_000);
    }

    @Test
    void should_refuse_a_requirement_whose_positions_exceed_an_int_with_the_same_message() {
        // GIVEN 10 Erlangs (14 agents meet 80/20) and a shrinkage that leaves a billionth of the positions
        ErlangC model = ErlangC.of(100, Duration.ofMinutes(30), Duration.ofMinutes(3));
        StaffingGoal goal = StaffingGoal.DEFAULT.withShrinkage(0.999999999);
        assertThatThrownBy(() -> model.requirement(goal))
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("positions must be at most 2147483647: 14 agents at shrinkage 0.999999999 need 14000000000");
    }
}
