package io.github.supportkpi.workload;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.TicketFacts;
import io.github.supportkpi.domain.TicketInstant;
import io.github.supportkpi.metric.Count;
import io.github.supportkpi.metric.DefinedMetric;
import io.github.supportkpi.metric.TicketMetrics;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * Resolved tickets: the number of tickets that are resolved (status SOLVED or CLOSED). Catalogue M32 ([000]).
 *
 * <p>{@code count(tickets where isResolved())}
 * <ul>
 *   <li>Zero tickets give a count of zero: a count is defined with no data.</li>
 *   <li>A reopened ticket that is resolved again counts once; an unresolved ticket does not count.</li>
 *   <li>"Resolved in a period": feed the tickets resolved in the period, or segment by a time bucket of
 *       {@link Ticket#resolved()} (a bucket of the creation instant counts by when tickets came in).</li>
 * </ul>
 * No knobs: the definition is the formula text. Immutable and thread-safe.
 */
public final class ResolvedTickets extends DefinedMetric<Ticket, Count, String> {
    /** The metric's id. */
    public static final String ID = "ticket.resolved";
    /** The definition: the formula. */
    public static final String FORMULA = "count(tickets where resolved)";
    private static final ResolvedTickets DEFAULT = new ResolvedTickets();

    private ResolvedTickets() {
        super(ID, FORMULA, TicketMetrics.count(ID, TicketFacts::isResolved));
    }

    /** @return the metric */
    public static ResolvedTickets defaults() {
        return DEFAULT;
    }

    /**
     * The instant that buckets a ticket in a trend of this metric: its final resolution, so a bucket counts the
     * tickets resolved during it.
     *
     * @return {@link TicketInstant#RESOLVED}
     */
    @Override
    public Optional<Function<? super Ticket, Instant>> bucketInstant() {
        return Optional.of(TicketInstant.RESOLVED);
    }
}
