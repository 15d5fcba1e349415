package io.github.supportkpi.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.supportkpi.domain.Assignment;
import io.github.supportkpi.domain.CustomerPeriod;
import io.github.supportkpi.domain.DataQuality;
import io.github.supportkpi.domain.FieldException;
import io.github.supportkpi.domain.Ingestion;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.Status;
import io.github.supportkpi.domain.StatusChange;
import io.github.supportkpi.domain.StatusNames;
import io.github.supportkpi.domain.SurveyInvitation;
import io.github.supportkpi.domain.SurveyResponse;
import io.github.supportkpi.domain.Ticket;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The status history and the assignment history of tickets, read from Zendesk's Ticket Audits API
 * ({@code GET /api/v2/tickets/{id}/audits}, {@code GET /api/v2/ticket_audits}: {@code {"audits": [...]}}, or a
 * top-level array of audits) and joined to the tickets of a ticket export by ticket id. Not thread-safe: joining
 * uses up each ticket's history.
 *
 * <p><b>What is read.</b> Of each audit its {@code ticket_id}, {@code created_at} (ISO-8601 with an offset) and
 * {@code id}; of its {@code events}, the {@code Create} and {@code Change} events of the fields {@code status},
 * {@code assignee_id} and {@code group_id}, with their {@code value}. Every other event (comments,
 * notifications, tags, custom fields, satisfaction, SLA) is not read, and neither is {@code previous_value}: the
 * history is rebuilt from the values in time order. An audit without a ticket id or a creation instant is
 * refused, counted under its rule; a status value that is not one of Zendesk's ({@code new}, {@code open},
 * {@code pending}, {@code hold}, {@code solved}, {@code closed}) leaves that event out, counted as ignored.
 *
 * <p><b>The join.</b> A ticket passing through {@link #joining(Records)} gets, in time order (audits at the same
 * instant in the order of their ids):
 * <ul>
 *   <li>a {@link StatusChange} for each status event, to the status's kind, the Zendesk name kept as its source
 *       name; who made the change is not known (an audit's author may be the requester), so none is set;</li>
 *   <li>an {@link Assignment} for each audit that sets the assignee or the group, stating both as they are after
 *       the audit ({@code null} is unassigned, or no group).</li>
 * </ul>
 * The ticket then has a recorded {@link io.github.supportkpi.domain.StatusTimeline}, so time-in-status,
 * reopens, time to first assignment, first response after assignment and stations read the audits. Its reopen
 * count is the history's: when the export's ({@code metric_set.reopens}) differs, the ticket is flagged as
 * suspect under {@code reopenCount}. A history the ticket refuses (it does not end in the ticket's status or
 * assignee, or starts before the ticket's creation: audits older than the ticket export) is left out, the ticket
 * passed on as read, counted as ignored under {@code audits} and the ticket's rule. A ticket without audits is
 * passed on as read.
 *
 * <p><b>Memory.</b> The audits are read first, whole: the events used are kept, per ticket, until that ticket
 * is joined (its list is then dropped) or to the end, so memory grows with the status and assignment events of
 * the tickets not yet joined, not with the comments. Audits may therefore list a ticket's updates before or after
 * those of any other ticket, in any order; the ticket export itself is streamed. The tickets whose audits found
 * no ticket are {@link #unmatched()}.
 */
public final class ZendeskAudits {
    /** The fields of a ticket whose events are read. */
    public static final Set<String> FIELDS = Set.of("status", "assignee_id", "group_id");
    private static final StatusNames ZENDESK = StatusNames.none().with("new", Status.NEW).with("open", Status.OPEN)
            .with("pending", Status.PENDING).with("hold", Status.ON_HOLD).with("solved", Status.SOLVED)
            .with("closed", Status.CLOSED);
    private static final Comparator<Change> ORDER = Comparator.comparing(Change::at).thenComparingLong(Change::audit)
            .thenComparingInt(Change::order);

    private final Map<String, List<Change>> byTicket;
    private final DataQuality read;
    private final Ingestion<Ticket> joins;
    private long joined;
    private long withoutAudits;
    private long left;

    /** One event used: a field's value after an audit. */
    private record Change(Instant at, long audit, int order, String field, String value) {}

    private ZendeskAudits(Map<String, List<Change>> byTicket, DataQuality read, int examples) {
        this.byTicket = byTicket;
        this.read = read;
        this.joins = Ingestion.lenient(examples);
    }

    /**
     * Reads a UTF-8 audit export.
     *
     * @param file the export
     * @return the histories, by ticket
     * @throws IOException if reading fails
     * @throws IllegalArgumentException if the JSON is not well-formed or has no array of audits
     */
    public static ZendeskAudits read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.getFileName().toString());
        }
    }

    /**
     * Reads an audit export.
     *
     * @param in the JSON text
     * @param source the export's name, for the data-quality report
     * @return the histories, by ticket
     * @throws IOException if reading fails
     * @throws IllegalArgumentException if the JSON is not well-formed or has no array of audits
     */
    public static ZendeskAudits read(Reader in, String source) throws IOException {
        Objects.requireNonNull(source, "source");
        Map<String, List<Change>> byTicket = new HashMap<>();
        Ingestion<List<Change>> ingestion = Ingestion.streaming(ExportReader.EXAMPLES, changes -> {
            List<Change> used = changes.subList(1, changes.size());
            if (!used.isEmpty()) {
                byTicket.computeIfAbsent(changes.get(0).value(), k -> new ArrayList<>()).addAll(used);
            }
        });
        ZendeskJson.records(in, source, "audits", (locator, audit) -> ingestion.add(locator,
                () -> audit(audit, locator, ingestion)));
        return new ZendeskAudits(byTicket, ingestion.report(), ExportReader.EXAMPLES);
    }

    /** An audit's changes used, after a first element naming its ticket. */
    private static List<Change> audit(JsonNode audit, String locator, Ingestion<?> in) {
        String ticket = ZendeskJson.required(audit, "ticket_id");
        Instant at = ZendeskJson.instant(audit, "created_at");
        String idText = ZendeskJson.text(audit, "id");
        long id;
        try {
            id = idText == null ? Long.MAX_VALUE : Long.parseLong(idText);
        } catch (NumberFormatException e) {
            throw new FieldException("id", "must be a whole number", idText, e);
        }
        List<Change> out = new ArrayList<>();
        out.add(new Change(at, id, -1, "ticket", ticket));
        JsonNode events = audit.get("events");
        if (events == null || !events.isArray()) {
            return out;
        }
        for (int i = 0; i < events.size(); i++) {
            JsonNode e = events.get(i);
            String type = ZendeskJson.text(e, "type");
            String field = ZendeskJson.text(e, "field_name");
            if (!("Create".equals(type) || "Change".equals(type)) || field == null || !FIELDS.contains(field)) {
                continue;
            }
            String value = ZendeskJson.text(e, "value");
            if (field.equals("status") && (value == null || ZENDESK.find(value).isEmpty())) {
                in.ignore(locator, "events.value", "must be a Zendesk status (new, open, pending, hold, solved,"
                        + " closed)", String.valueOf(value));
                continue;
            }
            out.add(new Change(at, id, i, field, value));
        }
        return out;
    }

    /** @return what the read of the audits did, and what the joins so far left out or doubted */
    public DataQuality quality() {
        return read.plus(joins.report());
    }

    /** @return the tickets whose audits no ticket has used yet (after the tickets are read: found no ticket) */
    public Set<String> unmatched() {
        return Collections.unmodifiableSet(new TreeSet<>(byTicket.keySet()));
    }

    /** @return the tickets joined with their history so far */
    public long joined() {
        return joined;
    }

    /** @return the tickets passed on without a history: none in the audits */
    public long withoutAudits() {
        return withoutAudits;
    }

    /** @return the tickets whose history was left out because the ticket refused it */
    public long refused() {
        return left;
    }

    /**
     * A sink that joins each ticket to its history (see the class description) and passes every record on to
     * {@code sink}.
     *
     * @param sink where the records go
     * @return the joining sink
     */
    public Records joining(Records sink) {
        Objects.requireNonNull(sink, "sink");
        return new Records() {
            @Override
            public void ticket(Ticket ticket) {
                sink.ticket(join(ticket));
            }

            @Override
            public void interaction(Interaction interaction) {
                sink.interaction(interaction);
            }

            @Override
            public void survey(SurveyResponse survey) {
                sink.survey(survey);
            }

            @Override
            public void invitation(SurveyInvitation invitation) {
                sink.invitation(invitation);
            }

            @Override
            public void customer(CustomerPeriod customer) {
                sink.customer(customer);
            }

            @Override
            public void aggregate(AggregateRow row) {
                sink.aggregate(row);
            }
        };
    }

    /**
     * A ticket with its history, or as it is when it has none or refuses it.
     *
     * @param ticket the ticket
     * @return the ticket joined
     */
    public Ticket join(Ticket ticket) {
        List<Change> changes = byTicket.remove(ticket.id());
        if (changes == null) {
            withoutAudits++;
            return ticket;
        }
        changes.sort(ORDER);
        Ticket.Builder b = ticket.toBuilder();
        String assignee = null;
        String group = null;
        List<Assignment> assignments = new ArrayList<>();
        List<Status> statuses = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            Change c = changes.get(i);
            switch (c.field()) {
                case "status":
                    Status kind = ZENDESK.kindOf(c.value());
                    statuses.add(kind);
                    b.statusChange(new StatusChange(c.at(), kind, Optional.of(c.value()), Optional.empty()));
                    break;
                case "assignee_id":
                    assignee = c.value();
                    break;
                default:
                    group = c.value();
                    break;
            }
            boolean lastOfAudit = i + 1 == changes.size() || changes.get(i + 1).audit() != c.audit()
                    || !changes.get(i + 1).at().equals(c.at());
            if (lastOfAudit && touchesAssignment(changes, i)) {
                assignments.add(new Assignment(c.at(), Optional.ofNullable(assignee), Optional.ofNullable(group)));
            }
        }
        b.assignments(assignments);
        int reopens = reopens(statuses);
        if (!statuses.isEmpty()) {
            b.reopenCount(reopens);
        }
        String locator = "ticket " + ticket.id();
        try {
            Ticket joinedTicket = b.build();
            if (!statuses.isEmpty() && reopens != ticket.reopenCount()) {
                joins.suspect(locator, "reopenCount", "differs from the reopens in the audits (the audits' count is"
                        + " kept)", ticket.reopenCount() + " in the ticket export, " + reopens + " in the audits");
            }
            joined++;
            return joinedTicket;
        } catch (IllegalArgumentException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            int colon = message.indexOf(": ");
            joins.ignore(locator, "audits", "must agree with the ticket (" + (colon < 0 ? message
                    : message.substring(0, colon)) + ")", message);
            left++;
            return ticket;
        }
    }

    /** Whether the audit ending at index {@code i} sets the assignee or the group. */
    private static boolean touchesAssignment(List<Change> changes, int i) {
        Change last = changes.get(i);
        for (int j = i; j >= 0; j--) {
            Change c = changes.get(j);
            if (c.audit() != last.audit() || !c.at().equals(last.at())) {
                return false;
            }
            if (!c.field().equals("status")) {
                return true;
            }
        }
        return false;
    }

    /** Moves from a resolved status to an unresolved one, as a ticket counts them. */
    private static int reopens(List<Status> statuses) {
        int n = 0;
        boolean wasResolved = false;
        for (Status s : statuses) {
            if (wasResolved && !s.isResolved()) {
                n++;
            }
            wasResolved = s.isResolved();
        }
        return n;
    }

    /** @return a description, such as {@code ZendeskAudits[3 tickets waiting, 2 joined]} */
    @Override
    public String toString() {
        return "ZendeskAudits[" + byTicket.size() + " tickets waiting, " + joined + " joined]";
    }
}
