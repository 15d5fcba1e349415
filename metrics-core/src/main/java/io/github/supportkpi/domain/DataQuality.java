package io.github.supportkpi.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What happened to the rows of an export: how many were kept, and how often each rule was broken, by kind
 * ({@link Kind#REJECTED rejected}, {@link Kind#IGNORED ignored}, {@link Kind#SUSPECT suspect}), field and
 * rule, never by value, with the first few examples of each. Immutable and thread-safe.
 *
 * <p>A reason is a field and a rule ({@code created} + {@code must be a date-time of pattern yyyy-MM-dd});
 * its text {@code "created must be a date-time of pattern yyyy-MM-dd"} never contains a row's value. The
 * examples do: each is the row's locator and the value or message ({@code "line 7: \"20-05-2024\""}).
 * A kept row flagged under two rules is counted under each; {@link #rows()} counts rows, not flags.
 *
 * <p>Reports of the parts of an export merge with {@link #plus}: the counts add up, and the examples of
 * {@code a.plus(b)} are those of {@code a} then those of {@code b}, up to the smaller of the two limits, so
 * merging the parts in row order gives the report of the whole.
 *
 * @param kept rows kept (including those with ignored fields or flagged as suspect), not negative
 * @param counts how often each reason occurred, every count positive
 * @param examples the first examples of each reason, at most {@code examplesPerReason} and at most its count
 * @param examplesPerReason how many examples are kept per reason, not negative
 */
public record DataQuality(long kept, Map<Reason, Long> counts, Map<Reason, List<String>> examples,
        int examplesPerReason) {

    /** The kind of a data-quality reason. */
    public enum Kind {
        /** A row refused: it is not among the records (of a lenient pass: in no tally of the metric). */
        REJECTED,
        /**
         * A field dropped from a kept row, which is among the records without it; in a lenient pass of a
         * metric set ({@code Screening}), a record one metric refused and the others used.
         */
        IGNORED,
        /** A row kept as read (or with an instant clamped, see {@link ClockSkew}) but flagged as doubtful. */
        SUSPECT
    }

    /**
     * A field and a rule it broke, of a kind. Ordered by kind, field, rule. Immutable and thread-safe.
     *
     * @param kind what happened to the row or field
     * @param field the field's name ({@code "created"}); empty when the rule concerns the whole row
     * @param rule the rule, without the value ({@code "must be a date-time of pattern yyyy-MM-dd"}), not blank
     */
    public record Reason(Kind kind, String field, String rule) implements Comparable<Reason> {
        /**
         * Validates the parts.
         *
         * @throws IllegalArgumentException if the rule is blank
         */
        public Reason {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(rule, "rule");
            if (rule.isBlank()) {
                throw new IllegalArgumentException("rule must not be blank: \"" + rule + "\"");
            }
        }

        /**
         * A reason from text of the form {@code "<field> must <constraint>"}: the field is what comes before
         * {@code " must "}, the rule the rest; text without {@code " must "} is a rule of the whole row.
         *
         * @param kind what happened to the row or field
         * @param text the reason's text, without the value
         * @return the reason
         * @throws IllegalArgumentException if the text is blank
         */
        public static Reason parse(Kind kind, String text) {
            Objects.requireNonNull(text, "text");
            int must = text.indexOf(" must ");
            return must <= 0 ? new Reason(kind, "", text) : new Reason(kind, text.substring(0, must),
                    text.substring(must + 1));
        }

        /** @return {@code "<field> <rule>"}, or the rule alone for a rule of the whole row */
        @Override
        public String toString() {
            return field.isEmpty() ? rule : field + " " + rule;
        }

        @Override
        public int compareTo(Reason o) {
            int c = kind.compareTo(o.kind);
            if (c == 0) {
                c = field.compareTo(o.field);
            }
            return c != 0 ? c : rule.compareTo(o.rule);
        }
    }

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if a count is not positive, {@code kept} or {@code examplesPerReason}
     *     is negative, or a reason has more examples than allowed or than its count
     */
    public DataQuality {
        if (kept < 0) {
            throw new IllegalArgumentException("kept must not be negative: " + kept);
        }
        if (examplesPerReason < 0) {
            throw new IllegalArgumentException("examplesPerReason must not be negative: " + examplesPerReason);
        }
        Map<Reason, Long> c = new TreeMap<>(counts);
        for (Map.Entry<Reason, Long> e : c.entrySet()) {
            if (e.getValue() == null || e.getValue() <= 0) {
                throw new IllegalArgumentException("count must be positive: " + e.getKey() + " " + e.getValue());
            }
        }
        Map<Reason, List<String>> ex = new TreeMap<>();
        for (Map.Entry<Reason, List<String>> e : examples.entrySet()) {
            long count = c.getOrDefault(e.getKey(), 0L);
            List<String> l = e.getValue();
            if (l.size() > examplesPerReason || l.size() > count) {
                throw new IllegalArgumentException("examples must number at most " + examplesPerReason
                        + " and at most the reason's count " + count + ": " + e.getKey() + " has " + l.size());
            }
            if (!l.isEmpty()) {
                ex.put(e.getKey(), List.copyOf(l));
            }
        }
        counts = Collections.unmodifiableMap(c);
        examples = Collections.unmodifiableMap(ex);
    }

    /**
     * The report of no rows.
     *
     * @param examplesPerReason how many examples to keep per reason, not negative
     * @return an empty report, the identity of {@link #plus} for reports of that limit
     * @throws IllegalArgumentException if {@code examplesPerReason} is negative
     */
    public static DataQuality empty(int examplesPerReason) {
        return new DataQuality(0, Map.of(), Map.of(), examplesPerReason);
    }

    /**
     * The report of this part of an export followed by another part.
     *
     * @param other the report of the rows that follow
     * @return the counts summed; the examples of this then of {@code other}, up to the smaller limit
     * @throws ArithmeticException if a count overflows
     */
    public DataQuality plus(DataQuality other) {
        int limit = Math.min(examplesPerReason, other.examplesPerReason);
        Map<Reason, Long> sum = new TreeMap<>(counts);
        other.counts.forEach((r, c) -> sum.merge(r, c, Math::addExact));
        Map<Reason, List<String>> ex = new TreeMap<>();
        for (Reason r : sum.keySet()) {
            List<String> l = new ArrayList<>(examples.getOrDefault(r, List.of()));
            l.addAll(other.examples.getOrDefault(r, List.of()));
            ex.put(r, l.subList(0, Math.min(limit, l.size())));
        }
        return new DataQuality(Math.addExact(kept, other.kept), sum, ex, limit);
    }

    /**
     * How often reasons of a kind occurred.
     *
     * @param kind the kind
     * @return the sum of its counts
     */
    public long count(Kind kind) {
        return counts.entrySet().stream().filter(e -> e.getKey().kind() == kind).mapToLong(Map.Entry::getValue)
                .sum();
    }

    /**
     * Rows refused.
     *
     * @return the count of rejected reasons (a refused row has exactly one)
     */
    public long rejected() {
        return count(Kind.REJECTED);
    }

    /**
     * Every row seen.
     *
     * @return kept plus rejected
     */
    public long rows() {
        return kept + rejected();
    }

    /**
     * Fields dropped from kept rows.
     *
     * @return the count of ignored reasons
     */
    public long ignored() {
        return count(Kind.IGNORED);
    }

    /**
     * Flags raised on kept rows.
     *
     * @return the count of suspect reasons
     */
    public long suspect() {
        return count(Kind.SUSPECT);
    }

    /**
     * The counts of one kind, by the reason's text ({@code "<field> <rule>"}).
     *
     * @param kind the kind
     * @return the counts, in reason order
     */
    public Map<String, Long> byReason(Kind kind) {
        Map<String, Long> out = new TreeMap<>();
        counts.forEach((r, c) -> {
            if (r.kind() == kind) {
                out.merge(r.toString(), c, Math::addExact);
            }
        });
        return Collections.unmodifiableMap(out);
    }

    /**
     * Rows refused, by reason.
     *
     * @return {@code byReason(Kind.REJECTED)}
     */
    public Map<String, Long> rejectedByReason() {
        return byReason(Kind.REJECTED);
    }

    /**
     * Fields dropped from kept rows, by reason.
     *
     * @return {@code byReason(Kind.IGNORED)}
     */
    public Map<String, Long> ignoredByReason() {
        return byReason(Kind.IGNORED);
    }

    /**
     * Flags on kept rows, by reason.
     *
     * @return {@code byReason(Kind.SUSPECT)}
     */
    public Map<String, Long> suspectByReason() {
        return byReason(Kind.SUSPECT);
    }

    /**
     * The examples of a reason.
     *
     * @param reason the reason
     * @return its first examples, empty if none were kept
     */
    public List<String> examples(Reason reason) {
        return examples.getOrDefault(reason, List.of());
    }

    /**
     * A readable report: the rows, then a section per kind, one line per reason (most frequent first) with
     * its examples.
     *
     * @return the report
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%d rows: %d kept, %d rejected", rows(), kept,
                rejected()));
        section(b, Kind.REJECTED, "%n%d rows rejected");
        section(b, Kind.IGNORED, "%n%d fields ignored in kept rows");
        section(b, Kind.SUSPECT, "%n%d suspect values in kept rows");
        return b.toString();
    }

    private void section(StringBuilder b, Kind kind, String title) {
        long n = count(kind);
        if (n == 0) {
            return;
        }
        b.append(String.format(Locale.ROOT, title, n));
        counts.entrySet().stream().filter(e -> e.getKey().kind() == kind)
                .sorted(Map.Entry.<Reason, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> {
                    b.append(String.format(Locale.ROOT, "%n  %6d  %s", e.getValue(), e.getKey()));
                    for (String example : examples(e.getKey())) {
                        b.append(String.format(Locale.ROOT, "%n          e.g. %s", example));
                    }
                });
    }
}
