package io.github.supportkpi.metric;

import io.github.supportkpi.domain.TicketTable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
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
 * metrics in one pass. A metric declares the instant that buckets its records in a trend by default
 * ({@link #bucketInstant()}); {@link BucketSeries} tallies it per bucket of time.
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
     * The canonical text of everything that decides this metric's tallies besides its {@link #id()}: its
     * kind and every knob of its definition (calendars, SLA policies, status sets, thresholds, the
     * {@link DurationStats.Summary summary} mode ...), written by {@link DefinitionText}. One readable line,
     * equal for equal definitions built separately (in another JVM run, on another machine) and different
     * when a knob differs; stored tallies carry it, or a hash of it, to tell which definition made them.
     * <ul>
     *   <li>A catalogue metric ({@link DefinedMetric}) gives its class's simple name and its definition's
     *       text: {@code FirstResponseTime(ResponseDefinition[includeBots=false, ...])}.</li>
     *   <li>{@link #filter(String, Predicate)} adds the filter's name, {@link #by} the dimension's,
     *       {@link BucketSeries#metric} the instant and range of the buckets; {@link #withBucketInstant}
     *       keeps the definition (the instant does not change the metric's tallies); a {@link MetricSet}
     *       gives each metric's id and definition, in order.</li>
     *   <li>A metric of your own overrides this method, or is built with
     *       {@link #of(String, Object, Tally, Supplier)}.</li>
     * </ul>
     *
     * @return the definition's canonical text
     * @throws IllegalStateException if the metric declares no definition (built with
     *     {@link #of(String, Tally, Supplier)}, or a class of your own that does not override this method), or
     *     a part of its definition has no stable name (a filter without a name, an unnamed lambda in a
     *     definition); the message names the metric and the part, and how to name it
     */
    default String definition() {
        throw new IllegalStateException("metric " + id() + " declares no definition: override definition(), or"
                + " build it with Metric.of(id, definition, empty, accumulators)");
    }

    /**
     * The instant that puts a record of this metric in a time bucket by default: what a trend of the metric
     * is bucketed by when it is given no instant, such as a ticket's resolution for resolution time.
     * <ul>
     *   <li>Each catalogue metric of tickets declares one (a {@code TicketInstant}); metrics of interactions
     *       and survey responses declare the record's {@code at}.</li>
     *   <li>Empty when the metric declares none, as {@link #of} metrics do unless given one with
     *       {@link #withBucketInstant}.</li>
     *   <li>{@link #filter} and {@link #by} keep it.</li>
     * </ul>
     *
     * @return the instant of a record (null for a record that has none), or empty when none is declared
     */
    default Optional<Function<? super T, Instant>> bucketInstant() {
        return Optional.empty();
    }

    /**
     * This metric, declaring the instant that puts a record in a time bucket by default. The instant does not
     * change the metric's tallies, so the {@link #definition()} stays this metric's; a {@link BucketSeries}
     * bucketed by it names it when it is an enum (a {@code TicketInstant}), a record or a {@link Definable},
     * and refuses a lambda other than this metric's own declared instant.
     *
     * @param instant the instant of a record, or null when it has none, such as {@code TicketInstant.RESOLVED}
     * @return a metric with the same id, empty tally, accumulators and definition, whose {@link #bucketInstant()}
     *     is {@code instant}
     */
    default Metric<T, S> withBucketInstant(Function<? super T, Instant> instant) {
        Objects.requireNonNull(instant, "instant");
        boolean stated = bucketInstant().filter(i -> i == instant).isPresent() && DefinitionText.statesBucketInstant(this);
        return declaring(this, instant, stated);
    }

    /**
     * A metric whose bucket instant is {@code instant}, the rest {@code self}'s; {@code stated} tells whether
     * the instant follows from the definition (it is {@code self}'s own, or its source's).
     */
    private static <T, S extends Tally<S>> Metric<T, S> declaring(Metric<T, S> self,
            Function<? super T, Instant> instant, boolean stated) {
        Optional<Function<? super T, Instant>> declared = Optional.of(instant);
        final class Rebucketed implements Metric<T, S>, DefinitionText.Derived {
            @Override
            public String id() {
                return self.id();
            }

            @Override
            public S empty() {
                return self.empty();
            }

            @Override
            public Accumulator<T, S> newAccumulator() {
                return self.newAccumulator();
            }

            @Override
            public Optional<Function<? super T, Instant>> bucketInstant() {
                return declared;
            }

            /** The definition of the metric it declares an instant for: the instant does not change tallies. */
            @Override
            public String definition() {
                return self.definition();
            }

            @Override
            public boolean statesBucketInstant() {
                return stated;
            }

            @Override
            public Metric<T, S> withSummary(DurationStats.Summary summary) {
                return declaring(self.withSummary(summary), instant, stated);
            }

            @Override
            public String toString() {
                return "Metric[" + self.id() + "]";
            }
        }
        return new Rebucketed();
    }

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
        if (records instanceof TicketTable table) {
            Partial.rows(table, 0, table.size(), acc);
        } else {
            for (T r : records) {
                acc.accept(r);
            }
        }
        return acc.tally();
    }

    /**
     * The tally of all the records, the work split between threads: each thread tallies a contiguous part
     * with its own accumulator, and the parts' tallies are merged. The result equals {@link #over(Iterable)}
     * (tallies do not depend on order), and the memory used is that of one tally per thread, not per record.
     * A {@link TicketTable} is split by rows and read from its columns. Each part beyond the first runs in a
     * new thread, so this pays from some ten thousand records up.
     *
     * @param records the records; not changed while the pass runs
     * @param threads how many threads to use, at least 1 (1 runs in the calling thread)
     * @return their tally
     * @throws IllegalArgumentException if {@code threads} is less than 1, or a record is invalid (the first
     *     failing part's exception is rethrown)
     */
    default S over(List<? extends T> records, int threads) {
        return Partial.parallel(this, records, threads);
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
     * A tally of this metric made from pre-aggregated counts rather than from records, such as a row of an
     * export per agent and month ({@code offered 120, abandoned 10}): checked to be of this metric's shape, so
     * that it merges with the tallies this metric makes of records and is stored as this metric's
     * ({@code TallyFormat.toBytes(metric, tally)}, {@link Tallies#of}, {@link Segmented#of}).
     *
     * <pre>{@code
     * AbandonmentRate abandonment = AbandonmentRate.defaults();
     * Ratio march = abandonment.counted(Ratio.of(10, 120))          // abandoned of offered, counted upstream
     *         .plus(abandonment.over(aprilCalls));                  // merges with a record-level tally
     * }</pre>
     *
     * Which counts make which tally is the tally family's: the numerator and denominator of a {@link Ratio}
     * (each metric's javadoc says what it counts), the sum and count of a {@link Mean}, a {@link Count}, the
     * keys' counts of {@link Frequencies}; for a {@link DurationStats}, a count and a sum
     * ({@link DurationStats#ofTotals}: the mean is exact, the percentiles unknown, and a merge with it keeps
     * the mean alone), a sketch's bucket counts ({@link DurationStats#ofSketch}) or the values
     * ({@link DurationStats#ofNanos}); and so on. The counts must follow this metric's definition
     * (abandons under the short-abandon threshold left out, say): the check sees the tally's shape, not how
     * it was counted.
     *
     * @param tally the tally made from counts
     * @return {@code empty().plus(tally)}: equal to {@code tally}, except that a metric keeping durations as a
     *     {@link DurationStats.Summary#SKETCH sketch} gives the sketch of exact values
     * @throws IllegalArgumentException if the tally is not of the type of this metric's tallies, or does not
     *     merge with them (a repeat-contact history of another window, a {@link Segmented} of another
     *     dimension, a {@link BucketSeries} of another range, the {@link Tallies} of another set), naming this
     *     metric
     */
    default S counted(S tally) {
        Objects.requireNonNull(tally, "tally");
        S empty = empty();
        if (empty.getClass() != tally.getClass()) {
            throw new IllegalArgumentException("tally of " + id() + " must be a " + empty.getClass().getSimpleName()
                    + ": " + tally.getClass().getSimpleName());
        }
        try {
            return empty.plus(tally);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("tally must merge with " + id() + "'s: " + e.getMessage(), e);
        }
    }

    /**
     * A lenient pass of this metric: a record it cannot use (its accumulator refuses it with an
     * {@link IllegalArgumentException}) is counted in a {@link io.github.supportkpi.domain.DataQuality} under
     * this metric's id and the refusal's rule, and the pass goes on. See {@link Screening}; {@link #over} and
     * the other passes of the metric itself are strict.
     *
     * @param examplesPerReason how many examples to keep per reason, not negative
     * @return the lenient pass
     * @throws IllegalArgumentException if {@code examplesPerReason} is negative
     */
    default Screening<T, S> lenient(int examplesPerReason) {
        return Screening.lenient(this, examplesPerReason);
    }

    /**
     * A strict pass of this metric: as {@link #over}, and the first record it cannot use ends the pass with an
     * {@link IllegalArgumentException} naming this metric and the record ({@link Screening#locate}), the
     * metric's refusal as its cause; the result carries a report of every record kept.
     *
     * @return the strict pass
     */
    default Screening<T, S> strict() {
        return Screening.strict(this);
    }

    /**
     * This metric over only the records that match. The filter has no name, so the metric has no
     * {@link #definition()}: name the filter with {@link #filter(String, Predicate)} to store its tallies.
     *
     * @param keep which records to keep
     * @return the filtered metric, with the same id and {@link #bucketInstant()}; its {@link #definition()}
     *     throws {@link IllegalStateException}
     */
    default Metric<T, S> filter(Predicate<? super T> keep) {
        return filtered(this, keep, source -> {
            throw new IllegalStateException("metric " + source.id() + " is filtered by a predicate without a name:"
                    + " use filter(name, keep)");
        });
    }

    /**
     * This metric over only the records that match, the filter named: the name enters the
     * {@link #definition()}, {@code <this metric's definition> filtered by "<name>"}, so give different filters
     * different names.
     *
     * @param name what the filter keeps, such as {@code "enterprise customers"}; not blank
     * @param keep which records to keep
     * @return the filtered metric, with the same id and {@link #bucketInstant()}
     * @throws IllegalArgumentException if {@code name} is blank
     */
    default Metric<T, S> filter(String name, Predicate<? super T> keep) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("filter name must not be blank: \"" + name + "\"");
        }
        String quoted = DefinitionText.of(name);
        return filtered(this, keep, source -> source.definition() + " filtered by " + quoted);
    }

    /** {@code self} over the records that {@code keep} keeps; {@code definition} gives its text from {@code self}. */
    private static <T, S extends Tally<S>> Metric<T, S> filtered(Metric<T, S> self, Predicate<? super T> keep,
            Function<Metric<T, S>, String> definition) {
        Objects.requireNonNull(keep, "keep");
        Supplier<String> text = () -> definition.apply(self);
        return rebuiltBy(self.keepingBucketInstant(DefinitionText.metric(self.id(), text, self.empty(), () -> {
            Accumulator<T, S> inner = self.newAccumulator();
            if (inner instanceof FactsAccumulator<?>) {
                return Partial.filterFacts(inner, keep);
            }
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
        })), summary -> filtered(self.withSummary(summary), keep, definition));
    }

    /**
     * This metric segmented by a dimension: one tally per key, one for records with no key, and their total.
     *
     * @param dimension the dimension
     * @param <K> the key type
     * @return the segmented metric, with the same id and {@link #bucketInstant()}
     */
    default <K extends Comparable<? super K>> Metric<T, Segmented<K, S>> by(Dimension<? super T, K> dimension) {
        return rebuiltBy(keepingBucketInstant(Segmented.metric(this, dimension)),
                summary -> withSummary(summary).by(dimension));
    }

    /**
     * This metric keeping its durations another way: {@link DurationStats.Summary#EXACT} (every value) or
     * {@link DurationStats.Summary#SKETCH} (a mergeable histogram of fixed memory, percentiles within
     * {@link DurationStats#SKETCH_RELATIVE_ERROR}). The catalogue's duration metrics return the metric under
     * their definition {@code withSummary(summary)}; a filtered, segmented or re-bucketed metric and a
     * {@link MetricSet} pass the choice on to the metrics they are built on; a metric without durations,
     * or built with {@link #of}, returns itself.
     *
     * @param summary how durations are kept
     * @return the metric keeping durations that way
     */
    default Metric<T, S> withSummary(DurationStats.Summary summary) {
        Objects.requireNonNull(summary, "summary");
        return this;
    }

    /** A derived metric whose {@link #withSummary} derives it anew from its source in that summary mode. */
    private static <T, R extends Tally<R>> Metric<T, R> rebuiltBy(Metric<T, R> derived,
            Function<DurationStats.Summary, Metric<T, R>> rebuild) {
        final class Rebuilt implements Metric<T, R>, DefinitionText.Derived {
            @Override
            public String id() {
                return derived.id();
            }

            @Override
            public R empty() {
                return derived.empty();
            }

            @Override
            public Accumulator<T, R> newAccumulator() {
                return derived.newAccumulator();
            }

            @Override
            public Optional<Function<? super T, Instant>> bucketInstant() {
                return derived.bucketInstant();
            }

            @Override
            public String definition() {
                return derived.definition();
            }

            @Override
            public boolean statesBucketInstant() {
                return DefinitionText.statesBucketInstant(derived);
            }

            @Override
            public Metric<T, R> withSummary(DurationStats.Summary summary) {
                return rebuild.apply(Objects.requireNonNull(summary, "summary"));
            }

            @Override
            public String toString() {
                return derived.toString();
            }
        }
        return new Rebuilt();
    }

    /** A metric derived from this one, declaring this one's bucket instant if it declares one. */
    private <R extends Tally<R>> Metric<T, R> keepingBucketInstant(Metric<T, R> derived) {
        Optional<Function<? super T, Instant>> instant = bucketInstant();
        return instant.isPresent() ? declaring(derived, instant.get(), DefinitionText.statesBucketInstant(this))
                : derived;
    }

    /**
     * A metric from its parts, for metrics of your own, with its definition: what decides its tallies,
     * written as canonical text by {@link DefinitionText#of} (a {@link String} is taken as it is), which
     * {@link #definition()} returns.
     *
     * <pre>{@code
     * record TierShare(String tier, Duration window) {}
     * Metric<Ticket, Ratio> m = Metric.of("tier.share", new TierShare("gold", Duration.ofDays(7)), Ratio.EMPTY,
     *         () -> ...);
     * m.definition(); // TierShare[tier="gold", window=PT168H]
     * }</pre>
     *
     * @param id the id
     * @param definition everything that decides the tallies besides the id: a record, an enum, a
     *     {@link Definable}, a {@link String}, or any value {@link DefinitionText#of} takes
     * @param empty the empty tally
     * @param accumulators makes new accumulators
     * @param <T> the record type
     * @param <S> the tally type
     * @return the metric
     * @throws IllegalArgumentException if a part of the definition has no stable name (a lambda, a class that
     *     is not a record, an enum or a {@link Definable}), naming the part
     */
    static <T, S extends Tally<S>> Metric<T, S> of(String id, Object definition, S empty,
            Supplier<? extends Accumulator<T, S>> accumulators) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(empty, "empty");
        Objects.requireNonNull(accumulators, "accumulators");
        String text;
        try {
            text = definition instanceof String s ? s : DefinitionText.of(definition);
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException("metric " + id + ": " + e.getMessage(), e);
        }
        return DefinitionText.metric(id, () -> text, empty, accumulators);
    }

    /**
     * A metric from its parts, for metrics of your own, without a definition: its {@link #definition()} throws,
     * so its tallies cannot be stored with their definition. Prefer
     * {@link #of(String, Object, Tally, Supplier)}.
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
        return DefinitionText.metric(id, () -> {
            throw new IllegalStateException("metric " + id + " declares no definition: override definition(), or"
                    + " build it with Metric.of(id, definition, empty, accumulators)");
        }, empty, accumulators);
    }
}
