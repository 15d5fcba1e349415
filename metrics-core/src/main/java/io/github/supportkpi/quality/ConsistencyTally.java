package io.github.supportkpi.quality;

import io.github.supportkpi.metric.Accumulator;
import io.github.supportkpi.metric.Frequencies;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.metric.Tally;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * How consistently each group of records ends the same way: per group (category), the count of each
 * outcome (resolution code), from which each group's share of its most common outcome and an overall
 * figure follow. Immutable and thread-safe.
 *
 * <p>Merging adds counts per group and outcome, never shares. Records with a group but no outcome are
 * counted in the group's {@link Frequencies#absent() absent} count and are not part of its share; records
 * with no group are counted in {@link #ungrouped()}. Neither is dropped.
 *
 * <p>The {@link #overall()} figure is {@code sum of each counted group's most-common count / sum of their
 * records with an outcome}, over the groups with at least {@link #minimumRecords()} records with an outcome
 * (a ticket-weighted average of the shares). Smaller groups are still reported by {@link #share} and listed
 * by {@link #belowMinimum()}. With no counted group the overall figure is undefined (empty), never NaN.
 */
public final class ConsistencyTally implements Tally<ConsistencyTally> {
    private final int minimumRecords;
    private final SortedMap<String, Frequencies<String>> groups;
    private final long ungrouped;

    private ConsistencyTally(int minimumRecords, SortedMap<String, Frequencies<String>> groups, long ungrouped) {
        this.minimumRecords = minimumRecords;
        this.groups = Collections.unmodifiableSortedMap(groups);
        this.ungrouped = ungrouped;
    }

    /**
     * No records: the identity of {@link #plus} for tallies with this minimum.
     *
     * @param minimumRecords the fewest records with an outcome a group needs to count overall, at least 1
     * @return the empty tally
     * @throws IllegalArgumentException if {@code minimumRecords} is less than 1
     */
    public static ConsistencyTally empty(int minimumRecords) {
        return of(minimumRecords, Map.of(), 0);
    }

    /**
     * A tally from counts.
     *
     * @param minimumRecords the fewest records with an outcome a group needs to count overall, at least 1
     * @param groups the outcome counts of each group, groups not blank
     * @param ungrouped the count of records with no group, not negative
     * @return the tally
     * @throws IllegalArgumentException if {@code minimumRecords} is less than 1, {@code ungrouped} is
     *     negative, or a group is blank or has no records
     */
    public static ConsistencyTally of(int minimumRecords, Map<String, Frequencies<String>> groups, long ungrouped) {
        if (minimumRecords < 1) {
            throw new IllegalArgumentException("minimumRecords must be at least 1: " + minimumRecords);
        }
        if (ungrouped < 0) {
            throw new IllegalArgumentException("ungrouped must not be negative: " + ungrouped);
        }
        TreeMap<String, Frequencies<String>> copy = new TreeMap<>();
        groups.forEach((g, f) -> {
            Objects.requireNonNull(g, "group");
            Objects.requireNonNull(f, () -> "counts of group " + g);
            if (g.isBlank()) {
                throw new IllegalArgumentException("group must not be blank: \"" + g + "\"");
            }
            if (f.total() == 0) {
                throw new IllegalArgumentException("group must have records: " + g + "=" + f);
            }
            copy.put(g, f);
        });
        return new ConsistencyTally(minimumRecords, copy, ungrouped);
    }

    /**
     * The fewest records with an outcome a group needs to count in {@link #overall()}.
     *
     * @return the minimum, at least 1
     */
    public int minimumRecords() {
        return minimumRecords;
    }

    /**
     * The outcome counts of every group seen, in group order; a group's absent count is its records with no
     * outcome.
     *
     * @return an unmodifiable map
     */
    public SortedMap<String, Frequencies<String>> groups() {
        return groups;
    }

    /**
     * The count of records with no group.
     *
     * @return the count
     */
    public long ungrouped() {
        return ungrouped;
    }

    /**
     * A group's most common outcome; ties go to the first outcome in alphabetical order.
     *
     * @param group the group
     * @return the outcome; empty if the group was not seen or none of its records has an outcome
     */
    public Optional<String> mostCommon(String group) {
        Frequencies<String> f = groups.get(group);
        if (f == null || f.counts().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(f.top(1).get(0).getKey());
    }

    /**
     * A group's consistency: the records with its most common outcome over its records with an outcome.
     *
     * @param group the group
     * @return the share; undefined (empty) when the group has no record with an outcome
     */
    public Ratio share(String group) {
        Frequencies<String> f = groups.get(group);
        return f == null ? Ratio.EMPTY : share(f);
    }

    private static Ratio share(Frequencies<String> f) {
        long top = 0;
        for (long c : f.counts().values()) {
            top = Math.max(top, c);
        }
        return new Ratio(top, f.total() - f.absent());
    }

    /**
     * The groups with fewer records with an outcome than the minimum, left out of {@link #overall()}.
     *
     * @return the groups, sorted
     */
    public SortedSet<String> belowMinimum() {
        TreeSet<String> below = new TreeSet<>();
        groups.forEach((g, f) -> {
            if (f.total() - f.absent() < minimumRecords) {
                below.add(g);
            }
        });
        return Collections.unmodifiableSortedSet(below);
    }

    /**
     * The overall consistency over the groups that meet the minimum: the sum of their most-common counts
     * over the sum of their records with an outcome.
     *
     * @return the ratio; undefined (empty) when no group meets the minimum
     */
    public Ratio overall() {
        long num = 0;
        long den = 0;
        for (Frequencies<String> f : groups.values()) {
            Ratio s = share(f);
            if (s.denominator() >= minimumRecords) {
                num = Math.addExact(num, s.numerator());
                den = Math.addExact(den, s.denominator());
            }
        }
        return new Ratio(num, den);
    }

    /** The denominator of {@link #overall()}. */
    @Override
    public long sampleSize() {
        return overall().denominator();
    }

    /**
     * Merges the counts.
     *
     * @throws IllegalArgumentException if the minimums differ
     */
    @Override
    public ConsistencyTally plus(ConsistencyTally other) {
        if (minimumRecords != other.minimumRecords) {
            throw new IllegalArgumentException("minimumRecords must match to merge: " + minimumRecords + " and "
                    + other.minimumRecords);
        }
        TreeMap<String, Frequencies<String>> merged = new TreeMap<>(groups);
        other.groups.forEach((g, f) -> merged.merge(g, f, Frequencies::plus));
        return new ConsistencyTally(minimumRecords, merged, Math.addExact(ungrouped, other.ungrouped));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConsistencyTally other && minimumRecords == other.minimumRecords
                && ungrouped == other.ungrouped && groups.equals(other.groups);
    }

    @Override
    public int hashCode() {
        return Objects.hash(minimumRecords, groups, ungrouped);
    }

    /** @return the overall figure, the groups and the ungrouped count */
    @Override
    public String toString() {
        return "ConsistencyTally[overall=" + overall() + ", minimum=" + minimumRecords + ", groups=" + groups
                + (ungrouped == 0 ? "" : ", ungrouped=" + ungrouped) + "]";
    }

    /**
     * A consistency metric: for each record {@code considered}, its group and outcome (either may be null).
     *
     * @param id the metric's id
     * @param minimumRecords the fewest records with an outcome a group needs to count overall, at least 1
     * @param considered which records count
     * @param group the group of a record, or null
     * @param outcome the outcome of a record, or null
     * @param <T> the record type
     * @return the metric
     * @throws IllegalArgumentException if {@code minimumRecords} is less than 1
     */
    public static <T> Metric<T, ConsistencyTally> metric(String id, int minimumRecords, Predicate<? super T> considered,
            Function<? super T, String> group, Function<? super T, String> outcome) {
        ConsistencyTally empty = empty(minimumRecords);
        Objects.requireNonNull(considered, "considered");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(outcome, "outcome");
        return Metric.of(id, empty, () -> new Accumulator<T, ConsistencyTally>() {
            /** Per group: outcome -> count; the null outcome counts records with none. */
            private final Map<String, Map<String, long[]>> counts = new HashMap<>();
            private long ungrouped;

            @Override
            public void accept(T record) {
                if (!considered.test(record)) {
                    return;
                }
                String g = group.apply(record);
                if (g == null) {
                    ungrouped++;
                    return;
                }
                Map<String, long[]> perGroup = counts.get(g);
                if (perGroup == null) {
                    perGroup = new HashMap<>();
                    counts.put(g, perGroup);
                }
                String o = outcome.apply(record);
                long[] c = perGroup.get(o);
                if (c == null) {
                    c = new long[1];
                    perGroup.put(o, c);
                }
                c[0]++;
            }

            @Override
            public ConsistencyTally tally() {
                TreeMap<String, Frequencies<String>> groups = new TreeMap<>();
                counts.forEach((g, perGroup) -> {
                    Map<String, Long> coded = new HashMap<>();
                    long absent = 0;
                    for (Map.Entry<String, long[]> e : perGroup.entrySet()) {
                        if (e.getKey() == null) {
                            absent = e.getValue()[0];
                        } else {
                            coded.put(e.getKey(), e.getValue()[0]);
                        }
                    }
                    groups.put(g, Frequencies.of(coded, absent));
                });
                return of(minimumRecords, groups, ungrouped);
            }
        });
    }
}
