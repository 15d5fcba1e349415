package io.github.supportkpi.io;

import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.DataQuality;
import io.github.supportkpi.domain.Priority;
import io.github.supportkpi.domain.Status;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.io.Reconciliation.Outcome;
import java.io.IOException;
import java.io.Reader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The bundled {@code zendesk-tickets} mapping on a fixture in the shape of Zendesk's Tickets API with
 * side-loaded metric sets (sources in the fixture's {@code _source} member), each ticket's fate and each
 * reconciliation worked out by hand in the comments.
 */
class ZendeskTicketsTest {
    private static final String FIXTURE = "zendesk/tickets.json";

    private static Records.Collected read(List<ExportReader.Result> results) throws IOException {
        Records.Collected out = Records.collect();
        try (Reader in = ExportReaderTest.resource(FIXTURE)) {
            results.add(ExportReader.of(Mapping.bundled("zendesk-tickets")).read(in, "tickets.json", out));
        }
        return out;
    }

    @Test
    void should_read_the_tickets_and_their_metric_sets_keeping_the_good_records_and_counting_the_rest()
            throws IOException {
        List<ExportReader.Result> results = new ArrayList<>();
        Records.Collected out = read(results);
        DataQuality q = results.get(0).quality();

        // eight records: 35436 to 35440 are kept; 35441 (date), 35442 (status) and the one without id are not
        assertThat(out.tickets()).extracting(Ticket::id).containsExactly("35436", "35437", "35438", "35439", "35440");
        assertThat(q.rows()).isEqualTo(8);
        assertThat(q.rejectedByReason()).containsOnly(
                entry("created_at must be an ISO-8601 date-time", 1L),
                entry("status must be a known status name (add it to the field's values)", 1L),
                entry("id must have a value", 1L));
        assertThat(q.examples(new DataQuality.Reason(DataQuality.Kind.REJECTED, "id", "must have a value")))
                .containsExactly("tickets.json record 8: id must have a value: \"\"");
        // 35436 is open, but its metric set has a solved_at: left out, counted as ignored
        assertThat(q.ignoredByReason()).containsOnly(
                entry("metric_set.solved_at must be absent for an unresolved ticket", 1L));

        // 35436, Zendesk's own example: created 2009-07-20T22:55:29Z, first reply 2391 min (39 h 51 min) later
        Ticket a = out.tickets().get(0);
        assertThat(a.created()).isEqualTo(Instant.parse("2009-07-20T22:55:29Z"));
        assertThat(a.firstResponse()).contains(Instant.parse("2009-07-22T14:46:29Z"));
        assertThat(a.resolved()).isEmpty();
        assertThat(a.status()).isEqualTo(Status.OPEN);
        assertThat(a.priority()).contains(Priority.HIGH);
        assertThat(a.channel()).contains(Channel.WEB);
        assertThat(a.category()).contains("incident");
        assertThat(a.team()).contains("98738");
        assertThat(a.assignee()).contains("235323");
        assertThat(a.customerId()).contains("20978392");
        assertThat(a.reopenCount()).isEqualTo(55);
        assertThat(a.attributes()).containsExactly(entry("tags", "enterprise,other_tag"),
                entry("organization", "509974"), entry("satisfaction", "good"),
                entry("initiallyAssigned", "2011-05-03T10:38:52Z"), entry("replies", "322"),
                entry("groupStations", "7"), entry("assigneeStations", "1"));
        // 35437: "normal" priority is medium; the empty tags and null organization are no attribute
        Ticket b = out.tickets().get(1);
        assertThat(b.priority()).contains(Priority.MEDIUM);
        assertThat(b.channel()).contains(Channel.EMAIL);
        assertThat(b.status()).isEqualTo(Status.SOLVED);
        assertThat(b.firstResponse()).contains(Instant.parse("2024-03-04T10:30:00Z"));
        assertThat(b.resolved()).contains(Instant.parse("2024-03-05T10:30:40Z"));
        assertThat(b.attributes()).doesNotContainKeys("tags", "organization", "satisfaction");
        // 35438: chat, closed, one reopen; 35439: voice is the phone; 35440: twitter is social, no metric set
        assertThat(out.tickets().get(2).channel()).contains(Channel.CHAT);
        assertThat(out.tickets().get(2).status()).isEqualTo(Status.CLOSED);
        assertThat(out.tickets().get(2).reopenCount()).isEqualTo(1);
        assertThat(out.tickets().get(3).channel()).contains(Channel.PHONE);
        assertThat(out.tickets().get(3).assignee()).isEmpty();
        Ticket e = out.tickets().get(4);
        assertThat(e.channel()).contains(Channel.SOCIAL);
        assertThat(e.status()).isEqualTo(Status.NEW);
        assertThat(e.priority()).isEmpty();
        assertThat(e.firstResponse()).isEmpty();

        // every mapped field is in some record; custom_fields (objects) and the vendor's own values are not columns
        ExportReader.Result r = results.get(0);
        assertThat(r.unread()).isEmpty();
        assertThat(r.columns()).containsEntry("channel", "via.channel")
                .containsEntry("resolved", "metric_set.solved_at");
        assertThat(r.unmapped()).contains("subject", "metric_set.on_hold_time_in_minutes.calendar")
                .doesNotContain("custom_fields", "metric_set", "metric_set.full_resolution_time_in_minutes.calendar",
                        "via.channel");
    }

    @Test
    void should_set_our_times_beside_zendesks_and_explain_each_difference_by_a_rule() throws IOException {
        List<Reconciliation.Pair> pairs = new ArrayList<>();
        Reconciliation.Report report;
        try (Reader in = ExportReaderTest.resource(FIXTURE)) {
            report = Reconciliation.of(ExportReader.of(Mapping.bundled("zendesk-tickets"))).read(in, "tickets.json",
                    pairs::add);
        }
        assertThat(report.read().quality().kept()).isEqualTo(5);
        assertThat(pairs).hasSize(10);

        // first reply: ours is read from Zendesk's reply time, so the four answered tickets agree exactly;
        // 35440 has no metric set
        Reconciliation.Measure frt = report.measures().get("firstResponse");
        assertThat(frt.tickets()).isEqualTo(5);
        assertThat(frt.outcomes()).containsExactly(entry(Outcome.EQUAL, 4L), entry(Outcome.DIFFERENT, 0L),
                entry(Outcome.ONLY_OURS, 0L), entry(Outcome.ONLY_THEIRS, 0L), entry(Outcome.NEITHER, 1L));

        // resolution, ours = solved_at - created_at:
        //   35436 open, solved_at left out; Zendesk says 2391 min            -> only theirs
        //   35437 25 h 30 min 40 s = 1530.67 min; Zendesk 1531                -> equal, rounded
        //   35438 16:00 Fri to 10:00 Mon = 66 h = 3960 min; Zendesk 3960      -> equal, exact
        //   35439 08:00 to 18:00 = 600 min; Zendesk full 700, first 600       -> different: first resolution
        //   35440 neither
        Reconciliation.Measure res = report.measures().get("resolution");
        assertThat(res.column()).isEqualTo("metric_set.full_resolution_time_in_minutes.calendar");
        assertThat(res.outcomes()).containsExactly(entry(Outcome.EQUAL, 2L), entry(Outcome.DIFFERENT, 1L),
                entry(Outcome.ONLY_OURS, 0L), entry(Outcome.ONLY_THEIRS, 1L), entry(Outcome.NEITHER, 1L));
        assertThat(res.rules()).containsExactly(entry(Reconciliation.NO_VALUE_OF_OURS, 1L),
                entry(Reconciliation.ROUNDED, 1L), entry(Reconciliation.EXACT, 1L), entry("first resolution", 1L),
                entry(Reconciliation.NO_VALUE, 1L));
        Reconciliation.Pair different = res.examples().get(Outcome.DIFFERENT).get(0);
        assertThat(different.ticketId()).isEqualTo("35439");
        assertThat(different.difference()).contains(Duration.ofMinutes(-100));
        assertThat(res.examples().get(Outcome.EQUAL)).extracting(Reconciliation.Pair::difference)
                .containsExactly(Optional.of(Duration.ofSeconds(-20)), Optional.of(Duration.ZERO));
    }

    @Test
    void should_explain_a_difference_by_business_minutes_when_ours_counts_them() throws IOException {
        // GIVEN ours the business minutes worked out by hand for two tickets (35438: Friday 16:00-17:00 and
        // Monday 08:00-10:00 on an 08:00-17:00 week is 3 h = 180 min; 35437: 9.5 h = 570 min)
        Map<String, Duration> business = Map.of("35437", Duration.ofMinutes(570), "35438", Duration.ofMinutes(180));
        Reconciliation rec = Reconciliation.of(ExportReader.of(Mapping.bundled("zendesk-tickets")))
                .withOurs("resolution", t -> Optional.ofNullable(business.get(t.id())));
        Reconciliation.Report report;
        try (Reader in = ExportReaderTest.resource(FIXTURE)) {
            report = rec.read(in, "tickets.json", p -> { });
        }
        // THEN 35437 equals Zendesk's business minutes (570); 35438's 180 is none of Zendesk's values (its
        // schedule counts 240): unexplained; the other three have no value of ours
        Reconciliation.Measure res = report.measures().get("resolution");
        assertThat(res.rules()).containsOnly(entry("business minutes", 1L), entry(Reconciliation.UNEXPLAINED, 1L),
                entry(Reconciliation.NO_VALUE_OF_OURS, 2L), entry(Reconciliation.NO_VALUE, 1L));
        assertThat(res.count(Outcome.DIFFERENT)).isEqualTo(2);
    }
}
