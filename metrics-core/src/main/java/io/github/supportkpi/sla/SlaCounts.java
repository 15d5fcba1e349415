package io.github.supportkpi.sla;

import io.github.supportkpi.metric.Ratio;
import java.util.Objects;

/**
 * The tickets in each {@link SlaStatus} for one SLA target: counts, never percentages. Immutable and
 * thread-safe.
 *
 * @param achieved tickets that met the target
 * @param breached tickets that missed it (with overdue clocks, when the definition counts them)
 * @param inProgress tickets whose clock runs
 * @param paused tickets whose clock is stopped
 * @param notApplicable tickets the target does not apply to
 */
public record SlaCounts(long achieved, long breached, long inProgress, long paused, long notApplicable) {
    /** No tickets: the identity of {@link #plus}. */
    public static final SlaCounts EMPTY = new SlaCounts(0, 0, 0, 0, 0);

    /**
     * Validates the counts.
     *
     * @throws IllegalArgumentException if a count is negative, or the five together (the {@link #total()})
     *     exceed {@link Long#MAX_VALUE}
     */
    public SlaCounts {
        nonNegative(achieved, "achieved");
        nonNegative(breached, "breached");
        nonNegative(inProgress, "inProgress");
        nonNegative(paused, "paused");
        nonNegative(notApplicable, "notApplicable");
        long sum = 0;
        for (long c : new long[] {achieved, breached, inProgress, paused, notApplicable}) {
            if (sum > Long.MAX_VALUE - c) {
                throw new IllegalArgumentException("achieved + breached + inProgress + paused + notApplicable must be"
                        + " at most " + Long.MAX_VALUE + ": " + achieved + " + " + breached + " + " + inProgress
                        + " + " + paused + " + " + notApplicable);
            }
            sum += c;
        }
    }

    private static void nonNegative(long v, String name) {
        if (v < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + v);
        }
    }

    /**
     * The counts of both.
     *
     * @param other other counts
     * @return the sums
     * @throws ArithmeticException if the tickets of both, {@code total() + other.total()}, exceed
     *     {@link Long#MAX_VALUE}, naming both totals
     */
    public SlaCounts plus(SlaCounts other) {
        if (total() > Long.MAX_VALUE - other.total()) {
            throw new ArithmeticException("total must be at most " + Long.MAX_VALUE + " when merged: " + total()
                    + " + " + other.total());
        }
        // each count is at most its total, so no sum below overflows
        return new SlaCounts(achieved + other.achieved, breached + other.breached, inProgress + other.inProgress,
                paused + other.paused, notApplicable + other.notApplicable);
    }

    /**
     * The tickets in a status.
     *
     * @param status the status
     * @return their count
     */
    public long count(SlaStatus status) {
        switch (Objects.requireNonNull(status, "status")) {
            case ACHIEVED:
                return achieved;
            case BREACHED:
                return breached;
            case IN_PROGRESS:
                return inProgress;
            case PAUSED:
                return paused;
            default:
                return notApplicable;
        }
    }

    /**
     * Every ticket counted, whatever its status.
     *
     * @return the sum of the five counts
     */
    public long total() {
        return achieved + breached + inProgress + paused + notApplicable;
    }

    /**
     * Compliance: {@code achieved / (achieved + breached)}. Tickets still in progress or paused are left out
     * until decided (overdue ones are breached when the definition says so).
     *
     * @return the ratio; undefined (empty value) when no ticket is decided
     */
    public Ratio compliance() {
        return new Ratio(achieved, achieved + breached);
    }
}
