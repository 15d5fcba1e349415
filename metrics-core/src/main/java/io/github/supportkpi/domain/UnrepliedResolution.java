package io.github.supportkpi.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a ticket solved before its first reply does to the first-response clock: the one rule that first
 * response time (catalogue M10) and the SLA first-response target (M34) share, so that a ticket whose first
 * response time is within a target also achieves that target.
 *
 * <p>Under either rule the first-response clock runs from the ticket's creation to its first response and is
 * not stopped by a resolved status on the way: a solve either is the first response or it is not. The SLA
 * clock may still leave out the paused statuses (when its definition pauses the first-response clock) and
 * measures in its policy's calendar; with neither, its SLA time is the first response time in calendar time.
 * <pre>{@code
 * created 09:00, solved 10:00 (no reply), reopened and replied 12:00; a 2 h first-response target
 * STAYS_UNANSWERED: first response 12:00, FRT 3 h, the target BREACHED (3 h > 2 h)
 * SOLVE_ENDS_CLOCK: first response 10:00, FRT 1 h, the target ACHIEVED (1 h <= 2 h)
 * }</pre>
 */
public enum UnrepliedResolution {
    /**
     * The default: a solve is not an answer. The first response is the first reply
     * ({@link Ticket#firstReply(boolean)}), however long after a solve it comes, as Zendesk's first reply time
     * ends at the agent's public comment after the customer reopens a ticket solved without one. A ticket with
     * no reply has no first response: first response time counts it as unmeasured, and its SLA clock keeps
     * running (IN_PROGRESS, then BREACHED once overdue when the definition counts overdue clocks as breached),
     * even while the ticket is solved.
     */
    STAYS_UNANSWERED,
    /**
     * A solve ends the wait: the first response is the earlier of the first reply and the first resolution
     * ({@link Ticket#firstResolved()}). A ticket solved before any reply has its first response at that solve:
     * first response time measures it, and its SLA clock stops there. A ticket neither replied to nor resolved
     * has no first response.
     */
    SOLVE_ENDS_CLOCK;

    /**
     * The first response of a ticket under this rule, an agent's opening comment of an agent-created ticket
     * not counted as a reply ({@link AgentCreated#SKIP_OPENING_COMMENT}, the default of first response time
     * and of the SLA first-response target), in epoch nanoseconds.
     *
     * @param facts the ticket's facts
     * @param includeBots whether bot replies count as replies
     * @return the instant, or {@link TicketFacts#ABSENT} when the ticket has no first response
     */
    public long firstResponseNanos(TicketFacts facts, boolean includeBots) {
        return firstResponseNanos(facts, includeBots, AgentCreated.SKIP_OPENING_COMMENT);
    }

    /**
     * The first response of a ticket under this rule and a rule for agent-created tickets, in epoch
     * nanoseconds. Under {@link AgentCreated#EXCLUDE}, callers first ask {@link AgentCreated#excludes}.
     *
     * @param facts the ticket's facts
     * @param includeBots whether bot replies count as replies
     * @param agentCreated whether an agent's opening comment counts as a reply
     * @return the instant, or {@link TicketFacts#ABSENT} when the ticket has no first response
     */
    public long firstResponseNanos(TicketFacts facts, boolean includeBots, AgentCreated agentCreated) {
        Objects.requireNonNull(agentCreated, "agentCreated");
        long reply = agentCreated == AgentCreated.COUNT_OPENING_COMMENT ? facts.firstReply(includeBots)
                : agentCreated.firstReplyNanos(facts.ticket(), includeBots);
        return this == STAYS_UNANSWERED ? reply : earlier(reply, facts.firstResolved());
    }

    /**
     * The first response of a ticket under this rule, an agent's opening comment not counted as a reply
     * ({@link AgentCreated#SKIP_OPENING_COMMENT}).
     *
     * @param ticket the ticket
     * @param includeBots whether bot replies count as replies
     * @return the instant, or empty when the ticket has no first response
     */
    public Optional<Instant> firstResponse(Ticket ticket, boolean includeBots) {
        return firstResponse(ticket, includeBots, AgentCreated.SKIP_OPENING_COMMENT);
    }

    /**
     * The first response of a ticket under this rule and a rule for agent-created tickets.
     *
     * @param ticket the ticket
     * @param includeBots whether bot replies count as replies
     * @param agentCreated whether an agent's opening comment counts as a reply
     * @return the instant, or empty when the ticket has no first response
     */
    public Optional<Instant> firstResponse(Ticket ticket, boolean includeBots, AgentCreated agentCreated) {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(agentCreated, "agentCreated");
        long reply = agentCreated == AgentCreated.COUNT_OPENING_COMMENT ? ticket.firstReplyNanos(includeBots)
                : agentCreated.firstReplyNanos(ticket, includeBots);
        long at = this == STAYS_UNANSWERED ? reply : earlier(reply, ticket.firstResolvedNanos());
        return Optional.ofNullable(Nanos.instantOrNull(at));
    }

    private static long earlier(long a, long b) {
        if (a == TicketFacts.ABSENT) {
            return b;
        }
        return b == TicketFacts.ABSENT ? a : Math.min(a, b);
    }
}
