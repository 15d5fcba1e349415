package io.github.supportkpi.metric;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A metric's tally per segment of a {@link Dimension}, the tally of the records with no key, and the
 * total. Immutable and thread-safe.
 *
 * <p>The total always equals the merge of every segment and the keyless tally: segments add up to the
 * whole. Merging merges segment by segment.
 *
 * @param <K> the key type
 * @param <S> the tally type
 */
public final class Segmented<K extends Comparable<? super K>, S extends Tally<S>> implements Tally<Segmented<K, S>> {
    private final String dimension;
    private final SortedMap<K, S> segments;
    private final S absent;
    private final S total;
    private final S empty;

    private Segmented(String dimension, SortedMap<K, S> segments, S absent, S empty) {
        this.dimension = dimension;
        this.segments = Collections.unmodifiableSortedMap(segments);
        this.absent = absent;
        this.empty = empty;
        S sum = absent;
        for (S s : segments.values()) {
            sum = sum.plus(s);
        }
        this.total = sum;
    }

    /**
     * The empty segmented tally of a dimension.
     *
     * @param dimension the dimension's name
     * @param empty the underlying metric's empty tally
     * @param <K> the key type
     * @param <S> the tally type
     * @return a tally with no segments
     */
    public static <K extends Comparable<? super K>, S extends Tally<S>> Segmented<K, S> empty(String dimension, S empty) {
        return new Segmented<K, S>(Objects.requireNonNull(dimension, "dimension"), new TreeMap<K, S>(), empty, empty);
    }

    /**
     * The name of the dimension.
     *
     * @return the name, such as {@code channel}
     */
    public String dimension() {
        return dimension;
    }

    /**
     * The tally of each key seen, in key order.
     *
     * @return an unmodifiable map
     */
    public SortedMap<K, S> segments() {
        return segments;
    }

    /**
     * The tally of one segment.
     *
     * @param key the key
     * @return its tally; the empty tally if the key was not seen
     */
    public S get(K key) {
        S s = segments.get(key);
        return s == null ? empty : s;
    }

    /**
     * The tally of the records that had no key for the dimension.
     *
     * @return the keyless tally
     */
    public S absent() {
        return absent;
    }

    /**
     * The tally of all records: the merge of every segment and the keyless tally.
     *
     * @return the total
     */
    public S total() {
        return total;
    }

    @Override
    public Segmented<K, S> plus(Segmented<K, S> other) {
        if (!dimension.equals(other.dimension)) {
            throw new IllegalArgumentException(
                    "dimension must match to merge: " + dimension + " and " + other.dimension);
        }
        TreeMap<K, S> merged = new TreeMap<>(segments);
        other.segments.forEach((k, s) -> merged.merge(k, s, Tally::plus));
        return new Segmented<>(dimension, merged, absent.plus(other.absent), empty);
    }

    /** The total's sample size. */
    @Override
    public long sampleSize() {
        return total.sampleSize();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Segmented<?, ?> other && dimension.equals(other.dimension)
                && segments.equals(other.segments) && absent.equals(other.absent);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dimension, segments, absent);
    }

    @Override
    public String toString() {
        return "Segmented[" + dimension + ": " + segments + ", absent=" + absent + ", total=" + total + "]";
    }

    static <T, K extends Comparable<? super K>, S extends Tally<S>> Metric<T, Segmented<K, S>> metric(
            Metric<T, S> metric, Dimension<? super T, K> dimension) {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(dimension, "dimension");
        S empty = metric.empty();
        return Metric.of(metric.id(), empty(dimension.name(), empty), () -> new Accumulator<T, Segmented<K, S>>() {
            private final Map<K, Accumulator<T, S>> bySegment = new HashMap<>();
            private final Accumulator<T, S> absent = metric.newAccumulator();

            @Override
            public void accept(T record) {
                K key = dimension.key().apply(record);
                if (key == null) {
                    absent.accept(record);
                    return;
                }
                Accumulator<T, S> acc = bySegment.get(key);
                if (acc == null) {
                    acc = metric.newAccumulator();
                    bySegment.put(key, acc);
                }
                acc.accept(record);
            }

            @Override
            public Segmented<K, S> tally() {
                TreeMap<K, S> tallies = new TreeMap<>();
                bySegment.forEach((k, acc) -> tallies.put(k, acc.tally()));
                return new Segmented<>(dimension.name(), tallies, absent.tally(), empty);
            }
        });
    }
}
