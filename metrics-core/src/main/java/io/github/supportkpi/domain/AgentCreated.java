package io.github.supportkpi.domain;

/**
 * How a definition treats a ticket created by an agent ({@link Ticket#origin()} {@link Origin#AGENT}), whose
 * <em>opening comment</em> is often the agent's own public message: the ticket's first interaction, when it
 * is a public reply by a human agent ({@link InteractionKind#AGENT_REPLY}). Counted as a reply, that message
 * makes an outbound ticket "answered" at its creation (first response time zero) and "touched" once before
 * the customer has said anything.
 *
 * <p>The rule applies to agent-created tickets only. A ticket with no recorded origin, or of origin
 * {@link Origin#CUSTOMER} or {@link Origin#SYSTEM}, is measured the same under every rule. An agent-created
 * ticket whose first interaction is not an agent's public reply (an internal note, the customer's message
 * taken down by the agent, a call) has no opening comment: only {@link #EXCLUDE} changes how it is measured.
 */
public enum AgentCreated {
    /**
     * The opening comment counts like any other reply: the first response of an outbound ticket is its
     * opening comment (often at creation, measuring zero), and it is one of the ticket's replies.
     */
    COUNT_OPENING_COMMENT,
    /**
     * The opening comment is not a reply, as in Zendesk: when an agent creates a ticket whose first comment
     * is public, first reply time still starts at the ticket's creation but ends at the next public agent
     * comment, the ticket's second one; and the agent's initial comment does not count towards a one-touch
     * ticket. The agent replies after the opening comment count as usual.
     */
    SKIP_OPENING_COMMENT,
    /**
     * Agent-created tickets are left out, each counted as left out rather than dropped: a duration
     * statistic counts it as unmeasured ({@code DurationStats.unmeasured()}). It has no meaning where there
     * is no such count (a ratio over every ticket), which refuses it.
     */
    EXCLUDE;

    /**
     * Whether this rule leaves the ticket out: {@link #EXCLUDE} and an agent-created ticket.
     *
     * @param t the ticket
     * @return true when the ticket is to be left out (and counted as such)
     */
    public boolean excludes(Ticket t) {
        return this == EXCLUDE && t.originOrNull() == Origin.AGENT;
    }

    /**
     * The ticket's first reply under this rule, in epoch nanoseconds: {@link Ticket#firstReply(boolean)},
     * except under {@link #SKIP_OPENING_COMMENT} for a ticket with an opening comment, whose first reply is
     * the first reply after the opening comment. Under {@link #EXCLUDE}, callers first ask
     * {@link #excludes(Ticket)}; for a ticket it does not exclude this is {@code firstReply}.
     *
     * @param t the ticket
     * @param includeBots whether bot replies count
     * @return the first reply, or {@link Ticket#ABSENT_NANOS} when there is none
     */
    public long firstReplyNanos(Ticket t, boolean includeBots) {
        if (this != SKIP_OPENING_COMMENT || !hasOpeningComment(t)) {
            return t.firstReplyNanos(includeBots);
        }
        for (int i = 1, n = t.interactionCount(); i < n; i++) {
            if (Interaction.isReply(t.interactionKind(i), includeBots)) {
                return t.interactionAtNanos(i);
            }
        }
        return Ticket.ABSENT_NANOS;
    }

    /**
     * The ticket's number of replies under this rule: {@link Ticket#replyCount(boolean)}, less the opening
     * comment under {@link #SKIP_OPENING_COMMENT}.
     *
     * @param t the ticket
     * @param includeBots whether bot replies count
     * @return the number of replies, not negative
     */
    public int replyCount(Ticket t, boolean includeBots) {
        int replies = t.replyCount(includeBots);
        return this == SKIP_OPENING_COMMENT && hasOpeningComment(t) ? replies - 1 : replies;
    }

    /**
     * Whether the ticket has an opening comment: it was created by an agent and its first interaction is a
     * human agent's public reply.
     *
     * @param t the ticket
     * @return true when it has one
     */
    public static boolean hasOpeningComment(Ticket t) {
        return t.originOrNull() == Origin.AGENT && t.interactionCount() > 0
                && t.interactionKind(0) == InteractionKind.AGENT_REPLY;
    }
}
