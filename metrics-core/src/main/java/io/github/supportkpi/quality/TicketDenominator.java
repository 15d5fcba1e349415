package io.github.supportkpi.quality;

/**
 * Which tickets the reopen rate (catalogue M23) divides by, where the sources disagree. Cost per
 * resolution has its own, {@code business.CostDenominator}.
 */
public enum TicketDenominator {
    /** Resolved tickets only: what can be reopened, what was resolved. */
    RESOLVED,
    /** Every ticket. */
    ALL
}
