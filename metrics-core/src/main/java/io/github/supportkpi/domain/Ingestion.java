package io.github.supportkpi.domain;

import io.github.supportkpi.domain.DataQuality.Kind;
import io.github.supportkpi.domain.DataQuality.Reason;
import java.time.DateTimeException;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Lenient ingestion of a messy export: each row is built into a record; a row the domain refuses is not
 * thrown away silently but counted under its reason, with the first few examples kept; a field dropped from
 * a kept row is counted as ignored, a doubtful kept row as suspect (see {@link DataQuality}). Not
 * thread-safe: use one per reader, and merge the reports of parallel readers with {@link DataQuality#plus}.
 *
 * <p>A reason is a field and a rule, never the value:
 * <ul><li>a {@link FieldException} (thrown by {@link Fields} and {@link ClockSkew}) gives its field and
 *         rule;</li>
 *     <li>another {@link IllegalArgumentException} gives the part of its message before the first
 *         {@code ": "}, which by the project's convention names the field and the rule without the value
 *         ({@code "resolved must not be before created"});</li>
 *     <li>the JDK's parse and arithmetic exceptions, whose messages contain the value, are grouped by type
 *         under a rule of an unnamed field: {@code "unnamed field is not a number (NumberFormatException)"},
 *         {@code "unnamed field is not a date-time (DateTimeParseException)"}, {@code "unnamed field is out of
 *         range (ArithmeticException)"}; parse with {@link Fields} to have the field named;</li>
 *     <li>a {@link NullPointerException} from {@code Objects.requireNonNull(x, "created")} is
 *         {@code "created is required"}.</li></ul>
 * The full message, value included, is kept in the examples.
 *
 * <pre>{@code
 * Ingestion<Ticket> in = Ingestion.lenient(3);
 * for (CSVRecord row : csv) {
 *     String line = "line " + row.getRecordNumber();
 *     in.add(line, () -> toTicket(row, in, line));   // toTicket may call in.ignore(..) and in.suspect(..)
 * }
 * List<Ticket> tickets = in.records();
 * System.out.println(in.report());   // "8 rows: 6 kept, 2 rejected" and a line per reason
 * }</pre>
 *
 * <p>A field ignored or a row flagged as suspect while its record is being built by {@link #add} is counted
 * only if the record is kept: a refused row counts once, as rejected.
 *
 * @param <T> the record type
 */
public final class Ingestion<T> {
    /** The field of a JDK exception's rule: the JDK's messages do not name the field. */
    public static final String UNNAMED_FIELD = "unnamed field";

    private final int examplesPerReason;
    /** The records kept, when they are kept here; null when they go to the sink. */
    private final List<T> records;
    /** Where kept records go when they are not kept here; null when they are. */
    private final Consumer<? super T> sink;
    private long kept;
    private final Map<Reason, long[]> counts = new TreeMap<>();
    private final Map<Reason, List<String>> examples = new TreeMap<>();
    private List<Flag> pending;

    private record Flag(Reason reason, String example) {}

    private Ingestion(int examplesPerReason, Consumer<? super T> sink) {
        this.examplesPerReason = examplesPerReason;
        this.records = sink == null ? new ArrayList<>() : null;
        this.sink = sink;
    }

    /**
     * A lenient ingestion keeping up to {@code examplesPerReason} examples of each reason.
     *
     * @param examplesPerReason how many examples to keep per reason, not negative
     * @param <T> the record type
     * @return a new, empty ingestion
     * @throws IllegalArgumentException if {@code examplesPerReason} is negative
     */
    public static <T> Ingestion<T> lenient(int examplesPerReason) {
        if (examplesPerReason < 0) {
            throw new IllegalArgumentException("examplesPerReason must not be negative: " + examplesPerReason);
        }
        return new Ingestion<>(examplesPerReason, null);
    }

    /**
     * A lenient ingestion that keeps no record: each kept record goes to {@code sink} as soon as it is
     * built, so an export of any size is read in bounded memory (feed the sink to an
     * {@code Accumulator}). {@link #records()} is refused; {@link #report()} counts as for
     * {@link #lenient(int)}.
     *
     * <p>The sink is called outside the row's refusal handling: an exception it throws propagates, and is
     * never counted as a refused row.
     *
     * @param examplesPerReason how many examples to keep per reason, not negative
     * @param sink where each kept record goes, in the order of the rows
     * @param <T> the record type
     * @return a new, empty ingestion
     * @throws NullPointerException if {@code sink} is null
     * @throws IllegalArgumentException if {@code examplesPerReason} is negative
     */
    public static <T> Ingestion<T> streaming(int examplesPerReason, Consumer<? super T> sink) {
        Objects.requireNonNull(sink, "sink");
        if (examplesPerReason < 0) {
            throw new IllegalArgumentException("examplesPerReason must not be negative: " + examplesPerReason);
        }
        return new Ingestion<>(examplesPerReason, sink);
    }

    /**
     * Builds one row's record, keeping it if valid, counting it under its reason if it is refused.
     *
     * @param source where the row came from, for the examples ({@code "line 17"})
     * @param build builds the record; an {@link IllegalArgumentException} (including {@link FieldException},
     *     {@link NumberFormatException}), a {@link DateTimeException}, an {@link ArithmeticException} or a
     *     {@link NullPointerException} for a missing required field is a refusal; anything else propagates
     * @return the record, or empty if it was refused
     * @throws IllegalStateException if called from inside another row's {@code build}
     */
    public Optional<T> add(String source, Supplier<? extends T> build) {
        Objects.requireNonNull(build, "build");
        if (pending != null) {
            throw new IllegalStateException("add must not be called while another row is being built: " + source);
        }
        pending = new ArrayList<>();
        T record;
        List<Flag> flags;
        try {
            record = Objects.requireNonNull(build.get(), "record");
        } catch (IllegalArgumentException | NullPointerException | DateTimeException | ArithmeticException e) {
            count(reasonOf(e), source + ": " + messageOf(e));
            return Optional.empty();
        } finally {
            flags = pending;
            pending = null;
        }
        kept++;
        for (Flag f : flags) {
            count(f.reason, f.example);
        }
        if (sink == null) {
            records.add(record);
        } else {
            sink.accept(record);
        }
        return Optional.of(record);
    }

    /**
     * Counts a row refused before it could be built (a wrong number of columns, say).
     *
     * @param source where the row came from
     * @param reason why it was refused, in the form {@code "<field> must <constraint>"}, without the value
     * @param detail the value or row, for the example
     */
    public void reject(String source, String reason, String detail) {
        count(Reason.parse(Kind.REJECTED, reason), source + ": " + detail);
    }

    /**
     * Counts a field the reader left out of a kept row because it contradicts the row (a resolution time on
     * a ticket whose status is open, say): the row is kept, the field is not, and the report says how often
     * and why.
     *
     * @param source where the row came from
     * @param reason why the field was left out, in the form {@code "<field> must <constraint>"}, without the
     *     value
     * @param detail the value, for the example
     */
    public void ignoreField(String source, String reason, String detail) {
        flag(Reason.parse(Kind.IGNORED, reason), source + ": " + detail);
    }

    /**
     * Counts a field the reader left out of a kept row.
     *
     * @param source where the row came from
     * @param field the field left out ({@code "Resolution_Time_Hours"})
     * @param rule the rule it broke, without the value ({@code "must be absent for an unresolved ticket"})
     * @param value the value, for the example
     */
    public void ignore(String source, String field, String rule, String value) {
        flag(new Reason(Kind.IGNORED, field, rule), source + ": " + value);
    }

    /**
     * Flags a kept row as suspect: a clock skew within the tolerance (see {@link ClockSkew}), a rating on a
     * ticket that is not resolved.
     *
     * @param source where the row came from
     * @param field the doubtful field ({@code "service start"})
     * @param rule what is doubtful, without the value ({@code "before queue exit within PT2S"})
     * @param value the value, for the example
     */
    public void suspect(String source, String field, String rule, String value) {
        flag(new Reason(Kind.SUSPECT, field, rule), source + ": " + value);
    }

    /**
     * Flags a kept row as suspect, with the row's locator alone as the example.
     *
     * @param source where the row came from
     * @param field the doubtful field
     * @param rule what is doubtful, without the value
     */
    public void suspect(String source, String field, String rule) {
        flag(new Reason(Kind.SUSPECT, field, rule), String.valueOf(source));
    }

    private void flag(Reason reason, String example) {
        if (pending != null) {
            pending.add(new Flag(reason, example));
        } else {
            count(reason, example);
        }
    }

    private static Reason reasonOf(RuntimeException e) {
        if (e instanceof FieldException f) {
            return new Reason(Kind.REJECTED, f.field(), f.rule());
        }
        if (e instanceof NumberFormatException) {
            return jdk("is not a number", e);
        }
        if (e instanceof DateTimeParseException) {
            return jdk("is not a date-time", e);
        }
        if (e instanceof DateTimeException) {
            return jdk("is not a valid date-time", e);
        }
        if (e instanceof ArithmeticException) {
            return jdk("is out of range", e);
        }
        String message = e.getMessage();
        if (e instanceof NullPointerException) {
            return message == null || message.isBlank() || message.chars().anyMatch(Character::isWhitespace)
                    ? jdk("is missing", e) : new Reason(Kind.REJECTED, message, "is required");
        }
        if (message == null || message.isBlank() || message.startsWith("No enum constant ")) {
            return jdk("is not valid", e);
        }
        int colon = message.indexOf(": ");
        return Reason.parse(Kind.REJECTED, colon < 0 ? message : message.substring(0, colon));
    }

    private static Reason jdk(String rule, RuntimeException e) {
        return new Reason(Kind.REJECTED, UNNAMED_FIELD, rule + " (" + e.getClass().getSimpleName() + ")");
    }

    private static String messageOf(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private void count(Reason reason, String example) {
        counts.computeIfAbsent(reason, r -> new long[1])[0]++;
        List<String> list = examples.computeIfAbsent(reason, r -> new ArrayList<>());
        if (list.size() < examplesPerReason) {
            list.add(example);
        }
    }

    /**
     * The records kept so far, in the order added.
     *
     * @return an unmodifiable copy
     * @throws IllegalStateException for a {@link #streaming} ingestion, which keeps none
     */
    public List<T> records() {
        if (records == null) {
            throw new IllegalStateException("records are not kept by a streaming ingestion: they went to its sink");
        }
        return List.copyOf(records);
    }

    /**
     * What was kept, refused, ignored and flagged so far, by reason.
     *
     * @return the report
     */
    public DataQuality report() {
        Map<Reason, Long> c = new TreeMap<>();
        counts.forEach((r, n) -> c.put(r, n[0]));
        return new DataQuality(kept, c, examples, examplesPerReason);
    }
}
