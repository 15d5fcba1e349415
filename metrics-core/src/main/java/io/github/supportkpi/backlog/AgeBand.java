package io.github.supportkpi.backlog;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One band of ticket ages from {@link AgeBands}: the ages {@code [from, to)}, the last band open-ended.
 * Comparable in age order. Immutable and thread-safe.
 *
 * @param index the band's position, 0 for the youngest
 * @param from the lowest age in the band, inclusive
 * @param to the first age past the band, exclusive; empty for the last band
 * @param label the band as a report shows it: {@code <4h}, {@code 4h-1d}, {@code >=7d}
 */
public record AgeBand(int index, Duration from, Optional<Duration> to, String label) implements Comparable<AgeBand> {
    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException if the index or {@code from} is negative, or {@code to} is not after
     *     {@code from}
     */
    public AgeBand {
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
     * Whether an age lies in the band.
     *
     * @param age the age, not negative
     * @return true when {@code from <= age < to}
     */
    public boolean contains(Duration age) {
        return age.compareTo(from) >= 0 && (to.isEmpty() || age.compareTo(to.get()) < 0);
    }

    /** In age order. */
    @Override
    public int compareTo(AgeBand other) {
        return Integer.compare(index, other.index);
    }

    /** @return the label */
    @Override
    public String toString() {
        return label;
    }
}
