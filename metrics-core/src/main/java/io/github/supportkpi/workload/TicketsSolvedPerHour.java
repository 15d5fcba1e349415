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
 * Tickets solved per hour: resolved tickets per logged-in hour. Catalogue M36 ([001]).
 *
 * <p>{@code resolved tickets / hours logged in}; a ticket is solved when {@link Ticket#isResolved()}. The
 * hours come from {@code AgentSession}s through {@link LoggedInTime}: this metric counts the tickets into an
 * {@link AgentWork} tally, to be merged with the sessions' tally:
 * <pre>{@code
 * OptionalDouble perHour = TicketsSolvedPerHour.defaults().over(tickets)
 *         .plus(LoggedInTime.defaults().over(sessions)).ticketsPerHour();
 * }</pre>
 * <ul>
 *   <li>Undefined (empty) without logged-in time; never NaN, never 0.</li>
 *   <li>Per agent: segment tickets by {@link TicketDimensions#AGENT} (the assignee) and sessions by
 *       {@link SessionDimensions#AGENT}, and merge; agents are a high-cardinality dimension.</li>
 * </ul>
 * No knobs: the definition is the formula text. Immutable and thread-safe.
 */
public final class TicketsSolvedPerHour extends DefinedMetric<Ticket, AgentWork, String> {
    /** The metric's id. */
    public static final String ID = "tickets.solved.per.hour";
    /** The definition: the formula. */
    public static final String FORMULA = "resolved tickets / hours logged in";
    private static final TicketsSolvedPerHour DEFAULT = new TicketsSolvedPerHour();

    private TicketsSolvedPerHour() {
        super(ID, FORMULA, AgentWork.counting(ID, Ticket::isResolved));
    }

    /** @return the metric */
    public static TicketsSolvedPerHour defaults() {
        return DEFAULT;
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
