package io.github.supportkpi.metric;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.TicketFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Several metrics over the same records, computed in one pass. Itself a {@link Metric}, so a set can be
 * filtered, segmented and collected like any other. Immutable and thread-safe.
 *
 * <p><b>Equality.</b> Two sets are equal when they hold equal metrics in the same order, so the tallies of
 * two separately built but equal sets merge (on two machines, say) and compare equal. Whether two metrics
 * are equal is the metrics' own rule: catalogue metrics ({@link DefinedMetric}) are equal by class, id and
 * definition, so {@code FirstContactResolution.defaults()} built twice gives equal metrics; metrics built
 * with {@link Metric#of}, {@code Ratio.metric(...)} and the like, and filtered or segmented metrics, are
 * equal only to themselves, since their computation cannot be compared: build such a metric once and share
 * it to merge the tallies of sets that hold it.
 *
 * <pre>{@code
 * MetricSet<Ticket> executive = MetricSet.of(fcr, frt, resolutionTime, volume);
 * Tallies<Ticket> t = executive.over(tickets);
 * Ratio fcrTally = t.get(fcr);
 * }</pre>
 *
 * @param <T> the record type
 */
public final class MetricSet<T> implements Metric<T, Tallies<T>> {
    private final List<Metric<T, ?>> metrics;
    private final String id;
    private final Tallies<T> empty;

    private MetricSet(List<Metric<T, ?>> metrics) {
        this.metrics = List.copyOf(metrics);
        StringBuilder b = new StringBuilder();
        Tally<?>[] empties = new Tally<?>[metrics.size()];
        for (int i = 0; i < metrics.size(); i++) {
            Metric<T, ?> m = metrics.get(i);
            for (int j = 0; j < i; j++) {
                if (metrics.get(j).equals(m)) {
                    throw new IllegalArgumentException("metrics must not repeat: " + m.id());
                }
            }
            b.append(i == 0 ? "" : "+").append(m.id());
            empties[i] = m.empty();
        }
        this.id = b.toString();
        this.empty = new Tallies<>(this, empties);
    }

    /**
     * The set of these metrics.
     *
     * @param metrics the metrics, at least one, none repeated
     * @param <T> the record type
     * @return the set
     * @throws IllegalArgumentException if there are none or one repeats
     */
    @SafeVarargs
    public static <T> MetricSet<T> of(Metric<T, ?>... metrics) {
        List<Metric<T, ?>> list = new ArrayList<>(metrics.length);
        for (Metric<T, ?> m : metrics) {
            list.add(m);
        }
        return of(list);
    }

    /**
     * The set of these metrics.
     *
     * @param metrics the metrics, at least one, none repeated
     * @param <T> the record type
     * @return the set
     * @throws IllegalArgumentException if there are none or one repeats
     */
    public static <T> MetricSet<T> of(List<? extends Metric<T, ?>> metrics) {
        Objects.requireNonNull(metrics, "metrics");
        if (metrics.isEmpty()) {
            throw new IllegalArgumentException("metrics must not be empty: []");
        }
        List<Metric<T, ?>> list = new ArrayList<>();
        for (Metric<T, ?> m : metrics) {
            list.add(Objects.requireNonNull(m, "metric"));
        }
        return new MetricSet<>(list);
    }

    /**
     * The metrics of this set, in order.
     *
     * @return an unmodifiable list
     */
    public List<Metric<T, ?>> metrics() {
        return metrics;
    }

    int indexOf(Metric<?, ?> metric) {
        for (int i = 0; i < metrics.size(); i++) {
            if (metrics.get(i).equals(metric)) {
                return i;
            }
        }
        throw new IllegalArgumentException("metric must be one of this set's: " + metric.id() + " is not in " + id);
    }

    /**
     * For a message: when another, unequal set has the same ids, its first metric that differs.
     *
     * @return {@code " (first different metric: a and b; ...)"}, or empty when the ids differ
     */
    String differenceOfSameIds(MetricSet<?> other) {
        if (!id.equals(other.id)) {
            return "";
        }
        for (int i = 0; i < metrics.size(); i++) {
            if (!metrics.get(i).equals(other.metrics.get(i))) {
                return " (first different metric: " + metrics.get(i) + " and " + other.metrics.get(i)
                        + "; a metric built with Metric.of is equal only to itself)";
            }
        }
        return "";
    }

    /** @return the ids of the metrics joined with {@code +} */
    @Override
    public String id() {
        return id;
    }

    /**
     * Each metric's id and definition, in order: {@code MetricSet["fcr.rate"=FirstContactResolution(...),
     * "frt"=FirstResponseTime(...)]}.
     *
     * @throws IllegalStateException if a metric of the set has no definition, naming it
     */
    @Override
    public String definition() {
        StringBuilder b = new StringBuilder("MetricSet[");
        for (int i = 0; i < metrics.size(); i++) {
            Metric<T, ?> m = metrics.get(i);
            b.append(i == 0 ? "" : ", ").append(DefinitionText.of(m.id())).append('=').append(m.definition());
        }
        return b.append(']').toString();
    }

    @Override
    public Tallies<T> empty() {
        return empty;
    }

    @Override
    public Accumulator<T, Tallies<T>> newAccumulator() {
        @SuppressWarnings("unchecked")
        Accumulator<T, ?>[] accs = (Accumulator<T, ?>[]) new Accumulator<?, ?>[metrics.size()];
        for (int i = 0; i < accs.length; i++) {
            accs[i] = metrics.get(i).newAccumulator();
        }
        boolean readsFacts = false;
        for (Accumulator<T, ?> acc : accs) {
            readsFacts |= acc instanceof FactsAccumulator<?>;
        }
        if (readsFacts) {
            @SuppressWarnings("unchecked")
            Accumulator<T, Tallies<T>> facts = (Accumulator<T, Tallies<T>>) (Accumulator<?, ?>) new SharedFacts(accs);
            return facts;
        }
        return new Accumulator<T, Tallies<T>>() {
            @Override
            public void accept(T record) {
                for (Accumulator<T, ?> acc : accs) {
                    acc.accept(record);
                }
            }

            @Override
            public Tallies<T> tally() {
                return tallies(accs);
            }
        };
    }

    private Tallies<T> tallies(Accumulator<?, ?>[] accs) {
        Tally<?>[] tallies = new Tally<?>[accs.length];
        for (int i = 0; i < accs.length; i++) {
            tallies[i] = accs[i].tally();
        }
        return new Tallies<>(this, tallies);
    }

    /**
     * The accumulator of a set of ticket metrics of which some read facts: each ticket's facts are derived
     * once and shared by those; the others get the ticket.
     */
    private final class SharedFacts extends FactsAccumulator<Tallies<T>> {
        private final Accumulator<?, ?>[] all;
        private final FactsAccumulator<?>[] facts;
        private final Accumulator<Ticket, ?>[] others;

        @SuppressWarnings("unchecked")
        SharedFacts(Accumulator<T, ?>[] accs) {
            all = accs;
            int n = 0;
            for (Accumulator<T, ?> acc : accs) {
                n += acc instanceof FactsAccumulator<?> ? 1 : 0;
            }
            facts = new FactsAccumulator<?>[n];
            others = (Accumulator<Ticket, ?>[]) new Accumulator<?, ?>[accs.length - n];
            int f = 0;
            int o = 0;
            for (Accumulator<T, ?> acc : accs) {
                if (acc instanceof FactsAccumulator<?> fa) {
                    facts[f++] = fa;
                } else {
                    others[o++] = (Accumulator<Ticket, ?>) (Accumulator<?, ?>) acc;
                }
            }
        }

        @Override
        public void accept(TicketFacts record) {
            for (FactsAccumulator<?> acc : facts) {
                acc.accept(record);
            }
            if (others.length > 0) {
                Ticket t = record.ticket();
                for (Accumulator<Ticket, ?> acc : others) {
                    acc.accept(t);
                }
            }
        }

        @Override
        public Tallies<T> tally() {
            return tallies(all);
        }
    }

    /**
     * This set with every metric keeping its durations another way ({@link Metric#withSummary}).
     *
     * @param summary how durations are kept
     * @return the set of the metrics {@code withSummary(summary)}, in the same order
     */
    @Override
    public MetricSet<T> withSummary(DurationStats.Summary summary) {
        Objects.requireNonNull(summary, "summary");
        List<Metric<T, ?>> list = new ArrayList<>(metrics.size());
        for (Metric<T, ?> m : metrics) {
            list.add(m.withSummary(summary));
        }
        return new MetricSet<>(list);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MetricSet<?> other && metrics.equals(other.metrics);
    }

    @Override
    public int hashCode() {
        return metrics.hashCode();
    }

    @Override
    public String toString() {
        return "MetricSet[" + id + "]";
    }
}
