package io.github.supportkpi.io;

import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.DataQuality;
import io.github.supportkpi.domain.FieldException;
import io.github.supportkpi.domain.Priority;
import io.github.supportkpi.domain.Status;
import io.github.supportkpi.domain.SurveyResponse;
import io.github.supportkpi.domain.Ticket;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/**
 * The bundled vendor mappings on small exports built from each vendor's documented columns and formats
 * (vendors/README.txt names the sources), each row's fate worked out by hand in the comments.
 */
class VendorMappingsTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");     // +05:30, no daylight saving
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York"); // -05:00 until 8 March 2026
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");     // +01:00 until 29 March 2026

    private record Read(Records.Collected out, ExportReader.Result result) {
        DataQuality quality() {
            return result.quality();
        }

        Ticket ticket(String id) {
            return out.tickets().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
        }
    }

    private static Read read(String mapping, String file, ZoneId zone) throws IOException {
        ExportReader reader = ExportReader.of(Mapping.bundled(mapping)).withZone(zone);
        Records.Collected out = Records.collect();
        InputStream in = VendorMappingsTest.class.getResourceAsStream("vendors/" + file);
        assertThat(in).as(file).isNotNull();
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return new Read(out, reader.read(r, file, out));
        }
    }

    private static Instant at(String utc) {
        return Instant.parse(utc);
    }

    // ---------------------------------------------------------------------------------------------------
    // Freshdesk

    @Test
    void should_read_a_freshdesk_ticket_export_in_the_exporting_agents_zone() throws IOException {
        // GIVEN nine rows: six good ones, a day-first date, a status the mapping does not know, a blank ID
        Read r = read("freshdesk-tickets", "freshdesk-tickets.csv", KOLKATA);
        DataQuality q = r.quality();

        assertThat(r.out().tickets()).extracting(Ticket::id).containsExactly("101", "102", "103", "104", "105", "109");
        assertThat(q.rows()).isEqualTo(9);
        assertThat(q.kept()).isEqualTo(6);
        assertThat(q.rejectedByReason()).containsOnly(
                entry("Created time must be a date-time of pattern yyyy-MM-dd HH:mm:ss", 1L),
                entry("Status must be a known status name (add it to the field's values)", 1L),
                entry("Ticket ID must have a value", 1L));
        assertThat(q.examples(new DataQuality.Reason(DataQuality.Kind.REJECTED, "Created time",
                "must be a date-time of pattern yyyy-MM-dd HH:mm:ss"))).containsExactly(
                "freshdesk-tickets.csv row 7: Created time must be a date-time of pattern yyyy-MM-dd HH:mm:ss:"
                        + " \"04/03/2026 08:00\"");
        // 104 is waiting on a third party but still carries the time it was once resolved: left out
        assertThat(q.ignoredByReason()).containsOnly(entry("Resolved time must be absent for an unresolved ticket", 1L));
        assertThat(q.suspect()).isZero();

        // 101: 09:05 in Kolkata is 03:35Z; first response 09:50 (04:20Z); resolved 15:35 (10:05Z)
        Ticket t101 = r.ticket("101");
        assertThat(t101.created()).isEqualTo(at("2026-03-02T03:35:00Z"));
        assertThat(t101.firstResponse()).contains(at("2026-03-02T04:20:00Z"));
        assertThat(t101.resolved()).contains(at("2026-03-02T10:05:00Z"));
        assertThat(t101.closed()).isEmpty();
        assertThat(t101.status()).isEqualTo(Status.SOLVED);
        assertThat(t101.statusName()).contains("Resolved");
        assertThat(t101.priority()).contains(Priority.HIGH);
        assertThat(t101.channel()).contains(Channel.EMAIL);
        assertThat(t101.category()).contains("Incident");
        assertThat(t101.assignee()).contains("Asha Rao");
        assertThat(t101.team()).contains("Billing");
        assertThat(t101.product()).contains("Web app");
        // the business-hours durations are Freshdesk's own, kept as they are written; the blank survey is none
        assertThat(t101.attributes()).containsOnly(entry("tags", "login,sso"), entry("dueBy", "2026-03-03 09:05:00"),
                entry("firstResponseBusinessHours", "00:45:00"), entry("resolutionBusinessHours", "06:30:00"),
                entry("firstResponseStatus", "Within SLA"), entry("resolutionStatus", "Within SLA"),
                entry("agentInteractions", "2"), entry("customerInteractions", "1"));

        // 102: closed two days after it was resolved; 10:00 IST is 04:30Z
        Ticket t102 = r.ticket("102");
        assertThat(t102.status()).isEqualTo(Status.CLOSED);
        assertThat(t102.priority()).contains(Priority.URGENT);
        assertThat(t102.channel()).contains(Channel.PHONE);
        assertThat(t102.created()).isEqualTo(at("2026-03-02T04:30:00Z"));
        assertThat(t102.firstResponse()).contains(at("2026-03-02T04:30:30Z"));
        assertThat(t102.resolved()).contains(at("2026-03-03T04:30:00Z"));
        assertThat(t102.closed()).contains(at("2026-03-05T04:30:00Z"));
        assertThat(t102.attribute("survey")).contains("Extremely Happy");

        // 103: waiting on the customer, from the portal, unassigned; 18:20 IST is 12:50Z
        Ticket t103 = r.ticket("103");
        assertThat(t103.status()).isEqualTo(Status.PENDING);
        assertThat(t103.statusName()).contains("Waiting on Customer");
        assertThat(t103.priority()).contains(Priority.LOW);
        assertThat(t103.channel()).contains(Channel.WEB);
        assertThat(t103.assignee()).isEmpty();
        assertThat(t103.created()).isEqualTo(at("2026-03-03T12:50:00Z"));
        assertThat(t103.firstResponse()).contains(at("2026-03-04T03:30:00Z"));
        assertThat(t103.resolved()).isEmpty();
        // Freshdesk writes 00:00:00 for a duration it has not got: kept as written, never read as a duration
        assertThat(t103.attribute("resolutionBusinessHours")).contains("00:00:00");

        // 104: waiting on a third party, from the feedback widget; its resolved time was left out (above)
        Ticket t104 = r.ticket("104");
        assertThat(t104.status()).isEqualTo(Status.ON_HOLD);
        assertThat(t104.channel()).contains(Channel.WEB);
        assertThat(t104.priority()).contains(Priority.MEDIUM);
        assertThat(t104.resolved()).isEmpty();

        // 105: an outbound e-mail is an e-mail; no first response yet
        Ticket t105 = r.ticket("105");
        assertThat(t105.status()).isEqualTo(Status.OPEN);
        assertThat(t105.channel()).contains(Channel.EMAIL);
        assertThat(t105.team()).contains("Sales");
        assertThat(t105.firstResponse()).isEmpty();

        // 109: from Twitter, social; 23:50 IST on 5 March is 18:20Z, answered 20 minutes later, after midnight
        Ticket t109 = r.ticket("109");
        assertThat(t109.channel()).contains(Channel.SOCIAL);
        assertThat(t109.created()).isEqualTo(at("2026-03-05T18:20:00Z"));
        assertThat(t109.firstResponse()).contains(at("2026-03-05T18:40:00Z"));

        assertThat(r.out().surveys()).isEmpty();
        assertThat(r.result().unread()).isEmpty();
        assertThat(r.result().unmapped()).containsExactly("Subject", "Last update time", "Time tracked");
    }

    // ---------------------------------------------------------------------------------------------------
    // Jira Service Management

    @Test
    void should_read_a_jira_service_management_issue_export_with_twelve_hour_times_and_repeated_columns()
            throws IOException {
        // GIVEN nine rows: six good ones, an ISO date, a status the mapping does not know, a blank key;
        // the header repeats Labels and Comment, as Jira's export does for fields with several values
        Read r = read("jsm-issues", "jsm-issues.csv", NEW_YORK);
        DataQuality q = r.quality();

        assertThat(r.out().tickets()).extracting(Ticket::id)
                .containsExactly("SD-1", "SD-2", "SD-3", "SD-4", "SD-5", "SD-9");
        assertThat(q.rows()).isEqualTo(9);
        assertThat(q.rejectedByReason()).containsOnly(
                entry("Created must be a date-time of pattern dd/MMM/yy h:mm a", 1L),
                entry("Status must be a known status name (add it to the field's values)", 1L),
                entry("Issue key must have a value", 1L));
        // SD-9's satisfaction 7 is off the 1..5 scale: left out of a kept issue
        assertThat(q.ignoredByReason())
                .containsOnly(entry("Custom field (Satisfaction) must be a whole score within 1..5", 1L));

        // SD-1: 9:05 AM in New York (EST) is 14:05Z; first response at 09:38:58.679 (14:38:58.679Z),
        // resolved 4:40 PM (21:40Z); satisfaction 4, answered when resolved
        Ticket sd1 = r.ticket("SD-1");
        assertThat(sd1.created()).isEqualTo(at("2026-03-02T14:05:00Z"));
        assertThat(sd1.firstResponse()).contains(at("2026-03-02T14:38:58.679Z"));
        assertThat(sd1.resolved()).contains(at("2026-03-02T21:40:00Z"));
        assertThat(sd1.status()).isEqualTo(Status.SOLVED);
        assertThat(sd1.statusName()).contains("Resolved");
        assertThat(sd1.priority()).contains(Priority.MEDIUM);
        assertThat(sd1.assignee()).contains("Ana Lima");
        assertThat(sd1.customerId()).contains("c.jones");
        assertThat(sd1.category()).contains("Get IT help");
        assertThat(sd1.resolutionCode()).contains("Done");
        assertThat(sd1.channel()).isEmpty();
        // the first of the repeated Labels columns is read; Jira's SLA clocks are kept as written
        assertThat(sd1.attributes()).containsOnly(entry("issueType", "Service Request"), entry("labels", "vpn"),
                entry("timeToFirstResponse", "1:26"), entry("timeToResolution", "0:25"));
        assertThat(r.out().surveys()).hasSize(1);
        SurveyResponse s = r.out().surveys().get(0);
        assertThat(s.score()).isEqualTo(4);
        assertThat(s.ticketId()).contains("SD-1");
        assertThat(s.at()).isEqualTo(at("2026-03-02T21:40:00Z"));

        // SD-2: 11:15 PM on 2 March is 04:15Z on 3 March; Highest is urgent; the first-response date has two
        // decimals (.43 is 430 ms); a breached SLA clock is negative
        Ticket sd2 = r.ticket("SD-2");
        assertThat(sd2.created()).isEqualTo(at("2026-03-03T04:15:00Z"));
        assertThat(sd2.firstResponse()).contains(at("2026-03-03T13:02:10.430Z"));
        assertThat(sd2.status()).isEqualTo(Status.PENDING);
        assertThat(sd2.statusName()).contains("Waiting for customer");
        assertThat(sd2.priority()).contains(Priority.URGENT);
        assertThat(sd2.resolutionCode()).isEmpty();
        assertThat(sd2.attribute("timeToFirstResponse")).contains("-2:47");

        // SD-3: waiting for support is the agents' turn: open; Lowest is low; unassigned
        Ticket sd3 = r.ticket("SD-3");
        assertThat(sd3.status()).isEqualTo(Status.OPEN);
        assertThat(sd3.priority()).contains(Priority.LOW);
        assertThat(sd3.assignee()).isEmpty();
        assertThat(sd3.created()).isEqualTo(at("2026-03-03T12:30:00Z"));
        assertThat(sd3.firstResponse()).isEmpty();

        // SD-4: canceled is closed, told apart by its resolution; resolved 10:00 AM (15:00Z)
        Ticket sd4 = r.ticket("SD-4");
        assertThat(sd4.status()).isEqualTo(Status.CLOSED);
        assertThat(sd4.statusName()).contains("Canceled");
        assertThat(sd4.resolutionCode()).contains("Won't Do");
        assertThat(sd4.resolved()).contains(at("2026-03-03T15:00:00Z"));

        // SD-5: pending (on something other than the customer) is on hold; Major is high; 12:00 PM is noon
        Ticket sd5 = r.ticket("SD-5");
        assertThat(sd5.status()).isEqualTo(Status.ON_HOLD);
        assertThat(sd5.priority()).contains(Priority.HIGH);
        assertThat(sd5.created()).isEqualTo(at("2026-03-03T17:00:00Z"));
        assertThat(sd5.firstResponse()).contains(at("2026-03-03T17:30:00Z"));

        // SD-9: escalated is open; Blocker is urgent; 12:05 AM is five past midnight (05:05Z)
        Ticket sd9 = r.ticket("SD-9");
        assertThat(sd9.status()).isEqualTo(Status.OPEN);
        assertThat(sd9.priority()).contains(Priority.URGENT);
        assertThat(sd9.created()).isEqualTo(at("2026-03-04T05:05:00Z"));
        assertThat(sd9.firstResponse()).contains(at("2026-03-04T05:20:00.500Z"));

        assertThat(r.result().unread()).isEmpty();
        assertThat(r.result().columns()).containsEntry("csat", "Custom field (Satisfaction)");
        assertThat(r.result().unmapped()).containsExactly("Summary", "Issue id", "Updated", "Comment");
    }

    @Test
    void should_read_jira_dates_with_english_month_names_and_am_pm_as_jira_writes_them() {
        // the formatter reads in Locale.ROOT: "Mar" and "PM" as Jira writes them; other spellings are refused
        FieldMapping f = FieldMapping.builder("Created").pattern("dd/MMM/yy h:mm a").build();

        assertThat(f.instant("Created", "02/Mar/26 9:05 PM", NEW_YORK)).isEqualTo(at("2026-03-03T02:05:00Z"));
        assertThat(f.instant("Created", "02/Mar/26 09:05 AM", NEW_YORK)).isEqualTo(at("2026-03-02T14:05:00Z"));
        assertThat(f.instant("Created", "12/Dec/25 12:30 AM", NEW_YORK)).isEqualTo(at("2025-12-12T05:30:00Z"));
        for (String bad : List.of("02/mar/26 9:05 pm", "02/März/26 9:05 PM", "02/Mar/26 21:05", "31/Feb/26 9:05 AM")) {
            assertThatThrownBy(() -> f.instant("Created", bad, NEW_YORK)).as(bad).isInstanceOf(FieldException.class);
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // Zammad

    @Test
    void should_read_a_zammad_report_sheet_saved_as_csv_counting_its_footer_as_a_rejected_row() throws IOException {
        // GIVEN nine rows: five good ones, a German date, a state the mapping does not know, a blank number,
        // and the sheet's "Timezone" footer line
        Read r = read("zammad-tickets", "zammad-tickets.csv", BERLIN);
        DataQuality q = r.quality();

        assertThat(r.out().tickets()).extracting(Ticket::id)
                .containsExactly("31001", "31002", "31003", "31004", "31005");
        assertThat(q.rows()).isEqualTo(9);
        assertThat(q.rejectedByReason()).containsOnly(
                entry("Created At must be a date-time of pattern yyyy-MM-dd HH:mm:ss", 1L),
                entry("State must be a known status name (add it to the field's values)", 1L),
                entry("# must have a value", 1L),
                entry("Created At must have a value", 1L));
        assertThat(q.examples(new DataQuality.Reason(DataQuality.Kind.REJECTED, "Created At", "must have a value")))
                .hasSize(1).allSatisfy(e -> assertThat(e).startsWith("zammad-tickets.csv row 10:"));
        assertThat(q.ignored()).isZero();

        // 31001: 09:00 in Berlin (CET) is 08:00Z; first response 09:45 (08:45Z); closed 17:30 (16:30Z)
        Ticket t1 = r.ticket("31001");
        assertThat(t1.created()).isEqualTo(at("2026-03-02T08:00:00Z"));
        assertThat(t1.firstResponse()).contains(at("2026-03-02T08:45:00Z"));
        assertThat(t1.resolved()).contains(at("2026-03-02T16:30:00Z"));
        assertThat(t1.status()).isEqualTo(Status.CLOSED);
        assertThat(t1.statusName()).contains("closed");
        assertThat(t1.priority()).contains(Priority.MEDIUM);
        assertThat(t1.channel()).contains(Channel.EMAIL);
        assertThat(t1.team()).contains("Support");
        assertThat(t1.assignee()).contains("Emma Agent");
        assertThat(t1.customerId()).contains("Chris Customer");
        assertThat(t1.attributes()).containsOnly(entry("organization", "Acme"), entry("sender", "Customer"),
                entry("tags", "billing"), entry("articleCount", "4"), entry("firstResponseInMin", "45"),
                entry("closeInMin", "510"));

        // 31002: open, "3 high"; the owner "-" is Zammad's nobody: no assignee
        Ticket t2 = r.ticket("31002");
        assertThat(t2.status()).isEqualTo(Status.OPEN);
        assertThat(t2.priority()).contains(Priority.HIGH);
        assertThat(t2.channel()).contains(Channel.PHONE);
        assertThat(t2.assignee()).isEmpty();
        assertThat(t2.team()).contains("2nd Level");
        assertThat(t2.attribute("tags")).contains("outage,p1");

        // 31003: a pending reminder waits: pending; "1 low"; created through the web form
        Ticket t3 = r.ticket("31003");
        assertThat(t3.status()).isEqualTo(Status.PENDING);
        assertThat(t3.priority()).contains(Priority.LOW);
        assertThat(t3.channel()).contains(Channel.WEB);
        assertThat(t3.firstResponse()).contains(at("2026-03-03T07:30:00Z"));

        // 31004: new, from a tweet: social; 22:10 CET is 21:10Z
        Ticket t4 = r.ticket("31004");
        assertThat(t4.status()).isEqualTo(Status.NEW);
        assertThat(t4.channel()).contains(Channel.SOCIAL);
        assertThat(t4.created()).isEqualTo(at("2026-03-03T21:10:00Z"));

        // 31005: merged into another ticket: closed, at its Closed At (11:05 CET, 10:05Z)
        Ticket t5 = r.ticket("31005");
        assertThat(t5.status()).isEqualTo(Status.CLOSED);
        assertThat(t5.statusName()).contains("merged");
        assertThat(t5.resolved()).contains(at("2026-03-02T10:05:00Z"));

        assertThat(r.out().surveys()).isEmpty();
        assertThat(r.result().unread()).isEmpty();
        assertThat(r.result().unmapped()).contains("Title", "Updated At", "Escalation At").doesNotContain("#", "Owner");
    }

    // ---------------------------------------------------------------------------------------------------
    // All bundled mappings

    @Test
    void should_load_every_bundled_mapping_and_write_it_back_as_an_equal_mapping()
            throws IOException, URISyntaxException {
        URL any = Mapping.class.getResource("mappings/supportkpi-tickets.json");
        assertThat(any).isNotNull();
        List<String> names;
        try (Stream<Path> files = Files.list(Path.of(any.toURI()).getParent())) {
            names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length())).sorted().collect(Collectors.toList());
        }

        assertThat(names).contains("freshdesk-tickets", "jsm-issues", "zammad-tickets", "supportkpi-tickets");
        for (String name : names) {
            Mapping m = Mapping.bundled(name);
            assertThat(Mapping.read(new StringReader(m.toJson()))).as(name).isEqualTo(m);
            assertThat(m.kind()).as(name).isEqualTo(name.endsWith("-satisfaction") ? RecordKind.SURVEYS
                    : RecordKind.TICKETS);
        }
    }

    @Test
    void should_name_no_zone_in_a_vendor_mapping_so_the_exporting_agents_zone_must_be_given() {
        // the vendors write local times in the zone of the agent who exported: the reader must be told it
        for (String name : List.of("freshdesk-tickets", "jsm-issues", "zammad-tickets")) {
            assertThat(Mapping.bundled(name).zone()).as(name).isEmpty();
        }
    }
}
