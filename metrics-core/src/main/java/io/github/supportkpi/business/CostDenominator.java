package io.github.supportkpi.business;

/**
 * Which tickets cost per resolution (catalogue M52) spreads the support cost over, where the sources
 * disagree.
 */
public enum CostDenominator {
    /** Resolved tickets only: the cost of each resolution (default, [000], [001]). */
    RESOLVED,
    /** Every ticket: the cost of each ticket handled ([002]). */
    ALL
}
