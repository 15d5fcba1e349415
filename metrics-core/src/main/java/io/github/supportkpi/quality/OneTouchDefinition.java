package io.github.supportkpi.quality;

import io.github.supportkpi.domain.AgentCreated;
import io.github.supportkpi.domain.Origin;
import io.github.supportkpi.domain.Ticket;
import java.util.Objects;

/**
 * The knob of one-touch resolution (catalogue M21). Immutable and thread-safe.
 *
 * @param agentCreated how the replies of a ticket created by an agent ({@link Ticket#origin()}
 *     {@link Origin#AGENT}) are counted; default {@link AgentCreated#SKIP_OPENING_COMMENT}, Zendesk's rule:
 *     the agent's public comment that opened the ticket is not a touch, so a proactive ticket the agent
 *     opened and solved, or opened and answered once more after the customer wrote, counts by the replies
 *     after it. The default changes nothing for a ticket without a recorded origin or of another origin.
 *     {@link AgentCreated#COUNT_OPENING_COMMENT} counts the opening comment as the ticket's one touch.
 *     {@link AgentCreated#EXCLUDE} is refused: the rate's denominator is every ticket, and a ratio has no
 *     count of tickets left out; segment by {@code TicketDimensions.ORIGIN} to see agent-created tickets apart
 */
public record OneTouchDefinition(AgentCreated agentCreated) {
    /** An agent's opening comment is not a touch. */
    public static final OneTouchDefinition DEFAULT = new OneTouchDefinition(AgentCreated.SKIP_OPENING_COMMENT);

    /**
     * Validates the knob.
     *
     * @throws NullPointerException if {@code agentCreated} is null
     * @throws IllegalArgumentException if {@code agentCreated} is {@link AgentCreated#EXCLUDE}
     */
    public OneTouchDefinition {
        Objects.requireNonNull(agentCreated, "agentCreated");
        if (agentCreated == AgentCreated.EXCLUDE) {
            throw new IllegalArgumentException("agentCreated must not be EXCLUDE for one-touch resolution, whose"
                    + " denominator is every ticket (segment by origin instead): " + agentCreated);
        }
    }

    /**
     * A copy that counts the replies of agent-created tickets another way.
     *
     * @param v {@link AgentCreated#SKIP_OPENING_COMMENT} or {@link AgentCreated#COUNT_OPENING_COMMENT}
     * @return the copy
     * @throws IllegalArgumentException if {@code v} is {@link AgentCreated#EXCLUDE}
     */
    public OneTouchDefinition withAgentCreated(AgentCreated v) {
        return new OneTouchDefinition(v);
    }
}
