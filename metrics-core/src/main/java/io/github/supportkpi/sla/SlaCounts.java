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
     * @throws IllegalArgumentException if a count is negative
     */
    public SlaCounts {
        nonNegative(achieved, "achieved");
        nonNegative(breached, "breached");
        nonNegative(inProgress, "inProgress");
        nonNegative(paused, "paused");
        nonNegative(notApplicable, "notApplicable");
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
     * @throws ArithmeticException if a count overflows
     */
    public SlaCounts plus(SlaCounts other) {
        return new SlaCounts(Math.addExact(achieved, other.achieved), Math.addExact(breached, other.breached),
                Math.addExact(inProgress, other.inProgress), Math.addExact(paused, other.paused),
                Math.addExact(notApplicable, other.notApplicable));
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
