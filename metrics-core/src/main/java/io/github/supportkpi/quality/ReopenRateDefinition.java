package io.github.supportkpi.quality;

import java.util.Objects;

/**
 * The knob of reopen rate (catalogue M23). Immutable and thread-safe.
 *
 * @param denominator which tickets it divides by; default {@link TicketDenominator#RESOLVED} ([001]): the
 *     tickets ever resolved, that is resolved now or reopened (a reopen implies an earlier resolution), so
 *     that every reopened ticket is in the denominator; {@link TicketDenominator#ALL} divides by every
 *     ticket ([000])
 */
public record ReopenRateDefinition(TicketDenominator denominator) {
    /** Over tickets ever resolved. */
    public static final ReopenRateDefinition DEFAULT = new ReopenRateDefinition(TicketDenominator.RESOLVED);

    /**
     * Validates the knob.
     *
     * @throws NullPointerException if {@code denominator} is null
     */
    public ReopenRateDefinition {
        Objects.requireNonNull(denominator, "denominator");
    }

    /**
     * A copy with another denominator.
     *
     * @param v the denominator
     * @return the copy
     */
    public ReopenRateDefinition withDenominator(TicketDenominator v) {
        return new ReopenRateDefinition(v);
    }
}
