package io.github.supportkpi.quality;

import io.github.supportkpi.domain.AgentCreated;
import io.github.supportkpi.domain.Origin;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.TicketInstant;
import io.github.supportkpi.metric.DefinedMetric;
import io.github.supportkpi.metric.Ratio;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One-touch (first reply) resolution rate. Catalogue M21.
 * <p>{@code resolved tickets with exactly one agent reply / all tickets x 100},
 * as a {@link Ratio} ({@link Ratio#percent()}).
 * <ul>
 *   <li>Undefined (empty) when there are no tickets, never NaN and never 0.</li>
 *   <li>Within [0, 100] percent when defined.</li>
 *   <li>Agent replies are public replies by human agents among the ticket's interactions
 *       ({@code Ticket.replyCount(false)}); bot replies and internal notes do not count. A ticket resolved
 *       with no agent reply (on a call, by a bot, with no interactions recorded) is not one-touch.</li>
 *   <li>The denominator is every ticket, open ones included ([002]).</li>
 *   <li>Unlike {@link FirstContactResolution}, reopens, escalations and transfers do not matter.</li>
 *   <li>An agent-created ticket ({@link Origin#AGENT}) whose first interaction is the agent's public reply
 *       does not count that opening comment by default ({@link AgentCreated#SKIP_OPENING_COMMENT}, as
 *       Zendesk counts a proactive ticket): it is one-touch when resolved with exactly one agent reply after
 *       it. Tickets without a recorded origin, or of another origin, count as before under either rule.</li>
 * </ul>
 * <p>Knob ({@link OneTouchDefinition}): whether an agent's opening comment counts as a touch (default: it
 * does not).
 * <p>Immutable and thread-safe.
 */
public final class OneTouchResolution extends DefinedMetric<Ticket, Ratio, OneTouchDefinition> {
    /** The id. */
    public static final String ID = "one.touch.rate";

    /** The formula, for a reader; the definition is {@link OneTouchDefinition}. */
    public static final String FORMULA = "resolved tickets with exactly one agent reply / all tickets x 100";

    private static final OneTouchResolution DEFAULT = new OneTouchResolution(OneTouchDefinition.DEFAULT);

    private OneTouchResolution(OneTouchDefinition d) {
        super(ID, d, Ratio.metric(ID, t -> true,
                t -> t.isResolved() && d.agentCreated().replyCount(t, false) == 1));
    }

    /**
     * One-touch (first reply) resolution rate under a definition.
     *
     * @param definition the knob
     * @return the metric
     */
    public static OneTouchResolution of(OneTouchDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        return definition.equals(OneTouchDefinition.DEFAULT) ? DEFAULT : new OneTouchResolution(definition);
    }

    /**
     * One-touch (first reply) resolution rate, an agent's opening comment not counted as a touch.
     *
     * @return the metric
     */
    public static OneTouchResolution defaults() {
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
