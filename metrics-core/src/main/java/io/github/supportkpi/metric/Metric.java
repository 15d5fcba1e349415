package io.github.supportkpi.metric;

import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collector;
import java.util.stream.Stream;

/**
 * A metric: a definition that turns records of type {@code T} into a mergeable {@link Tally}.
 *
 * <p>Use it record by record ({@link #newAccumulator()}), over an {@link Iterable} ({@link #over(Iterable)}),
 * or over a {@link Stream}, sequential or parallel ({@link #collector()}). Compose it: {@link #filter}
 * keeps only some records, {@link #by} segments by a {@link Dimension}, and {@link MetricSet} runs several
 * metrics in one pass.
 *
 * <p>Implementations are immutable and thread-safe; each accumulator is confined to one thread.
 *
 * <pre>{@code
 * Metric<Ticket, Ratio> fcr = FirstContactResolution.of(FcrDefinition.DEFAULT);
 * Ratio whole = fcr.over(tickets);
 * Segmented<Channel, Ratio> byChannel = fcr.by(TicketDimensions.CHANNEL).over(tickets);
 * }</pre>
 *
 * @param <T> the record type
 * @param <S> the tally type
 */
public interface Metric<T, S extends Tally<S>> {
    /**
     * The metric's id: lowercase words of letters and digits separated by dots, never underscores
     * ({@code [a-z0-9]+(\.[a-z0-9]+)*}), such as {@code fcr.rate}, {@code tickets.solved.per.hour} or
     * {@code frt}. Every catalogue metric follows this rule; metrics of your own should too.
     *
     * @return the id
     */
    String id();

    /**
     * The tally of no records: the identity of {@link Tally#plus}.
     *
     * @return the empty tally
     */
    S empty();

    /**
     * A new, empty accumulator.
     *
     * @return an accumulator confined to the calling thread
     */
    Accumulator<T, S> newAccumulator();

    /**
     * The tally of all the records.
     *
     * @param records the records
     * @return their tally
     * @throws IllegalArgumentException if a record is invalid for this metric
     */
    default S over(Iterable<? extends T> records) {
        Objects.requireNonNull(records, "records");
        Accumulator<T, S> acc = newAccumulator();
        for (T r : records) {
            acc.accept(r);
        }
        return acc.tally();
    }

    /**
     * The tally of all the records of a stream, which may be parallel.
     *
     * @param records the records
     * @return their tally
     */
    default S over(Stream<? extends T> records) {
        return records.collect(collector());
    }

    /**
     * A collector that tallies a stream, sequential or parallel; unordered, since no tally depends on order.
     *
     * @return the collector
     */
    default Collector<T, ?, S> collector() {
        return Partial.collector(this);
    }

    /**
     * This metric over only the records that match.
     *
     * @param keep which records to keep
     * @return the filtered metric, with the same id
     */
    default Metric<T, S> filter(Predicate<? super T> keep) {
        Objects.requireNonNull(keep, "keep");
        Metric<T, S> self = this;
        return of(id(), empty(), () -> {
            Accumulator<T, S> inner = self.newAccumulator();
            return new Accumulator<T, S>() {
                @Override
                public void accept(T record) {
                    if (keep.test(record)) {
                        inner.accept(record);
                    }
                }

                @Override
                public S tally() {
                    return inner.tally();
                }
            };
        });
    }

    /**
     * This metric segmented by a dimension: one tally per key, one for records with no key, and their total.
     *
     * @param dimension the dimension
     * @param <K> the key type
     * @return the segmented metric, with the same id
     */
    default <K extends Comparable<? super K>> Metric<T, Segmented<K, S>> by(Dimension<? super T, K> dimension) {
        return Segmented.metric(this, dimension);
    }

    /**
     * A metric from its parts, for metrics of your own.
     *
     * @param id the id
     * @param empty the empty tally
     * @param accumulators makes new accumulators
     * @param <T> the record type
     * @param <S> the tally type
     * @return the metric
     */
    static <T, S extends Tally<S>> Metric<T, S> of(String id, S empty, Supplier<? extends Accumulator<T, S>> accumulators) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(empty, "empty");
        Objects.requireNonNull(accumulators, "accumulators");
        return new Metric<>() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public S empty() {
                return empty;
            }

            @Override
            public Accumulator<T, S> newAccumulator() {
                return accumulators.get();
            }

            @Override
            public String toString() {
                return "Metric[" + id + "]";
            }
        };
    }
}
