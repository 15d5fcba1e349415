package io.github.supportkpi.metric;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Predicate;

/**
 * Exact summary statistics of durations: count, sum, mean, min, max, median and any percentile, over the
 * kept values. Immutable and thread-safe.
 *
 * <p>Values are kept in nanoseconds, sorted; merging merges the sorted values. It also counts the
 * records that had no duration to measure ({@link #unmeasured()}: tickets with no response yet, unresolved
 * tickets), so nothing is dropped silently.
 *
 * <p>With no values every statistic is empty, never NaN and never zero. Percentiles use
 * {@link PercentileMethod#LINEAR} unless another method is given; means are truncated to the nanosecond.
 */
public final class DurationStats implements Tally<DurationStats> {
    private static final long[] NONE = new long[0];
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    /** No values: the identity of {@link #plus}. */
    public static final DurationStats EMPTY = new DurationStats(NONE, 0);

    private final long[] sorted;
    private final long unmeasured;

    private DurationStats(long[] sorted, long unmeasured) {
        this.sorted = sorted;
        this.unmeasured = unmeasured;
    }

    /**
     * The statistics of these durations.
     *
     * @param durations the durations, none negative
     * @return their statistics, with no unmeasured records
     * @throws IllegalArgumentException if a duration is negative or longer than about 292 years
     */
    public static DurationStats of(Duration... durations) {
        long[] values = new long[durations.length];
        for (int i = 0; i < durations.length; i++) {
            values[i] = nanos(Objects.requireNonNull(durations[i], "duration"));
        }
        Arrays.sort(values);
        return new DurationStats(values, 0);
    }

    /**
     * The statistics of durations in nanoseconds plus a count of unmeasured records.
     *
     * @param nanos the durations in nanoseconds, none negative; the array is copied
     * @param unmeasured how many records had no duration, not negative
     * @return the statistics
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
        Arrays.sort(values);
        return new DurationStats(values, unmeasured);
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

    @Override
    public DurationStats plus(DurationStats other) {
        long unm = Math.addExact(unmeasured, other.unmeasured);
        if (other.sorted.length == 0) {
            return unm == unmeasured ? this : new DurationStats(sorted, unm);
        }
        if (sorted.length == 0) {
            return new DurationStats(other.sorted, unm);
        }
        long[] a = sorted;
        long[] b = other.sorted;
        long[] merged = new long[Math.addExact(a.length, b.length)];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < a.length && j < b.length) {
            merged[k++] = a[i] <= b[j] ? a[i++] : b[j++];
        }
        while (i < a.length) {
            merged[k++] = a[i++];
        }
        while (j < b.length) {
            merged[k++] = b[j++];
        }
        return new DurationStats(merged, unm);
    }

    /** The number of measured durations. */
    @Override
    public long sampleSize() {
        return sorted.length;
    }

    /**
     * The number of measured durations.
     *
     * @return the count
     */
    public long count() {
        return sorted.length;
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
     * The sum of the durations; zero when there are none (a sum of nothing is zero).
     *
     * @return the exact sum
     */
    public Duration sum() {
        long seconds = 0;
        long nanos = 0;
        for (long v : sorted) {
            seconds += v / NANOS_PER_SECOND;
            nanos += v % NANOS_PER_SECOND;
            if (nanos >= NANOS_PER_SECOND) {
                seconds++;
                nanos -= NANOS_PER_SECOND;
            }
        }
        return Duration.ofSeconds(seconds, nanos);
    }

    /**
     * The arithmetic mean, truncated to the nanosecond.
     *
     * @return the mean; empty when there are no durations
     */
    public Optional<Duration> mean() {
        return sorted.length == 0 ? Optional.empty() : Optional.of(sum().dividedBy(sorted.length));
    }

    /**
     * The arithmetic mean in seconds, as a double: {@code 10 s, 17 s, 38 s -> 21.666...}.
     *
     * @return the mean in seconds; empty when there are no durations, never NaN
     */
    public OptionalDouble meanSeconds() {
        if (sorted.length == 0) {
            return OptionalDouble.empty();
        }
        Duration sum = sum();
        return OptionalDouble.of((sum.getSeconds() + sum.getNano() / 1e9) / sorted.length);
    }

    /**
     * The shortest duration.
     *
     * @return the minimum; empty when there are no durations
     */
    public Optional<Duration> min() {
        return sorted.length == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(sorted[0]));
    }

    /**
     * The longest duration.
     *
     * @return the maximum; empty when there are no durations
     */
    public Optional<Duration> max() {
        return sorted.length == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(sorted[sorted.length - 1]));
    }

    /**
     * The median: the 50th percentile by {@link PercentileMethod#LINEAR} (the mean of the two middle values
     * when the count is even).
     *
     * @return the median; empty when there are no durations
     */
    public Optional<Duration> median() {
        return percentile(50);
    }

    /**
     * The {@code p}-th percentile by {@link PercentileMethod#LINEAR}.
     *
     * @param p the percentile, in [0, 100]
     * @return the percentile; empty when there are no durations
     * @throws IllegalArgumentException if {@code p} is outside [0, 100] or NaN
     */
    public Optional<Duration> percentile(double p) {
        return percentile(p, PercentileMethod.LINEAR);
    }

    /**
     * The {@code p}-th percentile by the given method.
     *
     * @param p the percentile, in [0, 100]
     * @param method how to take it
     * @return the percentile, rounded to the nearest nanosecond; empty when there are no durations
     * @throws IllegalArgumentException if {@code p} is outside [0, 100] or NaN
     */
    public Optional<Duration> percentile(double p, PercentileMethod method) {
        Objects.requireNonNull(method, "method");
        if (!(p >= 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile must be within [0, 100]: " + p);
        }
        int n = sorted.length;
        if (n == 0) {
            return Optional.empty();
        }
        if (method == PercentileMethod.NEAREST_RANK) {
            int rank = (int) Math.ceil(p / 100.0 * n);
            return Optional.of(Duration.ofNanos(sorted[Math.max(rank, 1) - 1]));
        }
        double h = (n - 1) * p / 100.0;
        int lo = (int) Math.floor(h);
        if (lo >= n - 1) {
            return Optional.of(Duration.ofNanos(sorted[n - 1]));
        }
        double fraction = h - lo;
        long step = Math.round(fraction * (sorted[lo + 1] - sorted[lo]));
        return Optional.of(Duration.ofNanos(sorted[lo] + step));
    }

    /**
     * The number of durations at most {@code limit}, as a ratio of all durations: for instance the share
     * of tickets answered within an hour.
     *
     * @param limit the limit, inclusive
     * @return the share at or under the limit; undefined (empty) when there are no durations
     */
    public Ratio shareAtMost(Duration limit) {
        long bound = nanos(limit);
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= bound) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return new Ratio(lo, sorted.length);
    }

    /**
     * The durations in nanoseconds, sorted ascending.
     *
     * @return a copy of the kept values
     */
    public long[] toSortedNanos() {
        return sorted.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DurationStats other && unmeasured == other.unmeasured && Arrays.equals(sorted, other.sorted);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(sorted) + Long.hashCode(unmeasured);
    }

    /** @return count, mean, median, min and max, and the unmeasured count */
    @Override
    public String toString() {
        if (sorted.length == 0) {
            return "DurationStats[n=0, unmeasured=" + unmeasured + "]";
        }
        return "DurationStats[n=" + sorted.length + ", mean=" + mean().get() + ", median=" + median().get() + ", min="
                + min().get() + ", max=" + max().get() + ", unmeasured=" + unmeasured + "]";
    }

    /**
     * A duration metric: for each record {@code considered}, the measure gives its duration or
     * {@link DurationMeasure#ABSENT} (counted as unmeasured).
     *
     * @param id the metric's id
     * @param considered which records count
     * @param measure the duration of a record in nanoseconds, or ABSENT
     * @param <T> the record type
     * @return the metric
     */
    public static <T> Metric<T, DurationStats> metric(String id, Predicate<? super T> considered,
            DurationMeasure<? super T> measure) {
        Objects.requireNonNull(considered, "considered");
        Objects.requireNonNull(measure, "measure");
        return Metric.of(id, EMPTY, () -> new Accumulator<T, DurationStats>() {
            private final Builder values = builder();

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
     * A new builder, for accumulators that measure any number of durations per record (every reply of a
     * ticket) where {@link #metric} measures one.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Collects durations and unmeasured counts into a {@link DurationStats}: the one growable buffer of kept
     * values. Not thread-safe; allocates only on growth.
     */
    public static final class Builder {
        private long[] values = new long[16];
        private int size;
        private long unmeasured;

        private Builder() {}

        /**
         * Adds a measured duration.
         *
         * @param nanos the duration in nanoseconds, not negative
         * @param record the record it came from, named in the message if the duration is negative
         * @return this builder
         * @throws IllegalArgumentException if {@code nanos} is negative
         */
        public Builder addNanos(long nanos, Object record) {
            if (nanos < 0) {
                throw new IllegalArgumentException("duration must not be negative: " + nanos + " ns, record " + record);
            }
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = nanos;
            return this;
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
         * The statistics of everything added so far; the builder stays usable.
         *
         * @return the statistics
         */
        public DurationStats build() {
            long[] copy = Arrays.copyOf(values, size);
            Arrays.sort(copy);
            return new DurationStats(copy, unmeasured);
        }
    }
}
