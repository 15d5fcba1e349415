package io.github.supportkpi.quality;

/**
 * Which tickets a per-ticket rate divides by, where the sources disagree (reopen rate, cost per
 * resolution).
 */
public enum TicketDenominator {
    /** Resolved tickets only: what can be reopened, what was resolved. */
    RESOLVED,
    /** Every ticket. */
    ALL
}
