package io.github.supportkpi.workload;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.TicketInstant;
import io.github.supportkpi.metric.DefinedMetric;
import io.github.supportkpi.metric.SessionDimensions;
import io.github.supportkpi.metric.TicketDimensions;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * Tickets handled per hour: tickets an agent worked on per logged-in hour. Catalogue M35 ([001]).
 *
 * <p>{@code handled tickets / hours logged in}, where a ticket is <em>handled</em> when it has at least one
 * public reply by a human agent ({@code ticket.replyCount(false) > 0}); bot-only and unanswered tickets are
 * not handled. The hours come from {@code AgentSession}s through {@link LoggedInTime}: this metric counts
 * the tickets into an {@link AgentWork} tally, to be merged with the sessions' tally (see there):
 * <pre>{@code
 * OptionalDouble perHour = TicketsHandledPerHour.defaults().over(tickets)
 *         .plus(LoggedInTime.defaults().over(sessions)).ticketsPerHour();
 * }</pre>
 * <ul>
 *   <li>Undefined (empty) without logged-in time, however many tickets; never NaN, never 0.</li>
 *   <li>Per agent: segment tickets by {@link TicketDimensions#AGENT} (the assignee) and sessions by
 *       {@link SessionDimensions#AGENT}, and merge the segmented tallies. A ticket counts for its assignee,
 *       even when another agent also replied; agents are a high-cardinality dimension.</li>
 *   <li>Every ticket fed that was handled counts, whenever it was handled; feed the tickets and sessions of
 *       one period.</li>
 * </ul>
 * No knobs: the definition is the formula text. Immutable and thread-safe.
 */
public final class TicketsHandledPerHour extends DefinedMetric<Ticket, AgentWork, String> {
    /** The metric's id. */
    public static final String ID = "tickets.handled.per.hour";
    /** The definition: the formula. */
    public static final String FORMULA = "tickets with a human agent reply / hours logged in";
    private static final TicketsHandledPerHour DEFAULT = new TicketsHandledPerHour();

    private TicketsHandledPerHour() {
        super(ID, FORMULA, AgentWork.counting(ID, t -> t.replyCount(false) > 0));
    }

    /** @return the metric */
    public static TicketsHandledPerHour defaults() {
        return DEFAULT;
    }

    /**
     * The instant that buckets a ticket in a trend of this metric: its creation.
     *
     * @return {@link TicketInstant#CREATED}
     */
    @Override
    public Optional<Function<? super Ticket, Instant>> bucketInstant() {
        return Optional.of(TicketInstant.CREATED);
    }
}
