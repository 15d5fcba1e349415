package io.github.supportkpi.quality;

/**
 * The knob of resolution consistency (catalogue M26). Immutable and thread-safe.
 *
 * @param minimumTickets the fewest resolved tickets with a resolution code a category needs for its share
 *     to count in the overall figure, at least 1; default 1 (every category counts). Smaller categories
 *     are still reported, each with its own share, but a handful of tickets is trivially "consistent",
 *     so a report may want, say, 20.
 */
public record ConsistencyDefinition(int minimumTickets) {
    /** Every category counts. */
    public static final ConsistencyDefinition DEFAULT = new ConsistencyDefinition(1);

    /**
     * Validates the knob.
     *
     * @throws IllegalArgumentException if {@code minimumTickets} is less than 1
     */
    public ConsistencyDefinition {
        if (minimumTickets < 1) {
            throw new IllegalArgumentException("minimumTickets must be at least 1: " + minimumTickets);
        }
    }

    /**
     * A copy with another minimum.
     *
     * @param v the minimum, at least 1
     * @return the copy
     */
    public ConsistencyDefinition withMinimumTickets(int v) {
        return new ConsistencyDefinition(v);
    }
}
