package io.github.supportkpi.benchmarks;

/**
 * How closely a variant's report must agree with the reference: counts always exactly; means and percentiles
 * within a relative error. Immutable.
 *
 * @param meanRelative the largest relative difference of a mean, in [0, 1)
 * @param percentileRelative the largest relative difference of a percentile, in [0, 1): 0 for an exact
 *     variant, a sketch's stated error bound for a sketch
 */
record Tolerance(double meanRelative, double percentileRelative) {
    /**
     * An exact variant: equal percentiles, and means equal up to the rounding of a double (a SQL {@code avg}
     * divides in floating point where the library truncates to the nanosecond).
     */
    static final Tolerance EXACT = new Tolerance(1e-9, 0);

    /**
     * Validates the bounds.
     *
     * @throws IllegalArgumentException if a bound is outside [0, 1) or NaN
     */
    Tolerance {
        if (!(meanRelative >= 0 && meanRelative < 1) || !(percentileRelative >= 0 && percentileRelative < 1)) {
            throw new IllegalArgumentException("tolerances must be within [0, 1): mean " + meanRelative
                    + ", percentile " + percentileRelative);
        }
    }

    /**
     * Exact counts and means, percentiles within a relative error: for a quantile sketch, its stated bound.
     *
     * @param relative the bound, in [0, 1)
     * @return the tolerance
     */
    static Tolerance percentilesWithin(double relative) {
        return new Tolerance(EXACT.meanRelative, relative);
    }

    /**
     * Whether a value is close enough to the reference.
     *
     * @param kind what the value is
     * @param reference the reference value
     * @param value the variant's value
     * @return true when it agrees
     */
    boolean agrees(ChannelFigures.Kind kind, double reference, double value) {
        switch (kind) {
            case COUNT:
                return reference == value;
            case MEAN:
                return Math.abs(reference - value) <= meanRelative * Math.abs(reference);
            default:
                return Math.abs(reference - value) <= percentileRelative * Math.abs(reference);
        }
    }
}
