package io.github.supportkpi.workload;

import io.github.supportkpi.domain.Actor;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.InteractionKind;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

import static io.github.supportkpi.testing.WorkloadFixtures.T0;
import static io.github.supportkpi.testing.WorkloadFixtures.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class OccupancyTest {
    private static Interaction call(String agent, Duration talk, Duration hold, Duration wrap) {
        return Interaction.builder(InteractionKind.CALL, T0).agentId(agent).talk(talk).hold(hold).afterContact(wrap)
                .build();
    }

    @Test
    void should_divide_handle_time_by_logged_in_time() {
        // [001] formula handling time / logged-in time x 100 (the article gives no numbers; ours):
        // 6 h handled in an 8 h shift -> 75%
        // GIVEN calls of 4 h talk, 30 min hold, 1 h 30 min wrap-up by ana, and an 8-hour session
        List<Interaction> work = List.of(call("ana", Duration.ofHours(4), Duration.ofMinutes(30), Duration.ofMinutes(90)));
        // WHEN
        AgentWork w = Occupancy.defaults().over(work).plus(LoggedInTime.defaults().over(List.of(session("ana", 8))));
        // THEN
        assertThat(w.handleTime()).isEqualTo(Duration.ofHours(6));
        assertThat(w.occupancyPercent()).hasValueCloseTo(75.0, within(1e-9));
    }

    @Test
    void should_exceed_100_percent_with_concurrent_chats_and_not_clamp() {
        // GIVEN three 40-minute chats handled at once in one logged-in hour
        Interaction chat = Interaction.builder(InteractionKind.CHAT, T0).agentId("ana").talk(Duration.ofMinutes(40))
                .build();
        // WHEN
        AgentWork w = Occupancy.defaults().over(List.of(chat, chat, chat))
                .plus(LoggedInTime.defaults().over(List.of(session("ana", 1))));
        // THEN 120 min / 60 min
        assertThat(w.occupancyPercent()).hasValueCloseTo(200.0, within(1e-9));
    }

    @Test
    void should_ignore_interactions_not_handled_by_a_human_agent() {
        // GIVEN a customer message, a bot reply, an abandoned call, a bot-answered call, and an agent note
        List<Interaction> records = List.of(Interaction.customerMessage(T0), Interaction.botReply(T0),
                Interaction.builder(InteractionKind.CALL, T0).abandoned(true).actor(Actor.CUSTOMER).build(),
                Interaction.builder(InteractionKind.CALL, T0).actor(Actor.BOT).talk(Duration.ofMinutes(5)).build(),
                Interaction.builder(InteractionKind.INTERNAL_NOTE, T0).agentId("ben").afterContact(Duration.ofMinutes(3))
                        .build());
        // WHEN
        AgentWork w = Occupancy.defaults().over(records);
        // THEN only the note counts
        assertThat(w.interactions()).isEqualTo(1);
        assertThat(w.handleTime()).isEqualTo(Duration.ofMinutes(3));
        assertThat(w.occupancyPercent()).isEmpty();
    }

    @Test
    void should_be_undefined_without_logged_in_time() {
        assertThat(Occupancy.defaults().over(List.of()).occupancyPercent()).isEmpty();
        assertThat(LoggedInTime.defaults().over(List.of(session("ana", 2))).occupancyPercent()).hasValue(0.0);
    }

    @Test
    void should_have_its_id_and_formula() {
        assertThat(Occupancy.defaults().id()).isEqualTo("occupancy");
    }
}
