package io.github.supportkpi.time;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Bands of durations, for the distribution of a duration metric (first response time, resolution time) as a
 * report shows it: configurable bounds cut durations into bands, each a {@code [lower, upper)} span, the last
 * open-ended. Immutable and thread-safe.
 *
 * <pre>{@code
 * TimeBands bands = TimeBands.chatwoot();            // <1h, 1h-4h, 4h-8h, 8h-1d, >=1d
 * DurationStats frt = FirstResponseTime.defaults().over(tickets);
 * TimeBandCounts counts = TimeBandCounts.of(bands, frt).orElseThrow();
 * counts.count(bands.bands().get(0));                 // tickets answered within the hour
 * }</pre>
 * <ul>
 *   <li>A band contains its lower bound and not its upper one: a duration of exactly 1 h is in
 *       {@code 1h-4h}, not in {@code <1h}.</li>
 *   <li>The counts per band ({@code speed.TimeBandCounts}) are read from a {@code DurationStats}, the mergeable
 *       tally a duration metric already keeps: merge the tallies, then read the bands of the merge. Bands keep no
 *       tally of their own.</li>
 *   <li>Bounds print as days, hours, minutes and seconds: {@code 1d}, {@code 36h} prints {@code 1d12h},
 *       {@code 90m} prints {@code 1h30m}.</li>
 * </ul>
 * The backlog's age bands ({@code backlog.AgeBands}) are cut, labelled and searched by these.
 */
public final class TimeBands {
    private static final TimeBands CHATWOOT = of(Duration.ofHours(1), Duration.ofHours(4), Duration.ofHours(8),
            Duration.ofHours(24));

    private final List<Duration> bounds;
    private final List<TimeBand> bands;

    private TimeBands(List<Duration> bounds) {
        this.bounds = bounds;
        List<TimeBand> list = new ArrayList<>(bounds.size() + 1);
        Duration lower = Duration.ZERO;
        for (int i = 0; i <= bounds.size(); i++) {
            String label;
            Optional<Duration> upper = i < bounds.size() ? Optional.of(bounds.get(i)) : Optional.empty();
            if (i == 0 && upper.isPresent()) {
                label = "<" + format(upper.get());
            } else if (upper.isEmpty()) {
                label = i == 0 ? "all" : ">=" + format(lower);
            } else {
                label = format(lower) + "-" + format(upper.get());
            }
            list.add(new TimeBand(i, lower, upper, label));
            lower = upper.orElse(lower);
        }
        this.bands = Collections.unmodifiableList(list);
    }

    /**
     * The bands of Chatwoot's reports: under 1 hour, 1 to 4 hours, 4 to 8 hours, 8 to 24 hours, and 24 hours
     * or more; labelled {@code <1h}, {@code 1h-4h}, {@code 4h-8h}, {@code 8h-1d}, {@code >=1d}.
     *
     * @return the bands cut at 1 h, 4 h, 8 h and 24 h
     */
    public static TimeBands chatwoot() {
        return CHATWOOT;
    }

    /**
     * Bands cut at the given durations: {@code n} bounds make {@code n + 1} bands.
     *
     * @param bounds the bounds, each positive, strictly increasing, at most {@code Long.MAX_VALUE} nanoseconds
     *     (about 292 years); none gives a single band {@code all}
     * @return the bands
     * @throws IllegalArgumentException if a bound is not positive, not greater than the one before, or too long
     */
    public static TimeBands of(Duration... bounds) {
        Objects.requireNonNull(bounds, "bounds");
        return of(List.of(bounds));
    }

    /**
     * Bands cut at the given durations.
     *
     * @param bounds the bounds, each positive, strictly increasing, at most {@code Long.MAX_VALUE} nanoseconds
     * @return the bands
     * @throws IllegalArgumentException if a bound is not positive, not greater than the one before, or too long
     */
    public static TimeBands of(List<Duration> bounds) {
        Objects.requireNonNull(bounds, "bounds");
        Duration previous = Duration.ZERO;
        for (Duration b : bounds) {
            Objects.requireNonNull(b, "bound");
            if (b.compareTo(previous) <= 0) {
                throw new IllegalArgumentException(b.isNegative() || b.isZero()
                        ? "bound must be positive: " + b
                        : "bounds must be strictly increasing: " + previous + " then " + b);
            }
            if (b.compareTo(Duration.ofNanos(Long.MAX_VALUE)) > 0) {
                throw new IllegalArgumentException("bound must be at most " + Duration.ofNanos(Long.MAX_VALUE) + ": " + b);
            }
            previous = b;
        }
        return new TimeBands(List.copyOf(bounds));
    }

    /**
     * The bounds.
     *
     * @return the bounds, increasing
     */
    public List<Duration> bounds() {
        return bounds;
    }

    /**
     * The bands, shortest first.
     *
     * @return one more band than bounds
     */
    public List<TimeBand> bands() {
        return bands;
    }

    /**
     * The band of a duration.
     *
     * @param duration the duration, not negative
     * @return the band that contains it
     * @throws IllegalArgumentException if the duration is negative
     */
    public TimeBand bandOf(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("duration must not be negative: " + duration);
        }
        int lo = 0;
        int hi = bounds.size();
        while (lo < hi) { // the first bound greater than the duration
            int mid = (lo + hi) >>> 1;
            if (bounds.get(mid).compareTo(duration) > 0) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return bands.get(lo);
    }

    /** A bound as days, hours, minutes, seconds and nanoseconds: {@code 1d12h}, {@code 1h30m}. */
    private static String format(Duration d) {
        StringBuilder s = new StringBuilder();
        long days = d.toDays();
        if (days > 0) {
            s.append(days).append('d');
        }
        if (d.toHoursPart() > 0) {
            s.append(d.toHoursPart()).append('h');
        }
        if (d.toMinutesPart() > 0) {
            s.append(d.toMinutesPart()).append('m');
        }
        if (d.toSecondsPart() > 0) {
            s.append(d.toSecondsPart()).append('s');
        }
        if (d.toNanosPart() > 0) {
            s.append(String.format(Locale.ROOT, "%dns", d.toNanosPart()));
        }
        return s.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeBands other && bounds.equals(other.bounds);
    }

    @Override
    public int hashCode() {
        return bounds.hashCode();
    }

    /** @return the band labels, such as {@code TimeBands[<1h, 1h-4h, >=4h]} */
    @Override
    public String toString() {
        return "TimeBands" + bands;
    }
}
