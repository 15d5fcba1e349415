package io.github.supportkpi.examples;

import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.Ingestion;
import io.github.supportkpi.domain.Priority;
import io.github.supportkpi.domain.Scale;
import io.github.supportkpi.domain.Status;
import io.github.supportkpi.domain.SurveyKind;
import io.github.supportkpi.domain.SurveyResponse;
import io.github.supportkpi.domain.Ticket;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
 * <p>Response and resolution times are hours after creation. A row the domain refuses (a resolution
 * before creation, an unknown priority) is counted under its reason; a resolution time on a ticket whose
 * status is not resolved is left out of the ticket and counted as an ignored field. Nothing is dropped
 * silently: {@link Result#quality()} says what happened to every row.
 */
public final class TicketCsv {
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private TicketCsv() {}

    /**
     * What was read.
     *
     * @param tickets the accepted tickets
     * @param surveys the CSAT responses of the accepted tickets
     * @param quality what was accepted, refused and ignored, by reason
     */
    public record Result(List<Ticket> tickets, List<SurveyResponse> surveys, Ingestion.Report quality) {}

    /**
     * Reads an export.
     *
     * @param in the CSV text, with a header row
     * @param zone the zone the export's local times are in
     * @return the tickets, surveys and data-quality report
     * @throws IOException if reading fails
     * @throws IllegalArgumentException if a required column is missing from the header
     */
    public static Result read(Reader in, ZoneId zone) throws IOException {
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
                tickets.add(source, () -> ticket(row, zone, tickets, source)).ifPresent(t -> csat(row, t, tickets,
                        source, surveys));
            }
        }
        return new Result(tickets.records(), List.copyOf(surveys), tickets.report());
    }

    private static Ticket ticket(CSVRecord row, ZoneId zone, Ingestion<Ticket> in, String source) {
        Instant created;
        try {
            created = LocalDateTime.parse(row.get("Created_Date"), CREATED).atZone(zone).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "Created_Date must be a date-time yyyy-MM-dd HH:mm:ss: \"" + row.get("Created_Date") + "\"", e);
        }
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
            b.firstResponse(created.plus(hours(frt, "First_Response_Time_Hours")));
        }
        String resolution = row.get("Resolution_Time_Hours");
        if (!resolution.isEmpty()) {
            Instant resolved = created.plus(hours(resolution, "Resolution_Time_Hours"));
            if (status.isResolved()) {
                b.resolved(resolved);
                if (status == Status.CLOSED) {
                    b.closed(resolved);
                }
            } else {
                Ticket t = b.build(); // validate the rest of the row first
                in.ignoreField(source, "resolution time must be absent for an unresolved ticket",
                        status + ", " + resolution + " h");
                return t;
            }
        }
        return b.build();
    }

    private static void csat(CSVRecord row, Ticket t, Ingestion<Ticket> in, String source, List<SurveyResponse> out) {
        if (!row.isMapped("CSAT_Score") || row.get("CSAT_Score").isEmpty()) {
            return;
        }
        try {
            BigDecimal score = new BigDecimal(row.get("CSAT_Score"));
            int whole = score.intValueExact();
            out.add(SurveyResponse.builder(SurveyKind.CSAT, whole, Scale.ONE_TO_FIVE, t.resolved().orElse(t.created()))
                    .ticketId(t.id()).agentId(t.assignee().orElse(null)).channel(t.channel().orElse(null)).build());
        } catch (ArithmeticException | IllegalArgumentException e) {
            in.ignoreField(source, "CSAT_Score must be a whole score within 1..5", row.get("CSAT_Score"));
        }
    }

    private static Duration hours(String text, String column) {
        BigDecimal h;
        try {
            h = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " must be a number of hours: \"" + text + "\"", e);
        }
        if (h.signum() < 0) {
            throw new IllegalArgumentException(column + " must not be negative: " + text);
        }
        return Duration.ofSeconds(h.multiply(BigDecimal.valueOf(3600)).setScale(0, java.math.RoundingMode.HALF_UP)
                .longValueExact());
    }

    private static String optional(CSVRecord row, String column) {
        if (!row.isMapped(column)) {
            return null;
        }
        String v = row.get(column);
        return v.isEmpty() ? null : v;
    }
}
