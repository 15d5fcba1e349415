package io.github.supportkpi.contact;

import io.github.supportkpi.domain.Actor;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.InteractionKind;
import io.github.supportkpi.metric.Ratio;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

import static io.github.supportkpi.testing.WorkloadFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AiUtilizationTest {
    @Test
    void should_count_bot_replies_and_bot_answered_calls_and_chats() {
        // [000] AI utilization = interactions handled by AI / all interactions x 100
        // GIVEN 8 interactions: a bot reply, an automated (system) reply, a chat answered by a bot (3 by AI);
        // a call abandoned while a bot was the only option does not count; an agent reply, a customer message,
        // a bot's internal note and an agent-answered call do not count
        List<Interaction> records = List.of(
                Interaction.botReply(T0),
                Interaction.builder(InteractionKind.BOT_REPLY, T0).actor(Actor.SYSTEM).build(),
                Interaction.builder(InteractionKind.CHAT, T0).actor(Actor.BOT).talk(Duration.ofMinutes(2)).build(),
                Interaction.builder(InteractionKind.CALL, T0).abandoned(true).actor(Actor.CUSTOMER).build(),
                Interaction.agentReply(T0, "ana"),
                Interaction.customerMessage(T0),
                Interaction.builder(InteractionKind.INTERNAL_NOTE, T0).actor(Actor.BOT).build(),
                Interaction.builder(InteractionKind.CALL, T0).agentId("ben").talk(Duration.ofMinutes(4)).build());
        // WHEN
        Ratio rate = AiUtilization.defaults().over(records);
        // THEN
        assertThat(rate).isEqualTo(Ratio.of(3, 8));
        assertThat(rate.percent()).hasValueCloseTo(37.5, within(1e-9));
    }

    @Test
    void should_be_undefined_with_no_interactions() {
        assertThat(AiUtilization.defaults().over(List.of()).percent()).isEmpty();
    }

    @Test
    void should_have_its_id() {
        assertThat(AiUtilization.defaults().id()).isEqualTo("ai.rate");
    }
}
