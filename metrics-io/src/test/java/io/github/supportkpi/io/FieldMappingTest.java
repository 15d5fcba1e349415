package io.github.supportkpi.io;

import io.github.supportkpi.domain.FieldException;
import io.github.supportkpi.io.FieldMapping.DurationFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading one cell: patterns with no guessing, durations in every form, flags, sentinels and values. */
class FieldMappingTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static Instant local(int y, int m, int d, int h, int min, ZoneId zone) {
        return LocalDateTime.of(y, m, d, h, min).atZone(zone).toInstant();
    }

    @Test
    void should_refuse_a_date_two_patterns_read_as_two_days() {
        FieldMapping f = FieldMapping.builder("Opened").pattern("dd-MM-yyyy HH:mm").pattern("MM-dd-yyyy HH:mm").build();

        assertThatThrownBy(() -> f.instant("Opened", "01-06-2023 09:00", BERLIN)).isInstanceOf(FieldException.class)
                .hasMessage("Opened is ambiguous under patterns dd-MM-yyyy HH:mm and MM-dd-yyyy HH:mm: \"01-06-2023 09:00\"");
        // only one pattern reads a 13th day or month; both read the 1st of January alike
        assertThat(f.instant("Opened", "13-06-2023 09:00", BERLIN)).isEqualTo(local(2023, 6, 13, 9, 0, BERLIN));
        assertThat(f.instant("Opened", "06-13-2023 09:00", BERLIN)).isEqualTo(local(2023, 6, 13, 9, 0, BERLIN));
        assertThat(f.instant("Opened", "01-01-2023 09:00", BERLIN)).isEqualTo(local(2023, 1, 1, 9, 0, BERLIN));
    }

    @Test
    void should_read_one_day_first_pattern_without_guessing_and_refuse_an_impossible_date() {
        FieldMapping f = FieldMapping.builder("Opened").pattern("dd-MM-yyyy HH:mm").build();

        assertThat(f.instant("Opened", "01-06-2023 09:00", BERLIN)).isEqualTo(local(2023, 6, 1, 9, 0, BERLIN));
        assertThatThrownBy(() -> f.instant("Opened", "30-02-2023 09:00", BERLIN)).isInstanceOf(FieldException.class)
                .hasMessage("Opened must be a date-time of pattern dd-MM-yyyy HH:mm: \"30-02-2023 09:00\"");
        assertThatThrownBy(() -> f.instant("Opened", "2023-06-01 09:00", BERLIN)).isInstanceOf(FieldException.class);
    }

    @Test
    void should_read_two_digit_years_from_the_base_year_and_hours_without_a_leading_zero() {
        FieldMapping f = FieldMapping.builder("date").pattern("yyMMdd H:mm:ss").baseYear(1950).build();

        assertThat(f.instant("date", "990201 6:59:16", ZoneOffset.UTC)).isEqualTo(Instant.parse("1999-02-01T06:59:16Z"));
        assertThat(f.instant("date", "490201 16:59:16", ZoneOffset.UTC)).isEqualTo(Instant.parse("2049-02-01T16:59:16Z"));
        // the default base is 2000, as java.time's
        assertThat(FieldMapping.builder("d").pattern("yyMMdd").build().instant("d", "990201", ZoneOffset.UTC))
                .isEqualTo(Instant.parse("2099-02-01T00:00:00Z"));
    }

    @Test
    void should_read_iso_instants_with_an_offset_and_local_ones_in_the_zone() {
        FieldMapping f = FieldMapping.column("at");

        assertThat(f.instant("at", "2024-03-31T01:30:00Z", BERLIN)).isEqualTo(Instant.parse("2024-03-31T01:30:00Z"));
        assertThat(f.instant("at", "2024-03-31T03:30:00+02:00", BERLIN)).isEqualTo(Instant.parse("2024-03-31T01:30:00Z"));
        assertThat(f.instant("at", "2024-01-15T09:00:00", BERLIN)).isEqualTo(Instant.parse("2024-01-15T08:00:00Z"));
        assertThat(f.instant("at", "2024-01-15", BERLIN)).isEqualTo(Instant.parse("2024-01-14T23:00:00Z"));
        assertThatThrownBy(() -> f.instant("at", "15/01/2024", BERLIN)).isInstanceOf(FieldException.class)
                .hasMessage("at must be an ISO-8601 date-time: \"15/01/2024\"");
    }

    @Test
    void should_read_a_field_zone_before_the_mappings() {
        FieldMapping f = FieldMapping.builder("at").pattern("yyyy-MM-dd HH:mm").zone(ZoneId.of("America/New_York")).build();

        assertThat(f.instant("at", "2024-01-15 09:00", BERLIN)).isEqualTo(Instant.parse("2024-01-15T14:00:00Z"));
    }

    @Test
    void should_read_durations_in_every_form() {
        assertThat(dur(DurationFormat.HMS, "0:02:23")).isEqualTo(Duration.ofSeconds(143));
        assertThat(dur(DurationFormat.HMS, "26:00:01.5")).isEqualTo(Duration.ofHours(26).plusMillis(1500));
        assertThat(dur(DurationFormat.HOURS, "1.5")).isEqualTo(Duration.ofMinutes(90));
        assertThat(dur(DurationFormat.MINUTES, "2.25")).isEqualTo(Duration.ofSeconds(135));
        assertThat(dur(DurationFormat.SECONDS, "109")).isEqualTo(Duration.ofSeconds(109));
        assertThat(dur(DurationFormat.ISO, "PT1H30M")).isEqualTo(Duration.ofMinutes(90));
        assertThatThrownBy(() -> dur(DurationFormat.HMS, "2:60:00")).isInstanceOf(FieldException.class)
                .hasMessage("talk must be a duration of the form H:MM:SS: \"2:60:00\"");
        assertThatThrownBy(() -> dur(DurationFormat.HMS, "-0:00:05")).isInstanceOf(FieldException.class)
                .hasMessage("talk must not be negative: \"-0:00:05\"");
        assertThatThrownBy(() -> dur(DurationFormat.SECONDS, "-5")).isInstanceOf(FieldException.class)
                .hasMessage("talk must not be negative: \"-5\"");
        assertThat(FieldMapping.builder("t").duration(DurationFormat.HMS).build().duration("t", "-0:00:05", true))
                .isEqualTo(Duration.ofSeconds(-5));
    }

    private static Duration dur(DurationFormat format, String text) {
        return FieldMapping.builder("talk").duration(format).build().duration("talk", text, false);
    }

    @Test
    void should_read_flags_with_the_default_words_or_the_fields_own() {
        FieldMapping yn = FieldMapping.column("Answered");
        assertThat(yn.flag("Answered", "Y")).isTrue();
        assertThat(yn.flag("Answered", "false")).isFalse();
        assertThatThrownBy(() -> yn.flag("Answered", "maybe")).isInstanceOf(FieldException.class)
                .hasMessage("Answered must be 1 or true or y or yes (yes), or 0 or false or n or no (no): \"maybe\"");

        FieldMapping outcome = FieldMapping.builder("outcome").yes("HANG").no("AGENT").build();
        assertThat(outcome.flag("outcome", "hang")).isTrue();
        assertThatThrownBy(() -> outcome.flag("outcome", "Y")).isInstanceOf(FieldException.class);
    }

    @Test
    void should_read_sentinels_as_no_value_and_replace_mapped_values() {
        FieldMapping f = FieldMapping.builder("Priority").none("n/a").value("P1", "urgent").build();

        assertThat(f.text("  ", Set.of())).isNull();
        assertThat(f.text("N/A", Set.of())).isNull();
        assertThat(f.text("Not Provided", Set.of("not provided"))).isNull();
        assertThat(f.text(" p1 ", Set.of())).isEqualTo("urgent");
        assertThat(f.text(" High ", Set.of())).isEqualTo("High");
        assertThat(f.text(null, Set.of())).isNull();
    }

    @Test
    void should_refuse_a_mapping_that_cannot_be_read() {
        assertThatThrownBy(() -> FieldMapping.builder("x").pattern("yyyy-MM-dd Q{").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("pattern must be a date-time pattern");
        assertThatThrownBy(() -> FieldMapping.builder(" ").build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("columns must not be blank: [ ]");
    }
}
