package io.github.supportkpi.report;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.TicketInstant;
import io.github.supportkpi.experience.NpsTally;
import io.github.supportkpi.metric.BucketSeries;
import io.github.supportkpi.metric.Count;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.metric.Tally;
import io.github.supportkpi.time.Bucket;
import io.github.supportkpi.time.Granularity;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * A metric over time, and what a report reads from it: the metric's tally in every bucket of a range, as a
 * {@link BucketSeries}, with period-over-period {@link #changes}, the {@link #meanPerBucket mean per bucket}
 * and the average count per bucket (catalogue M31, {@link #averageCount}). Not instantiable; the series
 * it builds are immutable, thread-safe, mergeable tallies, built in one pass like any metric.
 *
 * <pre>{@code
 * BucketSeries<DurationStats> frt = Trend.metric(FirstResponseTime.defaults(), TicketInstant.FIRST_RESPONSE,
 *         from, to, Granularity.WEEK, zone).over(tickets);
 * List<PeriodChange> weekOverWeek = Trend.changes(frt, DurationStats::meanSeconds);
 * }</pre>
 *
 * <ul>
 *   <li><b>Every bucket is present.</b> A bucket no record falls in holds the metric's empty tally, so its
 *       value is undefined (a count's is zero), not missing.</li>
 *   <li><b>The range is {@code [from, to)}.</b> The first and last buckets may be partial when {@code from}
 *       or {@code to} is not on a bucket boundary; align the range to the buckets for whole periods.</li>
 *   <li><b>Nothing is dropped.</b> Records outside the range and records with no instant are counted in
 *       {@link BucketSeries#outOfRange()} and {@link BucketSeries#absent()}.</li>
 * </ul>
 */
public final class Trend {
    private Trend() {}

    /**
     * A metric's trend over a range: each record goes to the bucket of its instant, as
     * {@link BucketSeries#metric(Metric, Function, Instant, Instant, Granularity, ZoneId)}. For tickets, the
     * instant is usually a {@link TicketInstant}, such as {@code TicketInstant.FIRST_RESPONSE}.
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
    public static <T, S extends Tally<S>> Metric<T, BucketSeries<S>> metric(Metric<T, S> metric,
            Function<? super T, ? extends Instant> instantOf, Instant from, Instant to, Granularity granularity,
            ZoneId zone) {
        return BucketSeries.metric(metric, instantOf, from, to, granularity, zone);
    }

    /**
     * A metric's trend over tickets, bucketed by the instant the metric declares,
     * {@link Metric#bucketInstant()}: creation for volume, resolution for resolved count and resolution
     * time, first response for FRT; a filtered or segmented metric keeps its metric's.
     * <ul>
     *   <li>A metric that declares none (one of your own) is bucketed by {@link TicketInstant#CREATED}.</li>
     *   <li>For another instant, pass it: {@code Trend.metric(metric, TicketInstant.CREATED, ...)}.</li>
     * </ul>
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
    public static <S extends Tally<S>> Metric<Ticket, BucketSeries<S>> metric(Metric<Ticket, S> metric, Instant from,
            Instant to, Granularity granularity, ZoneId zone) {
        Objects.requireNonNull(metric, "metric");
        return metric(metric, metric.bucketInstant().orElse(TicketInstant.CREATED), from, to, granularity, zone);
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
     * @param series the series
     * @param valueOf the value of a tally, empty when undefined
     * @param <S> the tally type
     * @return the changes in time order; size {@code max(0, buckets - 1)}
     * @throws IllegalArgumentException if a value is NaN or infinite
     */
    public static <S extends Tally<S>> List<PeriodChange> changes(BucketSeries<S> series,
            Function<? super S, OptionalDouble> valueOf) {
        Objects.requireNonNull(series, "series");
        List<PeriodChange> changes = new ArrayList<>();
        Iterator<Map.Entry<Bucket, OptionalDouble>> it = series.values(valueOf).entrySet().iterator();
        if (!it.hasNext()) {
            return Collections.unmodifiableList(changes);
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
     * Whether a rate changed from one bucket to the next by more than chance would: one
     * {@link ProportionChange} per bucket after the first, from the bucket before it, with the difference in
     * points, Newcombe's score interval of it and a two-proportion z test at the level.
     * <ul>
     *   <li>Undefined (empty, not significant) where either bucket's denominator is 0.</li>
     *   <li>No change for a range of fewer than two buckets.</li>
     * </ul>
     *
     * @param series a series of a rate, such as first-contact resolution's
     * @param level the confidence level of the intervals and tests, strictly between 0 and 1 (0.95)
     * @return the changes in time order; size {@code max(0, buckets - 1)}
     * @throws IllegalArgumentException if the level is not strictly between 0 and 1
     */
    public static List<ProportionChange> proportionChanges(BucketSeries<Ratio> series, double level) {
        return pairs(series, level, ProportionChange::new);
    }

    /**
     * Whether a Net Promoter Score changed from one bucket to the next by more than chance would: one
     * {@link NpsChange} per bucket after the first, from the bucket before it, with the difference in points,
     * its interval and a z test at the level.
     * <ul>
     *   <li>Undefined (empty, not significant) where either bucket has no response.</li>
     *   <li>No change for a range of fewer than two buckets.</li>
     * </ul>
     *
     * @param series a series of NPS tallies
     * @param level the confidence level of the intervals and tests, strictly between 0 and 1 (0.95)
     * @return the changes in time order; size {@code max(0, buckets - 1)}
     * @throws IllegalArgumentException if the level is not strictly between 0 and 1
     */
    public static List<NpsChange> npsChanges(BucketSeries<NpsTally> series, double level) {
        return pairs(series, level, NpsChange::new);
    }

    /** Builds a change from two consecutive buckets and their tallies. */
    private interface PairChange<S, C> {
        C of(Bucket previousBucket, Bucket bucket, S previous, S current, double level);
    }

    private static <S extends Tally<S>, C> List<C> pairs(BucketSeries<S> series, double level,
            PairChange<S, C> change) {
        Objects.requireNonNull(series, "series");
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be strictly between 0 and 1: " + level);
        }
        List<C> changes = new ArrayList<>();
        Iterator<Map.Entry<Bucket, S>> it = series.buckets().entrySet().iterator();
        if (!it.hasNext()) {
            return Collections.unmodifiableList(changes);
        }
        Map.Entry<Bucket, S> prev = it.next();
        while (it.hasNext()) {
            Map.Entry<Bucket, S> cur = it.next();
            changes.add(change.of(prev.getKey(), cur.getKey(), prev.getValue(), cur.getValue(), level));
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
     * @param series the series
     * @param valueOf the value of a tally, empty when undefined
     * @param <S> the tally type
     * @return the mean of the defined values
     * @throws IllegalArgumentException if a value is NaN or infinite
     */
    public static <S extends Tally<S>> OptionalDouble meanPerBucket(BucketSeries<S> series,
            Function<? super S, OptionalDouble> valueOf) {
        Objects.requireNonNull(series, "series");
        double sum = 0;
        long n = 0;
        for (OptionalDouble v : series.values(valueOf).values()) {
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
     * @param series a series of a count, such as {@code TicketVolume}'s
     * @return the mean count per bucket
     */
    public static OptionalDouble averageCount(BucketSeries<Count> series) {
        Objects.requireNonNull(series, "series");
        int n = series.range().size();
        return n == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) series.inRange().value() / n);
    }

    /**
     * A count's value for {@link BucketSeries#values}, {@link #changes} and {@link Target}: always defined,
     * zero in an empty bucket.
     *
     * @param count a count
     * @return its value
     */
    public static OptionalDouble count(Count count) {
        return OptionalDouble.of(count.value());
    }
}
