package io.github.supportkpi.domain;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TicketTest {
    private static final Instant CREATED = Instant.parse("2024-03-01T10:00:00Z");

    @Test
    void should_refuse_a_resolution_before_creation_naming_ticket_and_instants() {
        assertThatThrownBy(() -> Ticket.builder("T-17", CREATED).resolved(Instant.parse("2024-02-28T09:00:00Z")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("resolved must not be before created: ticket T-17, created 2024-03-01T10:00:00Z,"
                        + " resolved 2024-02-28T09:00:00Z");
    }

    @Test
    void should_refuse_a_first_response_or_closing_before_creation_and_closing_before_resolution() {
        assertThatThrownBy(() -> Ticket.builder("T-1", CREATED).firstResponse(CREATED.minusSeconds(1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("firstResponse must not be before created: ticket T-1, created 2024-03-01T10:00:00Z,"
                        + " firstResponse 2024-03-01T09:59:59Z");
        assertThatThrownBy(() -> Ticket.builder("T-2", CREATED).resolved(CREATED.plusSeconds(60))
                        .closed(CREATED.plusSeconds(30)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("closed must not be before resolved: ticket T-2, resolved 2024-03-01T10:01:00Z,"
                        + " closed 2024-03-01T10:00:30Z");
    }

    @Test
    void should_accept_equal_timestamps_as_zero_durations() {
        // GIVEN a ticket answered and resolved at the instant it was created (documented: valid, measures zero)
        Ticket t = Ticket.builder("T-3", CREATED).firstResponse(CREATED).resolved(CREATED).closed(CREATED).build();
        // THEN
        assertThat(t.isResolved()).isTrue();
        assertThat(t.firstResponse()).contains(CREATED);
        assertThat(t.status()).isEqualTo(Status.CLOSED);
    }

    @Test
    void should_require_a_resolution_instant_exactly_when_the_status_is_resolved() {
        assertThatThrownBy(() -> Ticket.builder("T-4", CREATED).status(Status.SOLVED).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("resolved must be present when status is SOLVED: ticket T-4");
        // (the builder refuses OPEN with a resolution instant at once; a solved ticket's copy set OPEN reaches build)
        Ticket solved = Ticket.builder("T-5", CREATED).resolved(CREATED).build();
        assertThatThrownBy(() -> solved.toBuilder().status(Status.OPEN).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("resolved must be absent when status is OPEN")
                .hasMessageEndingWith("ticket T-5, resolved 2024-03-01T10:00:00Z");
        assertThatThrownBy(() -> Ticket.builder("T-6", CREATED).closed(CREATED).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("resolved must be present when status is CLOSED: ticket T-6");
    }

    @Test
    void should_refuse_a_blank_id_and_a_negative_reopen_count() {
        assertThatThrownBy(() -> Ticket.builder(" ", CREATED).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("id must not be blank: \" \"");
        assertThatThrownBy(() -> Ticket.builder("T-7", CREATED).reopenCount(-1).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reopenCount must not be negative: ticket T-7, -1");
        assertThatThrownBy(() -> Ticket.builder("T-8", null).build()).isInstanceOf(NullPointerException.class)
                .hasMessage("created");
    }

    @Test
    void should_refuse_interactions_of_another_ticket_or_before_creation() {
        assertThatThrownBy(() -> Ticket.builder("T-9", CREATED)
                        .interaction(Interaction.builder(InteractionKind.AGENT_REPLY, CREATED).ticketId("T-10").build())
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("interaction ticketId must be this ticket's id: ticket T-9, interaction ticketId T-10");
        assertThatThrownBy(() -> Ticket.builder("T-9", CREATED)
                        .interaction(Interaction.customerMessage(CREATED.minusSeconds(5))).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("interaction at must not be before created: ticket T-9, created 2024-03-01T10:00:00Z,"
                        + " CUSTOMER_MESSAGE at 2024-03-01T09:59:55Z");
    }

    @Test
    void should_refuse_a_status_history_out_of_order() {
        assertThatThrownBy(() -> Ticket.builder("T-11", CREATED)
                        .statusChange(StatusChange.of(CREATED.plusSeconds(60), Status.OPEN))
                        .statusChange(StatusChange.of(CREATED.plusSeconds(30), Status.PENDING)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("statusHistory must be in time order and not before created: ticket T-11, change to"
                        + " PENDING at 2024-03-01T10:00:30Z after 2024-03-01T10:01:00Z");
    }

    @Test
    void should_keep_interactions_in_time_order_and_count_replies() {
        Ticket t = Ticket.builder("T-12", CREATED)
                .interaction(Interaction.agentReply(CREATED.plusSeconds(300), "ana"))
                .interaction(Interaction.customerMessage(CREATED))
                .interaction(Interaction.botReply(CREATED.plusSeconds(5)))
                .build();
        assertThat(t.interactions()).extracting(Interaction::kind).containsExactly(
                InteractionKind.CUSTOMER_MESSAGE, InteractionKind.BOT_REPLY, InteractionKind.AGENT_REPLY);
        assertThat(t.replyCount(false)).isEqualTo(1);
        assertThat(t.replyCount(true)).isEqualTo(2);
    }

    @Test
    void should_copy_through_to_builder_and_keep_attributes() {
        Ticket t = Ticket.builder("T-13", CREATED).attribute("tier", "pro").channel(Channel.of("Web Form"))
                .priority(Priority.HIGH).resolved(CREATED.plusSeconds(9)).reopenCount(1).build();
        assertThat(t.toBuilder().build()).isEqualTo(t);
        assertThat(t.attribute("tier")).contains("pro");
        assertThat(t.attribute("region")).isEmpty();
        assertThat(t.channel()).contains(Channel.of("web_form"));
        assertThat(t.isReopened()).isTrue();
    }

    @Test
    void should_derive_reopens_from_the_history_and_refuse_a_count_that_disagrees() {
        // GIVEN solved, reopened, solved again
        Ticket.Builder b = Ticket.builder("T-14", CREATED)
                .statusChange(StatusChange.of(CREATED.plusSeconds(60), Status.SOLVED))
                .statusChange(StatusChange.of(CREATED.plusSeconds(120), Status.OPEN))
                .statusChange(StatusChange.of(CREATED.plusSeconds(180), Status.SOLVED))
                .resolved(CREATED.plusSeconds(180));
        // THEN the count is derived when not set
        Ticket t = b.build();
        assertThat(t.reopenCount()).isEqualTo(1);
        assertThat(t.reopensInHistory()).isEqualTo(1);
        assertThat(t.firstResolved()).contains(CREATED.plusSeconds(60));
        assertThat(t.resolved()).contains(CREATED.plusSeconds(180));
        // AND refused when it disagrees
        assertThatThrownBy(() -> b.reopenCount(0).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reopenCount must match the reopens in statusHistory: ticket T-14, reopenCount 0,"
                        + " reopens in history 1");
    }

    @Test
    void should_refuse_a_status_other_than_the_last_in_the_history() {
        assertThatThrownBy(() -> Ticket.builder("T-15", CREATED)
                        .statusChange(StatusChange.of(CREATED, Status.OPEN)).status(Status.PENDING).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("status must be the last status of statusHistory: ticket T-15, status PENDING,"
                        + " last in history OPEN");
    }

    @Test
    void should_take_the_first_resolution_from_resolved_without_a_history() {
        Ticket t = Ticket.builder("T-16", CREATED).resolved(CREATED.plusSeconds(5)).build();
        assertThat(t.firstResolved()).isEqualTo(t.resolved());
        assertThat(Ticket.builder("T-17", CREATED).build().firstResolved()).isEmpty();
    }

    @Test
    void should_refuse_a_status_that_contradicts_the_resolution_instant_in_either_order() {
        // GIVEN an export row mapped to status OPEN that also carries a resolution instant
        Instant at = CREATED.plusSeconds(3600);
        // WHEN / THEN the builder refuses, naming both fields and values, instead of making the ticket SOLVED
        assertThatThrownBy(() -> Ticket.builder("T-18", CREATED).status(Status.OPEN).resolved(at))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("status must be SOLVED or CLOSED for a ticket with a resolution instant: ticket T-18,"
                        + " status OPEN, resolved 2024-03-01T11:00:00Z");
        assertThatThrownBy(() -> Ticket.builder("T-18", CREATED).resolved(at).status(Status.OPEN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("status must be SOLVED or CLOSED for a ticket with a resolution instant: ticket T-18,"
                        + " status OPEN, resolved 2024-03-01T11:00:00Z");
        // AND a closing instant needs CLOSED, in either order
        assertThatThrownBy(() -> Ticket.builder("T-19", CREATED).status(Status.SOLVED).resolved(at).closed(at))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("status must be CLOSED for a ticket with a closing instant: ticket T-19, status SOLVED,"
                        + " closed 2024-03-01T11:00:00Z");
        assertThatThrownBy(() -> Ticket.builder("T-19", CREATED).closed(at).status(Status.PENDING))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("status must be CLOSED for a ticket with a closing instant: ticket T-19, status PENDING,"
                        + " closed 2024-03-01T11:00:00Z");
    }

    @Test
    void should_keep_a_status_that_agrees_and_derive_one_only_when_none_was_set() {
        Instant at = CREATED.plusSeconds(3600);
        // GIVEN / WHEN / THEN a status set before or after the instants is kept
        assertThat(Ticket.builder("T-20", CREATED).status(Status.CLOSED).resolved(at).build().status())
                .isEqualTo(Status.CLOSED);
        assertThat(Ticket.builder("T-20", CREATED).resolved(at).status(Status.SOLVED).build().status())
                .isEqualTo(Status.SOLVED);
        assertThat(Ticket.builder("T-20", CREATED).resolved(at).closed(at).status(Status.CLOSED).build().status())
                .isEqualTo(Status.CLOSED);
        // AND with no status set, the instants decide at build: SOLVED, CLOSED, or NEW without either
        assertThat(Ticket.builder("T-21", CREATED).resolved(at).build().status()).isEqualTo(Status.SOLVED);
        assertThat(Ticket.builder("T-21", CREATED).resolved(at).closed(at).build().status()).isEqualTo(Status.CLOSED);
        assertThat(Ticket.builder("T-21", CREATED).build().status()).isEqualTo(Status.NEW);
        // AND an open ticket stays open
        assertThat(Ticket.builder("T-21", CREATED).status(Status.OPEN).build().status()).isEqualTo(Status.OPEN);
    }

    @Test
    void should_refuse_a_field_set_twice_to_different_values_and_accept_the_same_value_again() {
        // GIVEN / WHEN / THEN a second, different value is refused naming both
        assertThatThrownBy(() -> Ticket.builder("T-22", CREATED).status(Status.OPEN).status(Status.PENDING))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("status must not be set twice to different values: ticket T-22, status OPEN, then PENDING");
        assertThatThrownBy(() -> Ticket.builder("T-22", CREATED).resolved(CREATED).resolved(CREATED.plusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("resolved must not be set twice to different values: ticket T-22, resolved"
                        + " 2024-03-01T10:00:00Z, then 2024-03-01T10:00:01Z");
        assertThatThrownBy(() -> Ticket.builder("T-22", CREATED).assignee("ana").assignee(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("assignee must not be set twice to different values: ticket T-22, assignee ana, then null");
        assertThatThrownBy(() -> Ticket.builder("T-22", CREATED).attribute("tier", "pro").attribute("tier", "free"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attribute tier must not be set twice to different values: ticket T-22, attribute tier pro,"
                        + " then free");
        assertThatThrownBy(() -> Ticket.builder("T-22", CREATED).escalated(true).escalated(false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("escalated must not be set twice to different values: ticket T-22, escalated true, then false");
        assertThatThrownBy(() -> Ticket.builder("T-22", CREATED).reopenCount(1).reopenCount(2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reopenCount must not be set twice to different values: ticket T-22, reopenCount 1, then 2");
        // AND the same value again is fine
        Ticket t = Ticket.builder("T-23", CREATED).status(Status.OPEN).status(Status.OPEN).assignee("ana")
                .assignee("ana").attribute("tier", "pro").attribute("tier", "pro").build();
        assertThat(t.status()).isEqualTo(Status.OPEN);
        assertThat(t.assignee()).contains("ana");
        assertThat(t.attributes()).containsExactly(java.util.Map.entry("tier", "pro"));
    }

    @Test
    void should_let_a_copy_change_each_value_once_and_validate_the_result() {
        // GIVEN an open ticket assigned to ana
        Ticket open = Ticket.builder("T-24", CREATED).status(Status.OPEN).assignee("ana").build();
        // WHEN a copy is reassigned and solved
        Ticket solved = open.toBuilder().assignee("ben").status(Status.SOLVED).resolved(CREATED.plusSeconds(60)).build();
        // THEN the copy has the new values, and the original is unchanged
        assertThat(solved.assignee()).contains("ben");
        assertThat(solved.status()).isEqualTo(Status.SOLVED);
        assertThat(open.status()).isEqualTo(Status.OPEN);
        // AND a value changed twice on the copy is refused like on any builder
        assertThatThrownBy(() -> open.toBuilder().assignee("ben").assignee("cy"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("assignee must not be set twice to different values: ticket T-24, assignee ben, then cy");
    }

    @Test
    void should_take_the_first_reply_from_the_interactions_else_the_recorded_first_response() {
        // GIVEN a customer message at creation, a bot reply after 5 s and an agent reply after 5 min
        Ticket t = Ticket.builder("T-18", CREATED)
                .interaction(Interaction.customerMessage(CREATED))
                .interaction(Interaction.botReply(CREATED.plusSeconds(5)))
                .interaction(Interaction.agentReply(CREATED.plusSeconds(300), "ana"))
                .firstResponse(CREATED.plusSeconds(1))
                .build();
        // THEN the agent's reply, or the bot's when bots count; the recorded first response is not used
        assertThat(t.firstReply(false)).contains(CREATED.plusSeconds(300));
        assertThat(t.firstReply(true)).contains(CREATED.plusSeconds(5));
        // AND without interactions the recorded first response counts under either setting
        Ticket recorded = Ticket.builder("T-19", CREATED).firstResponse(CREATED.plusSeconds(60)).build();
        assertThat(recorded.firstReply(false)).contains(CREATED.plusSeconds(60));
        assertThat(recorded.firstReply(true)).contains(CREATED.plusSeconds(60));
        // AND interactions without a reply, or nothing at all, have no first reply
        Ticket unanswered = Ticket.builder("T-20", CREATED).interaction(Interaction.customerMessage(CREATED))
                .firstResponse(CREATED.plusSeconds(60)).build();
        assertThat(unanswered.firstReply(true)).isEmpty();
        assertThat(Ticket.builder("T-21", CREATED).build().firstReply(false)).isEmpty();
    }

    @Test
    void should_keep_the_interactions_immutable() {
        Ticket t = Ticket.builder("T-22", CREATED).interaction(Interaction.customerMessage(CREATED)).build();
        assertThatThrownBy(() -> t.interactions().add(Interaction.customerMessage(CREATED)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(t.interactions()).isEqualTo(List.of(Interaction.customerMessage(CREATED)));
    }
}
