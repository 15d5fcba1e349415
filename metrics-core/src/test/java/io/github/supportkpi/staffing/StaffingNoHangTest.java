package io.github.supportkpi.staffing;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/** Staffing computations that must end quickly, whatever the agents or the goal: every loop is bounded. */
class StaffingNoHangTest {
    private static final ErlangC TEN_ERLANGS = ErlangC.of(100, Duration.ofMinutes(30), Duration.ofMinutes(3));

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void should_give_the_outcome_of_the_most_agents_an_int_holds() {
        StaffingOutcome o = TEN_ERLANGS.outcome(Integer.MAX_VALUE, Duration.ofSeconds(20));
        assertThat(o.agents()).isEqualTo(Integer.MAX_VALUE);
        assertThat(o.serviceLevel()).isEqualTo(1.0);
        assertThat(o.occupancy()).isEqualTo(10.0 / Integer.MAX_VALUE);
        StaffingOutcome a = TEN_ERLANGS.withAveragePatience(Duration.ofMinutes(1))
                .outcome(Integer.MAX_VALUE, Duration.ofSeconds(20));
        assertThat(a.serviceLevel()).isEqualTo(1.0);
        assertThat(ErlangB.of(10).blocking(Integer.MAX_VALUE)).isZero();
        assertThat(ErlangB.of(10).trunks(Double.MIN_VALUE)).isPositive();
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void should_find_the_agents_for_a_tiny_max_occupancy_quickly() {
        // 10 Erlangs at most 0.001% occupancy: ceil(10 / 1e-5) = 1,000,000 agents
        StaffingGoal goal = StaffingGoal.DEFAULT.withMaxOccupancy(1e-5);
        assertThat(TEN_ERLANGS.requirement(goal).agents()).isEqualTo(1_000_000);
        assertThat(TEN_ERLANGS.withAveragePatience(Duration.ofMinutes(1)).requirement(goal).agents())
                .isEqualTo(1_000_000);
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void should_find_the_agents_for_the_largest_traffic_and_a_tiny_max_occupancy_quickly() {
        // 10 Erlangs at 1.0000001e-6: ceil(9,999,999.0000001) = 10,000,000, the most StaffingModel.MAX_AGENTS allows
        StaffingGoal goal = StaffingGoal.DEFAULT.withMaxOccupancy(1.0000001e-6);
        assertThat(TEN_ERLANGS.requirement(goal).agents()).isEqualTo(StaffingModel.MAX_AGENTS);
    }
}
