package io.github.supportkpi.report;

/**
 * What a {@link Cell.Measure}'s value is measured in, which decides how a renderer writes it.
 */
public enum Unit {
    /** A whole count: tickets, calls, agents. */
    COUNT,
    /** A percentage, 0 to 100: a rate such as CSAT or FCR. The value is already in percent. */
    PERCENT,
    /** A score in points, such as an NPS from -100 to 100. */
    POINTS,
    /** A plain number, such as a mean score or replies per ticket. */
    NUMBER,
    /** A duration; the value is in seconds. */
    DURATION,
    /** An amount of money in the report's currency. */
    MONEY
}
