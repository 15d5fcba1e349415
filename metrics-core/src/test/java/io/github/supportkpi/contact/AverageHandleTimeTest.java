package io.github.supportkpi.contact;

import io.github.supportkpi.domain.Actor;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.InteractionKind;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.DurationStats;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AverageHandleTimeTest {
    private static final Instant T0 = Instant.parse("2024-03-04T09:00:00Z");

    private static Interaction call(long talk, long hold, long wrap) {
        return Interaction.builder(InteractionKind.CALL, T0).agentId("ana").talk(Duration.ofSeconds(talk))
                .hold(Duration.ofSeconds(hold)).afterContact(Duration.ofSeconds(wrap)).build();
    }

    private static Interaction chat(long talk) {
        return Interaction.builder(InteractionKind.CHAT, T0).agentId("ben").talk(Duration.ofSeconds(talk)).build();
    }

    private static final Interaction ABANDONED =
            Interaction.builder(InteractionKind.CALL, T0).actor(Actor.CUSTOMER).abandoned(true).build();
    private static final Interaction BOT_CHAT =
            Interaction.builder(InteractionKind.CHAT, T0).actor(Actor.BOT).talk(Duration.ofSeconds(99)).build();

    private static List<Ticket> tickets() {
        return List.of(
                Ticket.builder("A", T0).interaction(call(300, 60, 120)).interaction(chat(240)).build(),
                Ticket.builder("B", T0).interaction(call(600, 0, 0)).interaction(ABANDONED).build(),
                Ticket.builder("C", T0).interaction(BOT_CHAT)
                        .interaction(Interaction.agentReply(T0, "ana")).build());
    }

    @Test
    void should_divide_talk_hold_and_wrap_up_by_handled_interactions() {
        // GIVEN [004] "(talk + hold + after-contact work) / handled interactions": 480 s, 240 s, 600 s
        // WHEN
        DurationStats aht = AverageHandleTime.defaults().over(tickets());
        // THEN 1320 s / 3
        assertThat(aht.count()).isEqualTo(3);
        assertThat(aht.mean()).contains(Duration.ofSeconds(440));
        assertThat(aht.sum()).isEqualTo(Duration.ofSeconds(1320));
        // the abandoned call and the bot chat are unmeasured; the e-mail reply is not a counted kind
        assertThat(aht.unmeasured()).isEqualTo(2);
    }

    @Test
    void should_average_per_ticket_when_asked() {
        // GIVEN [002] "agent time / tickets handled": ticket A 720 s, ticket B 600 s, ticket C none
        // WHEN
        DurationStats aht = AverageHandleTime.of(HandleTimeDefinition.DEFAULT.withUnit(HandleTimeUnit.PER_TICKET))
                .over(tickets());
        // THEN
        assertThat(aht.count()).isEqualTo(2);
        assertThat(aht.mean()).contains(Duration.ofSeconds(660));
        assertThat(aht.unmeasured()).isEqualTo(1);
    }

    @Test
    void should_count_the_kinds_asked_for() {
        // GIVEN e-mail replies with recorded work count too
        Ticket t = Ticket.builder("A", T0).interaction(Interaction.builder(InteractionKind.AGENT_REPLY, T0)
                .agentId("ana").talk(Duration.ofSeconds(100)).build()).build();
        // WHEN
        DurationStats aht = AverageHandleTime.of(HandleTimeDefinition.DEFAULT.withKinds(
                EnumSet.of(InteractionKind.CALL, InteractionKind.CHAT, InteractionKind.AGENT_REPLY))).over(List.of(t));
        // THEN
        assertThat(aht.mean()).contains(Duration.ofSeconds(100));
    }

    @Test
    void should_average_a_stream_of_interactions_without_tickets() {
        // GIVEN calls from a telephony export: 480 s and 600 s handled, one abandoned; a chat by a bot; a note
        List<Interaction> calls = List.of(call(300, 60, 120), call(600, 0, 0), ABANDONED, BOT_CHAT,
                Interaction.internalNote(T0, "ana"));
        // WHEN
        DurationStats aht = AverageHandleTime.overInteractions(HandleTimeDefinition.DEFAULT).over(calls);
        // THEN
        assertThat(aht.mean()).contains(Duration.ofSeconds(540));
        assertThat(aht.unmeasured()).isEqualTo(2);
        assertThat(AverageHandleTime.overInteractions(HandleTimeDefinition.DEFAULT).id()).isEqualTo("aht");
    }

    @Test
    void should_refuse_per_ticket_averages_over_interactions() {
        assertThatThrownBy(() -> AverageHandleTime.overInteractions(
                HandleTimeDefinition.DEFAULT.withUnit(HandleTimeUnit.PER_TICKET)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unit must be PER_INTERACTION for a metric over interactions: PER_TICKET");
    }

    @Test
    void should_be_undefined_with_no_handled_interaction() {
        // GIVEN / WHEN
        DurationStats none = AverageHandleTime.defaults().over(List.of(Ticket.builder("A", T0).build()));
        // THEN
        assertThat(none.mean()).isEmpty();
        assertThat(none.sampleSize()).isZero();
        assertThat(none.unmeasured()).isZero();
    }

    @Test
    void should_validate_its_definition() {
        assertThat(AverageHandleTime.defaults().id()).isEqualTo("aht");
        assertThat(HandleTimeDefinition.DEFAULT.kinds()).containsExactlyInAnyOrder(InteractionKind.CALL,
                InteractionKind.CHAT);
        assertThatThrownBy(() -> HandleTimeDefinition.DEFAULT.withKinds(Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("kinds must not be empty: []");
        assertThatThrownBy(() -> HandleTimeDefinition.DEFAULT.withUnit(null))
                .isInstanceOf(NullPointerException.class).hasMessage("unit");
        assertThatThrownBy(() -> HandleTimeDefinition.DEFAULT.withKinds(null))
                .isInstanceOf(NullPointerException.class).hasMessage("kinds");
        assertThatThrownBy(() -> AverageHandleTime.of(null))
                .isInstanceOf(NullPointerException.class).hasMessage("definition");
    }
}
