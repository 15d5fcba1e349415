package io.github.supportkpi.io;

import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.ContactOutcome;
import io.github.supportkpi.domain.DataQuality;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.Priority;
import io.github.supportkpi.domain.Status;
import io.github.supportkpi.domain.SurveyResponse;
import io.github.supportkpi.domain.Ticket;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/** The reader on small fixture exports, each row's fate worked out by hand in the comments. */
class ExportReaderTest {

    static Mapping mapping(String name) throws IOException {
        try (Reader in = resource(name)) {
            return Mapping.read(in);
        }
    }

    static Reader resource(String name) {
        InputStream in = ExportReaderTest.class.getResourceAsStream(name);
        assertThat(in).as(name).isNotNull();
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static Records.Collected read(ExportReader reader, String file, List<ExportReader.Result> results)
            throws IOException {
        Records.Collected out = Records.collect();
        try (Reader in = resource(file)) {
            results.add(reader.read(in, file, out));
        }
        return out;
    }

    @Test
    void should_read_a_ticket_export_keeping_the_good_rows_and_counting_the_rest() throws IOException {
        // GIVEN nine rows with a BOM and CRLF line ends, a quoted line break, sentinels, day-first dates,
        // an unknown status, a response logged before creation by 1.8 s (tolerated) and by 1 h (refused)
        List<ExportReader.Result> results = new ArrayList<>();
        Records.Collected out = read(ExportReader.of(mapping("tickets-mapping.json")), "tickets.csv", results);
        ExportReader.Result result = results.get(0);
        DataQuality q = result.quality();

        // THEN T-1, T-2, T-3, T-5, T-6 are kept; T-4 (date), T-7 (status), T-8 (skew), T-9 (columns) are not
        assertThat(out.tickets()).extracting(Ticket::id).containsExactly("T-1", "T-2", "T-3", "T-5", "T-6");
        assertThat(q.rows()).isEqualTo(9);
        assertThat(q.kept()).isEqualTo(5);
        assertThat(q.rejectedByReason()).containsOnly(
                entry("Created must be a date-time of pattern yyyy-MM-dd HH:mm:ss", 1L),
                entry("Status must be a known status name (add it to the field's values)", 1L),
                entry("First Response (h) must not be before Created by more than PT2S", 1L),
                entry("row must have as many columns as the header", 1L));
        assertThat(q.ignoredByReason()).containsOnly(entry("Resolution Time must be absent for an unresolved ticket", 1L));
        assertThat(q.suspectByReason()).containsOnly(entry("First Response (h) before Created within PT2S", 1L));
        assertThat(q.examples(new DataQuality.Reason(DataQuality.Kind.REJECTED, "Created",
                "must be a date-time of pattern yyyy-MM-dd HH:mm:ss")))
                .containsExactly("tickets.csv row 5: Created must be a date-time of pattern yyyy-MM-dd HH:mm:ss:"
                        + " \"20-05-2024 12:00:00\"");

        // T-1: 09:00 in Berlin (CEST) is 07:00Z; 1.5 h to the first response; resolved 4:30:00 after creation
        Ticket t1 = out.tickets().get(0);
        assertThat(t1.created()).isEqualTo(Instant.parse("2024-05-20T07:00:00Z"));
        assertThat(t1.firstResponse()).contains(Instant.parse("2024-05-20T08:30:00Z"));
        assertThat(t1.resolved()).contains(Instant.parse("2024-05-20T11:30:00Z"));
        assertThat(t1.status()).isEqualTo(Status.CLOSED);
        assertThat(t1.statusName()).contains("Closed");
        assertThat(t1.priority()).contains(Priority.HIGH);
        assertThat(t1.channel()).contains(Channel.EMAIL);
        assertThat(t1.attributes()).containsExactly(entry("type", "Billing, refunds"), entry("region", "EU"));
        // T-2: the product's own status, priority and channel names, mapped
        Ticket t2 = out.tickets().get(1);
        assertThat(t2.status()).isEqualTo(Status.OPEN);
        assertThat(t2.statusName()).contains("Escalated");
        assertThat(t2.priority()).contains(Priority.URGENT);
        assertThat(t2.channel()).contains(Channel.SOCIAL);
        assertThat(t2.escalated()).isTrue();
        // T-3: the response 1.8 s before creation is kept as at creation; the quoted cell keeps its line break
        Ticket t3 = out.tickets().get(2);
        assertThat(t3.firstResponse()).contains(t3.created());
        assertThat(t3.attribute("type")).hasValueSatisfying(v -> assertThat(v).startsWith("Multi").endsWith("line"));
        // T-5: the resolution time of an open ticket is left out; the blank region is no attribute
        Ticket t5 = out.tickets().get(3);
        assertThat(t5.resolved()).isEmpty();
        assertThat(t5.attributes()).containsOnlyKeys("type");
        // T-6: "N/A" and "Not Provided" are no value
        Ticket t6 = out.tickets().get(4);
        assertThat(t6.status()).isEqualTo(Status.ON_HOLD);
        assertThat(t6.firstResponse()).isEmpty();
        assertThat(t6.assignee()).isEmpty();
        assertThat(t6.attributes()).containsExactly(entry("region", "US"));
        assertThat(t6.channel()).contains(Channel.WEB);

        // the CSAT answers of T-1 and T-3, on 1..5, answered when resolved
        assertThat(out.surveys()).extracting(SurveyResponse::score).containsExactly(5, 4);
        assertThat(out.surveys().get(0).ticketId()).contains("T-1");
        assertThat(out.surveys().get(0).at()).isEqualTo(t1.resolved().orElseThrow());

        assertThat(result.columns()).containsEntry("created", "Created").containsEntry("resolved", "Resolution Time");
        assertThat(result.unread()).isEmpty();
        assertThat(result.unmapped()).isEmpty();
    }

    @Test
    void should_read_a_column_renamed_between_two_exports_under_its_new_name() throws IOException {
        List<ExportReader.Result> results = new ArrayList<>();
        Records.Collected out = read(ExportReader.of(mapping("tickets-mapping.json")), "tickets-2024h2.csv", results);

        assertThat(out.tickets()).extracting(Ticket::id).containsExactly("T-10", "T-11");
        // 09:00 CEST is 07:00Z, resolved an hour later under "Time to Resolution"
        assertThat(out.tickets().get(0).resolved()).contains(Instant.parse("2024-07-01T08:00:00Z"));
        assertThat(results.get(0).columns()).containsEntry("created", "Created At")
                .containsEntry("resolved", "Time to Resolution");
        assertThat(results.get(0).unread()).containsExactly("attribute region");
    }

    @Test
    void should_end_a_strict_read_at_the_first_bad_row_naming_it() throws IOException {
        ExportReader strict = ExportReader.of(mapping("tickets-mapping.json")).strict();
        Records.Collected out = Records.collect();

        assertThatThrownBy(() -> {
            try (Reader in = resource("tickets.csv")) {
                strict.read(in, "tickets.csv", out);
            }
        }).isInstanceOf(RowException.class)
                .hasMessage("tickets.csv row 5: Created must be a date-time of pattern yyyy-MM-dd HH:mm:ss:"
                        + " \"20-05-2024 12:00:00\"")
                .satisfies(e -> assertThat(((RowException) e).locator()).isEqualTo("tickets.csv row 5"));
        // the rows before it were read
        assertThat(out.tickets()).extracting(Ticket::id).containsExactly("T-1", "T-2", "T-3");
    }

    @Test
    void should_refuse_a_header_without_a_required_column_naming_the_columns_looked_for() throws IOException {
        ExportReader reader = ExportReader.of(mapping("tickets-mapping.json"));

        assertThatThrownBy(() -> reader.read(new StringReader("Ticket ID,Opened\nT-1,2024-05-20 09:00:00\n"), "x.csv",
                Records.collect())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("header must have a column for created (Created or Created At): [Ticket ID, Opened]");
    }

    @Test
    void should_read_a_call_log_with_blank_waits_as_unknown_and_the_outcome_of_each_call() throws IOException {
        List<ExportReader.Result> results = new ArrayList<>();
        Records.Collected out = read(ExportReader.of(mapping("calls-mapping.json")), "calls.csv", results);
        DataQuality q = results.get(0).quality();

        // ID0005's month 13 is refused; ID0004's rating "x" is left out of a kept call
        assertThat(out.interactions()).extracting(i -> i.id().orElseThrow())
                .containsExactly("ID0001", "ID0002", "ID0003", "ID0004");
        assertThat(q.rejectedByReason()).containsOnly(entry("Date/Time must be a date-time of pattern M/d/yyyy H:mm:ss", 1L));
        assertThat(q.ignoredByReason()).containsOnly(entry("Satisfaction rating must be a whole score within 1..5", 1L));

        Interaction first = out.interactions().get(0);
        assertThat(first.at()).isEqualTo(Instant.parse("2021-01-01T09:12:58Z"));
        assertThat(first.queueWait()).contains(Duration.ofSeconds(109));
        assertThat(first.talk()).isEqualTo(Duration.ofSeconds(143));  // 0:02:23
        assertThat(first.outcome()).contains(ContactOutcome.RESOLVED);
        assertThat(first.abandoned()).isFalse();
        assertThat(first.agentId()).contains("Diane");
        assertThat(first.attribute("topic")).contains("Contract related");
        // ID0003: not answered, so abandoned, with its blank wait unknown (never 0)
        Interaction third = out.interactions().get(2);
        assertThat(third.abandoned()).isTrue();
        assertThat(third.queueWait()).isEmpty();
        assertThat(third.outcome()).contains(ContactOutcome.NOT_RESOLVED);
        assertThat(out.surveys()).extracting(SurveyResponse::score).containsExactly(3, 2);
    }

    @Test
    void should_read_a_call_centre_log_with_cr_line_ends_two_digit_years_and_zero_times_as_no_value()
            throws IOException {
        List<ExportReader.Result> results = new ArrayList<>();
        Records.Collected out = read(ExportReader.of(mapping("bank-mapping.json")), "bank.txt", results);
        DataQuality q = results.get(0).quality();

        assertThat(out.interactions()).extracting(i -> i.id().orElseThrow()).containsExactly("33116", "33117", "33118");
        assertThat(q.rejectedByReason()).containsOnly(entry("outcome must be hang (yes), or agent (no)", 1L));
        assertThat(q.suspectByReason()).containsOnly(entry("date/ser_start before date/q_exit within PT2S", 1L));

        ZoneId israel = ZoneId.of("Asia/Jerusalem");
        Interaction a = out.interactions().get(0);
        // 990201 with base year 1950 is 1 February 1999; 6:59:10 without a leading zero
        assertThat(a.at()).isEqualTo(LocalDateTime.of(1999, 2, 1, 6, 59, 10).atZone(israel).toInstant());
        assertThat(a.queueWait()).contains(Duration.ofSeconds(5));       // 6:59:16 to 6:59:21
        assertThat(a.talk()).isEqualTo(Duration.ofSeconds(59));          // service kept as from 6:59:21 to 7:00:20
        Interaction hang = out.interactions().get(1);
        assertThat(hang.abandoned()).isTrue();
        assertThat(hang.queueWait()).contains(Duration.ofSeconds(30));
        assertThat(hang.agentId()).isEmpty();                             // NO_SERVER is no value
        assertThat(hang.talk()).isZero();
        Interaction direct = out.interactions().get(2);
        assertThat(direct.queueWait()).isEqualTo(Optional.empty());       // no queue times: unknown, not 0
        assertThat(direct.talk()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void should_refuse_a_record_of_a_kind_the_sink_does_not_take() throws IOException {
        ExportReader reader = ExportReader.of(mapping("calls-mapping.json"));
        Records ticketsOnly = new Records() {
            @Override
            public void ticket(Ticket ticket) {}
        };

        assertThatThrownBy(() -> {
            try (Reader in = resource("calls.csv")) {
                reader.read(in, "calls.csv", ticketsOnly);
            }
        }).isInstanceOf(UnsupportedOperationException.class).hasMessageStartingWith("this sink takes no interactions");
    }

    @Test
    void should_read_every_line_end_alike() throws IOException {
        String lf = "Ticket ID,Created,Status\nT-1,2024-05-20 09:00:00,Open\n\"T-2\",2024-05-20 10:00:00,Pending\n";
        Mapping m = Mapping.builder(RecordKind.TICKETS).zone(ZoneId.of("UTC")).field("id", "Ticket ID")
                .field("created", FieldMapping.builder("Created").pattern("yyyy-MM-dd HH:mm:ss").build())
                .field("status", "Status").build();
        Map<String, List<Ticket>> byEnding = new TreeMap<>();
        for (String end : List.of("\n", "\r\n", "\r")) {
            Records.Collected out = Records.collect();
            DataQuality q = ExportReader.of(m).read(new StringReader("\uFEFF" + lf.replace("\n", end)), "x.csv", out)
                    .quality();
            assertThat(q.rows()).isEqualTo(q.kept()).isEqualTo(2);
            byEnding.put(end.replace("\r", "CR").replace("\n", "LF"), out.tickets());
        }

        assertThat(byEnding.get("LF")).hasSize(2);
        assertThat(byEnding.values()).allSatisfy(ts -> assertThat(ts).isEqualTo(byEnding.get("LF")));
    }
}
