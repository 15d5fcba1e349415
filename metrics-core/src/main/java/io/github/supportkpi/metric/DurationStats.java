package io.github.supportkpi.metric;

import java.math.BigInteger;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Summary statistics of durations: count, sum, mean, min, max, median and any percentile. Immutable and
 * thread-safe.
 *
 * <p>It also counts the records that had no duration to measure ({@link #unmeasured()}: tickets with no
 * response yet, unresolved tickets), so nothing is dropped silently.
 *
 * <h2>Summary modes</h2>
 * A {@link Summary} says what is kept, chosen per metric ({@link #metric(String, Predicate, DurationMeasure,
 * Summary)}) or per builder ({@link #builder(Summary)}):
 * <ul>
 *   <li>{@link Summary#EXACT}, the default: every duration, in a primitive buffer (8 bytes each). Every
 *       statistic is exact; a percentile is selected from the kept values (no sort of the whole array per
 *       query); merging concatenates.</li>
 *   <li>{@link Summary#SKETCH}: count, sum, min and max exactly, and the durations' counts in a log-linear
 *       histogram of fixed precision (256 buckets per power of two of nanoseconds, allocated per power of
 *       two as values reach it): the memory does not grow with the count. Percentiles are within
 *       {@link #SKETCH_RELATIVE_ERROR} of the exact ones; merging adds bucket counts, which is exact, so
 *       merging the tallies of any split of the records, in any order, equals the tally of all of them.</li>
 *   <li>{@link Summary#TOTALS}: the count and the exact sum alone, such as a pre-aggregated export gives
 *       ({@code answered 110, talk 33,000 s}; see {@link #ofTotals}): the mean is exact; the minimum, maximum,
 *       median and percentiles are unknown, so empty, never a guess.</li>
 * </ul>
 * {@code EXACT.plus(EXACT)} is EXACT, {@code SKETCH.plus(SKETCH)} is SKETCH, and {@code EXACT.plus(SKETCH)} is
 * SKETCH: the exact values are added into the sketch, as if the sketch had recorded them. Anything plus TOTALS
 * is TOTALS: a merge knows only what each part knows. {@code equals}
 * compares the mode and the content: EXACT tallies are equal when they hold the same durations in any order,
 * SKETCH tallies when every count, the sum, the min and the max are equal, TOTALS tallies when the counts and
 * sums are; tallies of different modes are never equal.
 *
 * <p>With no values every statistic is empty, never NaN and never zero. Percentiles use
 * {@link PercentileMethod#LINEAR} unless another method is given; means are truncated to the nanosecond.
 */
public final class DurationStats implements Tally<DurationStats> {
    /**
     * What a {@link DurationStats} keeps of its durations.
     */
    public enum Summary {
        /**
         * Every duration, 8 bytes each: count, sum, mean, min, max, every percentile and
         * {@link #shareAtMost} are exact, and {@link #toSortedNanos()} gives the values. The default.
         */
        EXACT,
        /**
         * A log-linear histogram of the durations (count, sum, min and max kept exactly): 256 buckets per
         * power of two of nanoseconds, each at most 1/256 of its lowest value wide, allocated 2 KB per power
         * of two the values reach (durations between one second and one day need at most 18, about 37 KB,
         * however many there are). Count, sum, mean, min and max are exact; percentiles are within
         * {@link #SKETCH_RELATIVE_ERROR} of the exact ones; {@link #shareAtMost} counts whole buckets; the
         * values themselves are not kept.
         */
        SKETCH,
        /**
         * The count and the exact sum of the durations (and the unmeasured count), 24 bytes: count, sum and
         * mean are exact; {@link #min}, {@link #max}, {@link #median} and {@link #percentile} are unknown and
         * empty, {@link #shareAtMost} undefined. The mode of tallies made from a pre-aggregated count and sum
         * ({@link #ofTotals}), and of a metric that needs the mean alone in fixed memory.
         */
        TOTALS
    }

    /**
     * The bound on the relative error of a percentile in {@link Summary#SKETCH SKETCH} mode: 1/256, about
     * 0.39%. For every {@code p} in [0, 100] and both methods, with {@code exact} the percentile an EXACT
     * summary of the same durations gives, in nanoseconds:
     * <ul>
     *   <li>{@code |sketch - exact| <= SKETCH_RELATIVE_ERROR * exact} whenever {@code exact} is at least
     *       1 µs, and always for {@link PercentileMethod#NEAREST_RANK} (whose error is below 1/512);</li>
     *   <li>below 1 µs, {@link PercentileMethod#LINEAR}'s rounding to the nanosecond may add one
     *       nanosecond: {@code |sketch - exact| <= SKETCH_RELATIVE_ERROR * exact + 1 ns} holds for all;</li>
     *   <li>exact: durations under 512 ns (zero among them), the minimum (p0) and the maximum (p100).</li>
     * </ul>
     */
    public static final double SKETCH_RELATIVE_ERROR = 1.0 / 256;

    private static final long[] NONE = new long[0];
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final BigInteger BIG_NANOS_PER_SECOND = BigInteger.valueOf(NANOS_PER_SECOND);
    /** The most values an EXACT summary keeps: the largest array a JVM allocates. */
    private static final int MAX_EXACT = Integer.MAX_VALUE - 8;

    /** No values, {@link Summary#EXACT}: the identity of {@link #plus}, for either mode. */
    public static final DurationStats EMPTY = new DurationStats(NONE, 0, 0);

    private static final DurationStats EMPTY_SKETCH = new DurationStats(new LogLinearHistogram().snapshot(), 0);

    private static final DurationStats EMPTY_TOTALS = new DurationStats(new Known(0, 0, 0), 0);

    /**
     * EXACT: the durations are {@code values[0, size)}, in the order accumulated. The array may be longer and
     * shared with the builder that made it, which only appends beyond {@code size}: the prefix never changes.
     */
    private final long[] values;
    private final int size;
    /** SKETCH: the histogram, never written; {@code null} in the other modes. */
    private final LogLinearHistogram sketch;
    /** TOTALS: the count and sum; {@code null} in the other modes. */
    private final Known known;
    private final long unmeasured;
    /** EXACT: the values sorted, once asked for (equals, toSortedNanos); a private copy. */
    private volatile long[] sorted;
    /** EXACT: sum, min, max and the order-free hash, once asked for. */
    private volatile Totals totals;

    private record Totals(long sumHigh, long sumLow, long min, long max, int hash) {}

    /** TOTALS: the count and the 128-bit sum of nanoseconds {@code sumHigh * 2^64 + sumLow} (low unsigned). */
    private record Known(long count, long sumHigh, long sumLow) {}

    private DurationStats(long[] values, int size, long unmeasured) {
        this.values = values;
        this.size = size;
        this.sketch = null;
        this.known = null;
        this.unmeasured = unmeasured;
    }

    private DurationStats(LogLinearHistogram sketch, long unmeasured) {
        this.values = NONE;
        this.size = 0;
        this.sketch = sketch;
        this.known = null;
        this.unmeasured = unmeasured;
    }

    private DurationStats(Known known, long unmeasured) {
        this.values = NONE;
        this.size = 0;
        this.sketch = null;
        this.known = known;
        this.unmeasured = unmeasured;
    }

    /**
     * A {@link Summary#TOTALS} tally from a count of durations and their sum, such as a pre-aggregated export's
     * row ({@code answered 110, talk 33,000 s}): the mean is exact, the percentiles unknown. The inverse of
     * {@link #count()}, {@link #sum()} and {@link #unmeasured()} for a TOTALS tally.
     *
     * <pre>{@code
     * DurationStats march = DurationStats.ofTotals(110, Duration.ofSeconds(33_000), 0);
     * march.mean();     // PT5M
     * march.median();   // empty: unknown from a count and a sum
     * }</pre>
     *
     * @param count how many durations, not negative
     * @param sum their sum, not negative; zero when {@code count} is zero
     * @param unmeasured how many records had no duration, not negative
     * @return the tally, TOTALS
     * @throws IllegalArgumentException if a count or the sum is negative, or the sum is not zero with no
     *     durations
     */
    public static DurationStats ofTotals(long count, Duration sum, long unmeasured) {
        Objects.requireNonNull(sum, "sum");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        if (unmeasured < 0) {
            throw new IllegalArgumentException("unmeasured must not be negative: " + unmeasured);
        }
        if (sum.isNegative()) {
            throw new IllegalArgumentException("sum must not be negative: " + sum);
        }
        if (count == 0 && !sum.isZero()) {
            throw new IllegalArgumentException("sum must be zero when count is zero: " + sum);
        }
        BigInteger nanos = BigInteger.valueOf(sum.getSeconds()).multiply(BIG_NANOS_PER_SECOND)
                .add(BigInteger.valueOf(sum.getNano()));
        Known k = new Known(count, nanos.shiftRight(Long.SIZE).longValueExact(), nanos.longValue());
        return count == 0 && unmeasured == 0 ? EMPTY_TOTALS : new DurationStats(k, unmeasured);
    }

    /**
     * The exact statistics of these durations.
     *
     * @param durations the durations, none negative
     * @return their statistics, {@link Summary#EXACT}, with no unmeasured records
     * @throws IllegalArgumentException if a duration is negative or longer than about 292 years
     */
    public static DurationStats of(Duration... durations) {
        long[] values = new long[durations.length];
        for (int i = 0; i < durations.length; i++) {
            values[i] = nanos(Objects.requireNonNull(durations[i], "duration"));
        }
        return new DurationStats(values, values.length, 0);
    }

    /**
     * The exact statistics of durations in nanoseconds plus a count of unmeasured records.
     *
     * @param nanos the durations in nanoseconds, none negative; the array is copied
     * @param unmeasured how many records had no duration, not negative
     * @return the statistics, {@link Summary#EXACT}
     * @throws IllegalArgumentException if a value or {@code unmeasured} is negative
     */
    public static DurationStats ofNanos(long[] nanos, long unmeasured) {
        if (unmeasured < 0) {
            throw new IllegalArgumentException("unmeasured must not be negative: " + unmeasured);
        }
        long[] values = nanos.clone();
        for (long v : values) {
            if (v < 0) {
                throw new IllegalArgumentException("duration must not be negative: " + v + " ns");
            }
        }
        return new DurationStats(values, values.length, unmeasured);
    }

    /**
     * No values in the given mode: the empty tally of a metric of that mode.
     *
     * @param summary the mode
     * @return {@link #EMPTY} for EXACT, the empty sketch for SKETCH, the empty totals for TOTALS
     */
    public static DurationStats empty(Summary summary) {
        switch (Objects.requireNonNull(summary, "summary")) {
            case SKETCH:
                return EMPTY_SKETCH;
            case TOTALS:
                return EMPTY_TOTALS;
            default:
                return EMPTY;
        }
    }

    /**
     * A {@link Summary#SKETCH} tally from its stored parts: the counts of its non-empty buckets, the exact sum,
     * minimum and maximum. The inverse of {@link #sketchBuckets()}, {@link #sum()}, {@link #min()},
     * {@link #max()} and {@link #unmeasured()}: {@code ofSketch(s.sketchBuckets(), s.sum(), min, max,
     * s.unmeasured())} equals {@code s}. Bucket {@code i} holds the values from {@link #sketchBucketLowest}
     * to {@link #sketchBucketHighest} of {@code i}.
     *
     * @param buckets the count of each non-empty bucket by index, each positive
     * @param sum the sum of the values, not negative; zero when there are no buckets
     * @param minNanos the smallest value in nanoseconds, in the lowest bucket (ignored without buckets)
     * @param maxNanos the largest value in nanoseconds, in the highest bucket (ignored without buckets)
     * @param unmeasured how many records had no duration, not negative
     * @return the tally
     * @throws IllegalArgumentException if a part is out of its bounds or the parts disagree, naming it
     */
    public static DurationStats ofSketch(SortedMap<Integer, Long> buckets, Duration sum, long minNanos, long maxNanos,
            long unmeasured) {
        Objects.requireNonNull(buckets, "buckets");
        Objects.requireNonNull(sum, "sum");
        if (unmeasured < 0) {
            throw new IllegalArgumentException("unmeasured must not be negative: " + unmeasured);
        }
        if (sum.isNegative()) {
            throw new IllegalArgumentException("sum must not be negative: " + sum);
        }
        if (buckets.isEmpty() && !sum.isZero()) {
            throw new IllegalArgumentException("sum must be zero when there are no buckets: " + sum);
        }
        int[] indexes = new int[buckets.size()];
        long[] counts = new long[buckets.size()];
        int i = 0;
        for (Map.Entry<Integer, Long> e : buckets.entrySet()) {
            indexes[i] = Objects.requireNonNull(e.getKey(), "bucket index");
            counts[i++] = Objects.requireNonNull(e.getValue(), "bucket count");
        }
        BigInteger nanos = BigInteger.valueOf(sum.getSeconds()).multiply(BIG_NANOS_PER_SECOND)
                .add(BigInteger.valueOf(sum.getNano()));
        LogLinearHistogram h = LogLinearHistogram.of(indexes, counts, nanos, minNanos, maxNanos);
        return h.count() == 0 && unmeasured == 0 ? EMPTY_SKETCH : new DurationStats(h, unmeasured);
    }

    /**
     * The counts of a {@link Summary#SKETCH} tally's non-empty buckets, by bucket index: what it stores
     * besides the exact sum, minimum, maximum and unmeasured count (see {@link #ofSketch}).
     *
     * @return an unmodifiable map, ascending by index
     * @throws IllegalStateException in EXACT mode, which keeps the values instead (see {@link #toSortedNanos()})
     */
    public SortedMap<Integer, Long> sketchBuckets() {
        if (sketch == null) {
            throw new IllegalStateException("sketchBuckets needs a SKETCH summary; this one is " + summary()
                    + (known == null ? ", which keeps the values" : ", which keeps the count and sum alone"));
        }
        TreeMap<Integer, Long> m = new TreeMap<>();
        for (int index = 0; index < LogLinearHistogram.OCTAVES << LogLinearHistogram.SUB_BUCKET_BITS; index++) {
            long c = sketch.bucketCount(index);
            if (c > 0) {
                m.put(index, c);
            }
        }
        return Collections.unmodifiableSortedMap(m);
    }

    /**
     * The smallest value of a sketch bucket: with 256 sub-buckets per power of two, bucket {@code i} of octave
     * {@code i / 256} (0 to 55) holds values of the same highest bits.
     *
     * @param index a bucket index, from 0 to {@code 56 * 256 - 1}
     * @return its lowest value in nanoseconds
     * @throws IllegalArgumentException if the index is not a bucket's
     */
    public static long sketchBucketLowest(int index) {
        return LogLinearHistogram.lowestValue(checkIndex(index));
    }

    /**
     * The largest value of a sketch bucket.
     *
     * @param index a bucket index, from 0 to {@code 56 * 256 - 1}
     * @return its highest value in nanoseconds
     * @throws IllegalArgumentException if the index is not a bucket's
     */
    public static long sketchBucketHighest(int index) {
        return LogLinearHistogram.highestValue(checkIndex(index));
    }

    private static int checkIndex(int index) {
        int n = LogLinearHistogram.OCTAVES << LogLinearHistogram.SUB_BUCKET_BITS;
        if (index < 0 || index >= n) {
            throw new IllegalArgumentException("sketch bucket index must be in [0, " + n + "): " + index);
        }
        return index;
    }

    private static long nanos(Duration d) {
        if (d.isNegative()) {
            throw new IllegalArgumentException("duration must not be negative: " + d);
        }
        try {
            return d.toNanos();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("duration must be at most about 292 years: " + d, e);
        }
    }

    /**
     * Merges two tallies: EXACT with EXACT concatenates the values (EXACT); SKETCH with SKETCH adds the
     * bucket counts (SKETCH); EXACT with SKETCH, in either order, adds the exact values into the sketch
     * (SKETCH); TOTALS with any mode adds the counts and the sums (TOTALS). Unmeasured counts add up.
     *
     * @param other the other tally
     * @return the tally of both
     * @throws ArithmeticException if the count or the unmeasured count exceeds {@code Long.MAX_VALUE}, an
     *     EXACT count exceeds the values an array holds, or a SKETCH sum exceeds the longest {@code Duration}
     */
    @Override
    public DurationStats plus(DurationStats other) {
        long unm = LogLinearHistogram.addCounts(unmeasured, other.unmeasured, "unmeasured count");
        if (known != null || other.known != null) {
            long[] a = sumParts();
            long[] b = other.sumParts();
            long low = a[1] + b[1];
            long high = a[0] + b[0] + (Long.compareUnsigned(low, a[1]) < 0 ? 1 : 0);
            LogLinearHistogram.checkSum(high, low);
            return new DurationStats(new Known(LogLinearHistogram.addCounts(count(), other.count(), "count"), high, low),
                    unm);
        }
        if (sketch != null && other.sketch != null) {
            return new DurationStats(sketch.plus(other.sketch), unm);
        }
        if (sketch != null || other.sketch != null) {
            DurationStats s = sketch != null ? this : other;
            DurationStats e = sketch != null ? other : this;
            if (e.size == 0) {
                return unm == s.unmeasured ? s : new DurationStats(s.sketch, unm);
            }
            LogLinearHistogram.addCounts(s.sketch.count(), e.size, "count");
            LogLinearHistogram recorder = s.sketch.recorder();
            for (int i = 0; i < e.size; i++) {
                recorder.add(e.values[i]);
            }
            return new DurationStats(recorder.snapshot(), unm);
        }
        if (other.size == 0) {
            return unm == unmeasured ? this : new DurationStats(values, size, unm);
        }
        if (size == 0) {
            return unm == other.unmeasured ? other : new DurationStats(other.values, other.size, unm);
        }
        if ((long) size + other.size > MAX_EXACT) {
            throw new ArithmeticException("count exceeds the " + MAX_EXACT + " values an EXACT summary keeps: " + size
                    + " + " + other.size + "; use Summary.SKETCH");
        }
        long[] merged = Arrays.copyOf(values, size + other.size);
        System.arraycopy(other.values, 0, merged, size, other.size);
        return new DurationStats(merged, merged.length, unm);
    }

    /**
     * What this tally keeps of its durations.
     *
     * @return EXACT, SKETCH or TOTALS
     */
    public Summary summary() {
        return known != null ? Summary.TOTALS : sketch == null ? Summary.EXACT : Summary.SKETCH;
    }

    /** The number of measured durations. */
    @Override
    public long sampleSize() {
        return count();
    }

    /**
     * The number of measured durations, exact in every mode.
     *
     * @return the count
     */
    public long count() {
        return known != null ? known.count() : sketch == null ? size : sketch.count();
    }

    /**
     * The number of records seen that had no duration to measure; what that means is said by each
     * metric (for first response time: tickets with no response yet).
     *
     * @return the count of unmeasured records
     */
    public long unmeasured() {
        return unmeasured;
    }

    /**
     * The sum of the durations, exact in every mode; zero when there are none (a sum of nothing is zero).
     *
     * @return the exact sum
     * @throws ArithmeticException if the sum exceeds the longest {@code Duration} ({@code Long.MAX_VALUE}
     *     seconds), which takes more than a billion durations of 292 years
     */
    public Duration sum() {
        long[] parts = sumParts();
        return duration(parts[0], parts[1]);
    }

    /** The 128-bit sum of nanoseconds: {high, low}, low unsigned. */
    private long[] sumParts() {
        if (known != null) {
            return new long[] {known.sumHigh(), known.sumLow()};
        }
        if (sketch != null) {
            return new long[] {sketch.sumHigh(), sketch.sumLow()};
        }
        Totals t = totals();
        return new long[] {t.sumHigh(), t.sumLow()};
    }

    /** The 128-bit sum of nanoseconds {@code high * 2^64 + low} (low unsigned) as a Duration. */
    private static Duration duration(long high, long low) {
        LogLinearHistogram.checkSum(high, low);
        if (high == 0 && low >= 0) {
            return Duration.ofNanos(low);
        }
        BigInteger nanos = BigInteger.valueOf(high).shiftLeft(Long.SIZE)
                .add(BigInteger.valueOf(low >>> 1).shiftLeft(1)).add(BigInteger.valueOf(low & 1));
        BigInteger[] secondsAndNanos = nanos.divideAndRemainder(BIG_NANOS_PER_SECOND);
        return Duration.ofSeconds(secondsAndNanos[0].longValueExact(), secondsAndNanos[1].longValue());
    }

    /**
     * The arithmetic mean, truncated to the nanosecond; exact in every mode.
     *
     * @return the mean; empty when there are no durations
     */
    public Optional<Duration> mean() {
        long n = count();
        return n == 0 ? Optional.empty() : Optional.of(sum().dividedBy(n));
    }

    /**
     * The arithmetic mean in seconds, as a double: {@code 10 s, 17 s, 38 s -> 21.666...}.
     *
     * @return the mean in seconds; empty when there are no durations, never NaN
     */
    public OptionalDouble meanSeconds() {
        long n = count();
        if (n == 0) {
            return OptionalDouble.empty();
        }
        Duration sum = sum();
        return OptionalDouble.of((sum.getSeconds() + sum.getNano() / 1e9) / n);
    }

    /**
     * The t interval of the mean, in seconds: {@code mean +- t * s / sqrt(n)}, with {@code s} the sample
     * standard deviation of the durations (Bessel's correction) and {@code t} Student's two-sided critical
     * value for the level at {@code n - 1} degrees of freedom ({@link Interval#studentCritical}). The t
     * distribution is used at every {@code n}: it tends to the normal as {@code n} grows and is the safer one
     * for small samples. Durations are usually skewed (a long tail of slow tickets); the interval of the mean
     * rests on the central limit theorem and is approximate for a small, skewed sample.
     * <ul>
     *   <li>EXACT: {@code s} from the kept durations, {@code sum((x - mean)^2) / (n - 1)}.</li>
     *   <li>SKETCH: {@code s} from the sketch's buckets, each duration taken at the middle of its bucket
     *       around the exact mean; a bucket is within {@link #SKETCH_RELATIVE_ERROR} of its values, so the
     *       standard deviation is off by at most that fraction of the largest durations' size, and usually far
     *       less.</li>
     *   <li>TOTALS: empty; the count and sum alone say nothing of the spread.</li>
     *   <li>Empty with fewer than 2 durations.</li>
     * </ul>
     *
     * @param level the confidence level, strictly between 0 and 1 (0.95 for a 95% interval)
     * @return the interval in seconds; empty as above
     * @throws IllegalArgumentException if the level is not strictly between 0 and 1
     */
    public Optional<Interval> meanInterval(double level) {
        return Mean.interval(meanSeconds(), varianceSeconds(), count(), level);
    }

    /** The sample variance of the durations in seconds squared; empty in TOTALS mode or below 2 durations. */
    private OptionalDouble varianceSeconds() {
        long n = count();
        if (known != null || n < 2) {
            return OptionalDouble.empty();
        }
        double mean = meanSeconds().getAsDouble();
        double squares = 0;
        if (sketch == null) {
            for (int i = 0; i < size; i++) {
                double d = values[i] / 1e9 - mean;
                squares += d * d;
            }
        } else {
            for (int index = 0; index < LogLinearHistogram.OCTAVES << LogLinearHistogram.SUB_BUCKET_BITS; index++) {
                long c = sketch.bucketCount(index);
                if (c > 0) {
                    double lowest = LogLinearHistogram.lowestValue(index);
                    double highest = LogLinearHistogram.highestValue(index);
                    double d = (lowest + (highest - lowest) / 2) / 1e9 - mean;
                    squares += c * d * d;
                }
            }
        }
        return Double.isFinite(squares) ? OptionalDouble.of(squares / (n - 1)) : OptionalDouble.empty();
    }

    /**
     * The shortest duration, exact in EXACT and SKETCH modes.
     *
     * @return the minimum; empty when there are no durations, or in TOTALS mode, where it is unknown
     */
    public Optional<Duration> min() {
        if (count() == 0 || known != null) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(sketch != null ? sketch.min() : totals().min()));
    }

    /**
     * The longest duration, exact in EXACT and SKETCH modes.
     *
     * @return the maximum; empty when there are no durations, or in TOTALS mode, where it is unknown
     */
    public Optional<Duration> max() {
        if (count() == 0 || known != null) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(sketch != null ? sketch.max() : totals().max()));
    }

    /**
     * The median: the 50th percentile by {@link PercentileMethod#LINEAR} (the mean of the two middle values
     * when the count is even); within {@link #SKETCH_RELATIVE_ERROR} in SKETCH mode.
     *
     * @return the median; empty when there are no durations, or in TOTALS mode, where it is unknown
     */
    public Optional<Duration> median() {
        return percentile(50);
    }

    /**
     * The {@code p}-th percentile by {@link PercentileMethod#LINEAR}; within {@link #SKETCH_RELATIVE_ERROR}
     * in SKETCH mode.
     *
     * @param p the percentile, in [0, 100]
     * @return the percentile; empty when there are no durations, or in TOTALS mode, where it is unknown
     * @throws IllegalArgumentException if {@code p} is outside [0, 100] or NaN
     */
    public Optional<Duration> percentile(double p) {
        return percentile(p, PercentileMethod.LINEAR);
    }

    /**
     * The {@code p}-th percentile by the given method. EXACT: selected from the kept values. SKETCH: the same
     * formula over estimates of the ranked values (the minimum and maximum exactly, other ranks the middle of
     * their bucket), within {@link #SKETCH_RELATIVE_ERROR} of the exact percentile.
     *
     * @param p the percentile, in [0, 100]
     * @param method how to take it
     * @return the percentile, rounded to the nearest nanosecond; empty when there are no durations, or in
     *     TOTALS mode, where it is unknown
     * @throws IllegalArgumentException if {@code p} is outside [0, 100] or NaN
     */
    public Optional<Duration> percentile(double p, PercentileMethod method) {
        Objects.requireNonNull(method, "method");
        if (!(p >= 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile must be within [0, 100]: " + p);
        }
        long n = count();
        if (n == 0 || known != null) {
            return Optional.empty();
        }
        if (method == PercentileMethod.NEAREST_RANK) {
            long rank = (long) Math.ceil(p / 100.0 * n);
            long index = Math.min(Math.max(rank, 1), n) - 1;
            return Optional.of(Duration.ofNanos(sketch != null ? sketch.valueAtRank(index) : exactRanks(index, false)[0]));
        }
        double h = (n - 1) * p / 100.0;
        long lo = (long) Math.floor(h);
        if (lo >= n - 1) {
            return max();
        }
        double fraction = h - lo;
        long below;
        long above;
        if (sketch != null) {
            below = sketch.valueAtRank(lo);
            above = sketch.valueAtRank(lo + 1);
        } else {
            long[] pair = exactRanks(lo, true);
            below = pair[0];
            above = pair[1];
        }
        long step = Math.round(fraction * (above - below));
        return Optional.of(Duration.ofNanos(below + step));
    }

    /**
     * The exact value of rank {@code k} and, if {@code next}, of rank {@code k + 1} (below {@code size}): read
     * from the sorted copy if one exists, otherwise selected in a scratch copy.
     */
    private long[] exactRanks(long rank, boolean next) {
        int k = (int) rank;
        long[] s = sorted;
        if (s != null) {
            return new long[] {s[k], k + 1 < size ? s[k + 1] : s[k]};
        }
        long[] work = Arrays.copyOf(values, size);
        select(work, k);
        long above = work[k];
        if (next && k + 1 < size) {
            above = work[k + 1];
            for (int i = k + 2; i < size; i++) {
                above = Math.min(above, work[i]);
            }
        }
        return new long[] {work[k], above};
    }

    /**
     * Rearranges {@code a} so that {@code a[k]} holds the value of rank {@code k}, the values before it are
     * at most it and the values after it at least it: quickselect with a median-of-three pivot and a
     * three-way partition (runs of equal durations are common), falling back to sorting the remaining range
     * when the partitions stop shrinking fast enough (introselect), so the worst case is O(n log n).
     */
    private static void select(long[] a, int k) {
        int from = 0;
        int to = a.length - 1;
        int budget = 2 * (Integer.SIZE - Integer.numberOfLeadingZeros(a.length));
        while (from < to) {
            if (to - from < 16 || budget-- == 0) {
                Arrays.sort(a, from, to + 1);
                return;
            }
            long pivot = median(a[from], a[(from + to) >>> 1], a[to]);
            int lt = from;
            int gt = to;
            int i = from;
            while (i <= gt) {
                long x = a[i];
                if (x < pivot) {
                    a[i++] = a[lt];
                    a[lt++] = x;
                } else if (x > pivot) {
                    a[i] = a[gt];
                    a[gt--] = x;
                } else {
                    i++;
                }
            }
            if (k < lt) {
                to = lt - 1;
            } else if (k > gt) {
                from = gt + 1;
            } else {
                return;
            }
        }
    }

    private static long median(long a, long b, long c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    /**
     * The number of durations at most {@code limit}, as a ratio of all durations: for instance the share
     * of tickets answered within an hour.
     *
     * <p>EXACT: exact. SKETCH: the durations known to be at most {@code limit}: all of them when
     * {@code limit} is at least the maximum, otherwise those in buckets whose highest value is at most
     * {@code limit}. It is exact when {@code limit} is the highest value of its bucket (such as
     * {@code 2^k - 1} ns), below the minimum, at least the maximum, or when no duration shares its bucket;
     * otherwise the durations of {@code limit}'s own bucket that are at most {@code limit} are left out: they
     * are within {@link #SKETCH_RELATIVE_ERROR} under {@code limit}, and the share is never overstated.
     *
     * @param limit the limit, inclusive
     * <p>TOTALS: unknown, so undefined ({@link Ratio#EMPTY}).
     *
     * @return the share at or under the limit; undefined (empty) when there are no durations or in TOTALS mode
     * @throws IllegalArgumentException if {@code limit} is negative or longer than about 292 years
     */
    public Ratio shareAtMost(Duration limit) {
        long bound = nanos(limit);
        if (known != null) {
            return Ratio.EMPTY;
        }
        if (sketch != null) {
            return new Ratio(sketch.countAtMost(bound), sketch.count());
        }
        long[] s = sorted;
        int at = 0;
        if (s != null) {
            int lo = 0;
            int hi = size;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (s[mid] <= bound) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            at = lo;
        } else {
            for (int i = 0; i < size; i++) {
                if (values[i] <= bound) {
                    at++;
                }
            }
        }
        return new Ratio(at, size);
    }

    /**
     * The durations in nanoseconds, sorted ascending.
     *
     * @return a copy of the kept values
     * @throws IllegalStateException in SKETCH or TOTALS mode, which do not keep the values
     */
    public long[] toSortedNanos() {
        if (sketch != null || known != null) {
            throw new IllegalStateException("toSortedNanos needs the values an EXACT summary keeps; this summary is "
                    + summary() + (known == null ? ", which keeps bucket counts" : ", which keeps the count and sum"));
        }
        return sortedValues().clone();
    }

    private long[] sortedValues() {
        long[] s = sorted;
        if (s == null) {
            s = Arrays.copyOf(values, size);
            Arrays.sort(s);
            sorted = s;
        }
        return s;
    }

    private Totals totals() {
        Totals t = totals;
        if (t == null) {
            long high = 0;
            long low = 0;
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            long hash = 0;
            for (int i = 0; i < size; i++) {
                long v = values[i];
                long next = low + v;
                if (Long.compareUnsigned(next, low) < 0) {
                    high++;
                }
                low = next;
                min = Math.min(min, v);
                max = Math.max(max, v);
                hash += mix(v);
            }
            t = new Totals(high, low, min, max, Long.hashCode(hash));
            totals = t;
        }
        return t;
    }

    /** A well-spread hash of one value (MurmurHash3's finalizer); summed, it ignores order. */
    private static long mix(long v) {
        long h = (v ^ (v >>> 33)) * 0xff51afd7ed558ccdL;
        h = (h ^ (h >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DurationStats other) || unmeasured != other.unmeasured) {
            return false;
        }
        if (known != null || other.known != null) {
            return Objects.equals(known, other.known);
        }
        if (sketch != null || other.sketch != null) {
            return Objects.equals(sketch, other.sketch);
        }
        return size == other.size && (size == 0 || totals().hash() == other.totals().hash()
                && Arrays.equals(sortedValues(), other.sortedValues()));
    }

    @Override
    public int hashCode() {
        int content = known != null ? 31 * known.hashCode() + 2 : sketch != null ? 31 * sketch.hashCode() + 1
                : 31 * (size == 0 ? 0 : totals().hash()) + size;
        return 31 * content + Long.hashCode(unmeasured);
    }

    /** @return the mode when not EXACT, count, mean, median, min and max (the mean alone in TOTALS mode), and the unmeasured count */
    @Override
    public String toString() {
        String mode = known != null ? "TOTALS, " : sketch != null ? "SKETCH, " : "";
        if (count() == 0) {
            return "DurationStats[" + mode + "n=0, unmeasured=" + unmeasured + "]";
        }
        if (known != null) {
            return "DurationStats[" + mode + "n=" + count() + ", mean=" + mean().get() + ", unmeasured=" + unmeasured
                    + "]";
        }
        return "DurationStats[" + mode + "n=" + count() + ", mean=" + mean().get() + ", median=" + median().get()
                + ", min=" + min().get() + ", max=" + max().get() + ", unmeasured=" + unmeasured + "]";
    }

    /**
     * A duration metric, {@link Summary#EXACT}: for each record {@code considered}, the measure gives its
     * duration or {@link DurationMeasure#ABSENT} (counted as unmeasured).
     *
     * @param id the metric's id
     * @param considered which records count
     * @param measure the duration of a record in nanoseconds, or ABSENT
     * @param <T> the record type
     * @return the metric
     */
    public static <T> Metric<T, DurationStats> metric(String id, Predicate<? super T> considered,
            DurationMeasure<? super T> measure) {
        return metric(id, considered, measure, Summary.EXACT);
    }

    /**
     * A duration metric in the given mode: for each record {@code considered}, the measure gives its
     * duration or {@link DurationMeasure#ABSENT} (counted as unmeasured).
     *
     * @param id the metric's id
     * @param considered which records count
     * @param measure the duration of a record in nanoseconds, or ABSENT
     * @param summary what its tallies keep: EXACT values, a SKETCH or the TOTALS
     * @param <T> the record type
     * @return the metric; its empty tally is {@link #empty(Summary) empty(summary)}
     */
    public static <T> Metric<T, DurationStats> metric(String id, Predicate<? super T> considered,
            DurationMeasure<? super T> measure, Summary summary) {
        Objects.requireNonNull(considered, "considered");
        Objects.requireNonNull(measure, "measure");
        DurationStats empty = empty(summary);
        return Metric.of(id, empty, () -> new Accumulator<T, DurationStats>() {
            private final Builder values = builder(summary);

            @Override
            public void accept(T record) {
                if (!considered.test(record)) {
                    return;
                }
                long v = measure.nanos(record);
                if (v == DurationMeasure.ABSENT) {
                    values.addUnmeasured();
                } else {
                    values.addNanos(v, record);
                }
            }

            @Override
            public DurationStats tally() {
                return values.build();
            }
        });
    }

    /**
     * A new builder, {@link Summary#EXACT}, for accumulators that measure any number of durations per record
     * (every reply of a ticket) where {@link #metric} measures one.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder(Summary.EXACT);
    }

    /**
     * A new builder in the given mode.
     *
     * @param summary what the built tallies keep
     * @return an empty builder
     */
    public static Builder builder(Summary summary) {
        return new Builder(Objects.requireNonNull(summary, "summary"));
    }

    /**
     * Collects durations and unmeasured counts into a {@link DurationStats}. EXACT: one growable primitive
     * buffer, one array store per duration. SKETCH: a log-linear histogram, a few bit operations per duration
     * and no allocation but the first time a duration lands in a power of two. TOTALS: a count and a 128-bit
     * sum. Not thread-safe.
     */
    public static final class Builder {
        private final LogLinearHistogram sketch;
        private final boolean totalsOnly;
        /** TOTALS: the count and the 128-bit sum. */
        private long count;
        private long sumHigh;
        private long sumLow;
        /**
         * EXACT: the values; tallies built from it share it and read below their size only, so the builder
         * only ever appends (a full buffer is replaced, never rewritten).
         */
        private long[] values = NONE;
        private int size;
        private long unmeasured;

        private Builder(Summary summary) {
            this.sketch = summary == Summary.SKETCH ? new LogLinearHistogram() : null;
            this.totalsOnly = summary == Summary.TOTALS;
        }

        /**
         * Adds a measured duration.
         *
         * @param nanos the duration in nanoseconds, not negative
         * @param record the record it came from, named in the message if the duration is negative
         * @return this builder
         * @throws IllegalArgumentException if {@code nanos} is negative
         * @throws ArithmeticException if an EXACT builder already holds the most values an array can
         */
        public Builder addNanos(long nanos, Object record) {
            if (nanos < 0) {
                throw new IllegalArgumentException("duration must not be negative: " + nanos + " ns, record " + record);
            }
            add(nanos);
            return this;
        }

        /**
         * Adds a measured duration.
         *
         * @param nanos the duration in nanoseconds, not negative
         * @return this builder
         * @throws IllegalArgumentException if {@code nanos} is negative
         * @throws ArithmeticException if an EXACT builder already holds the most values an array can
         */
        public Builder addNanos(long nanos) {
            if (nanos < 0) {
                throw new IllegalArgumentException("duration must not be negative: " + nanos + " ns");
            }
            add(nanos);
            return this;
        }

        private void add(long nanos) {
            if (sketch != null) {
                sketch.add(nanos);
                return;
            }
            if (totalsOnly) {
                long n = LogLinearHistogram.addCounts(count, 1, "count");
                long low = sumLow + nanos;
                long high = sumHigh + (Long.compareUnsigned(low, sumLow) < 0 ? 1 : 0);
                LogLinearHistogram.checkSum(high, low);
                count = n;
                sumHigh = high;
                sumLow = low;
                return;
            }
            if (size == values.length) {
                grow();
            }
            values[size++] = nanos;
        }

        private void grow() {
            if (size == MAX_EXACT) {
                throw new ArithmeticException(
                        "count exceeds the " + MAX_EXACT + " values an EXACT summary keeps; use Summary.SKETCH");
            }
            values = Arrays.copyOf(values, (int) Math.min(MAX_EXACT, Math.max(16, 2L * size)));
        }

        /**
         * Counts one record that had no duration to measure.
         *
         * @return this builder
         */
        public Builder addUnmeasured() {
            unmeasured++;
            return this;
        }

        /**
         * The statistics of everything added so far; the builder stays usable. Neither sorts nor copies the
         * values: an EXACT tally shares the buffer (the builder only appends to it), a SKETCH tally the
         * histogram (the builder copies a power of two's counts before it writes them again).
         *
         * @return the statistics, in the builder's mode
         * @throws ArithmeticException if a SKETCH sum exceeds the longest {@code Duration}
         */
        public DurationStats build() {
            if (sketch != null) {
                return new DurationStats(sketch.snapshot(), unmeasured);
            }
            if (totalsOnly) {
                return count == 0 && unmeasured == 0 ? EMPTY_TOTALS
                        : new DurationStats(new Known(count, sumHigh, sumLow), unmeasured);
            }
            if (size == 0) {
                return unmeasured == 0 ? EMPTY : new DurationStats(NONE, 0, unmeasured);
            }
            return new DurationStats(values, size, unmeasured);
        }
    }
}
