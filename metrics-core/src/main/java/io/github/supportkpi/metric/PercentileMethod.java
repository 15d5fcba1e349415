package io.github.supportkpi.metric;

/**
 * How a percentile is taken from {@code n} sorted values {@code x[0] <= ... <= x[n-1]}, for
 * {@code p} in [0, 100].
 */
public enum PercentileMethod {
    /**
     * Nearest rank: {@code x[ceil(p / 100 * n) - 1]}, and {@code x[0]} for {@code p = 0}. Always one of the
     * values. The median of {@code 1, 2, 3, 4} is 2.
     */
    NEAREST_RANK,
    /**
     * Linear interpolation between closest ranks (Hyndman and Fan type 7; the default of NumPy, R and
     * Excel's PERCENTILE.INC): {@code h = (n - 1) * p / 100}, then
     * {@code x[floor(h)] + (h - floor(h)) * (x[floor(h) + 1] - x[floor(h)])}. The median of
     * {@code 1, 2, 3, 4} is 2.5. The default.
     */
    LINEAR
}
