package io.github.supportkpi.examples;

import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.ClockSkew;
import io.github.supportkpi.domain.DataQuality;
import io.github.supportkpi.domain.Fields;
import io.github.supportkpi.domain.Ingestion;
import io.github.supportkpi.domain.Priority;
import io.github.supportkpi.domain.Scale;
import io.github.supportkpi.domain.Status;
import io.github.supportkpi.domain.SurveyKind;
import io.github.supportkpi.domain.SurveyResponse;
import io.github.supportkpi.domain.Ticket;
import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a help-desk ticket export leniently: one row per ticket with these columns (any order, extra
 * columns ignored):
 *
 * <pre>
 * Ticket_ID, Created_Date (yyyy-MM-dd HH:mm:ss, in the given zone), Ticket_Type, Priority, Status, Channel,
 * Product, Category, Assigned_Agent, First_Response_Time_Hours, Resolution_Time_Hours, CSAT_Score (1-5, may be blank)
 * </pre>
 *
 * <p>Response and resolution times are hours after creation. A row the domain refuses (a date in another
 * pattern, a number that is not one, an unknown priority, a response before creation beyond the
 * {@link ClockSkew} tolerance) is counted as rejected under its field and rule; a resolution time on a
 * ticket whose status is not resolved is left out of the ticket and counted as ignored; a response before
 * creation within the tolerance (kept as at creation) and a CSAT score on an unresolved ticket are counted
 * as suspect. Nothing is dropped silently: {@link Result#quality()} says what happened to every row.
 */
public final class TicketCsv {
    private static final String CREATED = "yyyy-MM-dd HH:mm:ss";

    private TicketCsv() {}

    /**
     * What was read.
     *
     * @param tickets the accepted tickets
     * @param surveys the CSAT responses of the accepted tickets
     * @param quality what was kept, refused, ignored and flagged as suspect, by field and rule
     */
    public record Result(List<Ticket> tickets, List<SurveyResponse> surveys, DataQuality quality) {}

    /**
     * Reads an export, refusing a response or resolution time before creation.
     *
     * @param in the CSV text, with a header row
     * @param zone the zone the export's local times are in
     * @return the tickets, surveys and data-quality report
     * @throws IOException if reading fails
     * @throws IllegalArgumentException if a required column is missing from the header
     */
    public static Result read(Reader in, ZoneId zone) throws IOException {
        return read(in, zone, ClockSkew.NONE);
    }

    /**
     * Reads an export, keeping a response or resolution time before creation by at most the skew's
     * tolerance as at creation (a duration of 0), counted as suspect.
     *
     * @param in the CSV text, with a header row
     * @param zone the zone the export's local times are in
     * @param skew how far before creation a response or resolution may be logged
     * @return the tickets, surveys and data-quality report
     * @throws IOException if reading fails
     * @throws IllegalArgumentException if a required column is missing from the header
     */
    public static Result read(Reader in, ZoneId zone, ClockSkew skew) throws IOException {
        Ingestion<Ticket> tickets = Ingestion.lenient(3);
        List<SurveyResponse> surveys = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        try (CSVParser csv = CSVParser.parse(in, format)) {
            Map<String, Integer> header = csv.getHeaderMap();
            for (String column : List.of("Ticket_ID", "Created_Date", "Priority", "Status", "Channel",
                    "First_Response_Time_Hours", "Resolution_Time_Hours")) {
                if (!header.containsKey(column)) {
                    throw new IllegalArgumentException("header must have a column " + column + ": " + header.keySet());
                }
            }
            for (CSVRecord row : csv) {
                String source = "line " + (row.getRecordNumber() + 1);
                if (!row.isConsistent()) {
                    tickets.reject(source, "row must have as many columns as the header", row.size() + " columns");
                    continue;
                }
                tickets.add(source, () -> ticket(row, zone, skew, tickets, source)).ifPresent(t -> csat(row, t, tickets,
                        source, surveys));
            }
        }
        return new Result(tickets.records(), List.copyOf(surveys), tickets.report());
    }

    private static Ticket ticket(CSVRecord row, ZoneId zone, ClockSkew skew, Ingestion<Ticket> in, String source) {
        Instant created = Fields.instant("Created_Date", row.get("Created_Date"), CREATED, zone);
        Status status = Status.parse(row.get("Status"));
        Ticket.Builder b = Ticket.builder(row.get("Ticket_ID"), created)
                .priority(Priority.parse(row.get("Priority")))
                .channel(Channel.of(row.get("Channel")))
                .status(status)
                .category(optional(row, "Category"))
                .product(optional(row, "Product"))
                .assignee(optional(row, "Assigned_Agent"));
        String type = optional(row, "Ticket_Type");
        if (type != null) {
            b.attribute("type", type);
        }
        String frt = row.get("First_Response_Time_Hours");
        if (!frt.isEmpty()) {
            b.firstResponse(afterCreation("First_Response_Time_Hours", frt, created, skew, in, source));
        }
        String resolution = row.get("Resolution_Time_Hours");
        if (!resolution.isEmpty()) {
            Instant resolved = afterCreation("Resolution_Time_Hours", resolution, created, skew, in, source);
            if (status.isResolved()) {
                b.resolved(resolved);
                if (status == Status.CLOSED) {
                    b.closed(resolved);
                }
            } else {
                in.ignore(source, "Resolution_Time_Hours", "must be absent for an unresolved ticket",
                        status + ", " + resolution + " h");
            }
        }
        return b.build();
    }

    private static Instant afterCreation(String column, String hours, Instant created, ClockSkew skew,
            Ingestion<Ticket> in, String source) {
        Instant at = created.plus(Fields.signedDuration(column, hours, ChronoUnit.HOURS));
        return skew.ordered(column, at, "Created_Date", created).flag(in, source);
    }

    private static void csat(CSVRecord row, Ticket t, Ingestion<Ticket> in, String source, List<SurveyResponse> out) {
        if (!row.isMapped("CSAT_Score") || row.get("CSAT_Score").isEmpty()) {
            return;
        }
        String text = row.get("CSAT_Score");
        int whole;
        try {
            whole = Fields.decimal("CSAT_Score", text).intValueExact();
            out.add(SurveyResponse.builder(SurveyKind.CSAT, whole, Scale.ONE_TO_FIVE, t.resolved().orElse(t.created()))
                    .ticketId(t.id()).agentId(t.assignee().orElse(null)).channel(t.channel().orElse(null)).build());
        } catch (ArithmeticException | IllegalArgumentException e) {
            in.ignore(source, "CSAT_Score", "must be a whole score within 1..5", text);
            return;
        }
        if (!t.status().isResolved()) {
            in.suspect(source, "CSAT_Score", "given on an unresolved ticket", t.status() + ", " + text);
        }
    }

    private static String optional(CSVRecord row, String column) {
        if (!row.isMapped(column)) {
            return null;
        }
        String v = row.get(column);
        return v.isEmpty() ? null : v;
    }
}
