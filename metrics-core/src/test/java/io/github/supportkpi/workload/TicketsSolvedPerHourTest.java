package io.github.supportkpi.workload;

import io.github.supportkpi.domain.AgentSession;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Segmented;
import io.github.supportkpi.metric.SessionDimensions;
import io.github.supportkpi.metric.TicketDimensions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static io.github.supportkpi.testing.WorkloadFixtures.session;
import static io.github.supportkpi.testing.WorkloadFixtures.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TicketsSolvedPerHourTest {
    @Test
    void should_divide_solved_tickets_by_hours_logged_in() {
        // [001] formula tickets solved / hours worked (the article gives no numbers; ours):
        // 24 solved in an 8-hour shift -> 3 per hour
        // GIVEN 24 solved tickets, 6 unresolved, and one 8-hour session
        List<Ticket> tickets = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            tickets.add(ticket("ana", 1, i < 24));
        }
        // WHEN
        AgentWork work = TicketsSolvedPerHour.defaults().over(tickets)
                .plus(LoggedInTime.defaults().over(List.of(session("ana", 8))));
        // THEN
        assertThat(work.tickets()).isEqualTo(24);
        assertThat(work.loggedIn()).isEqualTo(Duration.ofHours(8));
        assertThat(work.ticketsPerHour()).hasValueCloseTo(3.0, within(1e-12));
    }

    @Test
    void should_merge_per_agent_with_sessions_segmented_by_agent() {
        // GIVEN ana solved 4 in 2 h, ben solved 3 in 3 h
        List<Ticket> tickets = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            tickets.add(ticket("ana", 1, true));
        }
        for (int i = 0; i < 3; i++) {
            tickets.add(ticket("ben", 1, true));
        }
        List<AgentSession> sessions = List.of(session("ana", 2), session("ben", 3));
        // WHEN
        Segmented<String, AgentWork> byAgent = TicketsSolvedPerHour.defaults().by(TicketDimensions.AGENT).over(tickets)
                .plus(LoggedInTime.defaults().by(SessionDimensions.AGENT).over(sessions));
        // THEN
        assertThat(byAgent.get("ana").ticketsPerHour()).hasValueCloseTo(2.0, within(1e-12));
        assertThat(byAgent.get("ben").ticketsPerHour()).hasValueCloseTo(1.0, within(1e-12));
        assertThat(byAgent.total().ticketsPerHour()).hasValueCloseTo(7.0 / 5, within(1e-12));
    }

    @Test
    void should_be_undefined_without_logged_in_time() {
        // GIVEN tickets but no sessions, or a zero-length session
        AgentWork noSessions = TicketsSolvedPerHour.defaults().over(List.of(ticket("ana", 1, true)));
        AgentWork zeroSession = noSessions.plus(LoggedInTime.defaults().over(List.of(session("ana", 0))));
        // THEN undefined, not 0 and not infinite
        assertThat(noSessions.ticketsPerHour()).isEmpty();
        assertThat(zeroSession.ticketsPerHour()).isEmpty();
        assertThat(zeroSession.sessions()).isEqualTo(1);
        // AND sessions but no tickets give 0 per hour, which is defined
        assertThat(LoggedInTime.defaults().over(List.of(session("ana", 4))).ticketsPerHour()).hasValue(0.0);
    }
}
