package io.github.supportkpi.backlog;

import io.github.supportkpi.metric.Tally;

/**
 * The flow of tickets in one period: how many were created and how many resolved, and the net flow
 * {@code created - resolved}. Immutable and thread-safe.
 *
 * <p>A positive net flow means the backlog grew in the period; a negative one, that it shrank. Merging adds
 * both counts. Zero tickets give a flow of {@code 0 - 0 = 0}, which is defined: a count of zero is a real
 * answer.
 *
 * @param created the tickets created in the period, not negative
 * @param resolved the tickets resolved in the period, not negative
 */
public record FlowTally(long created, long resolved) implements Tally<FlowTally> {
    /** No tickets: the identity of {@link #plus}. */
    public static final FlowTally EMPTY = new FlowTally(0, 0);

    /**
     * Validates the counts.
     *
     * @throws IllegalArgumentException if a count is negative
     */
    public FlowTally {
        if (created < 0) {
            throw new IllegalArgumentException("created must not be negative: " + created);
        }
        if (resolved < 0) {
            throw new IllegalArgumentException("resolved must not be negative: " + resolved);
        }
    }

    /**
     * A flow from its counts.
     *
     * @param created the tickets created
     * @param resolved the tickets resolved
     * @return the flow
     */
    public static FlowTally of(long created, long resolved) {
        return new FlowTally(created, resolved);
    }

    /**
     * The net flow.
     *
     * @return {@code created - resolved}, negative when more were resolved than created
     * @throws ArithmeticException if it overflows
     */
    public long net() {
        return Math.subtractExact(created, resolved);
    }

    @Override
    public FlowTally plus(FlowTally other) {
        return new FlowTally(Math.addExact(created, other.created), Math.addExact(resolved, other.resolved));
    }

    /** The events counted: {@code created + resolved}. */
    @Override
    public long sampleSize() {
        return Math.addExact(created, resolved);
    }

    /** @return {@code +12 -9 = 3} */
    @Override
    public String toString() {
        return "+" + created + " -" + resolved + " = " + (created - resolved);
    }
}
