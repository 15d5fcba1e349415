package io.github.supportkpi.metric;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The tallies of a {@link MetricSet}, one per metric. Immutable and thread-safe.
 *
 * <p>Tallies of {@link MetricSet#equals equal} sets merge and compare by value, even when the sets were
 * built separately; tallies of different sets are refused.
 *
 * @param <T> the record type
 */
public final class Tallies<T> implements Tally<Tallies<T>> {
    private final MetricSet<T> set;
    private final Tally<?>[] tallies;

    Tallies(MetricSet<T> set, Tally<?>[] tallies) {
        this.set = set;
        this.tallies = tallies;
    }

    /**
     * The tallies of a set from their parts, such as tallies read back from storage: the inverse of
     * {@link #set()} and {@link #list()}.
     *
     * @param set the metric set
     * @param tallies one tally per metric of the set, in its order, each of the type of that metric's empty
     *     tally
     * @param <T> the record type
     * @return the tallies
     * @throws IllegalArgumentException if the number of tallies or the type of one does not match the set,
     *     naming the metric
     */
    public static <T> Tallies<T> of(MetricSet<T> set, List<? extends Tally<?>> tallies) {
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(tallies, "tallies");
        List<Metric<T, ?>> metrics = set.metrics();
        if (tallies.size() != metrics.size()) {
            throw new IllegalArgumentException("tallies must be one per metric of " + set.id() + ": " + metrics.size()
                    + " metrics, " + tallies.size() + " tallies");
        }
        Tally<?>[] array = new Tally<?>[tallies.size()];
        for (int i = 0; i < array.length; i++) {
            Tally<?> t = Objects.requireNonNull(tallies.get(i), "tally");
            Class<?> expected = metrics.get(i).empty().getClass();
            if (t.getClass() != expected) {
                throw new IllegalArgumentException("tally of " + metrics.get(i).id() + " must be a "
                        + expected.getSimpleName() + ": " + t.getClass().getSimpleName());
            }
            array[i] = t;
        }
        return new Tallies<>(set, array);
    }

    /**
     * The metric set these are the tallies of.
     *
     * @return the set
     */
    public MetricSet<T> set() {
        return set;
    }

    /**
     * Every tally, in the order of the set's metrics.
     *
     * @return an unmodifiable list
     */
    public List<Tally<?>> list() {
        return List.of(tallies);
    }

    /**
     * The tally of one metric of the set.
     *
     * @param metric a metric of the set
     * @param <S> its tally type
     * @return its tally
     * @throws IllegalArgumentException if the metric is not in the set
     */
    @SuppressWarnings("unchecked")
    public <S extends Tally<S>> S get(Metric<T, S> metric) {
        return (S) tallies[set.indexOf(metric)];
    }

    /**
     * Every tally by metric id, in the set's order.
     *
     * @return an unmodifiable view, for printing
     */
    public Map<String, Tally<?>> byId() {
        Map<String, Tally<?>> m = new LinkedHashMap<>();
        for (int i = 0; i < tallies.length; i++) {
            m.put(set.metrics().get(i).id(), tallies[i]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * Merges metric by metric.
     *
     * @param other the tallies of an equal metric set
     * @return the merged tallies
     * @throws IllegalArgumentException if the sets are not equal, naming both sets' ids
     */
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Tallies<T> plus(Tallies<T> other) {
        if (!set.equals(other.set)) {
            throw new IllegalArgumentException("tallies must come from equal metric sets to merge: " + set.id()
                    + " and " + other.set.id() + set.differenceOfSameIds(other.set));
        }
        Tally<?>[] merged = new Tally<?>[tallies.length];
        for (int i = 0; i < tallies.length; i++) {
            merged[i] = ((Tally) tallies[i]).plus(other.tallies[i]);
        }
        return new Tallies<>(set, merged);
    }

    /** The largest sample size among the metrics. */
    @Override
    public long sampleSize() {
        long max = 0;
        for (Tally<?> t : tallies) {
            max = Math.max(max, t.sampleSize());
        }
        return max;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tallies<?> other && set.equals(other.set) && Arrays.equals(tallies, other.tallies);
    }

    @Override
    public int hashCode() {
        return 31 * set.hashCode() + Arrays.hashCode(tallies);
    }

    @Override
    public String toString() {
        return "Tallies" + byId();
    }
}
