package io.github.supportkpi.workload;

import io.github.supportkpi.domain.Actor;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.InteractionKind;
import io.github.supportkpi.domain.StatusChange;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.TicketInstant;
import io.github.supportkpi.metric.DefinedMetric;
import io.github.supportkpi.metric.Mean;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Agent touches per ticket: how many times agents acted on a ticket, on average. Catalogue M39 ([000], [001]).
 *
 * <p>{@code sum(touches per ticket) / tickets}, as a {@link Mean}; which actions are touches is set by the
 * {@link TouchDefinition}: by default public agent replies, internal notes by agents, and status changes
 * made by an agent ({@link StatusChange#agentId()} present).
 * <ul>
 *   <li>Undefined (empty) with no tickets; never NaN, never 0.</li>
 *   <li>Every ticket counts in the denominator, including untouched ones (0 touches).</li>
 *   <li>Customer messages, bot replies (unless {@code includeBots}), calls, chats and status changes with no
 *       agent are not touches.</li>
 * </ul>
 * Knobs (defaults): replies (on), notes (on), status changes (on), include bots (off). Immutable and
 * thread-safe.
 */
public final class AgentTouches extends DefinedMetric<Ticket, Mean, TouchDefinition> {
    /** The metric's id. */
    public static final String ID = "ticket.touches";
    private static final AgentTouches DEFAULT = new AgentTouches(TouchDefinition.DEFAULT);

    private AgentTouches(TouchDefinition d) {
        super(ID, d, Mean.metric(ID, t -> true, t -> touches(t, d)));
    }

    /**
     * The touches on one ticket under a definition.
     *
     * @param t the ticket
     * @param d the definition
     * @return the number of touches, not negative
     */
    public static long touches(Ticket t, TouchDefinition d) {
        long n = 0;
        List<Interaction> is = t.interactions();
        for (int k = 0, size = is.size(); k < size; k++) {
            Interaction i = is.get(k);
            if (d.replies() && i.isReply(d.includeBots())) {
                n++;
            } else if (d.notes() && i.kind() == InteractionKind.INTERNAL_NOTE
                    && (i.actor() == Actor.AGENT || d.includeBots())) {
                n++;
            }
        }
        if (d.statusChanges()) {
            List<StatusChange> cs = t.statusHistory();
            for (int k = 0, size = cs.size(); k < size; k++) {
                if (cs.get(k).agentId().isPresent()) {
                    n++;
                }
            }
        }
        return n;
    }

    /**
     * The metric with these knobs.
     *
     * @param definition the knobs
     * @return the metric
     */
    public static AgentTouches of(TouchDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        return definition.equals(TouchDefinition.DEFAULT) ? DEFAULT : new AgentTouches(definition);
    }

    /** @return agent replies, agent notes and agent status changes */
    public static AgentTouches defaults() {
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
