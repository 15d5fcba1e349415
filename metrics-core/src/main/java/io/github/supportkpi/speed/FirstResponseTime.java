package io.github.supportkpi.speed;

import io.github.supportkpi.domain.AgentCreated;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.Origin;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.TicketFacts;
import io.github.supportkpi.domain.TicketInstant;
import io.github.supportkpi.domain.UnrepliedResolution;
import io.github.supportkpi.metric.DefinedMetric;
import io.github.supportkpi.metric.DurationMeasure;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.DurationStats.Summary;
import io.github.supportkpi.metric.TicketMetrics;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * First response time (FRT). Catalogue M10.
 * <p>The time from a ticket's creation to its first response, summarised over the tickets that have one:
 * {@code sum(firstResponse - created) / tickets with a first response} for the mean, and the median and
 * any percentile from {@link DurationStats}.
 * <ul>
 *   <li>The first response is the ticket's first interaction that is a reply
 *       ({@link Interaction#isReply(boolean)}: a human agent's public reply, or also a bot's when the
 *       definition includes bots).</li>
 *   <li>A ticket with <em>no interactions at all</em> falls back to its recorded {@link Ticket#firstResponse()}
 *       field. That field cannot tell a bot from a human, so it is used as it is under either setting.</li>
 *   <li>A ticket with no response (interactions but no reply, or no interactions and no recorded first
 *       response) is counted as {@link DurationStats#unmeasured() unmeasured}, not dropped.</li>
 *   <li>With no measured ticket every statistic is empty, never NaN and never zero.</li>
 *   <li>A response at the creation instant measures zero.</li>
 *   <li><b>A ticket solved before its first reply</b> follows the definition's {@link UnrepliedResolution},
 *       the rule the SLA first-response target shares (so a ticket whose first response time is within a
 *       target in calendar time achieves it). By default ({@link UnrepliedResolution#STAYS_UNANSWERED}) a
 *       solve is not a response: the time runs to the first reply, through any resolved status (created
 *       09:00, solved 10:00, reopened and replied 12:00: 3 h), and a ticket never replied to is unmeasured.
 *       With {@link UnrepliedResolution#SOLVE_ENDS_CLOCK} the first response is the earlier of the first
 *       reply and the first resolution (the same ticket: 1 h), and a ticket solved without a reply is
 *       measured to its solve.</li>
 * </ul>
 * <p>The denominator is the tickets that received a first response. [001] writes FRT as "total response
 * time / number of resolved tickets", but its own example divides by the three responses
 * ({@code 10 s, 17 s, 38 s -> 21.67 s}); unresolved tickets may have been answered and resolved ones may
 * not, so the resolved count would be wrong.
 * <p><b>Agent-created tickets.</b> An outbound ticket that an agent opened with a public message would
 * measure zero if that message were its first response. By default
 * ({@link AgentCreated#SKIP_OPENING_COMMENT}, Zendesk's rule) a ticket of {@link Origin#AGENT origin AGENT}
 * whose first interaction is an agent's public reply is measured from its creation to the next reply after
 * that opening comment (its second public agent comment), and is unmeasured while there is none. Tickets
 * without a recorded origin, or created by the customer or an automation, measure the same under every rule.
 * {@link AgentCreated#COUNT_OPENING_COMMENT} counts the opening comment as the first response;
 * {@link AgentCreated#EXCLUDE} leaves every agent-created ticket out, counted as unmeasured.
 * <p>Knobs ({@link ResponseDefinition}): whether bot replies count (default: human agents only [004]);
 * how time is measured (default calendar time; business hours with a business calendar); what a solve
 * before the first reply does (default: nothing, the ticket waits for its reply); how agent-created
 * tickets are measured (default: the opening comment is not a response).
 * <p>Immutable and thread-safe.
 */
public final class FirstResponseTime extends DefinedMetric<Ticket, DurationStats, ResponseDefinition> {
    /** The id. */
    public static final String ID = "frt";

    /** The bucket instant: the first response by the definition's rule. */
    private final Function<? super Ticket, Instant> bucket;

    private FirstResponseTime(ResponseDefinition definition) {
        super(ID, definition, TicketMetrics.durations(ID, f -> measure(f, definition), definition.summary()));
        boolean bots = definition.includeBots();
        UnrepliedResolution rule = definition.unrepliedResolution();
        AgentCreated agentCreated = definition.agentCreated();
        if (rule == UnrepliedResolution.STAYS_UNANSWERED && agentCreated == AgentCreated.COUNT_OPENING_COMMENT) {
            this.bucket = bots ? TicketInstant.FIRST_REPLY_INCLUDING_BOTS : TicketInstant.FIRST_REPLY;
        } else if (rule == UnrepliedResolution.STAYS_UNANSWERED) {
            this.bucket = bots ? TicketInstant.FIRST_RESPONSE_INCLUDING_BOTS : TicketInstant.FIRST_RESPONSE;
        } else {
            this.bucket = t -> rule.firstResponse(t, bots, agentCreated).orElse(null);
        }
    }

    /**
     * First response time under a definition.
     *
     * @param definition the knobs
     * @return the metric
     */
    public static FirstResponseTime of(ResponseDefinition definition) {
        return new FirstResponseTime(Objects.requireNonNull(definition, "definition"));
    }

    /**
     * First response time by human agents, in calendar time.
     *
     * @return the metric
     */
    public static FirstResponseTime defaults() {
        return of(ResponseDefinition.DEFAULT);
    }

    private static long measure(TicketFacts f, ResponseDefinition d) {
        AgentCreated rule = d.agentCreated();
        if (rule.excludes(f.ticket())) {
            return DurationMeasure.ABSENT; // counted as unmeasured
        }
        long reply = d.unrepliedResolution().firstResponseNanos(f, d.includeBots(), rule);
        return reply == TicketFacts.ABSENT ? DurationMeasure.ABSENT : d.elapsedTime().nanosBetween(f.created(), reply);
    }

    /**
     * The instant that buckets a ticket in a trend of this metric: its first response by the rule of the
     * definition.
     *
     * @return {@link TicketInstant#FIRST_RESPONSE}, or {@link TicketInstant#FIRST_RESPONSE_INCLUDING_BOTS} when
     *     the definition counts bot replies; {@link TicketInstant#FIRST_REPLY} or
     *     {@link TicketInstant#FIRST_REPLY_INCLUDING_BOTS} when it counts an agent's opening comment; with
     *     {@link UnrepliedResolution#SOLVE_ENDS_CLOCK}, the earlier of that instant and the first resolution
     */
    @Override
    public Optional<Function<? super Ticket, Instant>> bucketInstant() {
        return Optional.of(bucket);
    }

    /**
     * This metric keeping durations another way.
     *
     * @param summary {@link Summary#EXACT} or {@link Summary#SKETCH}
     * @return the metric under the definition {@code withSummary(summary)}
     */
    @Override
    public FirstResponseTime withSummary(Summary summary) {
        return of(definedBy().withSummary(summary));
    }
}
