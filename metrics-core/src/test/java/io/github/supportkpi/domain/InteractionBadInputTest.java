package io.github.supportkpi.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bad durations of an interaction: refused where they enter, naming the field, the record and the value; a
 * lenient ingestion counts them under the field and the rule, never the value.
 */
class InteractionBadInputTest {
    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    private static Interaction.Builder call() {
        return Interaction.builder(InteractionKind.CALL, T0).id("C-1");
    }

    @Test
    void should_refuse_each_negative_duration_naming_field_record_and_value() {
        String record = "interaction C-1 (CALL at 2026-01-05T09:00:00Z)";
        assertThatThrownBy(() -> call().talk(Duration.ofSeconds(-1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("talk must not be negative: " + record + ", talk PT-1S");
        assertThatThrownBy(() -> call().hold(Duration.ofSeconds(-2)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hold must not be negative: " + record + ", hold PT-2S");
        assertThatThrownBy(() -> call().afterContact(Duration.ofNanos(-1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("afterContact must not be negative: " + record + ", afterContact PT-0.000000001S");
        assertThatThrownBy(() -> call().queueWait(Duration.ofMinutes(-1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("queueWait must not be negative: " + record + ", queueWait PT-1M");
    }

    @Test
    void should_refuse_a_duration_beyond_a_long_of_nanoseconds_naming_the_limit() {
        assertThatThrownBy(() -> call().talk(Duration.ofSeconds(Long.MAX_VALUE)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("talk must fit in a long of nanoseconds (at most PT2562047H47M16.854775807S):"
                        + " interaction C-1 (CALL at 2026-01-05T09:00:00Z), talk PT2562047788015215H30M7S");
    }

    @Test
    void should_count_refused_durations_in_a_lenient_ingestion_by_field_and_rule_never_by_value() {
        Ingestion<Interaction> in = Ingestion.lenient(1);
        assertThat(in.add("line 2", () -> call().talk(Duration.ofSeconds(-1)).build())).isEmpty();
        assertThat(in.add("line 3", () -> call().hold(Duration.ofSeconds(-7)).build())).isEmpty();
        assertThat(in.add("line 4", () -> call().talk(Duration.ofSeconds(Long.MAX_VALUE)).build())).isEmpty();
        assertThat(in.add("line 5", () -> call().talk(Duration.ofMinutes(3)).build())).isPresent();
        assertThat(in.report().rejectedByReason()).isEqualTo(Map.of(
                "talk must not be negative", 1L,
                "hold must not be negative", 1L,
                "talk must fit in a long of nanoseconds (at most PT2562047H47M16.854775807S)", 1L));
        assertThat(in.report().rows()).isEqualTo(4);
    }
}
