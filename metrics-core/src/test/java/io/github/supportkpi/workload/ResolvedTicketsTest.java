package io.github.supportkpi.workload;

import io.github.supportkpi.domain.Status;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Count;
import java.util.List;
import org.junit.jupiter.api.Test;

import static io.github.supportkpi.testing.WorkloadFixtures.T0;
import static io.github.supportkpi.testing.WorkloadFixtures.ticket;
import static org.assertj.core.api.Assertions.assertThat;

class ResolvedTicketsTest {
    @Test
    void should_count_solved_and_closed_tickets_only() {
        // [000] resolved tickets: count resolved
        // GIVEN one solved, one closed, one reopened and solved again, one pending
        List<Ticket> tickets = List.of(
                ticket("ana", 1, true),
                Ticket.builder("T-c", T0).resolved(T0.plusSeconds(60)).closed(T0.plusSeconds(120)).build(),
                Ticket.builder("T-r", T0).reopenCount(1).resolved(T0.plusSeconds(600)).build(),
                Ticket.builder("T-p", T0).status(Status.PENDING).build());
        // WHEN
        Count resolved = ResolvedTickets.defaults().over(tickets);
        // THEN
        assertThat(resolved).isEqualTo(Count.of(3));
    }

    @Test
    void should_be_zero_with_no_tickets() {
        assertThat(ResolvedTickets.defaults().over(List.of())).isEqualTo(Count.ZERO);
    }

    @Test
    void should_have_its_id_and_formula() {
        assertThat(ResolvedTickets.defaults().id()).isEqualTo("ticket.resolved");
    }
}
