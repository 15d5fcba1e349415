package io.github.supportkpi.examples;

import io.github.supportkpi.experience.NpsTally;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.Mean;
import io.github.supportkpi.metric.Ratio;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** Plain-text formatting of tallies for the example reports: undefined values print as "n/a", never NaN. */
final class Format {
    private Format() {}

    /** @return {@code "67.6% (144/213)"} or {@code "n/a (0/0)"} */
    static String percent(Ratio r) {
        return r.percent().isPresent()
                ? String.format(Locale.ROOT, "%.1f%% (%d/%d)", r.percent().getAsDouble(), r.numerator(), r.denominator())
                : "n/a (0/0)";
    }

    /** @return {@code "67.6%"} or {@code "n/a"} */
    static String percentOnly(Ratio r) {
        return r.percent().isPresent() ? String.format(Locale.ROOT, "%.1f%%", r.percent().getAsDouble()) : "n/a";
    }

    /** @return {@code "+40.0"} or {@code "n/a"} */
    static String nps(NpsTally t) {
        return t.score().isPresent() ? String.format(Locale.ROOT, "%+.1f", t.score().getAsDouble()) : "n/a";
    }

    /** @return {@code "4.25"} or {@code "n/a"} */
    static String mean(Mean m) {
        return m.value().isPresent() ? String.format(Locale.ROOT, "%.2f", m.value().getAsDouble()) : "n/a";
    }

    /** @return {@code "1h 05m"}, {@code "3m 20s"} or {@code "n/a"} */
    static String duration(Optional<Duration> d) {
        if (d.isEmpty()) {
            return "n/a";
        }
        long s = d.get().getSeconds();
        if (s >= 86_400) {
            return String.format(Locale.ROOT, "%dd %02dh", s / 86_400, s % 86_400 / 3600);
        }
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%dh %02dm", s / 3600, s % 3600 / 60);
        }
        return String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60);
    }

    /** @return median, mean and 90th percentile with the counts */
    static String durations(DurationStats s) {
        return String.format(Locale.ROOT, "median %s, mean %s, p90 %s (n=%d, unmeasured %d)", duration(s.median()),
                duration(s.mean()), duration(s.percentile(90)), s.count(), s.unmeasured());
    }

    /** @return a left-aligned cell */
    static String cell(Object o, int width) {
        return String.format(Locale.ROOT, "%-" + width + "s", o);
    }
}
