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
}
