package io.github.supportkpi.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldsTest {

    @Test
    void should_parse_a_local_date_time_in_the_given_zone() {
        assertThat(Fields.instant("created", " 20-05-2024 07:14 ", "dd-MM-yyyy HH:mm", ZoneId.of("Europe/Berlin")))
                .isEqualTo(Instant.parse("2024-05-20T05:14:00Z"));
    }

    @Test
    void should_refuse_a_date_of_another_pattern_naming_the_field_and_the_pattern() {
        assertThatThrownBy(() -> Fields.instant("created", "20-05-2024 07:14:00", "yyyy-MM-dd HH:mm:ss",
                ZoneOffset.UTC))
                .isInstanceOf(FieldException.class)
                .hasMessage("created must be a date-time of pattern yyyy-MM-dd HH:mm:ss: \"20-05-2024 07:14:00\"")
                .satisfies(e -> {
                    FieldException f = (FieldException) e;
                    assertThat(f.field()).isEqualTo("created");
                    assertThat(f.rule()).isEqualTo("must be a date-time of pattern yyyy-MM-dd HH:mm:ss");
                    assertThat(f.value()).isEqualTo("20-05-2024 07:14:00");
                });
    }

    @Test
    void should_refuse_a_day_that_does_not_exist_rather_than_move_it() {
        // the JDK's default (smart) resolver would read 30 February as 29 February
        assertThatThrownBy(() -> Fields.instant("created", "2024-02-30 10:00", "yyyy-MM-dd HH:mm", ZoneOffset.UTC))
                .isInstanceOf(FieldException.class)
                .hasMessageStartingWith("created must be a date-time of pattern yyyy-MM-dd HH:mm: ");
        assertThat(Fields.instant("created", "2024-02-29 10:00", "yyyy-MM-dd HH:mm", ZoneOffset.UTC))
                .isEqualTo(Instant.parse("2024-02-29T10:00:00Z"));
    }

    @Test
    void should_refuse_a_non_numeric_integer_naming_the_field() {
        assertThat(Fields.integer("reopens", "12")).isEqualTo(12);
        assertThatThrownBy(() -> Fields.integer("reopens", "two")).isInstanceOf(FieldException.class)
                .hasMessage("reopens must be an integer: \"two\"");
        assertThatThrownBy(() -> Fields.integer("reopens", "99999999999")).isInstanceOf(FieldException.class)
                .hasMessage("reopens must be an integer: \"99999999999\"");
        assertThatThrownBy(() -> Fields.integer("reopens", " ")).isInstanceOf(FieldException.class)
                .hasMessage("reopens must not be blank: \" \"");
        assertThatThrownBy(() -> Fields.integer("reopens", null)).isInstanceOf(FieldException.class)
                .hasMessage("reopens must not be blank: missing");
    }

    @Test
    void should_parse_decimals_and_durations_in_a_unit() {
        assertThat(Fields.decimal("score", "4.50")).isEqualTo(new BigDecimal("4.50"));
        assertThatThrownBy(() -> Fields.decimal("score", "4,5")).hasMessage("score must be a decimal number: \"4,5\"");
        // 22.75 h = 22 h 45 min; 0.0005 h = 1.8 s
        assertThat(Fields.duration("resolution", "22.75", ChronoUnit.HOURS)).isEqualTo(Duration.ofMinutes(22 * 60 + 45));
        assertThat(Fields.signedDuration("response", "-0.0005", ChronoUnit.HOURS)).isEqualTo(Duration.ofMillis(-1800));
        assertThatThrownBy(() -> Fields.duration("resolution", "-1", ChronoUnit.HOURS))
                .hasMessage("resolution must not be negative: \"-1\"");
        assertThatThrownBy(() -> Fields.duration("resolution", "n/a", ChronoUnit.HOURS))
                .hasMessage("resolution must be a number of hours: \"n/a\"");
        assertThatThrownBy(() -> Fields.duration("resolution", "1e30", ChronoUnit.HOURS))
                .hasMessage("resolution must be within the range of a duration: \"1e30\"");
        assertThatThrownBy(() -> Fields.duration("age", "1", ChronoUnit.MONTHS))
                .hasMessage("unit must have an exact duration: Months");
    }

    @Test
    void should_read_yes_and_no_in_their_usual_spellings() {
        assertThat(Fields.yesNo("resolved", "Y")).isTrue();
        assertThat(Fields.yesNo("resolved", "yes")).isTrue();
        assertThat(Fields.yesNo("resolved", "TRUE")).isTrue();
        assertThat(Fields.yesNo("resolved", "1")).isTrue();
        assertThat(Fields.yesNo("resolved", "N")).isFalse();
        assertThat(Fields.yesNo("resolved", "No")).isFalse();
        assertThat(Fields.yesNo("resolved", "false")).isFalse();
        assertThat(Fields.yesNo("resolved", "0")).isFalse();
        assertThatThrownBy(() -> Fields.yesNo("resolved", "maybe")).hasMessage("resolved must be yes or no: \"maybe\"");
    }

    @Test
    void should_refuse_a_blank_field_name_or_rule() {
        assertThatThrownBy(() -> new FieldException(" ", "must be set", "x"))
                .isInstanceOf(IllegalArgumentException.class).isNotInstanceOf(FieldException.class);
    }
}
