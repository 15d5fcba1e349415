package io.github.supportkpi.workload;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.TicketInstant;
import io.github.supportkpi.metric.DefinedMetric;
import io.github.supportkpi.metric.Mean;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Replies per ticket: public agent replies per ticket, on average. Catalogue M40 ([001], [002];
 * "interactions per ticket" [003]).
 *
 * <p>{@code sum(agent replies per ticket) / tickets}, as a {@link Mean}, counting
 * {@link Ticket#replyCount(boolean)}.
 * <ul>
 *   <li>Undefined (empty) with no tickets; never NaN, never 0.</li>
 *   <li>Every ticket counts in the denominator, including unanswered ones (0 replies).</li>
 *   <li>Internal notes and customer messages are not replies.</li>
 * </ul>
 * Knob (default): include bot and automated replies (no). Immutable and thread-safe.
 */
public final class RepliesPerTicket extends DefinedMetric<Ticket, Mean, ReplyDefinition> {
    /** The metric's id. */
    public static final String ID = "ticket.replies";
    private static final RepliesPerTicket DEFAULT = new RepliesPerTicket(ReplyDefinition.DEFAULT);

    private RepliesPerTicket(ReplyDefinition d) {
        super(ID, d, Mean.metric(ID, t -> true, t -> t.replyCount(d.includeBots())));
    }

    /**
     * The metric with these knobs.
     *
     * @param definition the knobs
     * @return the metric
     */
    public static RepliesPerTicket of(ReplyDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        return definition.equals(ReplyDefinition.DEFAULT) ? DEFAULT : new RepliesPerTicket(definition);
    }

    /** @return human agent replies only */
    public static RepliesPerTicket defaults() {
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
