package io.github.supportkpi.metric;

import java.util.Locale;

/**
 * A confidence interval around a point value: a Wilson score interval for a {@link Ratio}, a margin of error
 * for an NPS, a t interval for a mean. Immutable and thread-safe.
 *
 * <p>The bounds are in the unit of the value they surround: a {@link Ratio}'s interval is in proportions
 * (0 to 1), an NPS's in points (-100 to 100), a mean's in the unit of the mean.
 *
 * @param lower the lower bound, finite
 * @param upper the upper bound, finite and not below {@code lower}
 * @param level the confidence level, strictly between 0 and 1 (0.95 for a 95% interval)
 */
public record Interval(double lower, double upper, double level) {
    /**
     * Validates the bounds and the level.
     *
     * @throws IllegalArgumentException if a bound is not finite, {@code upper < lower}, or the level is not
     *     strictly between 0 and 1
     */
    public Interval {
        if (!Double.isFinite(lower)) {
            throw new IllegalArgumentException("Interval lower must be finite: " + lower);
        }
        if (!Double.isFinite(upper)) {
            throw new IllegalArgumentException("Interval upper must be finite: " + upper);
        }
        if (upper < lower) {
            throw new IllegalArgumentException("Interval upper must not be below lower: " + upper + " < " + lower);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("Interval level must be strictly between 0 and 1: " + level);
        }
    }

    /**
     * An interval.
     *
     * @param lower the lower bound
     * @param upper the upper bound
     * @param level the confidence level
     * @return the interval
     */
    public static Interval of(double lower, double upper, double level) {
        return new Interval(lower, upper, level);
    }

    /** @return {@code upper - lower} */
    public double width() {
        return upper - lower;
    }

    /**
     * Whether a value lies within the bounds, both included.
     *
     * @param value the value
     * @return whether {@code lower <= value <= upper}
     */
    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }

    /**
     * This interval with both bounds multiplied by a factor, such as 100 to turn a proportion into percent.
     *
     * @param factor a positive, finite factor
     * @return the scaled interval
     * @throws IllegalArgumentException if the factor is not positive and finite
     */
    public Interval scaled(double factor) {
        if (!(factor > 0 && Double.isFinite(factor))) {
            throw new IllegalArgumentException("Interval scale factor must be positive and finite: " + factor);
        }
        return new Interval(lower * factor, upper * factor, level);
    }

    /** @return {@code [0.4712, 0.6105] at 95%} */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "[%.4f, %.4f] at %s%%", lower, upper,
                java.math.BigDecimal.valueOf(level * 100).stripTrailingZeros().toPlainString());
    }
}
