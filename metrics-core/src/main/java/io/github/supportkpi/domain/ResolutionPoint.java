package io.github.supportkpi.domain;

/** Which resolution of a ticket resolution time runs to, for tickets that were reopened (catalogue M12). */
public enum ResolutionPoint {
    /**
     * The first resolution: the first change into a resolved status kind in the ticket's status history
     * (Zendesk's "first resolution time"). A ticket without such a change uses its recorded
     * {@code resolved} instant.
     */
    FIRST,
    /**
     * The final resolution, after any reopens: the ticket's recorded {@code resolved} instant ("full
     * resolution time"; [001] and [004] divide total time by tickets solved).
     */
    FINAL
}
