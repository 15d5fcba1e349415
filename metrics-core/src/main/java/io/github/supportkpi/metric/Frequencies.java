package io.github.supportkpi.metric;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Counts per key: volume by channel, top categories, top articles. Immutable and thread-safe.
 *
 * <p>{@link #share(Comparable)} gives each key's share of the total as a {@link Ratio};
 * {@link #top(int)} the most frequent keys. Records with no key are counted in {@link #absent()}, and
 * are part of {@link #total()}.
 *
 * @param <K> the key type
 */
public final class Frequencies<K extends Comparable<? super K>> implements Tally<Frequencies<K>> {
    private final SortedMap<K, Long> counts;
    private final long absent;
    private final long total;

    private Frequencies(SortedMap<K, Long> counts, long absent) {
        this.counts = Collections.unmodifiableSortedMap(counts);
        this.absent = absent;
        long sum = absent;
        for (long c : counts.values()) {
            sum = Math.addExact(sum, c);
        }
        this.total = sum;
    }

    /**
     * No counts: the identity of {@link #plus}.
     *
     * @param <K> the key type
     * @return the empty tally
     */
    public static <K extends Comparable<? super K>> Frequencies<K> empty() {
        return new Frequencies<K>(new TreeMap<K, Long>(), 0);
    }

    /**
     * Frequencies from counts.
     *
     * @param counts the count of each key, each positive
     * @param absent the count of records with no key, not negative
     * @param <K> the key type
     * @return the tally
     * @throws IllegalArgumentException if a count is not positive or {@code absent} is negative
     */
    public static <K extends Comparable<? super K>> Frequencies<K> of(Map<K, Long> counts, long absent) {
        TreeMap<K, Long> copy = new TreeMap<>();
        counts.forEach((k, v) -> {
            Objects.requireNonNull(k, "key");
            if (v == null || v <= 0) {
                throw new IllegalArgumentException("count must be positive: " + k + "=" + v);
            }
            copy.put(k, v);
        });
        if (absent < 0) {
            throw new IllegalArgumentException("absent must not be negative: " + absent);
        }
        return new Frequencies<>(copy, absent);
    }

    /**
     * The count of each key seen, in key order.
     *
     * @return an unmodifiable map
     */
    public SortedMap<K, Long> counts() {
        return counts;
    }

    /**
     * The count of one key.
     *
     * @param key the key
     * @return its count; zero if not seen
     */
    public long count(K key) {
        return counts.getOrDefault(key, 0L);
    }

    /**
     * The count of records with no key.
     *
     * @return the keyless count
     */
    public long absent() {
        return absent;
    }

    /**
     * All records counted, with or without a key.
     *
     * @return the total
     */
    public long total() {
        return total;
    }

    /** The total. */
    @Override
    public long sampleSize() {
        return total;
    }

    /**
     * One key's share of all records.
     *
     * @param key the key
     * @return its count over the total; undefined when nothing was counted
     */
    public Ratio share(K key) {
        return new Ratio(count(key), total);
    }

    /**
     * The {@code n} most frequent keys with their counts, most frequent first, ties in key order.
     *
     * @param n how many, not negative
     * @return at most {@code n} entries
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public List<Map.Entry<K, Long>> top(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        List<Map.Entry<K, Long>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<K, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        List<Map.Entry<K, Long>> top = new ArrayList<>();
        for (int i = 0; i < Math.min(n, entries.size()); i++) {
            top.add(Map.entry(entries.get(i).getKey(), entries.get(i).getValue()));
        }
        return Collections.unmodifiableList(top);
    }

    @Override
    public Frequencies<K> plus(Frequencies<K> other) {
        TreeMap<K, Long> merged = new TreeMap<>(counts);
        try {
            other.counts.forEach((k, v) -> merged.merge(k, v, Math::addExact));
        } catch (ClassCastException e) {
            throw new IllegalArgumentException("keys must be of one type to merge: " + keyClass(counts) + " and "
                    + keyClass(other.counts), e);
        }
        return new Frequencies<>(merged, Math.addExact(absent, other.absent));
    }

    static String keyClass(SortedMap<?, ?> map) {
        return map.isEmpty() ? "none" : map.firstKey().getClass().getSimpleName();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Frequencies<?> other && absent == other.absent && counts.equals(other.counts);
    }

    @Override
    public int hashCode() {
        return 31 * counts.hashCode() + Long.hashCode(absent);
    }

    @Override
    public String toString() {
        return "Frequencies" + counts + (absent == 0 ? "" : " absent=" + absent);
    }

    /**
     * A metric counting the records {@code considered} per key; a null key counts as absent.
     *
     * @param id the metric's id
     * @param considered which records count
     * @param key the key of a record, or null
     * @param <T> the record type
     * @param <K> the key type
     * @return the metric
     */
    public static <T, K extends Comparable<? super K>> Metric<T, Frequencies<K>> metric(String id,
            Predicate<? super T> considered, Function<? super T, ? extends K> key) {
        Objects.requireNonNull(considered, "considered");
        Objects.requireNonNull(key, "key");
        return Metric.of(id, empty(), () -> new Accumulator<T, Frequencies<K>>() {
            private final Map<K, long[]> counts = new HashMap<>();
            private long absent;

            @Override
            public void accept(T record) {
                if (!considered.test(record)) {
                    return;
                }
                K k = key.apply(record);
                if (k == null) {
                    absent++;
                    return;
                }
                long[] c = counts.get(k);
                if (c == null) {
                    c = new long[1];
                    counts.put(k, c);
                }
                c[0]++;
            }

            @Override
            public Frequencies<K> tally() {
                TreeMap<K, Long> m = new TreeMap<>();
                counts.forEach((k, c) -> m.put(k, c[0]));
                return new Frequencies<>(m, absent);
            }
        });
    }
}
