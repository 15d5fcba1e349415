package io.github.supportkpi.io;

import io.github.supportkpi.domain.Assignment;
import io.github.supportkpi.domain.DataQuality;
import io.github.supportkpi.domain.Status;
import io.github.supportkpi.domain.StatusChange;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.io.Reconciliation.Outcome;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.speed.FirstResponseAfterAssignment;
import io.github.supportkpi.speed.TimeToFirstAssignment;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/**
 * Zendesk's ticket audits and ticket metric events joined to the tickets of {@code zendesk/tickets.json}
 * (sources in each fixture's {@code _source} member), every ticket worked out by hand in the comments.
 */
class ZendeskHistoryTest {
    private static Instant at(String text) {
        return Instant.parse(text);
    }

    private static ZendeskAudits audits() throws IOException {
        try (Reader in = ExportReaderTest.resource("zendesk/audits.json")) {
            return ZendeskAudits.read(in, "audits.json");
        }
    }

    private static ZendeskMetricEvents events() throws IOException {
        try (Reader in = ExportReaderTest.resource("zendesk/ticket_metric_events.json")) {
            return ZendeskMetricEvents.read(in, "events.json");
        }
    }

    private static List<Ticket> tickets(Records.Collected out, java.util.function.Function<Records, Records> wrap)
            throws IOException {
        try (Reader in = ExportReaderTest.resource("zendesk/tickets.json")) {
            ExportReader.of(Mapping.bundled("zendesk-tickets")).read(in, "tickets.json", wrap.apply(out));
        }
        return out.tickets();
    }

    @Test
    void should_join_each_ticket_to_its_status_and_assignment_history_whatever_the_order_of_the_audits()
            throws IOException {
        // GIVEN seventeen audits, out of order: the one without a ticket_id is refused, and the status "frozen"
        // of ticket 99999 is left out of its audit
        ZendeskAudits audits = audits();
        DataQuality read = audits.quality();
        assertThat(read.rows()).isEqualTo(17);
        assertThat(read.rejectedByReason()).containsOnly(entry("ticket_id must have a value", 1L));
        assertThat(read.ignoredByReason()).containsOnly(
                entry("events.value must be a Zendesk status (new, open, pending, hold, solved, closed)", 1L));

        // WHEN the tickets stream through the join
        List<Ticket> tickets = tickets(Records.collect(), audits::joining);

        // THEN 35437 went new, pending (the agent asked), open (the requester answered), solved; it was in
        // group 98738 from its creation and assigned to 235323 twenty minutes later
        Ticket t37 = tickets.get(1);
        assertThat(t37.statusHistory()).containsExactly(
                new StatusChange(at("2024-03-04T09:00:00Z"), Status.NEW, Optional.of("new"), Optional.empty()),
                new StatusChange(at("2024-03-04T10:30:00Z"), Status.PENDING, Optional.of("pending"), Optional.empty()),
                new StatusChange(at("2024-03-04T15:00:00Z"), Status.OPEN, Optional.of("open"), Optional.empty()),
                new StatusChange(at("2024-03-05T10:30:40Z"), Status.SOLVED, Optional.of("solved"), Optional.empty()));
        assertThat(t37.assignments()).containsExactly(Assignment.toGroup(at("2024-03-04T09:00:00Z"), "98738"),
                Assignment.of(at("2024-03-04T09:20:00Z"), "235323", "98738"));
        // AND 35438, solved, reopened, solved and closed, has its one reopen in the history too
        Ticket t38 = tickets.get(2);
        assertThat(t38.statusHistory()).extracting(StatusChange::to).containsExactly(Status.NEW, Status.OPEN,
                Status.SOLVED, Status.OPEN, Status.SOLVED, Status.CLOSED);
        assertThat(t38.reopensInHistory()).isEqualTo(1);
        assertThat(t38.timeline().isRecorded()).isTrue();
        // AND 35436 (Zendesk's own example, 55 reopens in its metric set) keeps the audits' none, flagged as suspect
        Ticket t36 = tickets.get(0);
        assertThat(t36.reopenCount()).isZero();
        assertThat(t36.assignments()).containsExactly(Assignment.of(at("2009-07-20T22:55:29Z"), "235323", "98738"));
        // AND 35439's audits end in pending while the ticket is solved: the history is left out, counted
        Ticket t39 = tickets.get(3);
        assertThat(t39.statusHistory()).isEmpty();
        assertThat(t39.assignments()).isEmpty();
        // AND 35440 has no audits; 99999's audits found no ticket
        assertThat(tickets.get(4).statusHistory()).isEmpty();
        assertThat(audits.joined()).isEqualTo(3);
        assertThat(audits.refused()).isEqualTo(1);
        assertThat(audits.withoutAudits()).isEqualTo(1);
        assertThat(audits.unmatched()).containsExactly("99999");
        DataQuality q = audits.quality();
        assertThat(q.suspectByReason()).containsOnly(
                entry("reopenCount differs from the reopens in the audits (the audits' count is kept)", 1L));
        assertThat(q.ignoredByReason()).containsEntry(
                "audits must agree with the ticket (status must be the last status of statusHistory)", 1L);
        assertThat(q.rows()).isEqualTo(17);

        // AND the assignment metrics read the history: first assignment 0, 20 and 3 min, two tickets unmeasured;
        // first response after assignment 70 min (35437) and 2 min (35438), 35436's 2391 min after its creation
        DurationStats first = TimeToFirstAssignment.defaults().over(tickets);
        assertThat(first.count()).isEqualTo(3);
        assertThat(first.unmeasured()).isEqualTo(2);
        assertThat(first.sum()).isEqualTo(Duration.ofMinutes(23));
        DurationStats after = FirstResponseAfterAssignment.defaults().over(tickets);
        assertThat(after.sum()).isEqualTo(Duration.ofMinutes(70 + 2 + 2391));
    }

    @Test
    void should_use_only_the_first_reply_and_the_final_solve_of_the_metric_events_counting_the_rest()
            throws IOException {
        ZendeskMetricEvents events = events();

        // 25 events: one has the type "explode", refused; nine are used, fifteen are counted unused
        assertThat(events.quality().rows()).isEqualTo(25);
        assertThat(events.quality().rejectedByReason()).containsOnly(entry("type must be one of activate, pause,"
                + " fulfill, apply_sla, apply_group_sla, breach, update_status, measure", 1L));
        assertThat(events.used()).containsExactly(entry("reply_time fulfill (instance 1)", 5L),
                entry("resolution_time fulfill", 4L));
        assertThat(events.unused().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(15);
        assertThat(events.unused()).containsEntry("reply_time breach", 1L).containsEntry("reply_time fulfill", 1L);
        // 35438 was solved twice: the final solve is the later; its second reply (instance 2) is not the first
        assertThat(events.resolution("35438")).hasValue(at("2024-03-11T10:00:00Z"));
        assertThat(events.firstReply("35438")).hasValue(at("2024-03-08T16:05:00Z"));
        assertThat(events.firstReply("35436")).isEmpty();

        // WHEN the tickets stream through the fill: 35440 has no metric set, so its first response is the event's
        List<Ticket> tickets = tickets(Records.collect(), events::fillingFirstResponse);
        assertThat(tickets.get(4).firstResponse()).hasValue(at("2024-03-12T08:15:00Z"));
        assertThat(tickets.get(1).firstResponse()).hasValue(at("2024-03-04T10:30:00Z"));
        assertThat(events.filled()).isEqualTo(1);
    }

    @Test
    void should_reconcile_ours_beside_the_metric_events() throws IOException {
        Reconciliation r = Reconciliation.of(ExportReader.of(Mapping.bundled("zendesk-tickets")), events());
        List<Reconciliation.Pair> pairs = new ArrayList<>();
        Reconciliation.Report report;
        try (Reader in = ExportReaderTest.resource("zendesk/tickets.json")) {
            report = r.read(in, "tickets.json", pairs::add);
        }

        // first response: 35437, 35438, 35439 exact; 35436 has no events (only ours); 35440 no metric set (only theirs)
        Reconciliation.Measure frt = report.measures().get("firstResponse");
        assertThat(frt.column()).isEqualTo("ticket_metric_events reply_time fulfill");
        assertThat(frt.outcomes()).containsEntry(Outcome.EQUAL, 3L).containsEntry(Outcome.ONLY_OURS, 1L)
                .containsEntry(Outcome.ONLY_THEIRS, 1L);
        // resolution: 35437 and 35438 exact; 35439 600 min beside 590, which the metric set's first resolution
        // (600) explains; 35436 (its solved_at left out) and 35440 have neither
        Reconciliation.Measure res = report.measures().get("resolution");
        assertThat(res.rules()).containsOnly(entry(Reconciliation.EXACT, 2L), entry("first resolution", 1L),
                entry(Reconciliation.NO_VALUE, 2L));
        assertThat(pairs).filteredOn(p -> p.ticketId().equals("35439") && p.measure().equals("resolution"))
                .singleElement().satisfies(p -> assertThat(p.difference()).hasValue(Duration.ofMinutes(10)));
    }

    @Test
    void should_refuse_a_document_without_the_array() {
        assertThatThrownBy(() -> ZendeskAudits.read(new StringReader("{\"tickets\": []}"), "a.json"))
                .hasMessage("JSON must have the member audits holding the records: a.json");
        assertThatThrownBy(() -> ZendeskMetricEvents.read(new StringReader("[{\"ticket_id\": 1,"), "e.json"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("JSON must be well-formed");
    }
}
