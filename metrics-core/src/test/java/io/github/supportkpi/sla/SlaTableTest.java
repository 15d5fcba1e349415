package io.github.supportkpi.sla;

import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.Priority;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Segmented;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.time.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The plain-text SLA table, printed exactly. */
class SlaTableTest {
    /** Every ticket: 24x7, first response 1 h, nothing else. */
    private static final SlaPolicies POLICIES = SlaPolicies.of(
            SlaPolicy.of("All", SlaCondition.always(), BusinessCalendar.twentyFourSeven(ZoneOffset.UTC))
                    .withTarget(SlaTarget.FIRST_RESPONSE, Duration.ofHours(1)));
    private static final Instant MON = Instant.parse("2024-03-04T09:00:00Z");

    private static Ticket answered(String id, Priority priority, long minutes) {
        return Ticket.builder(id, MON).priority(priority)
                .interaction(Interaction.agentReply(MON.plus(Duration.ofMinutes(minutes)), "ana")).build();
    }

    @Test
    void should_print_one_row_per_segment_and_target_then_the_total() {
        // GIVEN at Monday 12:00: two high tickets answered in 30 and 90 min, one low answered in 10 min
        List<Ticket> tickets = List.of(answered("H-1", Priority.HIGH, 30), answered("H-2", Priority.HIGH, 90),
                answered("L-1", Priority.LOW, 10));
        SlaCompliance sla = SlaCompliance.of(SlaDefinition.of(POLICIES, MON.plus(Duration.ofHours(3))));
        Segmented<Priority, SlaTally> byPriority = sla.by(TicketDimensions.PRIORITY).over(tickets);
        // WHEN
        String table = SlaTable.of(byPriority);
        // THEN high 1/2, low 1/1, total 2/3 on first response; the other targets are not applicable; no
        // (none) row since every ticket has a priority
        assertThat(table).isEqualTo(String.join(System.lineSeparator(),
                "priority  target          compliance          achieved  breached  in progress  paused   n/a",
                "LOW       first_response  100.00% (1/1)              1         0            0       0     0",
                "LOW       next_response   n/a                        0         0            0       0     1",
                "LOW       resolution      n/a                        0         0            0       0     1",
                "HIGH      first_response  50.00% (1/2)               1         1            0       0     0",
                "HIGH      next_response   n/a                        0         0            0       0     2",
                "HIGH      resolution      n/a                        0         0            0       0     2",
                "total     first_response  66.67% (2/3)               2         1            0       0     0",
                "total     next_response   n/a                        0         0            0       0     3",
                "total     resolution      n/a                        0         0            0       0     3",
                ""));
    }

    @Test
    void should_print_the_tickets_without_a_key_as_none_and_widen_the_first_column() {
        // GIVEN a ticket without a priority, segmented by policy name
        Ticket t = Ticket.builder("N-1", MON).build();
        SlaCompliance sla = SlaCompliance.of(SlaDefinition.of(POLICIES, MON.plus(Duration.ofHours(3))));
        // WHEN
        String byPriority = SlaTable.of(sla.by(TicketDimensions.PRIORITY).over(List.of(t)));
        String byPolicy = SlaTable.of(sla.by(sla.policy()).over(List.of(t)));
        // THEN unanswered after 3 h of 1 h: breached
        assertThat(byPriority.lines()).containsExactly(
                "priority  target          compliance          achieved  breached  in progress  paused   n/a",
                "(none)    first_response  0.00% (0/1)                0         1            0       0     0",
                "(none)    next_response   n/a                        0         0            0       0     1",
                "(none)    resolution      n/a                        0         0            0       0     1",
                "total     first_response  0.00% (0/1)                0         1            0       0     0",
                "total     next_response   n/a                        0         0            0       0     1",
                "total     resolution      n/a                        0         0            0       0     1");
        assertThat(byPolicy.lines().findFirst().orElseThrow())
                .isEqualTo("sla.policy  target          compliance          achieved  breached  in progress  paused   n/a");
        assertThatThrownBy(() -> SlaTable.of(null)).isInstanceOf(NullPointerException.class).hasMessage("segmented");
    }
}
