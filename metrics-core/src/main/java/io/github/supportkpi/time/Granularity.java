package io.github.supportkpi.time;

import java.util.Objects;

/**
 * The size of a {@link Bucket}: an hour, a day, an ISO week (Monday to Sunday), a month or a quarter of
 * the local calendar of a report's time zone.
 */
public enum Granularity {
    /** A clock hour, such as 13:00 to 14:00. */
    HOUR,
    /** A calendar day, from one midnight (or the first valid time of the day) to the next. */
    DAY,
    /** An ISO week, from Monday to Sunday, in its week-based year ({@code 2024-W09}). */
    WEEK,
    /** A calendar month. */
    MONTH,
    /** A quarter of the year: January to March is Q1. */
    QUARTER;

    /**
     * Whether every bucket of a finer granularity lies within one bucket of this one, so that tallies can
     * be rolled up from it: true for the granularity itself, for hours and days in anything coarser, and
     * for months in quarters; false for weeks in months or quarters, since a week can straddle two.
     *
     * @param finer the finer granularity
     * @return true if buckets of {@code finer} can be rolled up into buckets of this granularity
     */
    public boolean contains(Granularity finer) {
        Objects.requireNonNull(finer, "finer");
        if (finer == this || finer == HOUR || finer == DAY && this != HOUR) {
            return true;
        }
        return finer == MONTH && this == QUARTER;
    }
}
