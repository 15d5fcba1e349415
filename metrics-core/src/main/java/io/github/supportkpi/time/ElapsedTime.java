package io.github.supportkpi.time;

import java.time.Duration;
import java.time.Instant;

/**
 * How the time between two instants is measured: in calendar time ({@link #CALENDAR}) or, with a business
 * calendar, in business time. Every time metric takes one; calendar time is the default.
 *
 * <p>Implementations must be immutable and thread-safe, return a value in {@code [0, end - start]}, be
 * additive ({@code between(a, c) == between(a, b) + between(b, c)} for {@code a <= b <= c}), and allocate
 * nothing in {@link #nanosBetween}.
 */
@FunctionalInterface
public interface ElapsedTime {
    /** Calendar (wall-clock) time: {@code end - start}. */
    ElapsedTime CALENDAR = ElapsedTime::calendarNanos;

    /**
     * The time between two instants, in nanoseconds.
     *
     * @param start the earlier instant
     * @param end the later instant, not before {@code start}
     * @return the measured time in nanoseconds, never negative
     * @throws IllegalArgumentException if {@code end} is before {@code start}, or the span does not fit
     *     in a {@code long} of nanoseconds (about 292 years)
     */
    long nanosBetween(Instant start, Instant end);

    /**
     * The time between two instants given in epoch nanoseconds, as {@link #nanosBetween(Instant, Instant)}
     * measures it. Calendar time is a subtraction here; a business calendar measures without creating
     * {@code Instant}s. Other implementations convert and call {@code nanosBetween(Instant, Instant)}.
     *
     * @param startEpochNanos the start, nanoseconds since 1970-01-01T00:00:00Z
     * @param endEpochNanos the end, not before the start
     * @return the time between them in nanoseconds, never negative
     * @throws IllegalArgumentException if the end is before the start
     */
    default long nanosBetween(long startEpochNanos, long endEpochNanos) {
        if (this == CALENDAR) {
            if (endEpochNanos < startEpochNanos) {
                throw new IllegalArgumentException("end must not be before start: start " + instant(startEpochNanos)
                        + ", end " + instant(endEpochNanos));
            }
            return Math.subtractExact(endEpochNanos, startEpochNanos);
        }
        return nanosBetween(instant(startEpochNanos), instant(endEpochNanos));
    }

    private static Instant instant(long epochNanos) {
        return Instant.ofEpochSecond(Math.floorDiv(epochNanos, 1_000_000_000L), Math.floorMod(epochNanos, 1_000_000_000L));
    }

    /**
     * The time between two instants as a {@link Duration}.
     *
     * @param start the earlier instant
     * @param end the later instant, not before {@code start}
     * @return the measured time
     * @throws IllegalArgumentException as {@link #nanosBetween} does
     */
    default Duration between(Instant start, Instant end) {
        return Duration.ofNanos(nanosBetween(start, end));
    }

    /**
     * Calendar time between two instants in nanoseconds, without allocating.
     *
     * @param start the earlier instant
     * @param end the later instant
     * @return {@code end - start} in nanoseconds
     * @throws IllegalArgumentException if {@code end} is before {@code start} or the span exceeds about 292 years
     */
    static long calendarNanos(Instant start, Instant end) {
        long seconds = end.getEpochSecond() - start.getEpochSecond();
        long nanos = end.getNano() - start.getNano();
        if (seconds < 0 || (seconds == 0 && nanos < 0)) {
            throw new IllegalArgumentException("end must not be before start: start " + start + ", end " + end);
        }
        try {
            return Math.addExact(Math.multiplyExact(seconds, 1_000_000_000L), nanos);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(
                    "the time between start and end must be at most about 292 years: start " + start + ", end " + end, e);
        }
    }
}
