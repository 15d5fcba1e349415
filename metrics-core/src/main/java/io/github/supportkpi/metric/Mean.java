package io.github.supportkpi.metric;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * A mean of whole numbers kept as its sum and count: mean scores, replies per ticket, touches per ticket.
 * Immutable and thread-safe.
 *
 * <p>With a zero count the mean is undefined: {@link #value()} is empty, never NaN and never 0.
 *
 * @param sum the sum of the values
 * @param count how many values, not negative
 */
public record Mean(long sum, long count) implements Tally<Mean> {
    /** No values: the identity of {@link #plus}. */
    public static final Mean EMPTY = new Mean(0, 0);

    /**
     * Validates the count.
     *
     * @throws IllegalArgumentException if {@code count} is negative, or is zero while {@code sum} is not
     */
    public Mean {
        if (count < 0) {
            throw new IllegalArgumentException("Mean count must not be negative: " + count);
        }
        if (count == 0 && sum != 0) {
            throw new IllegalArgumentException("Mean sum must be 0 when count is 0: " + sum);
        }
    }

    /**
     * The mean {@code sum / count}.
     *
     * @param sum the sum
     * @param count the count
     * @return the mean
     */
    public static Mean of(long sum, long count) {
        return new Mean(sum, count);
    }

    @Override
    public Mean plus(Mean other) {
        return new Mean(Math.addExact(sum, other.sum), Math.addExact(count, other.count));
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

    /** @return {@code "4.25 (n=4)"}, or {@code "n/a (n=0)"} */
    @Override
    public String toString() {
        return (count == 0 ? "n/a" : String.format(Locale.ROOT, "%.4g", (double) sum / count)) + " (n=" + count + ")";
    }

    /**
     * A mean metric over the records {@code considered}, each contributing {@code value}.
     *
     * @param id the metric's id
     * @param considered which records count
     * @param value the whole-number value of a considered record
     * @param <T> the record type
     * @return the metric
     */
    public static <T> Metric<T, Mean> metric(String id, Predicate<? super T> considered, ToLongFunction<? super T> value) {
        Objects.requireNonNull(considered, "considered");
        Objects.requireNonNull(value, "value");
        return Metric.of(id, EMPTY, () -> new Accumulator<T, Mean>() {
            private long sum;
            private long count;

            @Override
            public void accept(T record) {
                if (considered.test(record)) {
                    sum = Math.addExact(sum, value.applyAsLong(record));
                    count++;
                }
            }

            @Override
            public Mean tally() {
                return new Mean(sum, count);
            }
        });
    }
}
