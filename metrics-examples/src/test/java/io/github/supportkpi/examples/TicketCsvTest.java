package io.github.supportkpi.examples;

import io.github.supportkpi.domain.Channel;
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
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TicketCsvTest {

    private static TicketCsv.Result read() throws IOException {
        try (Reader in = new InputStreamReader(TicketCsvTest.class.getResourceAsStream("/tickets.csv"),
                StandardCharsets.UTF_8)) {
            return TicketCsv.read(in, ZoneOffset.UTC);
        }
    }

    @Test
    void should_read_valid_rows_into_tickets() throws IOException {
        TicketCsv.Result r = read();
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
    void should_count_every_refused_row_and_ignored_field_by_reason() throws IOException {
        var q = read().quality();
        assertThat(q.rows()).isEqualTo(8);
        assertThat(q.accepted()).isEqualTo(4);
        assertThat(q.rejectedByReason())
                .containsEntry("priority must be one of low, medium (normal), high, urgent (critical)", 1L)
                .containsEntry("First_Response_Time_Hours must not be negative", 1L)
                .containsEntry("row must have as many columns as the header", 1L)
                .containsEntry("Created_Date must be a date-time yyyy-MM-dd HH:mm:ss", 1L)
                .hasSize(4);
        assertThat(q.ignoredByReason())
                .containsEntry("resolution time must be absent for an unresolved ticket", 1L)
                .containsEntry("CSAT_Score must be a whole score within 1..5", 1L);
    }

    @Test
    void should_refuse_an_export_without_a_required_column() {
        assertThatThrownBy(() -> TicketCsv.read(new StringReader("Ticket_ID,Status\nT-1,Open\n"), ZoneOffset.UTC))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("header must have a column Created_Date");
    }

    @Test
    void should_report_kpis_and_data_quality_of_the_export() throws IOException {
        String report = CsvReport.render(read());
        assertThat(report).contains("8 rows: 4 accepted, 4 rejected", "Tickets          4",
                "Resolution rate  75.0% (3/4)", "CSAT             100.0% (2/2)");
        assertThat(report).doesNotContain("NaN");
    }
}
