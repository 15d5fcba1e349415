package io.github.supportkpi.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;

/**
 * Which instant of a ticket puts it in a time bucket of a report: the knob of every trend of tickets, and
 * what each catalogue metric of tickets declares as its default bucket instant.
 *
 * <p>The same tickets give different trends by instant: volume counts tickets by when they came in,
 * resolved count and resolution time by when they were resolved, first response time by when the
 * first response was sent. A ticket without the instant (an unresolved ticket bucketed by {@link #RESOLVED})
 * has no bucket: a trend counts it as absent, never drops it. Each constant is a function of a ticket
 * ({@link #apply}), so a metric of tickets declares one as the instant of its records.
 */
public enum TicketInstant implements Function<Ticket, Instant> {
    /** When the ticket was created: {@link Ticket#created()}. Always present. */
    CREATED,
    /**
     * When the first response by a human agent was sent, by the rule of first response time under its
     * default definition: the first interaction that is an agent reply
     * ({@link Interaction#isReply(boolean) isReply(false)}), not counting the opening comment of an
     * agent-created ticket ({@link AgentCreated#SKIP_OPENING_COMMENT}); for a ticket with no interactions at
     * all, its recorded {@link Ticket#firstResponse()}. Absent for a ticket with interactions but no agent
     * reply (after the opening comment). For a ticket not created by an agent, {@link #FIRST_REPLY}.
     */
    FIRST_RESPONSE,
    /**
     * Like {@link #FIRST_RESPONSE}, but a bot's reply counts too ({@code isReply(true)}), as in first
     * response time with {@code includeBots}.
     */
    FIRST_RESPONSE_INCLUDING_BOTS,
    /**
     * When the ticket was (last) resolved: {@link Ticket#resolved()}, the final resolution after any reopens.
     * Absent for a ticket not resolved now.
     */
    RESOLVED,
    /**
     * When the ticket was first resolved, by the rule of resolution time with {@link ResolutionPoint#FIRST}:
     * the first change into a resolved status kind in the status history, else {@link Ticket#resolved()}.
     * Absent for a ticket never resolved.
     */
    FIRST_RESOLVED,
    /**
     * The ticket's first reply by a human agent as it is recorded, {@link Ticket#firstReply(boolean)
     * firstReply(false)}: like {@link #FIRST_RESPONSE}, but an agent-created ticket's opening comment counts,
     * as in first response time with {@link AgentCreated#COUNT_OPENING_COMMENT}.
     */
    FIRST_REPLY,
    /**
     * Like {@link #FIRST_REPLY}, but a bot's reply counts too: {@link Ticket#firstReply(boolean)
     * firstReply(true)}.
     */
    FIRST_REPLY_INCLUDING_BOTS;

    /**
     * The instant of a ticket.
     *
     * @param ticket the ticket
     * @return the instant, or null when the ticket has none (see each constant)
     */
    public Instant instantOf(Ticket ticket) {
        Objects.requireNonNull(ticket, "ticket");
        switch (this) {
            case CREATED:
                return ticket.created();
            case FIRST_RESPONSE:
                return Nanos.instantOrNull(AgentCreated.SKIP_OPENING_COMMENT.firstReplyNanos(ticket, false));
            case FIRST_RESPONSE_INCLUDING_BOTS:
                return Nanos.instantOrNull(AgentCreated.SKIP_OPENING_COMMENT.firstReplyNanos(ticket, true));
            case FIRST_REPLY:
                return ticket.firstReply(false).orElse(null);
            case FIRST_REPLY_INCLUDING_BOTS:
                return ticket.firstReply(true).orElse(null);
            case RESOLVED:
                return ticket.resolved().orElse(null);
            default:
                return ticket.firstResolved().orElse(null);
        }
    }

    /**
     * The instant of a ticket, as a function: {@link #instantOf}.
     *
     * @param ticket the ticket
     * @return the instant, or null when the ticket has none
     */
    @Override
    public Instant apply(Ticket ticket) {
        return instantOf(ticket);
    }
}
