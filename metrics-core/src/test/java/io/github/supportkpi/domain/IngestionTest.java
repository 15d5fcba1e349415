package io.github.supportkpi.domain;

import io.github.supportkpi.domain.DataQuality.Kind;
import io.github.supportkpi.domain.DataQuality.Reason;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IngestionTest {
    private static final Instant CREATED = Instant.parse("2024-03-01T10:00:00Z");
    /** Dates written day first, as many European exports do, though the reader expects year first. */
    private static final List<String> DAY_FIRST = List.of("20-05-2024 07:14:00", "21-05-2024 09:00:00",
            "22-05-2024 10:30:00", "03-06-2024 11:00:00", "17-06-2024 08:45:00", "30-06-2024 23:59:59");

    private static Ticket ticket(String id, long resolvedOffsetSeconds) {
        return Ticket.builder(id, CREATED).resolved(CREATED.plusSeconds(resolvedOffsetSeconds)).build();
    }

    @Test
    void should_keep_valid_rows_and_count_refused_ones_by_reason() {
        // GIVEN two good rows, two resolved before created, one with an unknown priority, one unparseable date
        Ingestion<Ticket> in = Ingestion.lenient(1);
        in.add("line 2", () -> ticket("T-1", 60));
        in.add("line 3", () -> ticket("T-2", -60));
        in.add("line 4", () -> ticket("T-3", -1));
        in.add("line 5", () -> Ticket.builder("T-4", CREATED).priority(Priority.parse("P1")).build());
        in.add("line 6", () -> Ticket.builder("T-5", Instant.parse("2024-13-01T00:00:00Z")).build());
        in.add("line 7", () -> ticket("T-6", 0));
        // THEN
        assertThat(in.records()).extracting(Ticket::id).containsExactly("T-1", "T-6");
        DataQuality report = in.report();
        assertThat(report.kept()).isEqualTo(2);
        assertThat(report.rejected()).isEqualTo(4);
        assertThat(report.rows()).isEqualTo(6);
        assertThat(report.rejectedByReason()).containsEntry("resolved must not be before created", 2L)
                .containsEntry("priority must be one of low, medium (normal), high, urgent (critical)", 1L)
                .containsEntry("unnamed field is not a date-time (DateTimeParseException)", 1L)
                .hasSize(3);
        assertThat(report.examples(new Reason(Kind.REJECTED, "resolved", "must not be before created")))
                .containsExactly("line 3: resolved must not be before created: ticket T-2, created"
                        + " 2024-03-01T10:00:00Z, resolved 2024-03-01T09:59:00Z");
        assertThat(report.toString()).startsWith("6 rows: 2 kept, 4 rejected")
                .contains("     2  resolved must not be before created");
    }

    @Test
    void should_count_rows_with_dates_of_another_pattern_under_one_reason_not_one_per_value() {
        // GIVEN rows parsed with the JDK directly: each DateTimeParseException message holds its value
        DateTimeFormatter yearFirst = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        Ingestion<Ticket> raw = Ingestion.lenient(2);
        Ingestion<Ticket> named = Ingestion.lenient(2);
        for (int i = 0; i < DAY_FIRST.size(); i++) {
            String text = DAY_FIRST.get(i);
            String id = "T-" + i;
            raw.add("line " + (i + 2), () -> Ticket.builder(id,
                    LocalDateTime.parse(text, yearFirst).toInstant(ZoneOffset.UTC)).build());
            named.add("line " + (i + 2), () -> Ticket.builder(id,
                    Fields.instant("Created_Date", text, "yyyy-MM-dd HH:mm:ss", ZoneOffset.UTC)).build());
        }
        // THEN one reason each, with the values in the examples only
        assertThat(raw.report().rejectedByReason())
                .isEqualTo(Map.of("unnamed field is not a date-time (DateTimeParseException)", 6L));
        assertThat(named.report().rejectedByReason())
                .isEqualTo(Map.of("Created_Date must be a date-time of pattern yyyy-MM-dd HH:mm:ss", 6L));
        assertThat(named.report().examples(new Reason(Kind.REJECTED, "Created_Date",
                "must be a date-time of pattern yyyy-MM-dd HH:mm:ss"))).containsExactly(
                "line 2: Created_Date must be a date-time of pattern yyyy-MM-dd HH:mm:ss: \"20-05-2024 07:14:00\"",
                "line 3: Created_Date must be a date-time of pattern yyyy-MM-dd HH:mm:ss: \"21-05-2024 09:00:00\"");
    }

    @Test
    void should_name_the_field_of_a_non_numeric_integer_and_group_raw_number_failures_by_type() {
        Ingestion<Integer> in = Ingestion.lenient(0);
        in.add("line 2", () -> Fields.integer("reopens", "two"));
        in.add("line 3", () -> Fields.integer("reopens", "1.5"));
        in.add("line 4", () -> Integer.parseInt("three"));
        in.add("line 5", () -> Integer.parseInt("4x"));
        assertThat(in.report().rejectedByReason()).isEqualTo(Map.of("reopens must be an integer", 2L,
                "unnamed field is not a number (NumberFormatException)", 2L));
    }

    @Test
    void should_count_an_arithmetic_exception_instead_of_letting_it_escape() {
        Ingestion<Long> in = Ingestion.lenient(1);
        assertThat(in.add("line 2", () -> Math.multiplyExact(Long.MAX_VALUE, 2))).isEmpty();
        in.add("line 3", () -> 7L);
        assertThat(in.records()).containsExactly(7L);
        assertThat(in.report().rejectedByReason())
                .isEqualTo(Map.of("unnamed field is out of range (ArithmeticException)", 1L));
        assertThat(in.report().rows()).isEqualTo(2);
    }

    @Test
    void should_count_a_missing_required_field_and_a_row_refused_by_the_reader() {
        Ingestion<Ticket> in = Ingestion.lenient(0);
        in.add("line 2", () -> Ticket.builder("T-1", null).build());
        in.reject("line 3", "columns must number 12", "7 columns");
        in.reject("line 4", "row is empty", "");
        assertThat(in.report().rejectedByReason())
                .isEqualTo(Map.of("created is required", 1L, "columns must number 12", 1L, "row is empty", 1L));
        assertThat(in.report().examples()).isEmpty();
    }

    @Test
    void should_keep_a_row_and_count_a_field_left_out_of_it() {
        // GIVEN an export row of an open ticket that still carries a resolution time
        Ingestion<Ticket> in = Ingestion.lenient(1);
        in.add("line 2", () -> Ticket.builder("T-1", CREATED).status(Status.OPEN).build());
        in.ignoreField("line 2", "resolution time must be absent for an unresolved ticket", "Open, 18.05 h");
        // THEN the row is kept and the field is counted, not silently dropped
        DataQuality r = in.report();
        assertThat(r.kept()).isEqualTo(1);
        assertThat(r.rejected()).isZero();
        assertThat(r.ignoredByReason()).containsEntry("resolution time must be absent for an unresolved ticket", 1L);
        assertThat(r.ignored()).isEqualTo(1);
        assertThat(r.toString()).contains("1 fields ignored in kept rows")
                .contains("e.g. line 2: Open, 18.05 h");
    }

    @Test
    void should_count_flags_raised_while_building_only_if_the_row_is_kept() {
        // GIVEN a row flagged as suspect and then refused, and a row flagged and kept
        Ingestion<Ticket> in = Ingestion.lenient(3);
        in.add("line 2", () -> {
            in.suspect("line 2", "rating", "given on an unresolved ticket", "5");
            in.ignore("line 2", "resolution", "must be absent for an unresolved ticket", "3 h");
            return ticket("T-1", -60);
        });
        in.add("line 3", () -> {
            in.suspect("line 3", "rating", "given on an unresolved ticket");
            return ticket("T-2", 60);
        });
        // THEN the refused row counts once, as rejected
        DataQuality r = in.report();
        assertThat(r.rows()).isEqualTo(2);
        assertThat(r.rejected()).isEqualTo(1);
        assertThat(r.ignored()).isZero();
        assertThat(r.suspectByReason()).isEqualTo(Map.of("rating given on an unresolved ticket", 1L));
        assertThat(r.examples(new Reason(Kind.SUSPECT, "rating", "given on an unresolved ticket")))
                .containsExactly("line 3");
        assertThat(r.toString()).contains("1 suspect values in kept rows");
    }

    @Test
    void should_refuse_to_add_a_row_from_inside_another() {
        Ingestion<Ticket> in = Ingestion.lenient(1);
        assertThatThrownBy(() -> in.add("line 2", () -> in.add("line 3", () -> ticket("T-1", 0)).orElseThrow()))
                .isInstanceOf(IllegalStateException.class);
        assertThat(in.add("line 4", () -> ticket("T-2", 0))).isPresent();
    }

    @Test
    void should_refuse_a_negative_number_of_examples() {
        assertThatThrownBy(() -> Ingestion.lenient(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("examplesPerReason must not be negative: -1");
    }

    @Test
    void should_hand_each_kept_record_on_and_keep_none_when_streaming() {
        List<String> handed = new ArrayList<>();
        Ingestion<String> in = Ingestion.streaming(1, handed::add);

        in.add("line 2", () -> "a");
        in.add("line 3", () -> Fields.required("Ticket_ID", " "));
        in.add("line 4", () -> "b");

        assertThat(handed).containsExactly("a", "b");
        assertThat(in.report().kept()).isEqualTo(2);
        assertThat(in.report().rejected()).isEqualTo(1);
        assertThatThrownBy(in::records).isInstanceOf(IllegalStateException.class)
                .hasMessage("records are not kept by a streaming ingestion: they went to its sink");
    }

    @Test
    void should_let_an_exception_of_the_sink_propagate_uncounted() {
        Ingestion<String> in = Ingestion.streaming(1, s -> {
            throw new IllegalArgumentException("sink refuses: " + s);
        });

        assertThatThrownBy(() -> in.add("line 2", () -> "a")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sink refuses: a");
        assertThat(in.report().rejected()).isZero();
    }
}
