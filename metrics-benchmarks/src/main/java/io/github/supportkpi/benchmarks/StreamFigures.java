package io.github.supportkpi.benchmarks;

import java.util.Locale;
import java.util.Map;

/**
 * The streaming report's figures of one channel: volume, resolved tickets, and the count, mean and a
 * percentile of first response time (median) and resolution time (p90), in seconds.
 *
 * @param volume tickets
 * @param resolved tickets resolved now
 * @param frtCount tickets with a first response
 * @param frtMean mean first response time, seconds
 * @param frtMedian median first response time, seconds
 * @param resolutionCount resolved tickets with a resolution time
 * @param resolutionMean mean resolution time, seconds
 * @param resolutionP90 p90 resolution time, seconds
 */
record StreamFigures(long volume, long resolved, long frtCount, double frtMean, double frtMedian,
        long resolutionCount, double resolutionMean, double resolutionP90) {

    /**
     * Checks that two reports agree: counts exactly, means to 1e-9 relative, percentiles within a relative
     * tolerance (the library's sketch against DuckDB's exact {@code quantile_cont}).
     *
     * @param what the two reports, for the message
     * @param expected one report by channel
     * @param actual the other
     * @param percentileTolerance the relative tolerance of the percentiles
     * @throws IllegalStateException at the first difference
     */
    static void check(String what, Map<String, StreamFigures> expected, Map<String, StreamFigures> actual,
            double percentileTolerance) {
        if (!expected.keySet().equals(actual.keySet())) {
            throw new IllegalStateException(what + ": channels must agree: " + expected.keySet() + " and "
                    + actual.keySet());
        }
        expected.forEach((channel, e) -> {
            StreamFigures a = actual.get(channel);
            exact(what, channel, "volume", e.volume, a.volume);
            exact(what, channel, "resolved", e.resolved, a.resolved);
            exact(what, channel, "frt.count", e.frtCount, a.frtCount);
            exact(what, channel, "resolution.time.count", e.resolutionCount, a.resolutionCount);
            close(what, channel, "frt.mean", e.frtMean, a.frtMean, 1e-9);
            close(what, channel, "resolution.time.mean", e.resolutionMean, a.resolutionMean, 1e-9);
            close(what, channel, "frt.median", e.frtMedian, a.frtMedian, percentileTolerance);
            close(what, channel, "resolution.time.p90", e.resolutionP90, a.resolutionP90, percentileTolerance);
        });
    }

    private static void exact(String what, String channel, String figure, long e, long a) {
        if (e != a) {
            throw new IllegalStateException(what + " must agree on " + figure + " of " + channel + ": " + e + " and "
                    + a);
        }
    }

    private static void close(String what, String channel, String figure, double e, double a, double relative) {
        if (Math.abs(e - a) > relative * Math.abs(e) + 1e-9) {
            throw new IllegalStateException(String.format(Locale.ROOT, "%s must agree on %s of %s within %.3g"
                    + " relative: %.6f and %.6f", what, figure, channel, relative, e, a));
        }
    }
}
