package io.github.supportkpi.workload;

import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.InteractionKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad input to occupancy and its tally: refused with the field and the value, never a bare overflow. */
class WorkloadBadInputTest {
    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    private static final Duration CENTURIES = Duration.ofDays(365L * 200);

    private static Interaction call(Duration talk, Duration hold) {
        return Interaction.builder(InteractionKind.CALL, T0).agentId("ana").talk(talk).hold(hold).build();
    }

    @Test
    void should_refuse_an_interaction_whose_handle_time_exceeds_a_long_of_nanoseconds_naming_it() {
        // GIVEN talk and hold of 200 years each: each fits a long of nanoseconds, their sum does not
        Interaction call = call(CENTURIES, CENTURIES);
        // WHEN / THEN
        assertThatThrownBy(() -> Occupancy.defaults().over(List.of(call)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("handle time must be at most PT2562047H47M16.854775807S (about 292 years) for occupancy:"
                        + " CALL at 2026-01-05T09:00:00Z, handle time PT3504000H");
    }

    @Test
    void should_refuse_a_sum_of_handle_times_beyond_a_long_of_nanoseconds_naming_the_values() {
        Interaction call = call(CENTURIES, Duration.ZERO);
        assertThatThrownBy(() -> Occupancy.defaults().over(List.of(call, call)))
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("sum of handle times exceeds PT2562047H47M16.854775807S (Long.MAX_VALUE nanoseconds):"
                        + " PT1752000H + PT1752000H");
    }

    @Test
    void should_refuse_counted_records_beyond_a_long_instead_of_a_negative_sample_size() {
        assertThatThrownBy(() -> new AgentWork(Long.MAX_VALUE, 1, 0, 1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tickets + interactions + sessions must be at most 9223372036854775807:"
                        + " 9223372036854775807 + 1 + 1");
    }

    @Test
    void should_refuse_a_merge_whose_counted_records_overflow_instead_of_going_negative() {
        AgentWork many = new AgentWork(Long.MAX_VALUE, 0, 0, 0, 0);
        AgentWork one = new AgentWork(0, 1, 0, 0, 0);
        assertThatThrownBy(() -> many.plus(one))
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("records counted (tickets + interactions + sessions) must be at most 9223372036854775807"
                        + " when merged: 9223372036854775807 + 1");
        // AND the merge that fits still adds up to the last record
        assertThat(new AgentWork(Long.MAX_VALUE - 1, 0, 0, 0, 0).plus(one).sampleSize()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void should_refuse_a_merge_whose_times_overflow_naming_the_field_and_the_values() {
        AgentWork a = new AgentWork(0, 1, Long.MAX_VALUE, 1, Long.MAX_VALUE);
        AgentWork b = new AgentWork(0, 1, 1, 1, 0);
        assertThatThrownBy(() -> a.plus(b))
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("handleNanos must be at most 9223372036854775807 when merged: 9223372036854775807 + 1");
        AgentWork c = new AgentWork(0, 1, 0, 1, 1);
        assertThatThrownBy(() -> a.plus(c))
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("loggedInNanos must be at most 9223372036854775807 when merged: 9223372036854775807 + 1");
    }

    @Test
    void should_refuse_each_negative_count_and_time_of_agent_work_naming_it() {
        assertThatThrownBy(() -> new AgentWork(-1, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tickets must not be negative: -1");
        assertThatThrownBy(() -> new AgentWork(0, -2, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("interactions must not be negative: -2");
        assertThatThrownBy(() -> new AgentWork(0, 0, -3, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("handleNanos must not be negative: -3");
        assertThatThrownBy(() -> new AgentWork(0, 0, 0, -4, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sessions must not be negative: -4");
        assertThatThrownBy(() -> new AgentWork(0, 0, 0, 0, Long.MIN_VALUE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("loggedInNanos must not be negative: -9223372036854775808");
    }
}
