package io.github.supportkpi.metric;

import io.github.supportkpi.time.Bucket;
import io.github.supportkpi.time.BucketRange;
import io.github.supportkpi.time.Granularity;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A metric's tally in every bucket of a {@link BucketRange}, in order, with the records outside the range and
 * those with no instant counted apart. Immutable and thread-safe; a mergeable {@link Tally} equal by value,
 * so a series is built in one pass like any metric, split anywhere and merged.
 *
 * <p>{@code total = merge(every bucket) + outOfRange + absent}.
 * <ul>
 *   <li><b>Every bucket is present.</b> {@link #buckets()} holds every bucket of the range; a bucket no
 *       record falls in holds the metric's empty tally, so its value is undefined (a count's is zero), not
 *       missing.</li>
 *   <li><b>The range is {@code [from, to)}.</b> A record is in a bucket when its instant is in the range;
 *       the first and last buckets may be partial when {@code from} or {@code to} is not on a bucket
 *       boundary (records of such a bucket outside the range are out of range). Align the range on the
 *       buckets for whole periods.</li>
 *   <li><b>Nothing is dropped.</b> Records whose instant is outside the range go to {@link #outOfRange()};
 *       records with no instant (an unresolved ticket bucketed by resolution) go to {@link #absent()}.</li>
 *   <li>An empty range ({@code from == to}) has no bucket: every record is out of range or absent.</li>
 *   <li>{@link #plus} merges bucket by bucket, and only series of the same range, granularity and zone;
 *       {@link #rollUp} gives exactly the series built with a coarser granularity.</li>
 * </ul>
 *
 * <pre>{@code
 * BucketSeries<Count> perDay = BucketSeries.metric(TicketVolume.defaults(), Ticket::created,
 *         from, to, Granularity.DAY, zone).over(tickets);
 * BucketSeries<Count> perWeek = perDay.rollUp(Granularity.WEEK);
 * perWeek.buckets().forEach((week, count) -> System.out.println(week + " " + count)); // 2024-W09 42
 * }</pre>
 *
 * @param <S> the tally type of the metric
 */
public final class BucketSeries<S extends Tally<S>> implements Tally<BucketSeries<S>> {
    private final BucketRange range;
    private final List<S> tallies;
    private final SortedMap<Bucket, S> buckets;
    private final S outOfRange;
    private final S absent;
    private final S empty;
    private final S inRange;
    private final S total;

    private BucketSeries(BucketRange range, List<S> tallies, S outOfRange, S absent, S empty) {
        this.range = range;
        this.tallies = Collections.unmodifiableList(tallies);
        TreeMap<Bucket, S> map = new TreeMap<>();
        S sum = empty;
        for (int i = 0; i < tallies.size(); i++) {
            S s = tallies.get(i);
            map.put(range.buckets().get(i), s);
            sum = sum.plus(s);
        }
        this.buckets = Collections.unmodifiableSortedMap(map);
        this.outOfRange = outOfRange;
        this.absent = absent;
        this.empty = empty;
        this.inRange = sum;
        this.total = sum.plus(outOfRange).plus(absent);
    }

    /**
     * The series of no records: every bucket of the range holds the empty tally.
     *
     * @param empty the metric's empty tally
     * @param range the buckets
     * @param <S> the tally type
     * @return the empty series
     */
    public static <S extends Tally<S>> BucketSeries<S> empty(S empty, BucketRange range) {
        Objects.requireNonNull(empty, "empty");
        Objects.requireNonNull(range, "range");
        return new BucketSeries<>(range, new ArrayList<>(Collections.nCopies(range.size(), empty)), empty, empty,
                empty);
    }

    /**
     * A series from tallies per bucket, for a metric whose record falls into more than one bucket (net flow:
     * a ticket is created in one bucket and resolved in another) and so builds its series itself.
     *
     * @param range the buckets
     * @param empty the metric's empty tally, held by every bucket not in {@code tallies}
     * @param tallies the tally of some buckets of the range
     * @param outOfRange the tally of what fell outside {@code [from, to)}
     * @param absent the tally of what had no instant
     * @param <S> the tally type
     * @return the series
     * @throws IllegalArgumentException if a bucket is not one of the range's
     */
    public static <S extends Tally<S>> BucketSeries<S> of(BucketRange range, S empty, Map<Bucket, ? extends S> tallies,
            S outOfRange, S absent) {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(empty, "empty");
        Objects.requireNonNull(tallies, "tallies");
        Objects.requireNonNull(outOfRange, "outOfRange");
        Objects.requireNonNull(absent, "absent");
        List<S> list = new ArrayList<>(Collections.nCopies(range.size(), empty));
        tallies.forEach((bucket, tally) -> list.set(indexOf(range, bucket), Objects.requireNonNull(tally, "tally")));
        return new BucketSeries<>(range, list, outOfRange, absent, empty);
    }

    private static int indexOf(BucketRange range, Bucket bucket) {
        int i = range.indexOf(Objects.requireNonNull(bucket, "bucket"));
        if (i < 0) {
            throw new IllegalArgumentException("bucket must be one of the " + range.size() + " " + range + ": "
                    + bucket);
        }
        return i;
    }

    /**
     * A metric's series over a range: each record goes to the bucket of its instant.
     *
     * <p>The hot path allocates nothing per record beyond the metric's own accumulators (one per bucket
     * that receives a record): the bucket is found by binary search over the buckets' starts.
     *
     * <p>The series' {@link Metric#definition()} is the metric's, the instant's and the range's:
     * {@code <definition> in buckets of TicketInstant.CREATED over BucketRange[...]}. The instant is named when
     * it is an enum such as a {@code TicketInstant}, a record or a {@link Definable}, or the metric's own
     * {@link Metric#bucketInstant()} ({@code declared instant}); any other function, such as a lambda, has no
     * name, and the definition then throws {@link IllegalStateException}.
     *
     * @param metric the metric
     * @param instantOf the instant that buckets a record, or null when it has none
     * @param range the buckets
     * @param <T> the record type
     * @param <S> the tally type
     * @return the series metric, with the metric's id
     */
    public static <T, S extends Tally<S>> Metric<T, BucketSeries<S>> metric(Metric<T, S> metric,
            Function<? super T, ? extends Instant> instantOf, BucketRange range) {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(instantOf, "instantOf");
        S e = metric.empty();
        BucketSeries<S> emptySeries = empty(e, range);
        int n = range.size();
        Supplier<String> definition = () -> metric.definition() + " in buckets of "
                + DefinitionText.instant(metric, instantOf) + " over " + DefinitionText.of(range);
        return DefinitionText.metric(metric.id(), definition, emptySeries, () -> new Accumulator<T, BucketSeries<S>>() {
            private final List<Accumulator<T, S>> inBucket = new ArrayList<>(Collections.nCopies(n, null));
            private final Accumulator<T, S> outside = metric.newAccumulator();
            private final Accumulator<T, S> none = metric.newAccumulator();

            @Override
            public void accept(T record) {
                Instant t = instantOf.apply(record);
                if (t == null) {
                    none.accept(record);
                    return;
                }
                int i = range.indexOf(t);
                if (i < 0) {
                    outside.accept(record);
                    return;
                }
                Accumulator<T, S> acc = inBucket.get(i);
                if (acc == null) {
                    acc = metric.newAccumulator();
                    inBucket.set(i, acc);
                }
                acc.accept(record);
            }

            @Override
            public BucketSeries<S> tally() {
                List<S> list = new ArrayList<>(n);
                for (Accumulator<T, S> acc : inBucket) {
                    list.add(acc == null ? e : acc.tally());
                }
                return new BucketSeries<>(range, list, outside.tally(), none.tally(), e);
            }
        });
    }

    /**
     * A metric's series over the buckets of a granularity that overlap {@code [from, to)}: each record goes to
     * the bucket of its instant. See {@link #metric(Metric, Function, BucketRange)}.
     *
     * @param metric the metric
     * @param instantOf the instant that buckets a record, or null when it has none
     * @param from the start of the range
     * @param to the end of the range (exclusive), not before {@code from}
     * @param granularity the size of the buckets
     * @param zone the report's time zone
     * @param <T> the record type
     * @param <S> the tally type
     * @return the series metric, with the metric's id
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public static <T, S extends Tally<S>> Metric<T, BucketSeries<S>> metric(Metric<T, S> metric,
            Function<? super T, ? extends Instant> instantOf, Instant from, Instant to, Granularity granularity,
            ZoneId zone) {
        return metric(metric, instantOf, BucketRange.of(from, to, granularity, zone));
    }

    /**
     * The range, granularity and zone of the buckets.
     *
     * @return the range
     */
    public BucketRange range() {
        return range;
    }

    /**
     * The tally of every bucket of the range, in time order, empty buckets included.
     *
     * @return an unmodifiable map whose keys are {@code range().buckets()}
     */
    public SortedMap<Bucket, S> buckets() {
        return buckets;
    }

    /**
     * The tally of one bucket.
     *
     * @param bucket a bucket of the range
     * @return its tally, the empty tally when no record fell in it
     * @throws IllegalArgumentException if the bucket is not one of the range's
     */
    public S get(Bucket bucket) {
        return tallies.get(indexOf(range, bucket));
    }

    /**
     * The tally of the records whose instant is outside {@code [from, to)}.
     *
     * @return the out-of-range tally
     */
    public S outOfRange() {
        return outOfRange;
    }

    /**
     * The tally of the records with no instant, such as unresolved tickets bucketed by resolution.
     *
     * @return the tally of records without an instant
     */
    public S absent() {
        return absent;
    }

    /**
     * The tally of the records in the range: {@code merge(every bucket)}.
     *
     * @return the in-range tally; the empty tally for a range with no bucket
     */
    public S inRange() {
        return inRange;
    }

    /**
     * The tally of every record: {@code inRange + outOfRange + absent}.
     *
     * @return the total
     */
    public S total() {
        return total;
    }

    /**
     * The same series in coarser buckets, such as days into weeks: each coarser bucket's tally is the merge of
     * the finer buckets it contains. Exactly the series built with the coarser granularity over the same
     * range.
     *
     * @param coarser a granularity that {@link Granularity#contains contains} this series'
     * @return the rolled-up series, with the same range, out-of-range and absent tallies
     * @throws IllegalArgumentException if {@code coarser} does not contain this series' granularity (weeks do
     *     not roll up into months)
     */
    public BucketSeries<S> rollUp(Granularity coarser) {
        Objects.requireNonNull(coarser, "coarser");
        Granularity granularity = range.granularity();
        if (!coarser.contains(granularity)) {
            throw new IllegalArgumentException("granularity must contain " + granularity + " buckets: " + coarser);
        }
        if (coarser == granularity) {
            return this;
        }
        BucketRange wider = range.withGranularity(coarser);
        List<S> merged = new ArrayList<>(Collections.nCopies(wider.size(), empty));
        for (int i = 0; i < tallies.size(); i++) {
            Instant start = range.buckets().get(i).start();
            int j = wider.indexOf(start.isBefore(range.from()) ? range.from() : start);
            merged.set(j, merged.get(j).plus(tallies.get(i)));
        }
        return new BucketSeries<>(wider, merged, outOfRange, absent, empty);
    }

    /**
     * The value of every bucket, in time order.
     *
     * @param valueOf the value of a tally, such as {@code Ratio::percent} or {@code DurationStats::meanSeconds};
     *     empty when undefined
     * @return an unmodifiable map of every bucket's value, empty where undefined
     * @throws IllegalArgumentException if a value is NaN or infinite
     */
    public SortedMap<Bucket, OptionalDouble> values(Function<? super S, OptionalDouble> valueOf) {
        Objects.requireNonNull(valueOf, "valueOf");
        TreeMap<Bucket, OptionalDouble> values = new TreeMap<>();
        buckets.forEach((b, s) -> {
            OptionalDouble v = Objects.requireNonNull(valueOf.apply(s), "value");
            if (v.isPresent() && !Double.isFinite(v.getAsDouble())) {
                throw new IllegalArgumentException("value must be finite: " + v.getAsDouble() + " in bucket " + b);
            }
            values.put(b, v);
        });
        return Collections.unmodifiableSortedMap(values);
    }

    /**
     * Merges bucket by bucket: {@code (a + b)(bucket) = a(bucket) + b(bucket)}, and likewise the out-of-range
     * and absent tallies.
     *
     * @throws IllegalArgumentException if the series differ in range, granularity or zone
     */
    @Override
    public BucketSeries<S> plus(BucketSeries<S> other) {
        if (!range.equals(other.range)) {
            throw new IllegalArgumentException("range must match to merge: " + range + " and " + other.range);
        }
        List<S> merged = new ArrayList<>(tallies.size());
        for (int i = 0; i < tallies.size(); i++) {
            merged.add(tallies.get(i).plus(other.tallies.get(i)));
        }
        return new BucketSeries<>(range, merged, outOfRange.plus(other.outOfRange), absent.plus(other.absent), empty);
    }

    /** The total's sample size: of every record, in range or not. */
    @Override
    public long sampleSize() {
        return total.sampleSize();
    }

    /** Equal when the range, every bucket's tally, the out-of-range and the absent tallies are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof BucketSeries<?> other && range.equals(other.range) && tallies.equals(other.tallies)
                && outOfRange.equals(other.outOfRange) && absent.equals(other.absent);
    }

    @Override
    public int hashCode() {
        return Objects.hash(range, tallies, outOfRange, absent);
    }

    /** @return the range, every bucket's tally, and the out-of-range and absent tallies */
    @Override
    public String toString() {
        return "BucketSeries[" + range + ": " + buckets + ", outOfRange=" + outOfRange + ", absent=" + absent + "]";
    }
}
