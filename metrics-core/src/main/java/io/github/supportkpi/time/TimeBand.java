package io.github.supportkpi.time;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One band of durations from {@link TimeBands}: the durations {@code [from, to)}, the last band open-ended.
 * Comparable in duration order. Immutable and thread-safe.
 *
 * @param index the band's position, 0 for the shortest
 * @param from the shortest duration in the band, inclusive
 * @param to the first duration past the band, exclusive; empty for the last band
 * @param label the band as a report shows it: {@code <1h}, {@code 1h-4h}, {@code >=1d}
 */
public record TimeBand(int index, Duration from, Optional<Duration> to, String label) implements Comparable<TimeBand> {
    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException if the index or {@code from} is negative, or {@code to} is not after
     *     {@code from}
     */
    public TimeBand {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(label, "label");
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative: " + index);
        }
        if (from.isNegative()) {
            throw new IllegalArgumentException("from must not be negative: " + from);
        }
        if (to.isPresent() && to.get().compareTo(from) <= 0) {
            throw new IllegalArgumentException("to must be after from: " + from + ", " + to.get());
        }
    }

    /**
     * Whether a duration lies in the band.
     *
     * @param duration the duration, not negative
     * @return true when {@code from <= duration < to}
     */
    public boolean contains(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        return duration.compareTo(from) >= 0 && (to.isEmpty() || duration.compareTo(to.get()) < 0);
    }

    /** In duration order. */
    @Override
    public int compareTo(TimeBand other) {
        return Integer.compare(index, other.index);
    }

    /** @return the label */
    @Override
    public String toString() {
        return label;
    }
}
