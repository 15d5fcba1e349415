package io.github.supportkpi.contact;

import io.github.supportkpi.domain.Actor;
import io.github.supportkpi.domain.Direction;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.InteractionKind;
import io.github.supportkpi.metric.Ratio;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class AbandonmentRateTest {
    static final Instant T0 = Instant.parse("2024-03-04T09:00:00Z");

    static Interaction answered(InteractionKind kind, long waitSeconds) {
        return Interaction.builder(kind, T0).queueWait(Duration.ofSeconds(waitSeconds)).agentId("ana")
                .talk(Duration.ofMinutes(3)).build();
    }

    static Interaction abandoned(InteractionKind kind, long waitSeconds) {
        return Interaction.builder(kind, T0).queueWait(Duration.ofSeconds(waitSeconds)).abandoned(true)
                .actor(Actor.CUSTOMER).build();
    }

    static List<Interaction> calls(int abandoned, int answered) {
        List<Interaction> calls = new ArrayList<>();
        for (int i = 0; i < abandoned; i++) {
            calls.add(abandoned(InteractionKind.CALL, 30));
        }
        for (int i = 0; i < answered; i++) {
            calls.add(answered(InteractionKind.CALL, 10));
        }
        return calls;
    }

    @Test
    void should_give_the_industry_benchmark_of_7_44_percent() {
        // [000] industry averages "7.44%, 7.4%, 6.91%" (benchmarks, not worked examples; the counts are ours):
        // 744 of 10,000 offered calls abandoned -> 7.44%
        // GIVEN 744 abandoned and 9,256 answered calls
        List<Interaction> calls = calls(744, 9_256);
        // WHEN
        Ratio rate = AbandonmentRate.defaults().over(calls);
        // THEN
        assertThat(rate).isEqualTo(Ratio.of(744, 10_000));
        assertThat(rate.percent()).hasValueCloseTo(7.44, within(1e-9));
    }

    @Test
    void should_give_the_other_industry_benchmarks() {
        // [000] 7.4% (74 of 1,000) and 6.91% (691 of 10,000)
        assertThat(AbandonmentRate.defaults().over(calls(74, 926)).percent()).hasValueCloseTo(7.4, within(1e-9));
        assertThat(AbandonmentRate.defaults().over(calls(691, 9_309)).percent()).hasValueCloseTo(6.91, within(1e-9));
    }

    @Test
    void should_equal_received_minus_handled_over_received() {
        // [001] formula (received - handled) / received; numbers ours: 200 received, 185 handled -> 7.5%
        // GIVEN
        List<Interaction> calls = calls(15, 185);
        // WHEN
        Ratio rate = AbandonmentRate.defaults().over(calls);
        // THEN
        assertThat(rate.percent()).hasValueCloseTo(100.0 * (200 - 185) / 200, within(1e-9));
    }

    @Test
    void should_exclude_short_abandons_from_numerator_and_denominator() {
        // [004] calls abandoned within T are excluded from both
        // GIVEN 3 abandons after 2 s, 4 s, 5 s, 1 after 60 s, 6 answered
        List<Interaction> calls = new ArrayList<>(List.of(abandoned(InteractionKind.CALL, 2),
                abandoned(InteractionKind.CALL, 4), abandoned(InteractionKind.CALL, 5),
                abandoned(InteractionKind.CALL, 60)));
        calls.addAll(calls(0, 6));
        // WHEN the threshold is 5 s (waits < 5 s are short)
        Ratio rate = AbandonmentRate.of(AbandonmentDefinition.DEFAULT.withShortAbandonThreshold(Duration.ofSeconds(5)))
                .over(calls);
        // THEN the 2 s and 4 s abandons are excluded; the one at exactly 5 s counts
        assertThat(rate).isEqualTo(Ratio.of(2, 8));
        // AND with the default threshold 0 s every abandon counts
        assertThat(AbandonmentRate.defaults().over(calls)).isEqualTo(Ratio.of(4, 10));
    }

    @Test
    void should_ignore_outbound_calls_and_other_kinds() {
        // GIVEN an outbound call, a chat abandon, an agent reply and one offered call
        List<Interaction> records = List.of(
                Interaction.builder(InteractionKind.CALL, T0).direction(Direction.OUTBOUND).agentId("ana").build(),
                abandoned(InteractionKind.CHAT, 40),
                Interaction.agentReply(T0, "ana"),
                abandoned(InteractionKind.CALL, 40));
        // WHEN / THEN
        assertThat(AbandonmentRate.defaults().over(records)).isEqualTo(Ratio.of(1, 1));
        // AND chats are measured when chosen
        assertThat(AbandonmentRate.of(AbandonmentDefinition.DEFAULT.withKinds(EnumSet.of(InteractionKind.CALL,
                InteractionKind.CHAT))).over(records)).isEqualTo(Ratio.of(2, 2));
    }

    @Test
    void should_count_a_call_answered_by_a_bot_as_answered() {
        Interaction bot = Interaction.builder(InteractionKind.CALL, T0).actor(Actor.BOT).talk(Duration.ofSeconds(50))
                .build();
        assertThat(AbandonmentRate.defaults().over(List.of(bot))).isEqualTo(Ratio.of(0, 1));
    }

    @Test
    void should_be_undefined_with_no_offered_calls() {
        // GIVEN no calls, or only short abandons
        Ratio none = AbandonmentRate.defaults().over(List.of());
        Ratio onlyShort = AbandonmentRate.of(AbandonmentDefinition.DEFAULT.withShortAbandonThreshold(Duration.ofSeconds(10)))
                .over(List.of(abandoned(InteractionKind.CALL, 3)));
        // THEN undefined, not 0
        assertThat(none.percent()).isEmpty();
        assertThat(onlyShort).isEqualTo(Ratio.EMPTY);
        assertThat(onlyShort.percent()).isEmpty();
    }

    @Test
    void should_reject_invalid_definitions() {
        assertThatThrownBy(() -> AbandonmentDefinition.DEFAULT.withShortAbandonThreshold(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("shortAbandonThreshold must not be negative: PT-1S");
        assertThatThrownBy(() -> AbandonmentDefinition.DEFAULT.withShortAbandonThreshold(null))
                .isInstanceOf(NullPointerException.class).hasMessage("shortAbandonThreshold");
        assertThatThrownBy(() -> AbandonmentDefinition.DEFAULT.withKinds(Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("kinds must not be empty: []");
        assertThatThrownBy(() -> AbandonmentDefinition.DEFAULT.withKinds(Set.of(InteractionKind.AGENT_REPLY)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("kinds must be queued kinds (CALL, CHAT): [AGENT_REPLY]");
        assertThatThrownBy(() -> AbandonmentRate.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("definition");
    }

    @Test
    void should_have_its_id_and_default_definition() {
        assertThat(AbandonmentRate.defaults().id()).isEqualTo("abandon.rate");
        assertThat(AbandonmentRate.defaults().definedBy()).isEqualTo(AbandonmentDefinition.DEFAULT);
        assertThat(AbandonmentRate.of(AbandonmentDefinition.DEFAULT)).isEqualTo(AbandonmentRate.defaults());
        assertThat(AbandonmentDefinition.DEFAULT.shortAbandonThreshold()).isZero();
        assertThat(AbandonmentDefinition.DEFAULT.kinds()).containsExactly(InteractionKind.CALL);
    }
}
