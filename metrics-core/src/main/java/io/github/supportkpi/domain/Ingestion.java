package io.github.supportkpi.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Lenient ingestion of a messy export: each row is built into a record; a row the domain refuses is not
 * thrown away silently but counted under its reason, with the first few examples kept. Not thread-safe:
 * use one per reader.
 *
 * <p>The reason is the part of the exception message before the first {@code ": "}, which by the
 * project's convention names the field and the rule without the value ({@code "resolved must not be
 * before created"}), so rows refused for the same rule are counted together.
 *
 * <pre>{@code
 * Ingestion<Ticket> in = Ingestion.lenient(5);
 * for (CSVRecord row : csv) {
 *     in.add("line " + row.getRecordNumber(), () -> toTicket(row));
 * }
 * List<Ticket> tickets = in.records();
 * System.out.println(in.report());   // "8 rows: 6 accepted, 2 rejected" and a line per reason
 * }</pre>
 *
 * @param <T> the record type
 */
public final class Ingestion<T> {
    private final int examplesPerReason;
    private final List<T> records = new ArrayList<>();
    private final Map<String, long[]> rejectedByReason = new TreeMap<>();
    private final Map<String, List<String>> examples = new TreeMap<>();
    private final Map<String, long[]> ignoredByReason = new TreeMap<>();

    private Ingestion(int examplesPerReason) {
        this.examplesPerReason = examplesPerReason;
    }

    /**
     * A lenient ingestion keeping up to {@code examplesPerReason} examples of each reason.
     *
     * @param examplesPerReason how many refused rows to keep per reason, not negative
     * @param <T> the record type
     * @return a new, empty ingestion
     * @throws IllegalArgumentException if {@code examplesPerReason} is negative
     */
    public static <T> Ingestion<T> lenient(int examplesPerReason) {
        if (examplesPerReason < 0) {
            throw new IllegalArgumentException("examplesPerReason must not be negative: " + examplesPerReason);
        }
        return new Ingestion<>(examplesPerReason);
    }

    /**
     * Builds one row's record, keeping it if valid, counting it under its reason if the domain refuses it.
     *
     * @param source where the row came from, for the examples ({@code "line 17"})
     * @param build builds the record; an {@link IllegalArgumentException} (including
     *     {@link java.time.format.DateTimeParseException} and {@link NumberFormatException}) or a
     *     {@link NullPointerException} for a missing required field is a refusal
     * @return the record, or empty if it was refused
     */
    public Optional<T> add(String source, Supplier<? extends T> build) {
        Objects.requireNonNull(build, "build");
        try {
            T record = Objects.requireNonNull(build.get(), "record");
            records.add(record);
            return Optional.of(record);
        } catch (IllegalArgumentException | NullPointerException | java.time.DateTimeException e) {
            reject(source, e);
            return Optional.empty();
        }
    }

    /**
     * Counts a row refused before it could be built (a wrong number of columns, say).
     *
     * @param source where the row came from
     * @param reason why it was refused, in the form {@code "<name> must <constraint>"}
     * @param detail the value or row, for the example
     */
    public void reject(String source, String reason, String detail) {
        Objects.requireNonNull(reason, "reason");
        count(reason, source + ": " + detail);
    }

    /**
     * Counts a field the reader left out of an accepted row because it contradicts the row (a resolution
     * time on a ticket whose status is open, say): the row is kept, the field is not, and the report
     * says how often and why.
     *
     * @param source where the row came from
     * @param reason why the field was left out, in the form {@code "<name> must <constraint>"}
     * @param detail the value, for the example
     */
    public void ignoreField(String source, String reason, String detail) {
        Objects.requireNonNull(reason, "reason");
        ignoredByReason.computeIfAbsent(reason, r -> new long[1])[0]++;
        List<String> list = examples.computeIfAbsent(reason, r -> new ArrayList<>());
        if (list.size() < examplesPerReason) {
            list.add(source + ": " + detail);
        }
    }

    private void reject(String source, RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof NullPointerException) {
            message = "required field missing: " + message;
        }
        int colon = message.indexOf(": ");
        String reason = colon < 0 ? message : message.substring(0, colon);
        count(reason, source + ": " + message);
    }

    private void count(String reason, String example) {
        rejectedByReason.computeIfAbsent(reason, r -> new long[1])[0]++;
        List<String> list = examples.computeIfAbsent(reason, r -> new ArrayList<>());
        if (list.size() < examplesPerReason) {
            list.add(example);
        }
    }

    /**
     * The records accepted so far, in the order added.
     *
     * @return an unmodifiable copy
     */
    public List<T> records() {
        return List.copyOf(records);
    }

    /**
     * What was accepted and what was refused, by reason.
     *
     * @return the report
     */
    public Report report() {
        Map<String, Long> counts = new TreeMap<>();
        rejectedByReason.forEach((r, c) -> counts.put(r, c[0]));
        Map<String, Long> ignored = new TreeMap<>();
        ignoredByReason.forEach((r, c) -> ignored.put(r, c[0]));
        Map<String, List<String>> ex = new TreeMap<>();
        examples.forEach((r, l) -> ex.put(r, List.copyOf(l)));
        return new Report(records.size(), counts, ignored, ex);
    }

    /**
     * What an ingestion accepted and refused. Immutable and thread-safe.
     *
     * @param accepted rows accepted
     * @param rejectedByReason rows refused, by reason, in reason order
     * @param ignoredByReason fields left out of accepted rows, by reason, in reason order
     * @param examples the first refused rows or ignored fields of each reason
     */
    public record Report(long accepted, Map<String, Long> rejectedByReason, Map<String, Long> ignoredByReason,
            Map<String, List<String>> examples) {
        /**
         * Copies the maps.
         *
         * @throws IllegalArgumentException if {@code accepted} is negative
         */
        public Report {
            if (accepted < 0) {
                throw new IllegalArgumentException("accepted must not be negative: " + accepted);
            }
            rejectedByReason = Collections.unmodifiableMap(new TreeMap<>(rejectedByReason));
            ignoredByReason = Collections.unmodifiableMap(new TreeMap<>(ignoredByReason));
            examples = Collections.unmodifiableMap(new TreeMap<>(examples));
        }

        /**
         * All refused rows.
         *
         * @return the sum over reasons
         */
        public long rejected() {
            return rejectedByReason.values().stream().mapToLong(Long::longValue).sum();
        }

        /**
         * Every row seen.
         *
         * @return accepted plus rejected
         */
        public long rows() {
            return accepted + rejected();
        }

        /**
         * All fields left out of accepted rows.
         *
         * @return the sum over reasons
         */
        public long ignoredFields() {
            return ignoredByReason.values().stream().mapToLong(Long::longValue).sum();
        }

        /** @return a readable summary, one line per reason, most frequent first */
        @Override
        public String toString() {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%d rows: %d accepted, %d rejected",
                    rows(), accepted, rejected()));
            appendReasons(b, rejectedByReason);
            if (!ignoredByReason.isEmpty()) {
                b.append(String.format(Locale.ROOT, "%n%d fields ignored in accepted rows", ignoredFields()));
                appendReasons(b, ignoredByReason);
            }
            return b.toString();
        }

        private void appendReasons(StringBuilder b, Map<String, Long> byReason) {
            byReason.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> {
                        b.append(String.format(Locale.ROOT, "%n  %6d  %s", e.getValue(), e.getKey()));
                        List<String> ex = examples.getOrDefault(e.getKey(), List.of());
                        if (!ex.isEmpty()) {
                            b.append(String.format(Locale.ROOT, "%n          e.g. %s", ex.get(0)));
                        }
                    });
        }
    }
}
