package io.github.supportkpi.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AssignmentTest {
    private static final Instant CREATED = Instant.parse("2024-03-01T10:00:00Z");

    @Test
    void should_keep_an_assignment_history_in_time_order_with_the_ticket() {
        // GIVEN a ticket routed to tier1, taken by ana, passed to ben in tier2
        Ticket t = Ticket.builder("T-1", CREATED)
                .assignment(Assignment.toGroup(CREATED, "tier1"))
                .assignment(Assignment.of(CREATED.plusSeconds(600), "ana", "tier1"))
                .assignment(Assignment.of(CREATED.plusSeconds(3600), "ben", "tier2"))
                .build();
        // THEN the history is kept as given, and the assignee and team are the last ones
        assertThat(t.assignments()).containsExactly(Assignment.toGroup(CREATED, "tier1"),
                Assignment.of(CREATED.plusSeconds(600), "ana", "tier1"),
                Assignment.of(CREATED.plusSeconds(3600), "ben", "tier2"));
        assertThat(t.assignee()).contains("ben");
        assertThat(t.team()).contains("tier2");
        assertThat(t.assignments().get(1).at()).isEqualTo(CREATED.plusSeconds(600));
        assertThat(t.assignments().get(0).assignee()).isEmpty();
        assertThat(t.toString()).endsWith(", assignments=" + t.assignments() + "]");
    }

    @Test
    void should_round_trip_through_to_builder_and_count_in_equality() {
        // GIVEN
        Ticket t = Ticket.builder("T-2", CREATED).assignment(Assignment.of(CREATED, "ana")).build();
        Ticket same = Ticket.builder("T-2", CREATED).assignment(Assignment.of(CREATED, "ana")).build();
        Ticket otherInstant = Ticket.builder("T-2", CREATED).assignment(Assignment.of(CREATED.plusSeconds(1), "ana"))
                .build();
        Ticket noHistory = Ticket.builder("T-2", CREATED).assignee("ana").build();
        // THEN
        assertThat(t.toBuilder().build()).isEqualTo(t).hasSameHashCodeAs(t);
        assertThat(same).isEqualTo(t).hasSameHashCodeAs(t);
        assertThat(otherInstant).isNotEqualTo(t);
        assertThat(noHistory).isNotEqualTo(t);
        assertThat(noHistory.assignments()).isEmpty();
        assertThat(noHistory.toString()).doesNotContain("assignments");
        // a copy passed on to ben takes its assignee from the new last assignment
        Ticket passed = t.toBuilder().assignment(Assignment.of(CREATED.plusSeconds(60), "ben")).build();
        assertThat(passed.assignee()).contains("ben");
        assertThat(passed.assignments()).hasSize(2);
    }

    @Test
    void should_refuse_an_assignment_before_creation_or_out_of_time_order() {
        assertThatThrownBy(() -> Ticket.builder("T-3", CREATED).assignment(Assignment.of(CREATED.minusSeconds(1), "ana"))
                .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("assignments must be in time order and not before created: ticket T-3,"
                        + " created 2024-03-01T10:00:00Z, assignment at 2024-03-01T09:59:59Z after 2024-03-01T10:00:00Z");
        assertThatThrownBy(() -> Ticket.builder("T-4", CREATED)
                .assignment(Assignment.of(CREATED.plusSeconds(60), "ana"))
                .assignment(Assignment.of(CREATED.plusSeconds(30), "ben")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("assignments must be in time order and not before created: ticket T-4,"
                        + " created 2024-03-01T10:00:00Z, assignment at 2024-03-01T10:00:30Z after 2024-03-01T10:01:00Z");
    }

    @Test
    void should_refuse_a_history_that_disagrees_with_the_current_assignee_or_team() {
        assertThatThrownBy(() -> Ticket.builder("T-5", CREATED).assignee("ana")
                .assignment(Assignment.of(CREATED, "ben")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("assignee must be the last assignee of assignments: ticket T-5, assignee ana,"
                        + " last in assignments ben");
        assertThatThrownBy(() -> Ticket.builder("T-6", CREATED).team("tier2")
                .assignment(Assignment.of(CREATED, "ben", "tier1")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("team must be the last group of assignments: ticket T-6, team tier2,"
                        + " last in assignments tier1");
        // an unassigned ticket whose history ends unassigned agrees
        Ticket unassigned = Ticket.builder("T-7", CREATED).assignment(Assignment.of(CREATED, "ana"))
                .assignment(Assignment.unassigned(CREATED.plusSeconds(5))).build();
        assertThat(unassigned.assignee()).isEmpty();
    }

    @Test
    void should_refuse_blank_ids_and_instants_outside_the_supported_range() {
        assertThatThrownBy(() -> Assignment.of(CREATED, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("assignee must not be blank: \" \"");
        assertThatThrownBy(() -> new Assignment(CREATED, Optional.empty(), Optional.of("")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("group must not be blank: \"\"");
        assertThatThrownBy(() -> Assignment.of(Ticket.LATEST_EXCLUSIVE, "ana", "tier1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("at must be in the supported range [1900-01-01T00:00:00Z, 2100-01-01T00:00:00Z):"
                        + " assignment to ana in tier1, at 2100-01-01T00:00:00Z");
        assertThatThrownBy(() -> Assignment.of(CREATED, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("assignee");
    }

    @Test
    void should_name_the_first_human_replier_whoever_is_assigned_now() {
        // GIVEN ana is assigned now, but a bot and then ben answered first
        Ticket t = Ticket.builder("T-8", CREATED).assignee("ana")
                .interaction(Interaction.customerMessage(CREATED))
                .interaction(Interaction.botReply(CREATED.plusSeconds(5)))
                .interaction(Interaction.agentReply(CREATED.plusSeconds(60), "ben"))
                .interaction(Interaction.agentReply(CREATED.plusSeconds(120), "ana"))
                .build();
        Ticket byAssignee = Ticket.builder("T-9", CREATED).assignee("ana")
                .interaction(Interaction.agentReply(CREATED.plusSeconds(60), "ana")).build();
        Ticket recordedOnly = Ticket.builder("T-10", CREATED).assignee("ana").firstResponse(CREATED).build();
        Ticket unanswered = Ticket.builder("T-11", CREATED).interaction(Interaction.customerMessage(CREATED)).build();
        // THEN
        assertThat(t.firstReplier()).contains("ben");
        assertThat(byAssignee.firstReplier()).contains("ana");
        assertThat(recordedOnly.firstReplier()).isEmpty();
        assertThat(unanswered.firstReplier()).isEmpty();
        assertThat(List.of(t, byAssignee)).allSatisfy(x -> assertThat(x.assignments()).isEmpty());
    }
}
