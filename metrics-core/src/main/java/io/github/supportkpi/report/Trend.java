package io.github.supportkpi.report;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.TicketInstant;
import io.github.supportkpi.metric.Accumulator;
import io.github.supportkpi.metric.Count;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.Tally;
import io.github.supportkpi.time.Bucket;
import io.github.supportkpi.time.Granularity;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A metric over time: its tally in every bucket of a range, in order, with the records outside the range
 * and those with no instant counted apart. Immutable and thread-safe; a mergeable {@link Tally}, so a
 * trend is built in one pass like any metric, split anywhere and merged.
 *
 * <pre>{@code
 * Trend<DurationStats> frt = Trend.metric(FirstResponseTime.defaults(), TicketInstant.FIRST_RESPONSE,
 *         from, to, Granularity.WEEK, zone).over(tickets);
 * List<PeriodChange> weekOverWeek = frt.changes(DurationStats::meanSeconds);
 * }</pre>
 *
 * <ul>
 *   <li><b>Every bucket is present.</b> {@link #buckets()} holds every bucket of
 *       {@link Bucket#covering Bucket.covering(from, to, granularity, zone)}; a bucket no record falls in
 *       holds the metric's empty tally, so its value is undefined (a count's is zero), not missing.</li>
 *   <li><b>The range is {@code [from, to)}.</b> A record is in a bucket when its instant is in the range;
 *       the first and last buckets may be partial when {@code from} or {@code to} is not on a bucket
 *       boundary (records of the bucket outside the range are out of range). Align the range to the
 *       buckets for whole periods.</li>
 *   <li><b>Nothing is dropped.</b> Records whose instant is outside the range go to {@link #outOfRange()};
 *       records with no instant (an unresolved ticket bucketed by resolution) go to {@link #absent()}. The
 *       buckets, out-of-range and absent tallies add up to {@link #total()}.</li>
 *   <li>Merging ({@link #plus}) merges bucket by bucket; both trends must have the same range, granularity
 *       and zone.</li>
 * </ul>
 *
 * @param <S> the tally type of the metric
 */
public final class Trend<S extends Tally<S>> implements Tally<Trend<S>> {
    private final Instant from;
    private final Instant to;
    private final Granularity granularity;
    private final ZoneId zone;
    private final SortedMap<Bucket, S> buckets;
    private final S outOfRange;
    private final S absent;
    private final S empty;
    private final S total;

    private Trend(Instant from, Instant to, Granularity granularity, ZoneId zone, SortedMap<Bucket, S> buckets,
            S outOfRange, S absent, S empty) {
        this.from = from;
        this.to = to;
        this.granularity = granularity;
        this.zone = zone;
        this.buckets = Collections.unmodifiableSortedMap(buckets);
        this.outOfRange = outOfRange;
        this.absent = absent;
        this.empty = empty;
        S sum = outOfRange.plus(absent);
        for (S s : buckets.values()) {
            sum = sum.plus(s);
        }
        this.total = sum;
    }

    /**
     * The trend of no records: every bucket of the range holds the empty tally.
     *
     * @param empty the metric's empty tally
     * @param from the start of the range
     * @param to the end of the range (exclusive), not before {@code from}
     * @param granularity the size of the buckets
     * @param zone the report's time zone
     * @param <S> the tally type
     * @return the empty trend
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public static <S extends Tally<S>> Trend<S> empty(S empty, Instant from, Instant to, Granularity granularity,
            ZoneId zone) {
        Objects.requireNonNull(empty, "empty");
        TreeMap<Bucket, S> map = new TreeMap<>();
        for (Bucket b : Bucket.covering(from, to, granularity, zone)) {
            map.put(b, empty);
        }
        return new Trend<>(from, to, granularity, zone, map, empty, empty, empty);
    }

    /**
     * A metric's trend over a range: each record goes to the bucket of its instant.
     *
     * <p>The hot path allocates nothing per record beyond the metric's own accumulators (one per bucket
     * that receives a record): the bucket is found by binary search over the buckets' starts.
     *
     * @param metric the metric
     * @param instantOf the instant that buckets a record, or null when it has none
     * @param from the start of the range
     * @param to the end of the range (exclusive), not before {@code from}
     * @param granularity the size of the buckets
     * @param zone the report's time zone
     * @param <T> the record type
     * @param <S> the tally type
     * @return the trend metric, with the metric's id
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public static <T, S extends Tally<S>> Metric<T, Trend<S>> metric(Metric<T, S> metric,
            Function<? super T, ? extends Instant> instantOf, Instant from, Instant to, Granularity granularity,
            ZoneId zone) {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(instantOf, "instantOf");
        Trend<S> emptyTrend = empty(metric.empty(), from, to, granularity, zone);
        Bucket[] bs = emptyTrend.buckets.keySet().toArray(new Bucket[0]);
        Instant[] starts = new Instant[bs.length];
        for (int i = 0; i < bs.length; i++) {
            starts[i] = bs[i].start();
        }
        return Metric.of(metric.id(), emptyTrend, () -> new Accumulator<T, Trend<S>>() {
            @SuppressWarnings("unchecked")
            private final Accumulator<T, S>[] inBucket = new Accumulator[bs.length];
            private final Accumulator<T, S> outside = metric.newAccumulator();
            private final Accumulator<T, S> none = metric.newAccumulator();

            @Override
            public void accept(T record) {
                Instant t = instantOf.apply(record);
                if (t == null) {
                    none.accept(record);
                } else if (t.isBefore(from) || !t.isBefore(to)) {
                    outside.accept(record);
                } else {
                    int i = Arrays.binarySearch(starts, t);
                    int at = i >= 0 ? i : -i - 2; // the last bucket starting at or before t
                    Accumulator<T, S> acc = inBucket[at];
                    if (acc == null) {
                        acc = metric.newAccumulator();
                        inBucket[at] = acc;
                    }
                    acc.accept(record);
                }
            }

            @Override
            public Trend<S> tally() {
                TreeMap<Bucket, S> map = new TreeMap<>();
                S e = metric.empty();
                for (int i = 0; i < bs.length; i++) {
                    map.put(bs[i], inBucket[i] == null ? e : inBucket[i].tally());
                }
                return new Trend<>(from, to, granularity, zone, map, outside.tally(), none.tally(), e);
            }
        });
    }

    /**
     * A metric's trend over tickets, each bucketed by an instant of the ticket.
     *
     * @param metric the metric
     * @param instant which instant buckets a ticket
     * @param from the start of the range
     * @param to the end of the range (exclusive), not before {@code from}
     * @param granularity the size of the buckets
     * @param zone the report's time zone
     * @param <S> the tally type
     * @return the trend metric, with the metric's id
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public static <S extends Tally<S>> Metric<Ticket, Trend<S>> metric(Metric<Ticket, S> metric,
            TicketInstant instant, Instant from, Instant to, Granularity granularity, ZoneId zone) {
        Objects.requireNonNull(instant, "instant");
        return metric(metric, instant::instantOf, from, to, granularity, zone);
    }

    /**
     * A metric's trend over tickets, bucketed by the metric's default instant,
     * {@link TicketInstant#defaultFor(Metric)}: creation for volume, resolution for resolved count and
     * resolution time, first response for FRT.
     *
     * @param metric the metric
     * @param from the start of the range
     * @param to the end of the range (exclusive), not before {@code from}
     * @param granularity the size of the buckets
     * @param zone the report's time zone
     * @param <S> the tally type
     * @return the trend metric, with the metric's id
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public static <S extends Tally<S>> Metric<Ticket, Trend<S>> metric(Metric<Ticket, S> metric, Instant from,
            Instant to, Granularity granularity, ZoneId zone) {
        return metric(metric, TicketInstant.defaultFor(metric), from, to, granularity, zone);
    }

    /** @return the start of the range, inclusive */
    public Instant from() {
        return from;
    }

    /** @return the end of the range, exclusive */
    public Instant to() {
        return to;
    }

    /** @return the size of the buckets */
    public Granularity granularity() {
        return granularity;
    }

    /** @return the report's time zone */
    public ZoneId zone() {
        return zone;
    }

    /**
     * The tally of every bucket of the range, in time order, empty buckets included.
     *
     * @return an unmodifiable map whose keys are {@code Bucket.covering(from, to, granularity, zone)}
     */
    public SortedMap<Bucket, S> buckets() {
        return buckets;
    }

    /**
     * The tally of one bucket.
     *
     * @param bucket a bucket of the range
     * @return its tally
     * @throws IllegalArgumentException if the bucket is not one of this trend's
     */
    public S get(Bucket bucket) {
        Objects.requireNonNull(bucket, "bucket");
        S s = buckets.get(bucket);
        if (s == null) {
            throw new IllegalArgumentException("bucket must be one of the trend's " + buckets.size() + " "
                    + granularity + " buckets from " + from + " to " + to + ": " + bucket);
        }
        return s;
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
     * The tally of the records in the range: the merge of every bucket.
     *
     * @return the in-range tally
     */
    public S inRange() {
        S sum = empty;
        for (S s : buckets.values()) {
            sum = sum.plus(s);
        }
        return sum;
    }

    /**
     * The tally of every record: the buckets, out-of-range and absent tallies merged.
     *
     * @return the total
     */
    public S total() {
        return total;
    }

    /**
     * The same trend in coarser buckets, such as days into weeks: each coarser bucket's tally is the merge of
     * the finer buckets it contains ({@link Bucket#rollUp}). Equal to the trend built directly with the
     * coarser granularity over the same range.
     *
     * @param coarser a granularity that {@link Granularity#contains contains} this trend's
     * @return the rolled-up trend, with the same range, out-of-range and absent tallies
     * @throws IllegalArgumentException if {@code coarser} does not contain this trend's granularity (weeks do
     *     not roll up into months)
     */
    public Trend<S> rollUp(Granularity coarser) {
        Objects.requireNonNull(coarser, "coarser");
        if (!coarser.contains(granularity)) {
            throw new IllegalArgumentException("granularity must contain " + granularity + " buckets: " + coarser);
        }
        return new Trend<>(from, to, coarser, zone, Bucket.rollUp(buckets, coarser), outOfRange, absent, empty);
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
        buckets.forEach((b, s) -> values.put(b, valueOf(valueOf, b, s)));
        return Collections.unmodifiableSortedMap(values);
    }

    private OptionalDouble valueOf(Function<? super S, OptionalDouble> valueOf, Bucket b, S s) {
        OptionalDouble v = Objects.requireNonNull(valueOf.apply(s), "value");
        if (v.isPresent() && !Double.isFinite(v.getAsDouble())) {
            throw new IllegalArgumentException("value must be finite: " + v.getAsDouble() + " in bucket " + b);
        }
        return v;
    }

    /**
     * The period-over-period change of a value: one {@link PeriodChange} per bucket after the first, from the
     * bucket before it.
     * <ul>
     *   <li>Undefined where either bucket's value is undefined; the relative change also where the earlier
     *       value is zero. Never NaN, never infinite.</li>
     *   <li>No change for a range of fewer than two buckets.</li>
     * </ul>
     *
     * @param valueOf the value of a tally, empty when undefined
     * @return the changes in time order; size {@code max(0, buckets - 1)}
     * @throws IllegalArgumentException if a value is NaN or infinite
     */
    public List<PeriodChange> changes(Function<? super S, OptionalDouble> valueOf) {
        List<PeriodChange> changes = new ArrayList<>();
        Iterator<Map.Entry<Bucket, OptionalDouble>> it = values(valueOf).entrySet().iterator();
        if (!it.hasNext()) {
            return changes;
        }
        Map.Entry<Bucket, OptionalDouble> prev = it.next();
        while (it.hasNext()) {
            Map.Entry<Bucket, OptionalDouble> cur = it.next();
            changes.add(new PeriodChange(prev.getKey(), cur.getKey(), prev.getValue(), cur.getValue()));
            prev = cur;
        }
        return Collections.unmodifiableList(changes);
    }

    /**
     * The mean value per bucket: {@code sum of defined bucket values / defined buckets}.
     * <ul>
     *   <li>Buckets whose value is undefined (no data for a rate or a duration) are left out.</li>
     *   <li>For counts, use {@link #averageCount}: a count is defined (zero) in an empty bucket, so empty
     *       buckets count.</li>
     *   <li>Empty when no bucket has a defined value; never NaN.</li>
     * </ul>
     *
     * @param valueOf the value of a tally, empty when undefined
     * @return the mean of the defined values
     * @throws IllegalArgumentException if a value is NaN or infinite
     */
    public OptionalDouble meanPerBucket(Function<? super S, OptionalDouble> valueOf) {
        double sum = 0;
        long n = 0;
        for (OptionalDouble v : values(valueOf).values()) {
            if (v.isPresent()) {
                sum += v.getAsDouble();
                n++;
            }
        }
        return n == 0 || !Double.isFinite(sum) ? OptionalDouble.empty() : OptionalDouble.of(sum / n);
    }

    /**
     * Average count per bucket, catalogue M31 ("mean tickets per bucket over a range" [003]):
     * {@code records counted in the range / buckets in the range}.
     * <ul>
     *   <li>Every bucket of the range counts, empty ones included (zero tickets on a quiet day lower the
     *       average); partial first or last buckets count as whole buckets.</li>
     *   <li>Records out of range or without an instant are not counted.</li>
     *   <li>Empty when the range has no bucket ({@code from == to}); never NaN.</li>
     * </ul>
     *
     * @param trend a trend of a count, such as {@code TicketVolume}
     * @return the mean count per bucket
     */
    public static OptionalDouble averageCount(Trend<Count> trend) {
        Objects.requireNonNull(trend, "trend");
        int n = trend.buckets.size();
        return n == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) trend.inRange().value() / n);
    }

    /**
     * A count's value for {@link #values}, {@link #changes} and {@link Target}: always defined, zero in an
     * empty bucket.
     *
     * @param count a count
     * @return its value
     */
    public static OptionalDouble count(Count count) {
        return OptionalDouble.of(count.value());
    }

    /**
     * Merges bucket by bucket.
     *
     * @throws IllegalArgumentException if the trends differ in range, granularity or zone
     */
    @Override
    public Trend<S> plus(Trend<S> other) {
        if (!from.equals(other.from) || !to.equals(other.to) || granularity != other.granularity
                || !zone.equals(other.zone)) {
            throw new IllegalArgumentException("range must match to merge: " + describeRange() + " and "
                    + other.describeRange());
        }
        TreeMap<Bucket, S> merged = new TreeMap<>(buckets);
        other.buckets.forEach((b, s) -> merged.merge(b, s, Tally::plus));
        return new Trend<>(from, to, granularity, zone, merged, outOfRange.plus(other.outOfRange),
                absent.plus(other.absent), empty);
    }

    private String describeRange() {
        return granularity + " buckets in " + zone + " from " + from + " to " + to;
    }

    /** The total's sample size: of every record, in range or not. */
    @Override
    public long sampleSize() {
        return total.sampleSize();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Trend<?> other && from.equals(other.from) && to.equals(other.to)
                && granularity == other.granularity && zone.equals(other.zone) && buckets.equals(other.buckets)
                && outOfRange.equals(other.outOfRange) && absent.equals(other.absent);
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, to, granularity, zone, buckets, outOfRange, absent);
    }

    @Override
    public String toString() {
        return "Trend[" + describeRange() + ": " + buckets + ", outOfRange=" + outOfRange + ", absent=" + absent
                + "]";
    }
}
