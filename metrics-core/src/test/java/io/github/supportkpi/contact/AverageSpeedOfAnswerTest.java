package io.github.supportkpi.contact;

import io.github.supportkpi.domain.Direction;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.InteractionKind;
import io.github.supportkpi.metric.DurationStats;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static io.github.supportkpi.contact.AbandonmentRateTest.abandoned;
import static io.github.supportkpi.contact.AbandonmentRateTest.answered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class AverageSpeedOfAnswerTest {
    @Test
    void should_average_the_queue_wait_of_answered_calls() {
        // contact-centre convention: ASA = total wait of answered calls / answered calls
        // GIVEN answered after 10 s, 17 s and 38 s, one abandoned after 90 s
        List<Interaction> calls = List.of(answered(InteractionKind.CALL, 10), answered(InteractionKind.CALL, 17),
                answered(InteractionKind.CALL, 38), abandoned(InteractionKind.CALL, 90));
        // WHEN
        DurationStats asa = AverageSpeedOfAnswer.defaults().over(calls);
        // THEN 65 s / 3 = 21.67 s; the abandon is unmeasured
        assertThat(asa.meanSeconds()).hasValueCloseTo(21.6667, within(1e-4));
        assertThat(asa.median()).contains(Duration.ofSeconds(17));
        assertThat(asa.count()).isEqualTo(3);
        assertThat(asa.unmeasured()).isEqualTo(1);
    }

    @Test
    void should_ignore_outbound_calls_and_chats_by_default() {
        List<Interaction> records = List.of(
                Interaction.builder(InteractionKind.CALL, AbandonmentRateTest.T0).direction(Direction.OUTBOUND)
                        .queueWait(Duration.ofSeconds(5)).agentId("ana").build(),
                answered(InteractionKind.CHAT, 40), answered(InteractionKind.CALL, 20));
        assertThat(AverageSpeedOfAnswer.defaults().over(records)).isEqualTo(DurationStats.of(Duration.ofSeconds(20)));
        assertThat(AverageSpeedOfAnswer.of(new AnswerSpeedDefinition(EnumSet.of(InteractionKind.CALL,
                InteractionKind.CHAT))).over(records).mean()).contains(Duration.ofSeconds(30));
    }

    @Test
    void should_be_undefined_with_no_answered_call() {
        DurationStats asa = AverageSpeedOfAnswer.defaults().over(List.of(abandoned(InteractionKind.CALL, 30)));
        assertThat(asa.mean()).isEmpty();
        assertThat(asa.meanSeconds()).isEmpty();
        assertThat(asa.unmeasured()).isEqualTo(1);
    }

    @Test
    void should_reject_invalid_definitions() {
        assertThatThrownBy(() -> new AnswerSpeedDefinition(Set.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("kinds must not be empty: []");
        assertThatThrownBy(() -> new AnswerSpeedDefinition(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("kinds");
    }

    @Test
    void should_have_its_id() {
        assertThat(AverageSpeedOfAnswer.defaults().id()).isEqualTo("asa");
        assertThat(AverageSpeedOfAnswer.defaults().definedBy()).isEqualTo(AnswerSpeedDefinition.DEFAULT);
    }
}
