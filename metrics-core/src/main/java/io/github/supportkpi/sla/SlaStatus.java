package io.github.supportkpi.sla;

/** Where a ticket stands against one SLA target at an instant (catalogue M34). */
public enum SlaStatus {
    /** The event (response, resolution) happened within the target. */
    ACHIEVED,
    /**
     * The event happened after the target was used up; or, when the definition counts overdue clocks as
     * breached (the default), the clock is past its deadline and the event has not happened.
     */
    BREACHED,
    /** The event has not happened and the clock is running. */
    IN_PROGRESS,
    /** The event has not happened and the clock is stopped: the ticket is in a paused or resolved status. */
    PAUSED,
    /** No policy applies to the ticket, its policy sets no such target, or there is nothing to measure. */
    NOT_APPLICABLE;

    /**
     * Whether the outcome is final: achieved or breached by an event, or breached past the deadline.
     *
     * @return true for ACHIEVED and BREACHED
     */
    public boolean isDecided() {
        return this == ACHIEVED || this == BREACHED;
    }
}
