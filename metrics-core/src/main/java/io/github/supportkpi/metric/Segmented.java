package io.github.supportkpi.metric;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.TicketFacts;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

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
     * A segmented tally from its parts, such as tallies read back from storage: the inverse of
     * {@link #dimension()}, {@link #segments()} and {@link #absent()}. The total is their merge.
     *
     * @param dimension the dimension's name
     * @param empty the underlying metric's empty tally, the value of a key not seen
     * @param segments the tally of each key
     * @param absent the tally of the records with no key
     * @param <K> the key type
     * @param <S> the tally type
     * @return the segmented tally
     * @throws NullPointerException if a part, a key or a tally is null
     * @throws ArithmeticException if merging the parts into the total overflows
     */
    public static <K extends Comparable<? super K>, S extends Tally<S>> Segmented<K, S> of(String dimension, S empty,
            Map<? extends K, ? extends S> segments, S absent) {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(empty, "empty");
        Objects.requireNonNull(segments, "segments");
        Objects.requireNonNull(absent, "absent");
        TreeMap<K, S> copy = new TreeMap<>();
        segments.forEach((k, s) -> copy.put(Objects.requireNonNull(k, "segment key"), Objects.requireNonNull(s, "segment tally")));
        return new Segmented<>(dimension, copy, absent, empty);
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
        try {
            other.segments.forEach((k, s) -> merged.merge(k, s, Tally::plus));
        } catch (ClassCastException e) {
            throw new IllegalArgumentException("segment keys must be of one type to merge, by " + dimension + ": "
                    + Frequencies.keyClass(segments) + " and " + Frequencies.keyClass(other.segments), e);
        }
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

    /**
     * A metric segmented by a dimension; its definition is the metric's and the dimension's,
     * {@code <definition> by Dimension["channel"]}.
     */
    static <T, K extends Comparable<? super K>, S extends Tally<S>> Metric<T, Segmented<K, S>> metric(
            Metric<T, S> metric, Dimension<? super T, K> dimension) {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(dimension, "dimension");
        S empty = metric.empty();
        return DefinitionText.metric(metric.id(),
                () -> metric.definition() + " by " + DefinitionText.of(metric.id(), dimension),
                empty(dimension.name(), empty), () -> {
            Accumulator<T, S> absent = metric.newAccumulator();
            if (absent instanceof FactsAccumulator<?>) {
                @SuppressWarnings("unchecked")
                Accumulator<T, Segmented<K, S>> facts = (Accumulator<T, Segmented<K, S>>) (Accumulator<?, ?>)
                        new FactsSegments<>(metric, dimension, (Accumulator<Ticket, S>) (Accumulator<?, ?>) absent, empty);
                return facts;
            }
            return new Accumulator<T, Segmented<K, S>>() {
                private final Map<K, Accumulator<T, S>> bySegment = new HashMap<>();

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
            };
        });
    }

    /**
     * The segments of a metric that reads ticket facts: the key from the facts where the dimension allows
     * (by ordinal for an enum key), the facts passed on to the segment's accumulator.
     */
    private static final class FactsSegments<K extends Comparable<? super K>, S extends Tally<S>>
            extends FactsAccumulator<Segmented<K, S>> {
        private final Metric<Ticket, S> metric;
        private final String dimension;
        private final Function<? super Ticket, ? extends K> key;
        private final TicketDimensions.FactsKey<K> factsKey;
        private final Accumulator<Ticket, S>[] byOrdinal;
        private final Map<K, Accumulator<Ticket, S>> bySegment = new HashMap<>();
        private final Accumulator<Ticket, S> absent;
        private final S empty;
        private final Object[] recentKeys = new Object[8];
        private final Accumulator<Ticket, S>[] recentAccs;
        private int next;

        @SuppressWarnings("unchecked")
        FactsSegments(Metric<?, S> metric, Dimension<?, K> dimension, Accumulator<Ticket, S> absent, S empty) {
            this.metric = (Metric<Ticket, S>) metric;
            this.dimension = dimension.name();
            this.key = (Function<? super Ticket, ? extends K>) dimension.key();
            this.factsKey = key instanceof TicketDimensions.FactsKey<?> fk ? (TicketDimensions.FactsKey<K>) fk : null;
            this.byOrdinal = factsKey != null && factsKey.values != null
                    ? (Accumulator<Ticket, S>[]) new Accumulator<?, ?>[factsKey.values.length] : null;
            this.absent = absent;
            this.empty = empty;
            this.recentAccs = (Accumulator<Ticket, S>[]) new Accumulator<?, ?>[recentKeys.length];
        }

        @Override
        public void accept(TicketFacts f) {
            K k = factsKey != null ? factsKey.of(f) : key.apply(f.ticket());
            Accumulator<Ticket, S> acc;
            if (k == null) {
                acc = absent;
            } else if (byOrdinal != null) {
                int i = ((Enum<?>) k).ordinal();
                acc = byOrdinal[i];
                if (acc == null) {
                    acc = metric.newAccumulator();
                    byOrdinal[i] = acc;
                }
            } else {
                acc = recent(k);
            }
            FactsAccumulator.feed(acc, f);
        }

        /** The accumulator of a key: the same key object seen lately is found by identity, else by the map. */
        private Accumulator<Ticket, S> recent(K k) {
            for (int i = 0; i < recentKeys.length; i++) {
                if (recentKeys[i] == k) {
                    return recentAccs[i];
                }
            }
            Accumulator<Ticket, S> acc = bySegment.get(k);
            if (acc == null) {
                acc = metric.newAccumulator();
                bySegment.put(k, acc);
            }
            recentKeys[next] = k;
            recentAccs[next] = acc;
            next = (next + 1) % recentKeys.length;
            return acc;
        }

        @Override
        public Segmented<K, S> tally() {
            TreeMap<K, S> tallies = new TreeMap<>();
            if (byOrdinal != null) {
                for (int i = 0; i < byOrdinal.length; i++) {
                    if (byOrdinal[i] != null) {
                        tallies.put(factsKey.values[i], byOrdinal[i].tally());
                    }
                }
            }
            bySegment.forEach((k, acc) -> tallies.put(k, acc.tally()));
            return new Segmented<>(dimension, tallies, absent.tally(), empty);
        }
    }
}
