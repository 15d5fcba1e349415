package io.github.supportkpi.domain;

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
     * Parses a status name with the common help-desk names of {@link StatusNames#standard()}: {@code new};
     * {@code open}, {@code in progress}, {@code assigned}; {@code pending}, {@code waiting on customer};
     * {@code on hold}, {@code waiting on third party}; {@code solved}, {@code resolved}; {@code closed}.
     * Case, white space, hyphens and underscores do not matter. For a product's own names, use
     * {@link StatusNames#with}.
     *
     * @param text the status name
     * @return its kind
     * @throws IllegalArgumentException if the name is not one of those
     */
    public static Status parse(String text) {
        return StatusNames.standard().kindOf(text);
    }
}
