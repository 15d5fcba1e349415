package io.github.supportkpi.speed;

import io.github.supportkpi.domain.Assignment;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.Segmented;
import io.github.supportkpi.metric.TicketDimensions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FirstResponseAfterAssignmentTest {
    private static final Instant T0 = Instant.parse("2024-03-04T09:00:00Z");

    @Test
    void should_start_the_clock_at_the_first_assignment_not_at_creation() {
        // GIVEN created at 09:00, assigned to ana at 10:00, answered by ana at 10:15
        Ticket t = Ticket.builder("A", T0)
                .assignment(Assignment.of(T0.plusSeconds(3600), "ana"))
                .interaction(Interaction.customerMessage(T0))
                .interaction(Interaction.agentReply(T0.plusSeconds(4500), "ana"))
                .build();
        // WHEN
        DurationStats after = FirstResponseAfterAssignment.defaults().over(List.of(t));
        DurationStats frt = FirstResponseTime.defaults().over(List.of(t));
        // THEN 15 min after assignment, against 75 min from creation
        assertThat(after.mean()).contains(Duration.ofMinutes(15));
        assertThat(frt.mean()).contains(Duration.ofMinutes(75));
    }

    @Test
    void should_wait_for_a_reply_after_the_assignment_and_follow_the_bots_knob() {
        // GIVEN ben replied unassigned at +5 min, a bot at +70 min, ana (assigned at +60 min) at +90 min
        Ticket t = Ticket.builder("A", T0)
                .assignment(Assignment.of(T0.plusSeconds(3600), "ana"))
                .interaction(Interaction.agentReply(T0.plusSeconds(300), "ben"))
                .interaction(Interaction.botReply(T0.plusSeconds(4200)))
                .interaction(Interaction.agentReply(T0.plusSeconds(5400), "ana"))
                .build();
        // WHEN
        DurationStats human = FirstResponseAfterAssignment.defaults().over(List.of(t));
        DurationStats withBots = FirstResponseAfterAssignment.of(ResponseDefinition.DEFAULT.withIncludeBots(true))
                .over(List.of(t));
        // THEN the reply before the assignment does not stop the clock: 30 min; with bots 10 min
        assertThat(human.mean()).contains(Duration.ofMinutes(30));
        assertThat(withBots.mean()).contains(Duration.ofMinutes(10));
    }

    @Test
    void should_count_unassigned_unanswered_and_history_less_tickets_as_unmeasured() {
        // GIVEN answered but never assigned to an agent; assigned but answered only before; no history at all
        Ticket groupOnly = Ticket.builder("A", T0).assignment(Assignment.toGroup(T0, "tier1"))
                .interaction(Interaction.agentReply(T0.plusSeconds(60), "ana")).build();
        Ticket answeredBefore = Ticket.builder("B", T0).assignment(Assignment.of(T0.plusSeconds(600), "ana"))
                .interaction(Interaction.agentReply(T0.plusSeconds(60), "ana")).build();
        Ticket recordedBefore = Ticket.builder("C", T0).assignment(Assignment.of(T0.plusSeconds(600), "ana"))
                .firstResponse(T0.plusSeconds(60)).build();
        Ticket recordedAfter = Ticket.builder("D", T0).assignment(Assignment.of(T0.plusSeconds(600), "ana"))
                .firstResponse(T0.plusSeconds(660)).build();
        Ticket noHistory = Ticket.builder("E", T0).assignee("ana")
                .interaction(Interaction.agentReply(T0.plusSeconds(60), "ana")).build();
        // WHEN
        DurationStats after = FirstResponseAfterAssignment.defaults()
                .over(List.of(groupOnly, answeredBefore, recordedBefore, recordedAfter, noHistory));
        // THEN only the recorded response after the assignment is measured, 60 s
        assertThat(after.count()).isEqualTo(1);
        assertThat(after.mean()).contains(Duration.ofSeconds(60));
        assertThat(after.unmeasured()).isEqualTo(4);
    }

    @Test
    void should_credit_first_response_time_to_the_agent_who_replied_not_the_current_assignee() {
        // GIVEN both tickets are ana's now; ben answered T1 after 10 min, ana answered T2 after 30 min
        Ticket t1 = Ticket.builder("T1", T0).assignee("ana")
                .interaction(Interaction.agentReply(T0.plusSeconds(600), "ben")).build();
        Ticket t2 = Ticket.builder("T2", T0).assignee("ana")
                .interaction(Interaction.agentReply(T0.plusSeconds(1800), "ana")).build();
        Ticket unanswered = Ticket.builder("T3", T0).assignee("ana").interaction(Interaction.customerMessage(T0))
                .build();
        List<Ticket> tickets = List.of(t1, t2, unanswered);
        // WHEN
        Segmented<String, DurationStats> byReplier = FirstResponseTime.defaults().by(TicketDimensions.FIRST_REPLIER)
                .over(tickets);
        Segmented<String, DurationStats> byAssignee = FirstResponseTime.defaults().by(TicketDimensions.AGENT)
                .over(tickets);
        // THEN ben gets his 10 min and ana her 30 min; by assignee ana would carry both (mean 20 min)
        assertThat(byReplier.get("ben").mean()).contains(Duration.ofMinutes(10));
        assertThat(byReplier.get("ana").mean()).contains(Duration.ofMinutes(30));
        assertThat(byReplier.absent().unmeasured()).isEqualTo(1);
        assertThat(byAssignee.get("ana").mean()).contains(Duration.ofMinutes(20));
        assertThat(byReplier.total()).isEqualTo(FirstResponseTime.defaults().over(tickets));
    }
}
