package io.github.supportkpi.benchmarks;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The standard report: {@link ChannelFigures} per channel, by channel name. What every variant of the
 * benchmark computes, and what {@link #check} compares. Immutable.
 *
 * @param channels the figures of each channel, by name
 */
record StandardReport(SortedMap<String, ChannelFigures> channels) {
    /**
     * Copies the map.
     *
     * @throws IllegalArgumentException if there is no channel
     */
    StandardReport {
        Objects.requireNonNull(channels, "channels");
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("channels must not be empty: " + channels);
        }
        channels = Collections.unmodifiableSortedMap(new TreeMap<>(channels));
    }

    /**
     * Checks that a variant's report agrees with this reference, and fails loudly at the first value that
     * does not.
     *
     * @param variant the variant's name, for the message
     * @param report the variant's report
     * @param tolerance how closely it must agree
     * @throws IllegalStateException naming the variant, the channel, the figure and both values, at the first
     *     difference (the channels themselves first)
     */
    void check(String variant, StandardReport report, Tolerance tolerance) {
        if (!channels.keySet().equals(report.channels.keySet())) {
            throw new IllegalStateException("variant \"" + variant + "\" disagrees with the reference: channels "
                    + report.channels.keySet() + ", reference " + channels.keySet());
        }
        for (String channel : channels.keySet()) {
            List<ChannelFigures.Figure> expected = channels.get(channel).figures();
            List<ChannelFigures.Figure> actual = report.channels.get(channel).figures();
            for (int i = 0; i < expected.size(); i++) {
                ChannelFigures.Figure e = expected.get(i);
                ChannelFigures.Figure a = actual.get(i);
                if (!tolerance.agrees(e.kind(), e.value(), a.value())) {
                    throw new IllegalStateException(String.format(Locale.ROOT,
                            "variant \"%s\" disagrees with the reference: channel %s, %s = %s, reference %s (%s)",
                            variant, channel, e.name(), plain(a.value()), plain(e.value()), tolerance));
                }
            }
        }
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /**
     * The report as a table, a channel per line.
     *
     * @return readable text
     */
    String format() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "%-8s %9s %9s %7s %9s %9s %9s %9s %7s %7s %7s %9s %9s%n", "channel", "tickets", "resolved", "res %",
                "frt mean", "frt p50", "res mean", "res p90", "fcr %", "reopen%", "escal%", "sla frt%", "sla res%"));
        channels.forEach((name, f) -> sb.append(String.format(Locale.ROOT,
                "%-8s %9d %9d %7.2f %8.2fh %8.2fh %8.2fh %8.2fh %7.2f %7.2f %7.2f %9.2f %9.2f%n", name, f.volume(),
                f.resolved(), percent(f.resolutionRateNumerator(), f.resolutionRateDenominator()),
                hours(f.frtMeanNanos()), hours(f.frtMedianNanos()), hours(f.resolutionTimeMeanNanos()),
                hours(f.resolutionTimeP90Nanos()), percent(f.fcrResolved(), f.fcrEligible()),
                percent(f.reopened(), f.reopenEligible()), percent(f.escalated(), f.escalationEligible()),
                percent(f.firstResponseAchieved(), f.firstResponseAchieved() + f.firstResponseBreached()),
                percent(f.resolutionAchieved(), f.resolutionAchieved() + f.resolutionBreached()))));
        return sb.toString();
    }

    private static double percent(long numerator, long denominator) {
        if (denominator == 0) {
            throw new IllegalStateException("denominator must be positive to print a rate: " + numerator + "/0");
        }
        return 100.0 * numerator / denominator;
    }

    private static double hours(double nanos) {
        return nanos / 3.6e12;
    }
}
