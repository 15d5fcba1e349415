package io.github.supportkpi.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * The kind of status a ticket is in. Help desks name their statuses differently; each maps onto one of
 * these kinds, which is what metrics look at.
 */
public enum Status {
    /** Created, not yet worked on. */
    NEW,
    /** Being worked on by the support team. */
    OPEN,
    /** Waiting on the customer (pending). */
    PENDING,
    /** On hold: waiting on a third party or another team. */
    ON_HOLD,
    /** Solved (resolved); may still be reopened. */
    SOLVED,
    /** Closed: final. */
    CLOSED;

    /**
     * Whether a ticket in this status counts as resolved: {@link #SOLVED} or {@link #CLOSED}.
     *
     * @return true for SOLVED and CLOSED
     */
    public boolean isResolved() {
        return this == SOLVED || this == CLOSED;
    }

    /**
     * Parses a status name case-insensitively, accepting common help-desk names: {@code new};
     * {@code open}, {@code in progress}, {@code assigned}; {@code pending}, {@code waiting on customer};
     * {@code on hold}, {@code waiting on third party}; {@code solved}, {@code resolved}; {@code closed}.
     *
     * @param text the status name
     * @return its kind
     * @throws IllegalArgumentException if the name is not one of those
     */
    public static Status parse(String text) {
        Objects.requireNonNull(text, "status");
        String key = text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", " ");
        switch (key) {
            case "new":
                return NEW;
            case "open":
            case "in progress":
            case "assigned":
                return OPEN;
            case "pending":
            case "waiting on customer":
            case "pending customer response":
                return PENDING;
            case "on hold":
            case "hold":
            case "waiting on third party":
                return ON_HOLD;
            case "solved":
            case "resolved":
                return SOLVED;
            case "closed":
                return CLOSED;
            default:
                throw new IllegalArgumentException(
                        "status must be a known status name (new, open, in progress, pending, on hold, solved,"
                                + " resolved, closed): \"" + text + "\"");
        }
    }
}
