package io.github.supportkpi.examples;

import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.DataQuality;
import io.github.supportkpi.domain.Priority;
import io.github.supportkpi.domain.Status;
import io.github.supportkpi.domain.Ticket;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The examples' export report, read through metrics-io and the examples' ticket-export mapping. */
class CsvReportTest {
    private static final Duration TWO_SECONDS = Duration.ofSeconds(2);

    private static CsvReport.Read read(String resource, Duration skew) throws IOException {
        try (Reader in = new InputStreamReader(CsvReportTest.class.getResourceAsStream(resource),
                StandardCharsets.UTF_8)) {
            return CsvReport.read(in, resource.substring(1), CsvReport.mapping(), ZoneOffset.UTC, skew);
        }
    }

    private static CsvReport.Read read() throws IOException {
        return read("/tickets.csv", Duration.ZERO);
    }

    @Test
    void should_read_valid_rows_into_tickets() throws IOException {
        CsvReport.Read r = read();
        Ticket first = r.tickets().get(0);
        assertThat(first.id()).isEqualTo("TKT-1");
        assertThat(first.created()).isEqualTo(Instant.parse("2024-05-20T07:14:00Z"));
        assertThat(first.firstResponse()).contains(first.created().plus(Duration.ofMinutes(90)));
        assertThat(first.resolved()).contains(first.created().plus(Duration.ofMinutes(22 * 60 + 45)));
        assertThat(first.status()).isEqualTo(Status.CLOSED);
        assertThat(first.priority()).contains(Priority.HIGH);
        assertThat(first.channel()).contains(Channel.PHONE);
        assertThat(first.attribute("type")).contains("Bug Report");
        assertThat(r.tickets()).extracting(Ticket::id).containsExactly("TKT-1", "TKT-2", "TKT-3", "TKT-7");
        assertThat(r.surveys()).extracting(s -> s.score()).containsExactly(5, 4);
    }

    @Test
    void should_count_every_refused_row_and_ignored_field_by_field_and_rule() throws IOException {
        DataQuality q = read().quality();
        assertThat(q.rows()).isEqualTo(8);
        assertThat(q.kept()).isEqualTo(4);
        assertThat(q.rejectedByReason()).isEqualTo(Map.of(
                "Priority must be one of low, medium (normal), high, urgent (critical)", 1L,
                "First_Response_Time_Hours must not be before Created_Date by more than PT0S", 1L,
                "row must have as many columns as the header", 1L,
                "Created_Date must be a date-time of pattern yyyy-MM-dd HH:mm:ss", 1L));
        assertThat(q.ignoredByReason()).isEqualTo(Map.of(
                "Resolution_Time_Hours must be absent for an unresolved ticket", 1L,
                "CSAT_Score must be a whole score within 1..5", 1L));
    }

    @Test
    void should_count_day_first_dates_under_one_reason_and_keep_a_small_skew_as_suspect() throws IOException {
        // GIVEN 12 rows: 3 with day-first dates, an FRT of "n/a", an FRT of -0.0005 h (1.8 s before creation),
        // an FRT of -1 h, a resolution time on an open ticket, a CSAT on a ticket in progress, a CSAT of 4.5,
        // an unknown priority and a short row
        CsvReport.Read r = read("/messy-tickets.csv", TWO_SECONDS);
        DataQuality q = r.quality();
        // THEN M-1, M-6, M-8, M-9, M-10 are kept
        assertThat(r.tickets()).extracting(Ticket::id).containsExactly("M-1", "M-6", "M-8", "M-9", "M-10");
        assertThat(q.rows()).isEqualTo(12);
        assertThat(q.rejectedByReason()).isEqualTo(Map.of(
                "Created_Date must be a date-time of pattern yyyy-MM-dd HH:mm:ss", 3L,
                "First_Response_Time_Hours must be a number of hours", 1L,
                "First_Response_Time_Hours must not be before Created_Date by more than PT2S", 1L,
                "Priority must be one of low, medium (normal), high, urgent (critical)", 1L,
                "row must have as many columns as the header", 1L));
        assertThat(q.ignoredByReason()).isEqualTo(Map.of(
                "Resolution_Time_Hours must be absent for an unresolved ticket", 1L,
                "CSAT_Score must be a whole score within 1..5", 1L));
        assertThat(q.suspectByReason()).isEqualTo(Map.of(
                "First_Response_Time_Hours before Created_Date within PT2S", 1L,
                "CSAT_Score given on an unresolved ticket", 1L));
        // the skewed response is kept at creation: an FRT of 0, never negative
        Ticket m6 = r.tickets().get(1);
        assertThat(m6.firstResponse()).contains(m6.created());
        // the examples show the locator and the value
        assertThat(q.examples(new DataQuality.Reason(DataQuality.Kind.REJECTED, "Created_Date",
                "must be a date-time of pattern yyyy-MM-dd HH:mm:ss")))
                .first().isEqualTo("messy-tickets.csv row 3: Created_Date must be a date-time of pattern yyyy-MM-dd HH:mm:ss:"
                        + " \"20-05-2024 09:00:00\"");
    }

    @Test
    void should_refuse_the_small_skew_without_a_tolerance() throws IOException {
        DataQuality q = read("/messy-tickets.csv", Duration.ZERO).quality();
        assertThat(q.kept()).isEqualTo(4);
        assertThat(q.rejectedByReason())
                .containsEntry("First_Response_Time_Hours must not be before Created_Date by more than PT0S", 2L);
        assertThat(q.suspectByReason()).doesNotContainKey("First_Response_Time_Hours before Created_Date within PT0S");
    }

    @Test
    void should_refuse_an_export_without_a_required_column() {
        assertThatThrownBy(() -> CsvReport.read(new StringReader("Ticket_ID,Status\nT-1,Open\n"), "x.csv",
                CsvReport.mapping(), ZoneOffset.UTC, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("header must have a column for created (Created_Date): [Ticket_ID, Status]");
    }

    @Test
    void should_report_kpis_and_data_quality_of_the_export() throws IOException {
        String report = CsvReport.render(read());
        assertThat(report).contains("8 rows: 4 kept, 4 rejected", "Tickets          4",
                "Resolution rate  75.0% (3/4)", "CSAT             100.0% (2/2)");
        assertThat(report).doesNotContain("NaN");
    }

    @Test
    void should_report_rejected_ignored_and_suspect_rows_of_a_messy_export() throws IOException {
        String report = CsvReport.render(read("/messy-tickets.csv", TWO_SECONDS));
        assertThat(report).contains("12 rows: 5 kept, 7 rejected", "7 rows rejected",
                "     3  Created_Date must be a date-time of pattern yyyy-MM-dd HH:mm:ss",
                "2 fields ignored in kept rows", "2 suspect values in kept rows",
                "     1  First_Response_Time_Hours before Created_Date within PT2S", "Tickets          5");
        assertThat(report).doesNotContain("NaN");
    }
}
