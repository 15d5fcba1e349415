package io.github.supportkpi.report;

import io.github.supportkpi.metric.BucketSeries;
import io.github.supportkpi.metric.Count;
import io.github.supportkpi.metric.Segmented;
import io.github.supportkpi.metric.Tally;
import io.github.supportkpi.time.Bucket;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.function.Function;

/**
 * The first {@code n} segments of a {@link Segmented} tally (or the buckets of a {@link BucketSeries}) by a value
 * of their tallies: the busiest channels, the slowest categories, the busiest day. Immutable and thread-safe.
 *
 * <pre>{@code
 * Segmented<String, Count> byCategory = TicketVolume.defaults().by(TicketDimensions.CATEGORY).over(tickets);
 * TopN<String, Count> top3 = TopN.highest(byCategory, 3, TopN::count);
 * }</pre>
 * <ul>
 *   <li>Ties are stable: segments of equal value come in key order (the segments' sorted order, earliest
 *       bucket first), so the result does not depend on the order records were fed in.</li>
 *   <li>At most {@code n} entries: a segment tied with the last entry but past the cut is left out, and
 *       counted in {@link #tiedPastCut()} so a report can say so.</li>
 *   <li>A segment whose value is undefined (a rate of nothing) is never ranked: its key is in
 *       {@link #undefined()}. The segment of records with no key ({@link Segmented#absent()}) is not a
 *       segment here.</li>
 * </ul>
 *
 * @param entries the first segments, best first
 * @param undefined the keys whose value is undefined, in key order
 * @param tiedPastCut the segments past the cut whose value equals the last entry's
 * @param <K> the key type
 * @param <S> the tally type
 */
public record TopN<K, S>(List<Entry<K, S>> entries, List<K> undefined, int tiedPastCut) {
    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException if {@code tiedPastCut} is negative, or not zero with no entries
     */
    public TopN {
        entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
        undefined = List.copyOf(Objects.requireNonNull(undefined, "undefined"));
        if (tiedPastCut < 0 || (tiedPastCut > 0 && entries.isEmpty())) {
            throw new IllegalArgumentException("tiedPastCut must be zero with no entries, else not negative: "
                    + tiedPastCut);
        }
    }

    /**
     * One ranked segment. Immutable and thread-safe.
     *
     * @param key the segment's key
     * @param tally its tally
     * @param value the value it is ranked by, finite
     * @param <K> the key type
     * @param <S> the tally type
     */
    public record Entry<K, S>(K key, S tally, double value) {
        /**
         * Validates the fields.
         *
         * @throws IllegalArgumentException if the value is NaN or infinite
         */
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(tally, "tally");
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("value must be finite: " + value + " for " + key);
            }
        }
    }

    /**
     * The {@code n} segments of highest value.
     *
     * @param segmented the segmented tally
     * @param n how many, at least 1
     * @param value the value of a segment's tally, empty when undefined; a {@code Ratio::value}, a
     *     {@link #count(Count)}
     * @param <K> the key type
     * @param <S> the tally type
     * @return the top segments
     * @throws IllegalArgumentException if {@code n} is less than 1 or a value is NaN or infinite
     */
    public static <K extends Comparable<? super K>, S extends Tally<S>> TopN<K, S> highest(Segmented<K, S> segmented,
            int n, Function<? super S, OptionalDouble> value) {
        return of(Objects.requireNonNull(segmented, "segmented").segments(), n, value, true);
    }

    /**
     * The {@code n} segments of lowest value, such as the fastest first response.
     *
     * @param segmented the segmented tally
     * @param n how many, at least 1
     * @param value the value of a segment's tally, empty when undefined
     * @param <K> the key type
     * @param <S> the tally type
     * @return the bottom segments, lowest first
     * @throws IllegalArgumentException if {@code n} is less than 1 or a value is NaN or infinite
     */
    public static <K extends Comparable<? super K>, S extends Tally<S>> TopN<K, S> lowest(Segmented<K, S> segmented,
            int n, Function<? super S, OptionalDouble> value) {
        return of(Objects.requireNonNull(segmented, "segmented").segments(), n, value, false);
    }

    /**
     * The {@code n} entries of a sorted map (the segments of a {@link Segmented}, the buckets of a
     * {@link BucketSeries}) of highest or lowest value.
     *
     * @param tallies the tallies by key, in key order
     * @param n how many, at least 1
     * @param value the value of a tally, empty when undefined
     * @param highest true for the highest values first, false for the lowest
     * @param <K> the key type
     * @param <S> the tally type
     * @return the first entries
     * @throws IllegalArgumentException if {@code n} is less than 1 or a value is NaN or infinite
     */
    public static <K, S> TopN<K, S> of(SortedMap<K, ? extends S> tallies, int n,
            Function<? super S, OptionalDouble> value, boolean highest) {
        Objects.requireNonNull(tallies, "tallies");
        Objects.requireNonNull(value, "value");
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1: " + n);
        }
        List<Entry<K, S>> ranked = new ArrayList<>();
        List<K> undefined = new ArrayList<>();
        for (Map.Entry<K, ? extends S> e : tallies.entrySet()) {
            OptionalDouble v = Objects.requireNonNull(value.apply(e.getValue()), "value");
            if (v.isPresent()) {
                ranked.add(new Entry<>(e.getKey(), e.getValue(), v.getAsDouble()));
            } else {
                undefined.add(e.getKey());
            }
        }
        Comparator<Entry<K, S>> byValue = Comparator.comparingDouble(Entry::value);
        ranked.sort(highest ? byValue.reversed() : byValue); // stable: ties stay in key order
        if (ranked.size() <= n) {
            return new TopN<>(ranked, undefined, 0);
        }
        double last = ranked.get(n - 1).value();
        int tied = 0;
        for (int i = n; i < ranked.size() && Double.compare(ranked.get(i).value(), last) == 0; i++) {
            tied++;
        }
        return new TopN<>(ranked.subList(0, n), undefined, tied);
    }

    /**
     * The busiest bucket of a series of counts, such as the busiest day of a daily ticket volume: the bucket in
     * range of the highest count, the earliest among equals.
     *
     * @param series the counts per bucket
     * @return the bucket and its count; empty when no bucket in range counts anything
     */
    public static Optional<Entry<Bucket, Count>> busiest(BucketSeries<Count> series) {
        Objects.requireNonNull(series, "series");
        Entry<Bucket, Count> best = null;
        for (Map.Entry<Bucket, Count> e : series.buckets().entrySet()) {
            long c = e.getValue().value();
            if (c > 0 && (best == null || c > best.tally().value())) {
                best = new Entry<>(e.getKey(), e.getValue(), c);
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * A count as a value to rank by: always defined.
     *
     * @param count the count
     * @return its value
     */
    public static OptionalDouble count(Count count) {
        return OptionalDouble.of(count.value());
    }

    /**
     * The keys of the entries, best first.
     *
     * @return the keys
     */
    public List<K> keys() {
        return entries.stream().map(Entry::key).toList();
    }
}
