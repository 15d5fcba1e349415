package io.github.supportkpi.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

class IngestionTest {
    private static final Instant CREATED = Instant.parse("2024-03-01T10:00:00Z");

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
        Ingestion.Report report = in.report();
        assertThat(report.accepted()).isEqualTo(2);
        assertThat(report.rejected()).isEqualTo(4);
        assertThat(report.rows()).isEqualTo(6);
        assertThat(report.rejectedByReason()).containsEntry("resolved must not be before created", 2L)
                .containsEntry("priority must be one of low, medium (normal), high, urgent (critical)", 1L)
                .hasSize(3);
        assertThat(report.examples().get("resolved must not be before created")).containsExactly(
                "line 3: resolved must not be before created: ticket T-2, created 2024-03-01T10:00:00Z,"
                        + " resolved 2024-03-01T09:59:00Z");
        assertThat(report.toString()).startsWith("6 rows: 2 accepted, 4 rejected")
                .contains("     2  resolved must not be before created");
    }

    @Test
    void should_count_a_missing_required_field_and_a_row_refused_by_the_reader() {
        Ingestion<Ticket> in = Ingestion.lenient(0);
        in.add("line 2", () -> Ticket.builder("T-1", null).build());
        in.reject("line 3", "columns must number 12", "7 columns");
        assertThat(in.report().rejectedByReason())
                .isEqualTo(Map.of("required field missing", 1L, "columns must number 12", 1L));
        assertThat(in.report().examples().values()).allSatisfy(l -> assertThat(l).isEmpty());
    }

    @Test
    void should_keep_a_row_and_count_a_field_left_out_of_it() {
        // GIVEN an export row of an open ticket that still carries a resolution time
        Ingestion<Ticket> in = Ingestion.lenient(1);
        in.add("line 2", () -> Ticket.builder("T-1", CREATED).status(Status.OPEN).build());
        in.ignoreField("line 2", "resolution time must be absent for an unresolved ticket", "Open, 18.05 h");
        // THEN the row is accepted and the field is counted, not silently dropped
        Ingestion.Report r = in.report();
        assertThat(r.accepted()).isEqualTo(1);
        assertThat(r.rejected()).isZero();
        assertThat(r.ignoredByReason()).containsEntry("resolution time must be absent for an unresolved ticket", 1L);
        assertThat(r.ignoredFields()).isEqualTo(1);
        assertThat(r.toString()).contains("1 fields ignored in accepted rows")
                .contains("e.g. line 2: Open, 18.05 h");
    }

    @Test
    void should_refuse_a_negative_number_of_examples() {
        assertThatThrownBy(() -> Ingestion.lenient(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("examplesPerReason must not be negative: -1");
    }

    @Test
    void accepted_and_rejected_always_add_up_to_the_rows_seen() {
        qt().forAll(lists().of(integers().between(-100, 100)).ofSizeBetween(0, 50)).checkAssert(offsets -> {
            Ingestion<Ticket> in = Ingestion.lenient(2);
            for (int i = 0; i < offsets.size(); i++) {
                int offset = offsets.get(i);
                in.add("row " + i, () -> ticket("T-" + offset, offset));
            }
            long valid = offsets.stream().filter(o -> o >= 0).count();
            assertThat(in.report().accepted()).isEqualTo(valid);
            assertThat(in.report().rows()).isEqualTo(offsets.size());
            assertThat(in.records()).hasSize((int) valid);
            assertThat(in.report().examples().values()).allSatisfy(l -> assertThat(l.size()).isLessThanOrEqualTo(2));
        });
    }
}
