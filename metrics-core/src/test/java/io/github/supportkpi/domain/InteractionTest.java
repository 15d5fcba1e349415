package io.github.supportkpi.domain;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InteractionTest {
    private static final Instant AT = Instant.parse("2024-03-01T10:00:00Z");

    @Test
    void should_sum_talk_hold_and_after_contact_into_handle_time() {
        Interaction call = Interaction.builder(InteractionKind.CALL, AT).agentId("ana")
                .queueWait(Duration.ofSeconds(15)).talk(Duration.ofSeconds(240)).hold(Duration.ofSeconds(30))
                .afterContact(Duration.ofSeconds(60)).build();
        assertThat(call.handleTime()).isEqualTo(Duration.ofSeconds(330));
        assertThat(call.isOffered()).isTrue();
        assertThat(call.isAnswered()).isTrue();
    }

    @Test
    void should_refuse_negative_durations_naming_the_field() {
        assertThatThrownBy(() -> Interaction.builder(InteractionKind.CALL, AT).id("C-1").talk(Duration.ofSeconds(-1))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("talk must not be negative: interaction C-1 (CALL at 2024-03-01T10:00:00Z), talk PT-1S");
    }

    @Test
    void should_refuse_an_actor_that_does_not_fit_the_kind() {
        assertThatThrownBy(() -> Interaction.builder(InteractionKind.AGENT_REPLY, AT).actor(Actor.BOT).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("actor must fit kind AGENT_REPLY: interaction (no id) (AGENT_REPLY at"
                        + " 2024-03-01T10:00:00Z), actor BOT");
        assertThatThrownBy(() -> Interaction.builder(InteractionKind.CUSTOMER_MESSAGE, AT).actor(Actor.AGENT).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("actor must fit kind CUSTOMER_MESSAGE");
    }

    @Test
    void should_refuse_queue_waits_and_abandons_on_kinds_that_do_not_queue() {
        assertThatThrownBy(() -> Interaction.builder(InteractionKind.AGENT_REPLY, AT).queueWait(Duration.ofSeconds(5))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("queueWait must be zero for AGENT_REPLY (only calls and chats queue)");
        assertThatThrownBy(() -> Interaction.builder(InteractionKind.SELF_SERVICE, AT).abandoned(true).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("abandoned must be false for SELF_SERVICE");
    }

    @Test
    void should_refuse_handle_time_on_an_abandoned_call() {
        assertThatThrownBy(() -> Interaction.builder(InteractionKind.CALL, AT).abandoned(true)
                        .talk(Duration.ofSeconds(10)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("an abandoned CALL must have no talk, hold or after-contact time");
    }

    @Test
    void should_tell_replies_by_agents_from_bot_replies() {
        assertThat(Interaction.agentReply(AT, "ana").isReply(false)).isTrue();
        assertThat(Interaction.botReply(AT).isReply(false)).isFalse();
        assertThat(Interaction.botReply(AT).isReply(true)).isTrue();
        assertThat(Interaction.internalNote(AT, "ana").isReply(true)).isFalse();
        assertThat(Interaction.builder(InteractionKind.CALL, AT).direction(Direction.OUTBOUND).build().isOffered())
                .isFalse();
    }

    @Test
    void should_refuse_a_field_set_twice_to_different_values_and_accept_the_same_value_again() {
        // GIVEN / WHEN / THEN a second, different value is refused naming the interaction and both values
        assertThatThrownBy(() -> Interaction.builder(InteractionKind.CALL, AT).id("C-2").talk(Duration.ofSeconds(240))
                        .talk(Duration.ofSeconds(300)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("talk must not be set twice to different values: interaction C-2 (CALL at"
                        + " 2024-03-01T10:00:00Z), talk PT4M, then PT5M");
        assertThatThrownBy(() -> Interaction.builder(InteractionKind.CALL, AT).id("C-2").id("C-3"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("id must not be set twice to different values: interaction C-2 (CALL at"
                        + " 2024-03-01T10:00:00Z), id C-2, then C-3");
        assertThatThrownBy(() -> Interaction.builder(InteractionKind.CHAT, AT).abandoned(true).abandoned(false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("abandoned must not be set twice to different values: interaction (no id) (CHAT at"
                        + " 2024-03-01T10:00:00Z), abandoned true, then false");
        assertThatThrownBy(() -> Interaction.builder(InteractionKind.AGENT_REPLY, AT).agentId("ana").agentId(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("agentId must not be set twice to different values: interaction (no id) (AGENT_REPLY at"
                        + " 2024-03-01T10:00:00Z), agentId ana, then null");
        assertThatThrownBy(() -> Interaction.builder(InteractionKind.CALL, AT).direction(Direction.OUTBOUND)
                        .direction(Direction.INBOUND))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("direction must not be set twice to different values")
                .hasMessageEndingWith("direction OUTBOUND, then INBOUND");
        // AND the same value again is fine
        Interaction call = Interaction.builder(InteractionKind.CALL, AT).agentId("ana").agentId("ana")
                .talk(Duration.ofSeconds(60)).talk(Duration.ofSeconds(60)).build();
        assertThat(call.agentId()).contains("ana");
        assertThat(call.talk()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void should_let_each_default_be_set_once_to_another_value() {
        // GIVEN a builder whose direction is inbound and durations zero until set
        // WHEN each is set once to another value
        Interaction call = Interaction.builder(InteractionKind.CALL, AT).direction(Direction.OUTBOUND)
                .queueWait(Duration.ofSeconds(5)).hold(Duration.ofSeconds(20)).afterContact(Duration.ofSeconds(30))
                .build();
        // THEN each value is taken: a default does not count as a first value
        assertThat(call.direction()).isEqualTo(Direction.OUTBOUND);
        assertThat(call.queueWait()).contains(Duration.ofSeconds(5));
        assertThat(call.handleTime()).isEqualTo(Duration.ofSeconds(50));
    }

    @Test
    void should_take_the_actor_the_kind_implies_only_when_none_was_set() {
        // GIVEN / WHEN no actor is set, THEN build takes the one the kind implies
        assertThat(Interaction.builder(InteractionKind.CALL, AT).build().actor()).isEqualTo(Actor.AGENT);
        assertThat(Interaction.customerMessage(AT).actor()).isEqualTo(Actor.CUSTOMER);
        assertThat(Interaction.builder(InteractionKind.SELF_SERVICE, AT).build().actor()).isEqualTo(Actor.CUSTOMER);
        assertThat(Interaction.botReply(AT).actor()).isEqualTo(Actor.BOT);
        // AND an actor set is kept, whatever else is set before or after it
        assertThat(Interaction.builder(InteractionKind.CALL, AT).actor(Actor.CUSTOMER).abandoned(true).build().actor())
                .isEqualTo(Actor.CUSTOMER);
        assertThat(Interaction.builder(InteractionKind.BOT_REPLY, AT).actor(Actor.SYSTEM).build().actor())
                .isEqualTo(Actor.SYSTEM);
        // AND an actor set to the implied one counts as set: another is refused
        assertThatThrownBy(() -> Interaction.builder(InteractionKind.BOT_REPLY, AT).actor(Actor.BOT).actor(Actor.SYSTEM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("actor must not be set twice to different values: interaction (no id) (BOT_REPLY at"
                        + " 2024-03-01T10:00:00Z), actor BOT, then SYSTEM");
        // AND an actor set to null is refused at build, not replaced by the implied one
        assertThatThrownBy(() -> Interaction.builder(InteractionKind.CALL, AT).actor(null).build())
                .isInstanceOf(NullPointerException.class).hasMessage("actor");
    }
}
