package io.github.supportkpi.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The compact form the domain values keep: instants as epoch nanoseconds within the supported range
 * {@code [}{@link Ticket#EARLIEST}{@code , }{@link Ticket#LATEST_EXCLUSIVE}{@code )}, durations as nanoseconds, and
 * {@link Ticket#ABSENT_NANOS} for an absent instant. Every refusal names the field, the record and the value.
 */
final class Nanos {
    private static final long PER_SECOND = 1_000_000_000L;
    /** 1900-01-01T00:00:00Z in epoch seconds. */
    private static final long EARLIEST_SECOND = -2_208_988_800L;
    /** 2100-01-01T00:00:00Z in epoch seconds. */
    private static final long LATEST_EXCLUSIVE_SECOND = 4_102_444_800L;
    /** The first supported instant, {@link Ticket#EARLIEST}. */
    static final Instant EARLIEST = Instant.ofEpochSecond(EARLIEST_SECOND);
    /** The first instant after the supported range, {@link Ticket#LATEST_EXCLUSIVE}. */
    static final Instant LATEST_EXCLUSIVE = Instant.ofEpochSecond(LATEST_EXCLUSIVE_SECOND);
    /** The longest duration kept: {@link Long#MAX_VALUE} nanoseconds, about 292 years. */
    static final Duration MAX_DURATION = Duration.ofNanos(Long.MAX_VALUE);

    private Nanos() {}

    /**
     * An instant in epoch nanoseconds, refused outside the supported range.
     *
     * @param value the instant, not null
     * @param field the field's name, for the message
     * @param record describes the record, such as {@code ticket T-1}, for the message
     * @return the epoch nanoseconds
     * @throws IllegalArgumentException if the instant is outside the supported range
     */
    static long of(Instant value, String field, Supplier<String> record) {
        long seconds = value.getEpochSecond();
        if (seconds < EARLIEST_SECOND || seconds >= LATEST_EXCLUSIVE_SECOND) {
            throw new IllegalArgumentException(field + " must be in the supported range [" + EARLIEST + ", "
                    + LATEST_EXCLUSIVE + "): " + record.get() + ", " + field + " " + value);
        }
        return seconds * PER_SECOND + value.getNano();
    }

    /**
     * Any instant in epoch nanoseconds for comparing with supported ones: exact within the supported range,
     * one nanosecond before it for an earlier instant, and the end of the range for a later one.
     *
     * @param value the instant, not null
     * @return the epoch nanoseconds, compared with supported instants as the instant is
     */
    static long saturated(Instant value) {
        long seconds = value.getEpochSecond();
        if (seconds < EARLIEST_SECOND) {
            return EARLIEST_SECOND * PER_SECOND - 1;
        }
        return seconds >= LATEST_EXCLUSIVE_SECOND ? LATEST_EXCLUSIVE_SECOND * PER_SECOND
                : seconds * PER_SECOND + value.getNano();
    }

    /**
     * An instant in epoch nanoseconds, or {@link Ticket#ABSENT_NANOS} for null; refused outside the range.
     *
     * @see #of(Instant, String, Supplier)
     */
    static long ofNullable(Instant value, String field, Supplier<String> record) {
        return value == null ? Ticket.ABSENT_NANOS : of(value, field, record);
    }

    /** Refuses an instant outside the supported range; null passes. */
    static void check(Instant value, String field, Supplier<String> record) {
        if (value != null) {
            of(value, field, record);
        }
    }

    /**
     * The instant of epoch nanoseconds.
     *
     * @param nanos epoch nanoseconds, not {@link Ticket#ABSENT_NANOS}
     * @return the instant
     */
    static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, PER_SECOND), Math.floorMod(nanos, PER_SECOND));
    }

    /**
     * The instant of epoch nanoseconds, or null for {@link Ticket#ABSENT_NANOS}.
     *
     * @param nanos epoch nanoseconds or the absent value
     * @return the instant, or null
     */
    static Instant instantOrNull(long nanos) {
        return nanos == Ticket.ABSENT_NANOS ? null : instant(nanos);
    }

    /**
     * A duration in nanoseconds, refused when negative or longer than a {@code long} of nanoseconds.
     *
     * @param value the duration
     * @param field the field's name, for the message
     * @param record describes the record, for the message
     * @return the nanoseconds, not negative
     * @throws NullPointerException naming the field, if the duration is null
     * @throws IllegalArgumentException naming the field, the record and the value, if it is negative or too long
     */
    static long ofDuration(Duration value, String field, Supplier<String> record) {
        if (value == null) {
            throw new NullPointerException(field);
        }
        if (value.isNegative()) {
            throw new IllegalArgumentException(field + " must not be negative: " + record.get() + ", " + field + " "
                    + value);
        }
        if (value.compareTo(MAX_DURATION) > 0) {
            throw new IllegalArgumentException(field + " must fit in a long of nanoseconds (at most " + MAX_DURATION
                    + "): " + record.get() + ", " + field + " " + value);
        }
        return value.toNanos();
    }
}
