package io.github.supportkpi.report;

import io.github.supportkpi.time.Bucket;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The change of a metric's value from one bucket of a series to the next (period over period), as
 * {@link Trend#changes} gives it.
 * Immutable and thread-safe.
 *
 * <p>{@code absolute = current - previous}; {@code percent = (current - previous) / |previous| x 100}.
 * <ul>
 *   <li>Both are undefined (empty) when either value is undefined: a bucket with no data has no change.</li>
 *   <li>The relative change is also undefined when the previous value is zero: there is no percentage of
 *       nothing. Never NaN, never infinite.</li>
 *   <li>The relative change divides by the magnitude of the previous value, so its sign is the direction
 *       of the change even for negative values (an NPS from -20 to -10 is +50%).</li>
 *   <li>A change too large for a {@code double} is undefined rather than infinite.</li>
 * </ul>
 *
 * @param previousBucket the earlier bucket
 * @param bucket the later bucket
 * @param previous the value in the earlier bucket, empty when undefined
 * @param current the value in the later bucket, empty when undefined
 */
public record PeriodChange(Bucket previousBucket, Bucket bucket, OptionalDouble previous, OptionalDouble current) {
    /**
     * Validates the fields.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if a value is NaN or infinite, or the earlier bucket is not before
     *     the later
     */
    public PeriodChange {
        Objects.requireNonNull(previousBucket, "previousBucket");
        Objects.requireNonNull(bucket, "bucket");
        finite(previous, "previous");
        finite(current, "current");
        if (previousBucket.compareTo(bucket) >= 0) {
            throw new IllegalArgumentException(
                    "previousBucket must be before bucket: " + previousBucket + "/" + bucket);
        }
    }

    private static void finite(OptionalDouble value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isPresent() && !Double.isFinite(value.getAsDouble())) {
            throw new IllegalArgumentException(name + " must be finite: " + value.getAsDouble());
        }
    }

    /**
     * The absolute change {@code current - previous}.
     *
     * @return the change; empty when either value is undefined
     */
    public OptionalDouble absolute() {
        return absolute(previous, current);
    }

    /**
     * The relative change in percent, {@code (current - previous) / |previous| x 100}.
     *
     * @return the change; empty when either value is undefined or the previous value is zero
     */
    public OptionalDouble percent() {
        return percent(previous, current);
    }

    /**
     * The absolute change between two values.
     *
     * @param previous the earlier value
     * @param current the later value
     * @return {@code current - previous}; empty when either is empty or the difference is not finite
     */
    static OptionalDouble absolute(OptionalDouble previous, OptionalDouble current) {
        if (previous.isEmpty() || current.isEmpty()) {
            return OptionalDouble.empty();
        }
        return finiteOrEmpty(current.getAsDouble() - previous.getAsDouble());
    }

    /**
     * The relative change in percent between two values.
     *
     * @param previous the earlier value
     * @param current the later value
     * @return {@code (current - previous) / |previous| x 100}; empty when either is empty, the previous
     *     value is zero or the result is not finite
     */
    static OptionalDouble percent(OptionalDouble previous, OptionalDouble current) {
        if (previous.isEmpty() || current.isEmpty() || previous.getAsDouble() == 0) {
            return OptionalDouble.empty();
        }
        double p = previous.getAsDouble();
        return finiteOrEmpty((current.getAsDouble() - p) * 100 / Math.abs(p));
    }

    private static OptionalDouble finiteOrEmpty(double v) {
        return Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
    }

    /** @return {@code "2024-W10 -> 2024-W11: 40.00 -> 50.00 (+10.00, +25.00%)"}, with n/a where undefined */
    @Override
    public String toString() {
        return previousBucket + " -> " + bucket + ": " + format(previous, "%.2f") + " -> " + format(current, "%.2f")
                + " (" + format(absolute(), "%+.2f") + ", " + format(percent(), "%+.2f%%") + ")";
    }

    private static String format(OptionalDouble v, String pattern) {
        return v.isPresent() ? String.format(Locale.ROOT, pattern, v.getAsDouble()) : "n/a";
    }
}
