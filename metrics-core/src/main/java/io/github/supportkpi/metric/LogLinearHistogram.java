package io.github.supportkpi.metric;

import java.util.Arrays;

/**
 * Counts of durations in nanoseconds in log-linear buckets (HdrHistogram's layout), with their exact count,
 * sum, minimum and maximum: the sketch behind {@link DurationStats.Summary#SKETCH}.
 *
 * <p>The position of a value's highest set bit picks its <em>octave</em>, the next {@value #SUB_BUCKET_BITS}
 * bits its linear sub-bucket, so placing a value takes a leading-zero count, a shift and a mask:
 * <ul>
 *   <li>octave 0 holds 0..255 and octave 1 holds 256..511, one value per bucket (exact);</li>
 *   <li>octave {@code j >= 1} holds {@code [2^(j+7), 2^(j+8))} in 256 buckets of width {@code 2^(j-1)}; the
 *       last, octave 55, ends at {@code Long.MAX_VALUE}.</li>
 * </ul>
 * The bucket index is {@code octave * 256 + subBucket}; a bucket's width is at most 1/256 of its lowest value,
 * so the middle of a bucket is within 1/512 of every value in it.
 *
 * <p>An octave's 256 counts are allocated when the first value lands in it: a sketch takes 2 KB per octave
 * its values reach, whatever their number. An instance is either a recorder written by one
 * {@link DurationStats.Builder} (not thread-safe) or the immutable content of a {@link DurationStats}, never
 * written again. Instances share octave arrays: a recorder copies an octave it does not own before writing
 * it, so {@link #snapshot()} copies nothing and {@link #plus} allocates only the octaves both sides use.
 * An allocated octave always holds a value, which makes equal contents equal arrays.
 */
final class LogLinearHistogram {
    /** Bits of linear sub-bucket under a value's highest set bit. */
    static final int SUB_BUCKET_BITS = 8;

    /** Buckets per octave. */
    static final int SUB_BUCKETS = 1 << SUB_BUCKET_BITS;

    /** Octaves 0 (values under 256) to 55 (values from 2^62). */
    static final int OCTAVES = Long.SIZE - SUB_BUCKET_BITS;

    private static final int SUB_BUCKET_MASK = SUB_BUCKETS - 1;

    /** Nanoseconds in the longest {@code Duration}, {@code Long.MAX_VALUE} s + 999,999,999 ns, as 128 bits. */
    private static final long MAX_SUM_HIGH;
    private static final long MAX_SUM_LOW;

    static {
        java.math.BigInteger max = java.math.BigInteger.valueOf(Long.MAX_VALUE)
                .multiply(java.math.BigInteger.valueOf(1_000_000_000L))
                .add(java.math.BigInteger.valueOf(999_999_999L));
        MAX_SUM_HIGH = max.shiftRight(Long.SIZE).longValueExact();
        MAX_SUM_LOW = max.longValue();
    }

    private final long[][] octaves;
    /** Bit {@code j} set: {@code octaves[j]} exists and is this recorder's own, to write in place. */
    private long owned;
    private long count;
    private long sumHigh;
    private long sumLow;
    private long min = Long.MAX_VALUE;
    private long max = Long.MIN_VALUE;

    /** An empty recorder. */
    LogLinearHistogram() {
        this.octaves = new long[OCTAVES][];
    }

    private LogLinearHistogram(long[][] octaves, long count, long sumHigh, long sumLow, long min, long max) {
        this.octaves = octaves;
        this.count = count;
        this.sumHigh = sumHigh;
        this.sumLow = sumLow;
        this.min = min;
        this.max = max;
    }

    /**
     * @param value a value, not negative
     * @return its octave, 0 to 55
     */
    static int octave(long value) {
        return Math.max(0, Long.SIZE - SUB_BUCKET_BITS - Long.numberOfLeadingZeros(value));
    }

    /**
     * @param value a value, not negative
     * @return the index of its bucket, {@code octave * 256 + subBucket}
     */
    static int bucketIndex(long value) {
        int octave = octave(value);
        return octave << SUB_BUCKET_BITS | (int) (value >>> Math.max(0, octave - 1)) & SUB_BUCKET_MASK;
    }

    /**
     * @param index a bucket index
     * @return the lowest value of that bucket
     */
    static long lowestValue(int index) {
        int octave = index >>> SUB_BUCKET_BITS;
        long sub = index & SUB_BUCKET_MASK;
        return octave == 0 ? sub : (SUB_BUCKETS | sub) << (octave - 1);
    }

    /**
     * @param index a bucket index
     * @return the highest value of that bucket
     */
    static long highestValue(int index) {
        return lowestValue(index) + (1L << Math.max(0, (index >>> SUB_BUCKET_BITS) - 1)) - 1;
    }

    /**
     * Adds {@code a + b}, saying what overflowed.
     *
     * @param a a count, not negative
     * @param b a count, not negative
     * @param what the name of the count, for the message
     * @return the sum
     * @throws ArithmeticException if the sum exceeds {@code Long.MAX_VALUE}
     */
    static long addCounts(long a, long b, String what) {
        long sum = a + b;
        if (sum < 0) {
            throw new ArithmeticException(what + " exceeds Long.MAX_VALUE: " + a + " + " + b);
        }
        return sum;
    }

    /**
     * Refuses a sum of nanoseconds, as 128 bits, that no {@code Duration} can hold.
     *
     * @param high the high 64 bits, not negative
     * @param low the low 64 bits, unsigned
     * @throws ArithmeticException if the sum exceeds {@code Long.MAX_VALUE} seconds and 999,999,999 ns
     */
    static void checkSum(long high, long low) {
        if (high > MAX_SUM_HIGH || high == MAX_SUM_HIGH && Long.compareUnsigned(low, MAX_SUM_LOW) > 0) {
            throw new ArithmeticException(
                    "sum of durations exceeds Long.MAX_VALUE seconds, the longest Duration (about 292 billion years)");
        }
    }

    /**
     * Records one value; allocates only the first time a value lands in an octave (or in an octave shared
     * with a snapshot).
     *
     * @param value the value in nanoseconds, not negative (the caller checks)
     */
    void add(long value) {
        int octave = octave(value);
        long[] counts = (owned >>> octave & 1) != 0 ? octaves[octave] : own(octave);
        counts[(int) (value >>> Math.max(0, octave - 1)) & SUB_BUCKET_MASK]++;
        count++;
        long low = sumLow + value;
        if (Long.compareUnsigned(low, sumLow) < 0) {
            sumHigh++;
        }
        sumLow = low;
        if (value < min) {
            min = value;
        }
        if (value > max) {
            max = value;
        }
    }

    private long[] own(int octave) {
        long[] counts = octaves[octave];
        counts = counts == null ? new long[SUB_BUCKETS] : counts.clone();
        octaves[octave] = counts;
        owned |= 1L << octave;
        return counts;
    }

    /**
     * The content so far as an instance no one writes, sharing this recorder's octaves; this recorder copies
     * an octave before writing it again.
     *
     * @return the snapshot
     * @throws ArithmeticException if the sum exceeds the longest {@code Duration}
     */
    LogLinearHistogram snapshot() {
        checkSum(sumHigh, sumLow);
        owned = 0;
        return recorder();
    }

    /**
     * A recorder starting from this content, sharing its octaves until it writes them; this instance is not
     * changed.
     *
     * @return the recorder
     */
    LogLinearHistogram recorder() {
        return new LogLinearHistogram(octaves.clone(), count, sumHigh, sumLow, min, max);
    }

    /**
     * The content of both: counts added bucket by bucket; octaves only one side uses are shared.
     *
     * @param other the other content
     * @return the merged content
     * @throws ArithmeticException if the count or the sum overflows
     */
    LogLinearHistogram plus(LogLinearHistogram other) {
        if (other.count == 0) {
            return this;
        }
        if (count == 0) {
            return other;
        }
        long n = addCounts(count, other.count, "count");
        long low = sumLow + other.sumLow;
        long high = sumHigh + other.sumHigh + (Long.compareUnsigned(low, sumLow) < 0 ? 1 : 0);
        checkSum(high, low);
        long[][] merged = new long[OCTAVES][];
        for (int j = 0; j < OCTAVES; j++) {
            long[] a = octaves[j];
            long[] b = other.octaves[j];
            if (a == null || b == null) {
                merged[j] = a == null ? b : a;
            } else {
                long[] sum = new long[SUB_BUCKETS];
                for (int i = 0; i < SUB_BUCKETS; i++) {
                    sum[i] = a[i] + b[i];
                }
                merged[j] = sum;
            }
        }
        return new LogLinearHistogram(merged, n, high, low, Math.min(min, other.min), Math.max(max, other.max));
    }

    /**
     * The content of stored buckets, validated: every index a bucket, every count positive, the minimum in
     * the lowest bucket, the maximum in the highest, the sum between {@code count * min} and
     * {@code count * max}.
     *
     * @param indexes the bucket indexes, strictly ascending
     * @param counts the count of each bucket, positive
     * @param sum the sum of the values in nanoseconds (ignored when there are no buckets)
     * @param min the smallest value (ignored when there are no buckets)
     * @param max the largest value (ignored when there are no buckets)
     * @return the content, which no one writes
     * @throws IllegalArgumentException naming the first part that cannot be
     */
    static LogLinearHistogram of(int[] indexes, long[] counts, java.math.BigInteger sum, long min, long max) {
        if (indexes.length != counts.length) {
            throw new IllegalArgumentException("sketch buckets: " + indexes.length + " indexes but " + counts.length
                    + " counts");
        }
        LogLinearHistogram h = new LogLinearHistogram();
        if (indexes.length == 0) {
            return h;
        }
        long n = 0;
        int previous = -1;
        for (int i = 0; i < indexes.length; i++) {
            int index = indexes[i];
            if (index < 0 || index >= OCTAVES << SUB_BUCKET_BITS) {
                throw new IllegalArgumentException("sketch bucket index must be in [0, " + (OCTAVES << SUB_BUCKET_BITS)
                        + "): " + index);
            }
            if (index <= previous) {
                throw new IllegalArgumentException("sketch bucket indexes must ascend: " + index + " after " + previous);
            }
            if (counts[i] <= 0) {
                throw new IllegalArgumentException("sketch bucket count must be positive: " + counts[i] + " in bucket "
                        + index);
            }
            previous = index;
            n = addCounts(n, counts[i], "sketch count");
            long[] octave = h.octaves[index >>> SUB_BUCKET_BITS];
            if (octave == null) {
                octave = new long[SUB_BUCKETS];
                h.octaves[index >>> SUB_BUCKET_BITS] = octave;
            }
            octave[index & SUB_BUCKET_MASK] = counts[i];
        }
        int first = indexes[0];
        int last = indexes[indexes.length - 1];
        if (min < 0 || bucketIndex(min) != first) {
            throw new IllegalArgumentException("sketch min must lie in its lowest bucket [" + lowestValue(first) + ", "
                    + highestValue(first) + "]: " + min);
        }
        if (max < 0 || bucketIndex(max) != last) {
            throw new IllegalArgumentException("sketch max must lie in its highest bucket [" + lowestValue(last) + ", "
                    + highestValue(last) + "]: " + max);
        }
        if (min > max || n == 1 && min != max) {
            throw new IllegalArgumentException("sketch min must be at most max, and equal it for one value: " + min
                    + " and " + max + " for " + n + " values");
        }
        java.math.BigInteger big = java.math.BigInteger.valueOf(n);
        if (sum.compareTo(big.multiply(java.math.BigInteger.valueOf(min))) < 0
                || sum.compareTo(big.multiply(java.math.BigInteger.valueOf(max))) > 0) {
            throw new IllegalArgumentException("sketch sum must lie between count * min and count * max (" + n + " * "
                    + min + " and " + n + " * " + max + "): " + sum);
        }
        h.count = n;
        h.sumHigh = sum.shiftRight(Long.SIZE).longValueExact();
        h.sumLow = sum.longValue();
        checkSum(h.sumHigh, h.sumLow);
        h.min = min;
        h.max = max;
        return h.snapshot();
    }

    long count() {
        return count;
    }

    long sumHigh() {
        return sumHigh;
    }

    long sumLow() {
        return sumLow;
    }

    /** @return the smallest value; {@code Long.MAX_VALUE} when empty */
    long min() {
        return min;
    }

    /** @return the largest value; {@code Long.MIN_VALUE} when empty */
    long max() {
        return max;
    }

    /**
     * @param index a bucket index
     * @return how many values lie in that bucket
     */
    long bucketCount(int index) {
        long[] counts = octaves[index >>> SUB_BUCKET_BITS];
        return counts == null ? 0 : counts[index & SUB_BUCKET_MASK];
    }

    /** @return how many octaves have their counts allocated */
    int allocatedOctaves() {
        int n = 0;
        for (long[] counts : octaves) {
            if (counts != null) {
                n++;
            }
        }
        return n;
    }

    /**
     * The index of the bucket holding the value of a rank.
     *
     * @param rank the 0-based rank in ascending order, below {@link #count()}
     * @return the bucket index
     */
    int bucketOfRank(long rank) {
        long seen = 0;
        for (int j = 0; j < OCTAVES; j++) {
            long[] counts = octaves[j];
            if (counts == null) {
                continue;
            }
            for (int i = 0; i < SUB_BUCKETS; i++) {
                seen += counts[i];
                if (seen > rank) {
                    return j << SUB_BUCKET_BITS | i;
                }
            }
        }
        throw new IllegalArgumentException("rank must be below the count " + count + ": " + rank);
    }

    /**
     * The estimate of the value of a rank: the minimum for rank 0, the maximum for the last rank, otherwise
     * the middle (rounded down) of its bucket narrowed to [min, max]. Within 1/512 of the true value, exact
     * under 512; never decreasing with the rank.
     *
     * @param rank the 0-based rank in ascending order, below {@link #count()}
     * @return the estimate
     */
    long valueAtRank(long rank) {
        if (rank == 0) {
            return min;
        }
        if (rank == count - 1) {
            return max;
        }
        int bucket = bucketOfRank(rank);
        long lo = Math.max(lowestValue(bucket), min);
        long hi = Math.min(highestValue(bucket), max);
        return lo + (hi - lo) / 2;
    }

    /**
     * How many values are known to be at most {@code limit}: all of them when {@code limit >= max}, otherwise
     * those in buckets whose highest value is at most {@code limit}. Exact when {@code limit} is at least the
     * maximum, below the minimum, the highest value of its bucket, or when no value shares its bucket;
     * otherwise it leaves out the values of {@code limit}'s own bucket (values within 1/256 under it).
     *
     * @param limit the limit, not negative
     * @return the count
     */
    long countAtMost(long limit) {
        if (count == 0 || limit < min) {
            return 0;
        }
        if (limit >= max) {
            return count;
        }
        int bucket = bucketIndex(limit);
        int end = limit == highestValue(bucket) ? bucket + 1 : bucket;
        long n = 0;
        for (int j = 0; j <= (end - 1) >>> SUB_BUCKET_BITS; j++) {
            long[] counts = octaves[j];
            if (counts == null) {
                continue;
            }
            int until = Math.min(SUB_BUCKETS, end - (j << SUB_BUCKET_BITS));
            for (int i = 0; i < until; i++) {
                n += counts[i];
            }
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LogLinearHistogram other && count == other.count && sumHigh == other.sumHigh
                && sumLow == other.sumLow && min == other.min && max == other.max
                && Arrays.deepEquals(octaves, other.octaves);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Long.hashCode(count) + Long.hashCode(sumLow)) + Arrays.deepHashCode(octaves);
    }
}
