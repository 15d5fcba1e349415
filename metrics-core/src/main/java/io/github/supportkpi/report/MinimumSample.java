package io.github.supportkpi.report;

/**
 * The smallest sample a report shows a value for without a warning: a cell with fewer records is marked
 * "too few", its value kept. Immutable and thread-safe.
 *
 * <p>The default, 30, is the usual rule of thumb for when the normal approximation behind the intervals of
 * this library ({@code Ratio.wilson}, {@code NpsTally.interval}, mean intervals) is serviceable and a single
 * record no longer moves a rate by more than a few points (one record of 30 is 3.3 points). It is a
 * convention, not a law: with 30 responses an NPS's margin of error can still be 35 points at 95%, which the
 * interval shows; the rule only spares readers the value of a handful of records shown as if it meant
 * something.
 *
 * @param n the smallest sample that is not too few, at least 1
 */
public record MinimumSample(long n) {
    /** The default minimum sample: 30. */
    public static final MinimumSample DEFAULT = new MinimumSample(30);

    /**
     * Validates the minimum.
     *
     * @throws IllegalArgumentException if {@code n} is below 1
     */
    public MinimumSample {
        if (n < 1) {
            throw new IllegalArgumentException("MinimumSample n must be at least 1: " + n);
        }
    }

    /**
     * The default minimum sample, 30.
     *
     * @return {@link #DEFAULT}
     */
    public static MinimumSample defaults() {
        return DEFAULT;
    }

    /**
     * A minimum sample.
     *
     * @param n the smallest sample that is not too few, at least 1
     * @return the minimum sample
     * @throws IllegalArgumentException if {@code n} is below 1
     */
    public static MinimumSample of(long n) {
        return new MinimumSample(n);
    }

    /**
     * This rule with another minimum.
     *
     * @param n the smallest sample that is not too few, at least 1
     * @return the rule
     * @throws IllegalArgumentException if {@code n} is below 1
     */
    public MinimumSample withN(long n) {
        return new MinimumSample(n);
    }

    /**
     * Whether a sample is too small to show without a warning: {@code sampleSize < n}. An empty sample is
     * too few.
     *
     * @param sampleSize the records behind a value, such as a tally's {@code sampleSize()}, not negative
     * @return whether {@code sampleSize < n}
     * @throws IllegalArgumentException if the sample size is negative
     */
    public boolean tooFew(long sampleSize) {
        if (sampleSize < 0) {
            throw new IllegalArgumentException("sampleSize must not be negative: " + sampleSize);
        }
        return sampleSize < n;
    }
}
