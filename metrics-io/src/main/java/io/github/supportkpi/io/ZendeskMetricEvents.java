package io.github.supportkpi.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.supportkpi.domain.CustomerPeriod;
import io.github.supportkpi.domain.DataQuality;
import io.github.supportkpi.domain.FieldException;
import io.github.supportkpi.domain.Ingestion;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.SurveyInvitation;
import io.github.supportkpi.domain.SurveyResponse;
import io.github.supportkpi.domain.Ticket;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The instants Zendesk's own clocks record for tickets, read from the Ticket Metric Events API
 * ({@code GET /api/v2/incremental/ticket_metric_events}: {@code {"ticket_metric_events": [...]}}, or a top-level
 * array): the first reply and the final resolution of each ticket, as Zendesk saw them. Not thread-safe.
 *
 * <p><b>What is used</b>, and nothing else:
 * <ul>
 *   <li>the {@code fulfill} event of the {@code reply_time} metric with {@code instance_id} 1 (the first reply;
 *       the earliest, should there be several): {@link #firstReply};</li>
 *   <li>the latest {@code fulfill} event of the {@code resolution_time} metric (the final solve of a ticket
 *       solved, reopened and solved again): {@link #resolution}.</li>
 * </ul>
 * <b>Not used</b>, only counted by metric and type ({@link #unused()}): the {@code agent_work_time},
 * {@code pausable_update_time}, {@code periodic_update_time} and {@code requester_wait_time} metrics, the later
 * instances of {@code reply_time} (replies after the first), and every {@code activate}, {@code pause},
 * {@code apply_sla}, {@code apply_group_sla}, {@code breach}, {@code update_status} and {@code measure} event, so
 * neither the SLA targets nor the breaches nor Zendesk's business-hours values are read. An event without a
 * ticket, a metric, a type or an ISO-8601 time with its offset, or with a metric or a type that is none of
 * those, is refused and counted under its rule.
 *
 * <p><b>What it feeds.</b> {@link #fillingFirstResponse(Records)} gives a ticket read without a first response
 * (a ticket export without its metric set) the first reply's instant; and a {@link Reconciliation} of
 * {@link Reconciliation#of(ExportReader, ZendeskMetricEvents)} sets these instants, less the ticket's creation,
 * as theirs beside ours. The two uses exclude each other: a first response filled from the events equals them.
 *
 * <p><b>Memory.</b> The events are read first, whole, keeping two instants per ticket with a used event.
 */
public final class ZendeskMetricEvents {
    /** The metrics of Zendesk's metric events. */
    public static final List<String> METRICS = List.of("agent_work_time", "pausable_update_time",
            "periodic_update_time", "reply_time", "requester_wait_time", "resolution_time");
    /** The types of Zendesk's metric events. */
    public static final List<String> TYPES = List.of("activate", "pause", "fulfill", "apply_sla", "apply_group_sla",
            "breach", "update_status", "measure");

    private final Map<String, Instant[]> byTicket;
    private final DataQuality read;
    private final Map<String, Long> used;
    private final Map<String, Long> unused;
    private final Ingestion<Ticket> fills = Ingestion.lenient(ExportReader.EXAMPLES);
    private long filled;

    private ZendeskMetricEvents(Map<String, Instant[]> byTicket, DataQuality read, Map<String, Long> used,
            Map<String, Long> unused) {
        this.byTicket = byTicket;
        this.read = read;
        this.used = Collections.unmodifiableMap(used);
        this.unused = Collections.unmodifiableMap(unused);
    }

    /**
     * Reads a UTF-8 metric-event export.
     *
     * @param file the export
     * @return the instants, by ticket
     * @throws IOException if reading fails
     * @throws IllegalArgumentException if the JSON is not well-formed or has no array of events
     */
    public static ZendeskMetricEvents read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.getFileName().toString());
        }
    }

    /**
     * Reads a metric-event export.
     *
     * @param in the JSON text
     * @param source the export's name, for the data-quality report
     * @return the instants, by ticket
     * @throws IOException if reading fails
     * @throws IllegalArgumentException if the JSON is not well-formed or has no array of events
     */
    public static ZendeskMetricEvents read(Reader in, String source) throws IOException {
        Objects.requireNonNull(source, "source");
        Map<String, Instant[]> byTicket = new HashMap<>();
        Map<String, Long> used = new LinkedHashMap<>();
        Map<String, Long> unused = new TreeMap<>();
        Ingestion<Event> ingestion = Ingestion.streaming(ExportReader.EXAMPLES, e -> {
            boolean first = e.metric.equals("reply_time") && e.type.equals("fulfill") && e.instance == 1;
            boolean resolved = e.metric.equals("resolution_time") && e.type.equals("fulfill");
            if (!first && !resolved) {
                unused.merge(e.metric + " " + e.type, 1L, Long::sum);
                return;
            }
            Instant[] at = byTicket.computeIfAbsent(e.ticket, k -> new Instant[2]);
            if (first) {
                used.merge("reply_time fulfill (instance 1)", 1L, Long::sum);
                at[0] = at[0] == null || e.time.isBefore(at[0]) ? e.time : at[0];
            } else {
                used.merge("resolution_time fulfill", 1L, Long::sum);
                at[1] = at[1] == null || e.time.isAfter(at[1]) ? e.time : at[1];
            }
        });
        ZendeskJson.records(in, source, "ticket_metric_events", (locator, event) -> ingestion.add(locator,
                () -> event(event)));
        return new ZendeskMetricEvents(byTicket, ingestion.report(), used, unused);
    }

    private record Event(String ticket, String metric, String type, long instance, Instant time) {}

    private static Event event(JsonNode e) {
        String ticket = ZendeskJson.required(e, "ticket_id");
        String metric = ZendeskJson.required(e, "metric");
        if (!METRICS.contains(metric)) {
            throw new FieldException("metric", "must be one of " + String.join(", ", METRICS), metric);
        }
        String type = ZendeskJson.required(e, "type");
        if (!TYPES.contains(type)) {
            throw new FieldException("type", "must be one of " + String.join(", ", TYPES), type);
        }
        String instance = ZendeskJson.text(e, "instance_id");
        long n;
        try {
            n = instance == null ? 0 : Long.parseLong(instance);
        } catch (NumberFormatException x) {
            throw new FieldException("instance_id", "must be a whole number", instance, x);
        }
        return new Event(ticket, metric, type, n, ZendeskJson.instant(e, "time"));
    }

    /**
     * The first reply Zendesk recorded: the {@code reply_time} fulfill of instance 1.
     *
     * @param ticketId the ticket
     * @return the instant, or empty when the events have none for the ticket
     */
    public Optional<Instant> firstReply(String ticketId) {
        Instant[] at = byTicket.get(ticketId);
        return at == null ? Optional.empty() : Optional.ofNullable(at[0]);
    }

    /**
     * The final resolution Zendesk recorded: the latest {@code resolution_time} fulfill.
     *
     * @param ticketId the ticket
     * @return the instant, or empty when the events have none for the ticket
     */
    public Optional<Instant> resolution(String ticketId) {
        Instant[] at = byTicket.get(ticketId);
        return at == null ? Optional.empty() : Optional.ofNullable(at[1]);
    }

    /**
     * Zendesk's value of a measure of a ticket, from its events: the first reply or the final resolution less
     * the ticket's creation, in calendar time.
     *
     * @param measure {@code firstResponse} or {@code resolution}
     * @param ticket the ticket
     * @return the duration, or empty when the events have no instant for it
     * @throws IllegalArgumentException if the measure is neither
     */
    public Optional<Duration> theirs(String measure, Ticket ticket) {
        Optional<Instant> at;
        switch (measure) {
            case "firstResponse": at = firstReply(ticket.id()); break;
            case "resolution": at = resolution(ticket.id()); break;
            default: throw new IllegalArgumentException("measure must be firstResponse or resolution: \"" + measure
                    + "\"");
        }
        return at.map(x -> Duration.between(ticket.created(), x));
    }

    /** @return what the read of the events did, and the first responses the fills so far left out */
    public DataQuality quality() {
        return read.plus(fills.report());
    }

    /** @return the events used, by metric and type */
    public Map<String, Long> used() {
        return used;
    }

    /** @return the events read and not used, by metric and type ({@code "agent_work_time pause"}) */
    public Map<String, Long> unused() {
        return unused;
    }

    /** @return the tickets given their first response from the events so far */
    public long filled() {
        return filled;
    }

    /**
     * A sink that gives each ticket without a first response the first reply the events record, and passes
     * every record on to {@code sink}. A ticket with a first response keeps it; a first reply before the ticket's
     * creation is left out, counted as ignored under {@code reply_time fulfill}.
     *
     * @param sink where the records go
     * @return the filling sink
     */
    public Records fillingFirstResponse(Records sink) {
        Objects.requireNonNull(sink, "sink");
        return new Records() {
            @Override
            public void ticket(Ticket ticket) {
                sink.ticket(fill(ticket));
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

    private Ticket fill(Ticket ticket) {
        if (ticket.firstResponse().isPresent()) {
            return ticket;
        }
        Optional<Instant> reply = firstReply(ticket.id());
        if (reply.isEmpty()) {
            return ticket;
        }
        if (reply.get().isBefore(ticket.created())) {
            fills.ignore("ticket " + ticket.id(), "reply_time fulfill", "must not be before the ticket's creation",
                    reply.get() + " before " + ticket.created());
            return ticket;
        }
        filled++;
        return ticket.toBuilder().firstResponse(reply.get()).build();
    }

    /** @return a description, such as {@code ZendeskMetricEvents[4 tickets]} */
    @Override
    public String toString() {
        return "ZendeskMetricEvents[" + byTicket.size() + " tickets]";
    }
}
