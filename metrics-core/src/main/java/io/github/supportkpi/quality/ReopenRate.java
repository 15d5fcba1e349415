package io.github.supportkpi.quality;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.TicketFacts;
import io.github.supportkpi.domain.TicketInstant;
import io.github.supportkpi.metric.DefinedMetric;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.metric.TicketMetrics;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reopen rate. Catalogue M23.
 * <p>{@code reopened tickets / denominator x 100}, as a {@link Ratio} ({@link Ratio#percent()}).
 * <ul>
 *   <li>Reopened means reopened at least once ({@code reopenCount > 0}); a ticket reopened twice counts
 *       once. With a reopen window, at least once within the window after the solve it left
 *       ({@link ReopenRateDefinition#reopens}); a ticket whose every reopen came later is a new contact,
 *       counted by {@link #lateReopens()} over the same denominator, so the two numerators add up to the
 *       reopened tickets without a window.</li>
 *   <li>With {@link TicketDenominator#RESOLVED} (default, [001]) the denominator is the tickets ever
 *       resolved: resolved now, or reopened (a reopen implies an earlier resolution, even if the ticket is
 *       open again now). So every reopened ticket is in the denominator and the rate is at most 100%.</li>
 *   <li>With {@link TicketDenominator#ALL} ([000]) the denominator is every ticket.</li>
 *   <li>Undefined (empty) when the denominator is zero, never NaN and never 0.</li>
 *   <li>Within [0, 100] percent when defined.</li>
 * </ul>
 * <p>Knobs ({@link ReopenRateDefinition}): the denominator (default: tickets ever resolved); the reopen
 * window (default: none, every reopen counts).
 * <p>Immutable and thread-safe.
 */
public final class ReopenRate extends DefinedMetric<Ticket, Ratio, ReopenRateDefinition> {
    /** The id. */
    public static final String ID = "reopen.rate";

    private ReopenRate(ReopenRateDefinition d) {
        super(ID, d, TicketMetrics.ratio(ID, considered(d.denominator()), reopened(d)));
    }

    /** Whether a ticket counts as reopened: a reopen within the window (any reopen without one). */
    static Predicate<TicketFacts> reopened(ReopenRateDefinition d) {
        if (d.reopenWindow().isEmpty()) {
            return TicketFacts::isReopened;
        }
        return f -> f.isReopened() && d.reopens(f.ticket()) > 0;
    }

    static Predicate<TicketFacts> considered(TicketDenominator denominator) {
        switch (denominator) {
            case RESOLVED:
                return t -> t.isResolved() || t.isReopened();
            case ALL:
                return t -> true;
            default:
                throw new IllegalArgumentException("denominator must be RESOLVED or ALL: " + denominator);
        }
    }

    /**
     * Reopen rate under a definition.
     *
     * @param definition the knobs
     * @return the metric
     */
    public static ReopenRate of(ReopenRateDefinition definition) {
        return new ReopenRate(Objects.requireNonNull(definition, "definition"));
    }

    /**
     * Reopen rate over tickets ever resolved.
     *
     * @return the metric
     */
    public static ReopenRate defaults() {
        return of(ReopenRateDefinition.DEFAULT);
    }

    /**
     * The late reopen rate under this metric's definition: the tickets whose every reopen came after the
     * window, over the same denominator.
     *
     * @return {@link LateReopenRate#of} this metric's definition
     */
    public LateReopenRate lateReopens() {
        return LateReopenRate.of(definedBy());
    }

    /**
     * The instant that buckets a ticket in a trend of this metric: its final resolution.
     *
     * @return {@link TicketInstant#RESOLVED}
     */
    @Override
    public Optional<Function<? super Ticket, Instant>> bucketInstant() {
        return Optional.of(TicketInstant.RESOLVED);
    }
}
