package io.github.supportkpi.speed;

import io.github.supportkpi.domain.AgentCreated;
import io.github.supportkpi.domain.Origin;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.DurationStats.Summary;
import io.github.supportkpi.time.ElapsedTime;
import java.util.Objects;

/**
 * Which replies answer the customer, and how the wait for them is measured: the knobs of first response
 * time (catalogue M10) and average reply time (M11). Immutable and thread-safe.
 *
 * @param includeBots whether bot and automated replies count as responses; default {@code false}, human
 *     agent replies only ([004] warns that auto-responders flatter the figure)
 * @param elapsedTime how the time between two instants is measured; default {@link ElapsedTime#CALENDAR}
 *     (a business calendar measures business hours only)
 * @param summary how durations are kept: {@link Summary#EXACT} (the default, every value) or
 *     {@link Summary#SKETCH} (a mergeable log-linear histogram, fixed memory, percentiles within
 *     {@link DurationStats#SKETCH_RELATIVE_ERROR})
 * @param agentCreated how a ticket created by an agent ({@link Ticket#origin()} {@link Origin#AGENT}) is
 *     measured; default {@link AgentCreated#SKIP_OPENING_COMMENT}, Zendesk's rule: when the agent's public
 *     message opened the ticket, the first response is the next agent reply, not that message, which would
 *     answer an outbound ticket at its creation. The default changes nothing for a ticket without a recorded
 *     origin or of another origin; {@link AgentCreated#COUNT_OPENING_COMMENT} measures agent-created tickets
 *     like the others, {@link AgentCreated#EXCLUDE} counts them as unmeasured. Average reply time is the same
 *     under the first two (an opening comment answers no customer message, so it never ends a wait); under
 *     {@code EXCLUDE} it counts each agent-created ticket once as unmeasured
 */
public record ResponseDefinition(boolean includeBots, ElapsedTime elapsedTime, Summary summary,
        AgentCreated agentCreated) {
    /** Human agent replies only, in calendar time, an agent's opening comment not counted as a reply. */
    public static final ResponseDefinition DEFAULT = new ResponseDefinition(false, ElapsedTime.CALENDAR);

    /**
     * Validates the knobs.
     *
     * @throws NullPointerException if {@code elapsedTime}, {@code summary} or {@code agentCreated} is null
     */
    public ResponseDefinition {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(elapsedTime, "elapsedTime");
        Objects.requireNonNull(agentCreated, "agentCreated");
    }

    /**
     * A definition with the default rule for agent-created tickets ({@link AgentCreated#SKIP_OPENING_COMMENT}).
     *
     * @param includeBots see the record
     * @param elapsedTime see the record
     * @param summary see the record
     */
    public ResponseDefinition(boolean includeBots, ElapsedTime elapsedTime, Summary summary) {
        this(includeBots, elapsedTime, summary, AgentCreated.SKIP_OPENING_COMMENT);
    }

    /**
     * A definition that keeps every duration ({@link Summary#EXACT}), with the default rule for
     * agent-created tickets.
     *
     * @param includeBots see the record
     * @param elapsedTime see the record
     */
    public ResponseDefinition(boolean includeBots, ElapsedTime elapsedTime) {
        this(includeBots, elapsedTime, Summary.EXACT);
    }

    /**
     * A copy that does, or does not, count bot and automated replies.
     *
     * @param v whether bot replies count
     * @return the copy
     */
    public ResponseDefinition withIncludeBots(boolean v) {
        return new ResponseDefinition(v, elapsedTime, summary, agentCreated);
    }

    /**
     * A copy measuring time another way, such as in business hours.
     *
     * @param v how time is measured
     * @return the copy
     */
    public ResponseDefinition withElapsedTime(ElapsedTime v) {
        return new ResponseDefinition(includeBots, v, summary, agentCreated);
    }

    /**
     * A copy that keeps durations another way.
     *
     * @param v {@link Summary#EXACT} or {@link Summary#SKETCH}
     * @return a copy
     */
    public ResponseDefinition withSummary(Summary v) {
        return new ResponseDefinition(includeBots, elapsedTime, v, agentCreated);
    }

    /**
     * A copy that treats agent-created tickets another way.
     *
     * @param v the rule for tickets of origin {@link Origin#AGENT}
     * @return a copy
     */
    public ResponseDefinition withAgentCreated(AgentCreated v) {
        return new ResponseDefinition(includeBots, elapsedTime, summary, v);
    }
}
