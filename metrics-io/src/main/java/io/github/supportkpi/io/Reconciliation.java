package io.github.supportkpi.io;

import io.github.supportkpi.domain.SurveyResponse;
import io.github.supportkpi.domain.Ticket;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Ours beside theirs: reads a ticket export whose mapping names the values the help desk computes itself
 * ({@link Mapping#vendor()}, such as Zendesk's reply time and full resolution time in minutes) and sets each
 * beside the library's own value for the same ticket. Immutable and thread-safe; each {@code read} streams
 * the export once.
 *
 * <p>Ours is, by default, the ticket's recorded interval: for {@code firstResponse} its first response minus
 * its creation, for {@code resolution} its resolution minus its creation, in calendar time. A ticket read
 * from an export without its comments has only the first response the export records, so ours can be no
 * better than that column; {@link #withOurs} sets another way of computing ours (business hours, a first
 * response found in the comments).
 *
 * <p>Each ticket read has, for each measure, one {@link Outcome}, explained by one rule:
 * <table>
 *   <caption>Outcomes and rules</caption>
 *   <tr><th>outcome</th><th>when</th><th>rule</th></tr>
 *   <tr><td>{@code EQUAL}</td><td>ours and theirs differ by at most the tolerance (one minute by default:
 *       the vendor rounds to whole minutes)</td><td>{@value #EXACT} when they are the same,
 *       {@value #ROUNDED} otherwise</td></tr>
 *   <tr><td>{@code DIFFERENT}</td><td>they differ by more</td><td>the name of the first of the vendor value's
 *       {@link VendorValue#rules() rules} whose column equals ours within the tolerance ("vendor counts
 *       business minutes": ours equals the vendor's business-hours value); {@value #UNEXPLAINED} when none
 *       does</td></tr>
 *   <tr><td>{@code ONLY_OURS}</td><td>the vendor's cell has no value</td><td>{@value #NO_VENDOR_VALUE}, or
 *       {@value #UNREADABLE} when its text is not a duration of the stated form</td></tr>
 *   <tr><td>{@code ONLY_THEIRS}</td><td>the ticket has no value of ours (unanswered, unresolved, or the
 *       field refused)</td><td>{@value #NO_VALUE_OF_OURS}</td></tr>
 *   <tr><td>{@code NEITHER}</td><td>neither has one</td><td>{@value #NO_VALUE}</td></tr>
 * </table>
 * So for each measure the outcome counts add up to the tickets read; rows the reader refuses are in the
 * {@link ExportReader.Result}'s data-quality report and are compared by no measure.
 */
public final class Reconciliation {
    /** The default tolerance: the vendor rounds to whole minutes. */
    public static final Duration TOLERANCE = Duration.ofMinutes(1);
    /** The rule of an equal pair that is the same to the second. */
    public static final String EXACT = "exact";
    /** The rule of an equal pair that differs within the tolerance. */
    public static final String ROUNDED = "rounded to minutes";
    /** The rule of a difference no vendor rule explains. */
    public static final String UNEXPLAINED = "unexplained";
    /** The rule of a ticket whose vendor cell is empty. */
    public static final String NO_VENDOR_VALUE = "vendor has no value";
    /** The rule of a ticket whose vendor cell cannot be read. */
    public static final String UNREADABLE = "vendor value cannot be read";
    /** The rule of a ticket without a value of ours. */
    public static final String NO_VALUE_OF_OURS = "ticket has no value of ours";
    /** The rule of a ticket with neither value. */
    public static final String NO_VALUE = "neither has a value";

    /** How a ticket's two values compare. */
    public enum Outcome {
        /** Equal within the tolerance. */
        EQUAL,
        /** Different by more than the tolerance. */
        DIFFERENT,
        /** Only ours has a value. */
        ONLY_OURS,
        /** Only the vendor's has a value. */
        ONLY_THEIRS,
        /** Neither has a value. */
        NEITHER
    }

    private final ExportReader reader;
    private final Duration tolerance;
    private final int examples;
    private final Map<String, Function<Ticket, Optional<Duration>>> ours;
    /** Theirs from metric events, by measure; null when theirs are the mapping's vendor columns. */
    private final ZendeskMetricEvents events;

    private Reconciliation(ExportReader reader, Duration tolerance, int examples,
            Map<String, Function<Ticket, Optional<Duration>>> ours, ZendeskMetricEvents events) {
        this.reader = reader;
        this.tolerance = tolerance;
        this.examples = examples;
        this.ours = ours;
        this.events = events;
    }

    /** The column label of theirs when they come from metric events. */
    static final Map<String, String> EVENT_COLUMNS = Map.of("firstResponse", "ticket_metric_events reply_time fulfill",
            "resolution", "ticket_metric_events resolution_time fulfill");

    /**
     * A reconciliation of the vendor values of a reader's mapping, with the default tolerance, our values the
     * tickets' recorded intervals, and {@link ExportReader#EXAMPLES} examples per outcome.
     *
     * @param reader the reader of the export
     * @return the reconciliation
     * @throws IllegalArgumentException if the reader's mapping names no vendor value
     */
    public static Reconciliation of(ExportReader reader) {
        Objects.requireNonNull(reader, "reader");
        if (reader.mapping().vendor().isEmpty()) {
            throw new IllegalArgumentException("mapping must name vendor values to reconcile: " + reader.mapping()
                    .kind().label() + " mapping without a vendor section");
        }
        Map<String, Function<Ticket, Optional<Duration>>> ours = new LinkedHashMap<>();
        ours.put("firstResponse", t -> t.firstResponse().map(at -> Duration.between(t.created(), at)));
        ours.put("resolution", t -> t.resolved().map(at -> Duration.between(t.created(), at)));
        return new Reconciliation(reader, TOLERANCE, ExportReader.EXAMPLES, ours, null);
    }

    /**
     * A reconciliation of both measures against the instants Zendesk's metric events record
     * ({@link ZendeskMetricEvents#theirs}: the first reply and the final resolution, less the ticket's creation):
     * theirs are the events', not the mapping's vendor columns, whose rules still name a difference when the
     * mapping has them. The mapping need not have a vendor section. A ticket the events say nothing of has no
     * value of theirs.
     *
     * @param reader the reader of the ticket export
     * @param events the metric events, read
     * @return the reconciliation
     */
    public static Reconciliation of(ExportReader reader, ZendeskMetricEvents events) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(events, "events");
        Map<String, Function<Ticket, Optional<Duration>>> ours = new LinkedHashMap<>();
        ours.put("firstResponse", t -> t.firstResponse().map(at -> Duration.between(t.created(), at)));
        ours.put("resolution", t -> t.resolved().map(at -> Duration.between(t.created(), at)));
        return new Reconciliation(reader, TOLERANCE, ExportReader.EXAMPLES, ours, events);
    }

    /**
     * This reconciliation with another tolerance.
     *
     * @param t how far ours and theirs may differ and be equal, not negative
     * @return a new reconciliation
     * @throws IllegalArgumentException if {@code t} is negative
     */
    public Reconciliation withTolerance(Duration t) {
        if (t.isNegative()) {
            throw new IllegalArgumentException("tolerance must not be negative: " + t);
        }
        return new Reconciliation(reader, t, examples, ours, events);
    }

    /**
     * This reconciliation keeping another number of example pairs per outcome.
     *
     * @param n examples per outcome, not negative
     * @return a new reconciliation
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public Reconciliation withExamples(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("examples must not be negative: " + n);
        }
        return new Reconciliation(reader, tolerance, n, ours, events);
    }

    /**
     * This reconciliation computing our value of a measure another way.
     *
     * @param measure {@code firstResponse} or {@code resolution}
     * @param value our value of a ticket, empty when it has none
     * @return a new reconciliation
     * @throws IllegalArgumentException if the measure is neither
     */
    public Reconciliation withOurs(String measure, Function<Ticket, Optional<Duration>> value) {
        if (!Mapping.VENDOR_MEASURES.contains(measure)) {
            throw new IllegalArgumentException("measure must be firstResponse or resolution: \"" + measure + "\"");
        }
        Map<String, Function<Ticket, Optional<Duration>>> m = new LinkedHashMap<>(ours);
        m.put(measure, Objects.requireNonNull(value, "value"));
        return new Reconciliation(reader, tolerance, examples, m, events);
    }

    /** @return how far ours and theirs may differ and be equal */
    public Duration tolerance() {
        return tolerance;
    }

    /**
     * One ticket's two values of one measure.
     *
     * @param measure what is measured ({@code resolution})
     * @param ticketId the ticket
     * @param ours our value, if any
     * @param theirs the vendor's, if any
     * @param outcome how they compare
     * @param rule the rule explaining the outcome (see {@link Reconciliation})
     */
    public record Pair(String measure, String ticketId, Optional<Duration> ours, Optional<Duration> theirs,
            Outcome outcome, String rule) {
        /**
         * Checks the parts.
         *
         * @throws NullPointerException if a part is null
         */
        public Pair {
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(ticketId, "ticketId");
            Objects.requireNonNull(ours, "ours");
            Objects.requireNonNull(theirs, "theirs");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(rule, "rule");
        }

        /** @return ours minus theirs, when both have a value */
        public Optional<Duration> difference() {
            return ours.isPresent() && theirs.isPresent() ? Optional.of(ours.get().minus(theirs.get()))
                    : Optional.empty();
        }
    }

    /**
     * The comparison of one measure over an export.
     *
     * @param measure what is measured
     * @param column the vendor's column
     * @param tickets the tickets read
     * @param outcomes the tickets of each outcome, every outcome present; they add up to {@code tickets}
     * @param rules the tickets explained by each rule, in the order first seen; they add up to {@code tickets}
     * @param examples the first pairs of each outcome, every outcome present
     */
    public record Measure(String measure, String column, long tickets, Map<Outcome, Long> outcomes,
            Map<String, Long> rules, Map<Outcome, List<Pair>> examples) {
        /**
         * Copies the parts.
         *
         * @throws NullPointerException if a part is null
         */
        public Measure {
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(column, "column");
            outcomes = Collections.unmodifiableMap(new EnumMap<>(outcomes));
            rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
            Map<Outcome, List<Pair>> e = new EnumMap<>(Outcome.class);
            examples.forEach((k, v) -> e.put(k, List.copyOf(v)));
            examples = Collections.unmodifiableMap(e);
        }

        /**
         * The tickets of an outcome.
         *
         * @param o the outcome
         * @return how many
         */
        public long count(Outcome o) {
            return outcomes.getOrDefault(o, 0L);
        }
    }

    /**
     * What a reconciliation found.
     *
     * @param read what the read did: the data-quality report, and the columns read
     * @param measures the comparison of each vendor value, by measure, in the mapping's order
     */
    public record Report(ExportReader.Result read, Map<String, Measure> measures) {
        /**
         * Copies the parts.
         *
         * @throws NullPointerException if a part is null
         */
        public Report {
            Objects.requireNonNull(read, "read");
            measures = Collections.unmodifiableMap(new LinkedHashMap<>(measures));
        }
    }

    /**
     * Reconciles a UTF-8 export file.
     *
     * @param file the export
     * @param each takes every pair as it is made, in the order read
     * @return what was found
     * @throws IOException if reading fails
     * @throws IllegalArgumentException if the export cannot be read by the mapping
     * @throws RowException if the reader is strict, for the first row that cannot be read
     */
    public Report read(Path file, Consumer<? super Pair> each) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.getFileName().toString(), each);
        }
    }

    /**
     * Reconciles an export.
     *
     * @param in the export's text
     * @param source the export's name, for the data-quality report
     * @param each takes every pair as it is made, in the order read
     * @return what was found
     * @throws IOException if reading fails
     * @throws IllegalArgumentException if the export cannot be read by the mapping
     * @throws RowException if the reader is strict, for the first row that cannot be read
     */
    public Report read(Reader in, String source, Consumer<? super Pair> each) throws IOException {
        Objects.requireNonNull(each, "each");
        Map<String, Tally> tallies = new LinkedHashMap<>();
        if (events == null) {
            reader.mapping().vendor().forEach((measure, v) -> tallies.put(measure, new Tally(measure, v)));
        } else {
            for (String measure : ours.keySet()) {
                tallies.put(measure, new Tally(measure, reader.mapping().vendor().get(measure)));
            }
        }
        ExportReader.VendorRecords sink = new ExportReader.VendorRecords() {
            @Override
            public void ticket(Ticket ticket) {
                ticket(ticket, Map.of());
            }

            @Override
            public void ticket(Ticket ticket, Map<String, String> cells) {
                for (Tally t : tallies.values()) {
                    each.accept(t.add(ticket, cells));
                }
            }

            @Override
            public void survey(SurveyResponse survey) {
                // a CSAT column is not reconciled
            }
        };
        ExportReader.Result result = reader.read(in, source, sink);
        Map<String, Measure> measures = new LinkedHashMap<>();
        tallies.forEach((k, t) -> measures.put(k, t.measure()));
        return new Report(result, measures);
    }

    /** The running comparison of one measure. */
    private final class Tally {
        final String measure;
        final VendorValue vendor;
        final FieldMapping field;
        long tickets;
        final Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
        final Map<String, Long> rules = new LinkedHashMap<>();
        final Map<Outcome, List<Pair>> examples = new EnumMap<>(Outcome.class);

        /** @param vendor the mapping's vendor value; with metric events, null when the mapping has none */
        Tally(String measure, VendorValue vendor) {
            this.measure = measure;
            this.vendor = vendor;
            this.field = vendor == null ? null : FieldMapping.builder(vendor.column()).duration(vendor.duration())
                    .build();
            for (Outcome o : Outcome.values()) {
                outcomes.put(o, 0L);
                examples.put(o, new ArrayList<>());
            }
        }

        Pair add(Ticket ticket, Map<String, String> cells) {
            Optional<Duration> mine = ours.get(measure).apply(ticket);
            String text = events != null ? null : field.text(cells.getOrDefault(vendor.column(), ""),
                    reader.mapping().none());
            Optional<Duration> theirs = events != null ? events.theirs(measure, ticket) : Optional.empty();
            boolean unreadable = false;
            if (text != null) {
                Optional<Duration> read = duration(vendor.column(), text);
                theirs = read;
                unreadable = read.isEmpty();
            }
            Outcome outcome;
            String rule;
            if (mine.isPresent() && theirs.isPresent()) {
                Duration gap = mine.get().minus(theirs.get()).abs();
                if (gap.compareTo(tolerance) <= 0) {
                    outcome = Outcome.EQUAL;
                    rule = gap.isZero() ? EXACT : ROUNDED;
                } else {
                    outcome = Outcome.DIFFERENT;
                    rule = explain(mine.get(), cells);
                }
            } else if (mine.isPresent()) {
                outcome = Outcome.ONLY_OURS;
                rule = unreadable ? UNREADABLE : NO_VENDOR_VALUE;
            } else if (theirs.isPresent()) {
                outcome = Outcome.ONLY_THEIRS;
                rule = NO_VALUE_OF_OURS;
            } else {
                outcome = Outcome.NEITHER;
                rule = NO_VALUE;
            }
            Pair pair = new Pair(measure, ticket.id(), mine, theirs, outcome, rule);
            tickets++;
            outcomes.merge(outcome, 1L, Long::sum);
            rules.merge(rule, 1L, Long::sum);
            List<Pair> kept = examples.get(outcome);
            if (kept.size() < Reconciliation.this.examples) {
                kept.add(pair);
            }
            return pair;
        }

        private Optional<Duration> duration(String column, String text) {
            try {
                return Optional.of(field.duration(column, text, false));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }

        private String explain(Duration mine, Map<String, String> cells) {
            if (vendor == null) {
                return UNEXPLAINED;
            }
            for (Map.Entry<String, String> r : vendor.rules().entrySet()) {
                String text = field.text(cells.getOrDefault(r.getValue(), ""), reader.mapping().none());
                if (text == null) {
                    continue;
                }
                Optional<Duration> other = duration(r.getValue(), text);
                if (other.isPresent() && mine.minus(other.get()).abs().compareTo(tolerance) <= 0) {
                    return r.getKey();
                }
            }
            return UNEXPLAINED;
        }

        Measure measure() {
            return new Measure(measure, events != null ? EVENT_COLUMNS.get(measure) : vendor.column(), tickets,
                    outcomes, rules, examples);
        }
    }

    /** @return a description, such as {@code Reconciliation[firstResponse, resolution, within PT1M]} */
    @Override
    public String toString() {
        return "Reconciliation[" + String.join(", ", events != null ? ours.keySet() : reader.mapping().vendor().keySet())
                + (events != null ? " from metric events" : "") + ", within " + tolerance + "]";
    }
}
