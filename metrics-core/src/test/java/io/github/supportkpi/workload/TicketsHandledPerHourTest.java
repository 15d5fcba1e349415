package io.github.supportkpi.workload;

import io.github.supportkpi.domain.Ticket;
import java.util.List;
import org.junit.jupiter.api.Test;

import static io.github.supportkpi.testing.WorkloadFixtures.session;
import static io.github.supportkpi.testing.WorkloadFixtures.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TicketsHandledPerHourTest {
    @Test
    void should_count_tickets_with_a_human_reply_as_handled() {
        // [001] formula tickets handled / hours worked (numbers ours)
        // GIVEN 3 tickets replied to (one unresolved), one with no reply, 2 hours logged in over two sessions
        List<Ticket> tickets = List.of(ticket("ana", 2, true), ticket("ana", 1, true), ticket("ana", 1, false),
                ticket("ana", 0, true));
        // WHEN
        AgentWork work = TicketsHandledPerHour.defaults().over(tickets)
                .plus(LoggedInTime.defaults().over(List.of(session("ana", 1), session("ana", 1))));
        // THEN 3 handled / 2 h
        assertThat(work.tickets()).isEqualTo(3);
        assertThat(work.sessions()).isEqualTo(2);
        assertThat(work.ticketsPerHour()).hasValueCloseTo(1.5, within(1e-12));
    }
}
