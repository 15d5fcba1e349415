package io.github.supportkpi.staffing;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How a time is estimated from observed calls for a staffing model: by its mean, or by a percentile for a
 * cautious plan (a plan at the 80th percentile of handle times staffs as if calls were that long). Immutable
 * and thread-safe.
 *
 * <pre>{@code
 * CallTimes times = CallTimes.estimate(calls, Estimate.MEAN, Estimate.MEAN);
 * CallTimes cautious = CallTimes.estimate(calls, Estimate.ofPercentile(80), Estimate.MEAN);
 * }</pre>
 *
 * @param percentile the percentile, in (0, 100); empty for the mean
 */
public record Estimate(OptionalDouble percentile) {
    /** The mean. */
    public static final Estimate MEAN = new Estimate(OptionalDouble.empty());

    /**
     * Validates the estimate.
     *
     * @throws NullPointerException if {@code percentile} is null
     * @throws IllegalArgumentException if the percentile is outside (0, 100) or NaN
     */
    public Estimate {
        Objects.requireNonNull(percentile, "percentile");
        percentile.ifPresent(p -> {
            if (!(p > 0 && p < 100)) {
                throw new IllegalArgumentException("percentile must be within (0, 100): " + p);
            }
        });
    }

    /**
     * The {@code p}-th percentile.
     *
     * @param p the percentile, in (0, 100)
     * @return the estimate
     * @throws IllegalArgumentException if {@code p} is out of range
     */
    public static Estimate ofPercentile(double p) {
        return new Estimate(OptionalDouble.of(p));
    }

    /**
     * Whether this is the mean.
     *
     * @return true for {@link #MEAN}
     */
    public boolean isMean() {
        return percentile.isEmpty();
    }

    @Override
    public String toString() {
        return percentile.isEmpty() ? "mean" : "p" + percentile.getAsDouble();
    }
}
