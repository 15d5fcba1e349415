package io.github.supportkpi.metric;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * A count of records: ticket volume, resolved tickets, article views. Immutable and thread-safe.
 *
 * <p>A count is defined even when zero: zero records is a real answer for a count, unlike a rate.
 *
 * @param value the count, not negative
 */
public record Count(long value) implements Tally<Count> {
    /** Zero: the identity of {@link #plus}. */
    public static final Count ZERO = new Count(0);

    /**
     * Validates the count.
     *
     * @throws IllegalArgumentException if negative
     */
    public Count {
        if (value < 0) {
            throw new IllegalArgumentException("count must not be negative: " + value);
        }
    }

    /**
     * The count {@code value}.
     *
     * @param value the count
     * @return the count
     */
    public static Count of(long value) {
        return new Count(value);
    }

    @Override
    public Count plus(Count other) {
        return new Count(Math.addExact(value, other.value));
    }

    /** The count itself. */
    @Override
    public long sampleSize() {
        return value;
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }

    /**
     * A metric counting the records that match.
     *
     * @param id the metric's id
     * @param counted which records count
     * @param <T> the record type
     * @return the metric
     */
    public static <T> Metric<T, Count> metric(String id, Predicate<? super T> counted) {
        Objects.requireNonNull(counted, "counted");
        return Metric.of(id, ZERO, () -> new Accumulator<T, Count>() {
            private long n;

            @Override
            public void accept(T record) {
                if (counted.test(record)) {
                    n++;
                }
            }

            @Override
            public Count tally() {
                return new Count(n);
            }
        });
    }
}
