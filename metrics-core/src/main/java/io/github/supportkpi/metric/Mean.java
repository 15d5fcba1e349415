package io.github.supportkpi.metric;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * A mean of whole numbers kept as its sum and count, and the sum of their squares when known: mean scores,
 * replies per ticket, touches per ticket. Immutable and thread-safe.
 *
 * <p>With a zero count the mean is undefined: {@link #value()} is empty, never NaN and never 0.
 *
 * <p>The sum of squares gives the sample variance and so a {@link #interval confidence interval} of the
 * mean. The metrics of {@link #metric} keep it; a mean made from a sum and a count alone
 * ({@link #of(long, long)}, or one stored by format version 1.0) does not know it: {@link #sumOfSquares()}
 * is empty, and so are {@link #variance()} and {@link #interval}. Merging keeps it only when both sides know
 * it. A mean of no values knows it: it is 0.
 *
 * @param sum the sum of the values
 * @param count how many values, not negative
 * @param sumOfSquares the sum of the squares of the values, not negative; empty when unknown (0 when the count
 *     is 0)
 */
public record Mean(long sum, long count, OptionalLong sumOfSquares) implements Tally<Mean> {
    /** No values: the identity of {@link #plus}. */
    public static final Mean EMPTY = new Mean(0, 0, OptionalLong.of(0));

    /**
     * Validates the counts. A mean of no values with an unknown sum of squares is made the one with 0, as
     * there is nothing unknown about no values.
     *
     * @throws NullPointerException if {@code sumOfSquares} is null
     * @throws IllegalArgumentException if {@code count} is negative, or is zero while {@code sum} or
     *     {@code sumOfSquares} is not; if {@code sumOfSquares} is negative, below {@code |sum|}, or below
     *     {@code sum^2 / count} (a negative variance): no whole numbers have such sums
     */
    public Mean {
        Objects.requireNonNull(sumOfSquares, "sumOfSquares");
        if (count < 0) {
            throw new IllegalArgumentException("Mean count must not be negative: " + count);
        }
        if (count == 0 && sum != 0) {
            throw new IllegalArgumentException("Mean sum must be 0 when count is 0: " + sum);
        }
        if (count == 0 && sumOfSquares.isEmpty()) {
            sumOfSquares = OptionalLong.of(0);
        }
        if (sumOfSquares.isPresent()) {
            long q = sumOfSquares.getAsLong();
            if (q < 0) {
                throw new IllegalArgumentException("Mean sumOfSquares must not be negative: " + q);
            }
            if (count == 0 && q != 0) {
                throw new IllegalArgumentException("Mean sumOfSquares must be 0 when count is 0: " + q);
            }
            // whole numbers: x^2 >= |x|, so q >= |sum|; and count * q >= sum^2 (the variance is not negative)
            if ((sum != Long.MIN_VALUE && q < Math.abs(sum)) || !atLeastSquare(count, q, sum)) {
                throw new IllegalArgumentException("Mean sumOfSquares must be at least |sum| and sum^2 / count: "
                        + q + " with sum " + sum + " and count " + count);
            }
        }
    }

    /** {@code count * q >= sum * sum}, exactly, in 128 bits. */
    private static boolean atLeastSquare(long count, long q, long sum) {
        long high = Math.multiplyHigh(count, q);
        long low = count * q;
        long squareHigh = Math.multiplyHigh(sum, sum);
        long squareLow = sum * sum;
        return high != squareHigh ? high > squareHigh : Long.compareUnsigned(low, squareLow) >= 0;
    }

    /**
     * A mean of {@code count} values summing to {@code sum}, whose sum of squares is unknown: it has no
     * variance and no interval (unless the count is 0).
     *
     * @param sum the sum of the values
     * @param count how many values, not negative
     * @throws IllegalArgumentException if {@code count} is negative, or is zero while {@code sum} is not
     */
    public Mean(long sum, long count) {
        this(sum, count, OptionalLong.empty());
    }

    /**
     * The mean {@code sum / count}, without the sum of squares.
     *
     * @param sum the sum
     * @param count the count
     * @return the mean, its sum of squares unknown
     * @throws IllegalArgumentException if {@code count} is negative, or is zero while {@code sum} is not
     */
    public static Mean of(long sum, long count) {
        return new Mean(sum, count);
    }

    /**
     * The mean {@code sum / count}, with the sum of squares of the values.
     *
     * @param sum the sum
     * @param count the count
     * @param sumOfSquares the sum of the squares of the values
     * @return the mean
     * @throws IllegalArgumentException as the {@linkplain Mean#Mean(long, long, OptionalLong) constructor}
     */
    public static Mean of(long sum, long count, long sumOfSquares) {
        return new Mean(sum, count, OptionalLong.of(sumOfSquares));
    }

    /**
     * The mean of some values, with their sum of squares.
     *
     * @param values whole numbers
     * @return their mean
     * @throws ArithmeticException if the sum or the sum of squares exceeds the range of a {@code long}
     */
    public static Mean ofValues(long... values) {
        Objects.requireNonNull(values, "values");
        long sum = 0;
        long squares = 0;
        for (long v : values) {
            sum = Math.addExact(sum, v);
            squares = addSquare(squares, v);
        }
        return of(sum, values.length, squares);
    }

    /**
     * Merges the counts; the sum of squares is known when both are.
     *
     * @throws ArithmeticException if the sum, the count or the sum of squares exceeds the range of a
     *     {@code long}
     */
    @Override
    public Mean plus(Mean other) {
        OptionalLong squares = OptionalLong.empty();
        if (sumOfSquares.isPresent() && other.sumOfSquares.isPresent()) {
            long a = sumOfSquares.getAsLong();
            long b = other.sumOfSquares.getAsLong();
            long q = a + b;
            if (q < 0) {
                throw new ArithmeticException("Mean sum of squares exceeds " + Long.MAX_VALUE + ": " + a + " + " + b);
            }
            squares = OptionalLong.of(q);
        }
        return new Mean(Math.addExact(sum, other.sum), Math.addExact(count, other.count), squares);
    }

    /** {@code squares + v^2}, refusing to exceed a {@code long}. */
    static long addSquare(long squares, long v) {
        long high = Math.multiplyHigh(v, v);
        long square = v * v;
        long q = squares + square;
        if (high != 0 || square < 0 || q < 0) {
            throw new ArithmeticException("Mean sum of squares exceeds " + Long.MAX_VALUE + ": adding the square of "
                    + v + " to " + squares);
        }
        return q;
    }

    /** The count. */
    @Override
    public long sampleSize() {
        return count;
    }

    /**
     * The mean.
     *
     * @return {@code sum / count}; empty when the count is 0, never NaN
     */
    public OptionalDouble value() {
        return count == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) sum / count);
    }

    /**
     * The sample variance (with Bessel's correction), {@code (sumOfSquares - sum^2 / count) / (count - 1)}.
     *
     * @return the variance, not negative; empty when the sum of squares is unknown or the count is below 2
     */
    public OptionalDouble variance() {
        if (sumOfSquares.isEmpty() || count < 2) {
            return OptionalDouble.empty();
        }
        // (count * q - sum^2) exactly in 128 bits, then to double: no cancellation
        long q = sumOfSquares.getAsLong();
        double scaled = difference128(Math.multiplyHigh(count, q), count * q, Math.multiplyHigh(sum, sum), sum * sum);
        return OptionalDouble.of(scaled / count / (count - 1));
    }

    /** {@code (aHigh:aLow) - (bHigh:bLow)} as a double, both 128-bit values not negative and a at least b. */
    private static double difference128(long aHigh, long aLow, long bHigh, long bLow) {
        long low = aLow - bLow;
        long high = aHigh - bHigh - (Long.compareUnsigned(aLow, bLow) < 0 ? 1 : 0);
        double lowAsUnsigned = low >= 0 ? low : (double) (low >>> 1) * 2 + (low & 1);
        return high * 0x1p64 + lowAsUnsigned;
    }

    /**
     * The t interval of the mean: {@code mean +- t * s / sqrt(count)}, with {@code s} the square root of
     * {@link #variance()} and {@code t} Student's two-sided critical value for the level at
     * {@code count - 1} degrees of freedom ({@link Interval#studentCritical}). The t distribution is used at
     * every count: it is exact for normal values, tends to the normal interval as the count grows, and is the
     * safer one for small samples.
     * <ul>
     *   <li>Empty when the sum of squares is unknown or the count is below 2.</li>
     *   <li>A single point when every value is the same.</li>
     * </ul>
     *
     * @param level the confidence level, strictly between 0 and 1 (0.95 for a 95% interval)
     * @return the interval, in the unit of the values; empty when the variance is undefined
     * @throws IllegalArgumentException if the level is not strictly between 0 and 1
     */
    public Optional<Interval> interval(double level) {
        return interval(value(), variance(), count, level);
    }

    /** The t interval from a mean, a sample variance and a count; shared with {@link DurationStats}. */
    static Optional<Interval> interval(OptionalDouble mean, OptionalDouble variance, long count, double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be strictly between 0 and 1: " + level);
        }
        if (mean.isEmpty() || variance.isEmpty() || count < 2) {
            return Optional.empty();
        }
        double t = Interval.studentCritical(level, count - 1);
        double m = mean.getAsDouble();
        double half = t * Math.sqrt(variance.getAsDouble() / count);
        return Optional.of(new Interval(Math.min(m, m - half), Math.max(m, m + half), level));
    }

    /** @return {@code "4.25 (n=4)"}, or {@code "n/a (n=0)"} */
    @Override
    public String toString() {
        return (count == 0 ? "n/a" : String.format(Locale.ROOT, "%.4g", (double) sum / count)) + " (n=" + count + ")";
    }

    /**
     * A mean metric over the records {@code considered}, each contributing {@code value}; it keeps the sum of
     * squares.
     *
     * @param id the metric's id
     * @param considered which records count
     * @param value the whole-number value of a considered record
     * @param <T> the record type
     * @return the metric
     * @throws ArithmeticException (when tallying) if the sum or the sum of squares exceeds the range of a
     *     {@code long}
     */
    public static <T> Metric<T, Mean> metric(String id, Predicate<? super T> considered, ToLongFunction<? super T> value) {
        Objects.requireNonNull(considered, "considered");
        Objects.requireNonNull(value, "value");
        return Metric.of(id, EMPTY, () -> new Accumulator<T, Mean>() {
            private long sum;
            private long count;
            private long squares;

            @Override
            public void accept(T record) {
                if (considered.test(record)) {
                    long v = value.applyAsLong(record);
                    sum = Math.addExact(sum, v);
                    squares = addSquare(squares, v);
                    count++;
                }
            }

            @Override
            public Mean tally() {
                return Mean.of(sum, count, squares);
            }
        });
    }
}
