package io.github.supportkpi.speed;

import io.github.supportkpi.domain.AgentCreated;
import io.github.supportkpi.domain.Origin;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.UnrepliedResolution;
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
 * @param unrepliedResolution what ends the first-response clock of a ticket solved before its first reply;
 *     default {@link UnrepliedResolution#STAYS_UNANSWERED} (a solve is not a response: the first response is
 *     the first reply, and a ticket with none is unmeasured). It is the rule of the SLA first-response target
 *     too ({@code SlaDefinition.unrepliedResolution}, same default), so the two agree. First response time
 *     only: average reply time pairs customer messages with replies, and a solve is not a reply
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
        UnrepliedResolution unrepliedResolution, AgentCreated agentCreated) {
    /**
     * Human agent replies only, in calendar time; a solve is not a response, and an agent's opening comment
     * is not a reply.
     */
    public static final ResponseDefinition DEFAULT = new ResponseDefinition(false, ElapsedTime.CALENDAR);

    /**
     * Validates the knobs.
     *
     * @throws NullPointerException if {@code elapsedTime}, {@code summary}, {@code unrepliedResolution} or
     *     {@code agentCreated} is null
     */
    public ResponseDefinition {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(elapsedTime, "elapsedTime");
        Objects.requireNonNull(unrepliedResolution, "unrepliedResolution");
        Objects.requireNonNull(agentCreated, "agentCreated");
    }

    /**
     * A definition under the default rules for tickets solved before their first reply
     * ({@link UnrepliedResolution#STAYS_UNANSWERED}) and for agent-created tickets
     * ({@link AgentCreated#SKIP_OPENING_COMMENT}).
     *
     * @param includeBots see the record
     * @param elapsedTime see the record
     * @param summary see the record
     */
    public ResponseDefinition(boolean includeBots, ElapsedTime elapsedTime, Summary summary) {
        this(includeBots, elapsedTime, summary, UnrepliedResolution.STAYS_UNANSWERED,
                AgentCreated.SKIP_OPENING_COMMENT);
    }

    /**
     * A definition under the default rule for agent-created tickets ({@link AgentCreated#SKIP_OPENING_COMMENT}).
     *
     * @param includeBots see the record
     * @param elapsedTime see the record
     * @param summary see the record
     * @param unrepliedResolution see the record
     */
    public ResponseDefinition(boolean includeBots, ElapsedTime elapsedTime, Summary summary,
            UnrepliedResolution unrepliedResolution) {
        this(includeBots, elapsedTime, summary, unrepliedResolution, AgentCreated.SKIP_OPENING_COMMENT);
    }

    /**
     * A definition under the default rule for tickets solved before their first reply
     * ({@link UnrepliedResolution#STAYS_UNANSWERED}).
     *
     * @param includeBots see the record
     * @param elapsedTime see the record
     * @param summary see the record
     * @param agentCreated see the record
     */
    public ResponseDefinition(boolean includeBots, ElapsedTime elapsedTime, Summary summary,
            AgentCreated agentCreated) {
        this(includeBots, elapsedTime, summary, UnrepliedResolution.STAYS_UNANSWERED, agentCreated);
    }

    /**
     * A definition that keeps every duration ({@link Summary#EXACT}), under the default rules.
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
        return new ResponseDefinition(v, elapsedTime, summary, unrepliedResolution, agentCreated);
    }

    /**
     * A copy measuring time another way, such as in business hours.
     *
     * @param v how time is measured
     * @return the copy
     */
    public ResponseDefinition withElapsedTime(ElapsedTime v) {
        return new ResponseDefinition(includeBots, v, summary, unrepliedResolution, agentCreated);
    }

    /**
     * A copy that keeps durations another way.
     *
     * @param v {@link Summary#EXACT}, {@link Summary#SKETCH} or {@link Summary#TOTALS}
     * @return a copy
     */
    public ResponseDefinition withSummary(Summary v) {
        return new ResponseDefinition(includeBots, elapsedTime, v, unrepliedResolution, agentCreated);
    }

    /**
     * A copy with another rule for tickets solved before their first reply.
     *
     * @param v {@link UnrepliedResolution#STAYS_UNANSWERED} or {@link UnrepliedResolution#SOLVE_ENDS_CLOCK}
     * @return a copy
     */
    public ResponseDefinition withUnrepliedResolution(UnrepliedResolution v) {
        return new ResponseDefinition(includeBots, elapsedTime, summary, v, agentCreated);
    }

    /**
     * A copy that treats agent-created tickets another way.
     *
     * @param v the rule for tickets of origin {@link Origin#AGENT}
     * @return a copy
     */
    public ResponseDefinition withAgentCreated(AgentCreated v) {
        return new ResponseDefinition(includeBots, elapsedTime, summary, unrepliedResolution, v);
    }
}
