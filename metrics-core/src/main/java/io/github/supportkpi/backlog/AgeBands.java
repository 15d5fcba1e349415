package io.github.supportkpi.backlog;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Definable;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.time.TimeBand;
import io.github.supportkpi.time.TimeBands;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Bands of ticket age for breaking a backlog down (catalogue M33): configurable bounds cut ages into
 * bands, each a {@code [lower, upper)} span. Immutable and thread-safe.
 *
 * <pre>{@code
 * AgeBands bands = AgeBands.of(Duration.ofHours(4), Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(7));
 * // bands: <4h, 4h-1d, 1d-3d, 3d-7d, >=7d
 * Segmented<AgeBand, Count> byAge = Backlog.at(now).by(bands.dimension(now)).over(tickets);
 * }</pre>
 * <ul>
 *   <li>A band contains its lower bound and not its upper one: a ticket exactly 24 h old is in
 *       {@code 1d-3d}, not in {@code 4h-1d}; exactly 4 h is in {@code 4h-1d}.</li>
 *   <li>Age is calendar time from creation to the instant.</li>
 *   <li>A ticket created after the instant has no age: its key is null (the absent segment). A backlog
 *       never counts such a ticket, so with {@link Backlog} the absent segment is always zero.</li>
 *   <li>Bounds print as days, hours, minutes and seconds: {@code 1d}, {@code 36h} prints {@code 1d12h},
 *       {@code 90m} prints {@code 1h30m}.</li>
 * </ul>
 * The bands are cut, labelled and searched as {@link TimeBands} cuts durations.
 */
public final class AgeBands {
    private final TimeBands times;
    private final List<AgeBand> bands;

    private AgeBands(TimeBands times) {
        this.times = times;
        List<AgeBand> list = new ArrayList<>(times.bands().size());
        for (TimeBand b : times.bands()) {
            list.add(new AgeBand(b.index(), b.from(), b.to(), b.label()));
        }
        this.bands = Collections.unmodifiableList(list);
    }

    /**
     * Bands cut at the given ages: {@code n} bounds make {@code n + 1} bands.
     *
     * @param bounds the bounds, each positive, strictly increasing; none gives a single band {@code all}
     * @return the bands
     * @throws IllegalArgumentException if a bound is not positive, not greater than the one before, or longer than
     *     {@code Long.MAX_VALUE} nanoseconds (about 292 years)
     */
    public static AgeBands of(Duration... bounds) {
        Objects.requireNonNull(bounds, "bounds");
        return of(List.of(bounds));
    }

    /**
     * Bands cut at the given ages.
     *
     * @param bounds the bounds, each positive, strictly increasing
     * @return the bands
     * @throws IllegalArgumentException if a bound is not positive, not greater than the one before, or longer than
     *     {@code Long.MAX_VALUE} nanoseconds (about 292 years)
     */
    public static AgeBands of(List<Duration> bounds) {
        Objects.requireNonNull(bounds, "bounds");
        return new AgeBands(TimeBands.of(bounds));
    }

    /**
     * The bounds.
     *
     * @return the bounds, increasing
     */
    public List<Duration> bounds() {
        return times.bounds();
    }

    /**
     * The bands, youngest first.
     *
     * @return one more band than bounds
     */
    public List<AgeBand> bands() {
        return bands;
    }

    /**
     * The band of an age.
     *
     * @param age the age, not negative
     * @return the band that contains it
     * @throws IllegalArgumentException if the age is negative
     */
    public AgeBand bandOf(Duration age) {
        Objects.requireNonNull(age, "age");
        if (age.isNegative()) {
            throw new IllegalArgumentException("age must not be negative: " + age);
        }
        return bands.get(times.bandOf(age).index());
    }

    /**
     * A dimension {@code age} of tickets by their age band at an instant; a ticket created after the instant
     * has no key. Its key function states the bounds and the instant, which so enter the definition of a
     * metric segmented by it.
     *
     * @param at the instant the ages are taken at
     * @return the dimension
     */
    public Dimension<Ticket, AgeBand> dimension(Instant at) {
        return Dimension.of("age", new AgeAt(this, Objects.requireNonNull(at, "at")));
    }

    /** A ticket's age band at an instant; stated by the bounds and the instant. */
    private static final class AgeAt implements Function<Ticket, AgeBand>, Definable {
        private final AgeBands bands;
        private final Instant at;

        AgeAt(AgeBands bands, Instant at) {
            this.bands = bands;
            this.at = at;
        }

        @Override
        public AgeBand apply(Ticket t) {
            return t.created().isAfter(at) ? null : bands.bandOf(Duration.between(t.created(), at));
        }

        @Override
        public Map<String, ?> definingParts() {
            return Map.of("bounds", bands.bounds(), "at", at);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AgeBands other && times.equals(other.times);
    }

    @Override
    public int hashCode() {
        return times.hashCode();
    }

    /** @return the band labels, such as {@code AgeBands[<4h, 4h-1d, >=1d]} */
    @Override
    public String toString() {
        return "AgeBands" + bands;
    }
}
