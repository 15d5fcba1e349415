package io.github.supportkpi.speed;

import io.github.supportkpi.domain.AgentCreated;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.InteractionKind;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.TicketInstant;
import io.github.supportkpi.metric.Accumulator;
import io.github.supportkpi.metric.DefinedMetric;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.DurationStats.Summary;
import io.github.supportkpi.metric.Metric;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Average reply time. Catalogue M11.
 * <p>The time from every customer message to the next reply, averaged over all such pairs of all tickets:
 * {@code sum(reply - customer message) / pairs}; the median and percentiles come from {@link DurationStats}.
 * <ul>
 *   <li>A customer message is an interaction of kind {@link InteractionKind#CUSTOMER_MESSAGE}; a reply is
 *       {@link Interaction#isReply(boolean)} under the definition (human agents only by default).</li>
 *   <li>Consecutive customer messages before one reply make <em>one</em> pair, measured from the first
 *       unanswered message: the customer has waited since then.</li>
 *   <li>A reply with no unanswered customer message before it (a follow-up, a second reply) makes no
 *       pair.</li>
 *   <li>Customer messages with no later reply are counted once per unanswered run as
 *       {@link DurationStats#unmeasured() unmeasured}.</li>
 *   <li>The ticket's creation is not a customer message by itself; a ticket with no interactions gives
 *       no pair.</li>
 *   <li>With no pair every statistic is empty, never NaN and never zero.</li>
 * </ul>
 * <p>Knobs ({@link ResponseDefinition}, as for {@link FirstResponseTime}): whether bot replies count
 * (default: human agents only [004]); how time is measured (default calendar time); how agent-created
 * tickets are measured: the same under {@link AgentCreated#SKIP_OPENING_COMMENT} (the default) and
 * {@link AgentCreated#COUNT_OPENING_COMMENT}, as an agent's opening comment follows no customer message and
 * makes no pair; under {@link AgentCreated#EXCLUDE} each agent-created ticket is left out and counted once
 * as unmeasured.
 * <p>Immutable and thread-safe.
 */
public final class AverageReplyTime extends DefinedMetric<Ticket, DurationStats, ResponseDefinition> {
    /** The id. */
    public static final String ID = "reply.time";

    private AverageReplyTime(ResponseDefinition d) {
        super(ID, d, Metric.of(ID, DurationStats.empty(d.summary()), () -> new Accumulator<Ticket, DurationStats>() {
            private final DurationStats.Builder values = DurationStats.builder(d.summary());

            @Override
            public void accept(Ticket t) {
                if (d.agentCreated().excludes(t)) {
                    values.addUnmeasured();
                    return;
                }
                List<Interaction> is = t.interactions();
                Instant waitingSince = null;
                for (int i = 0, n = is.size(); i < n; i++) {
                    Interaction x = is.get(i);
                    if (x.kind() == InteractionKind.CUSTOMER_MESSAGE) {
                        if (waitingSince == null) {
                            waitingSince = x.at();
                        }
                    } else if (waitingSince != null && x.isReply(d.includeBots())) {
                        values.addNanos(d.elapsedTime().nanosBetween(waitingSince, x.at()), t.id());
                        waitingSince = null;
                    }
                }
                if (waitingSince != null) {
                    values.addUnmeasured();
                }
            }

            @Override
            public DurationStats tally() {
                return values.build();
            }
        }));
    }

    /**
     * Average reply time under a definition.
     *
     * @param definition the knobs
     * @return the metric
     */
    public static AverageReplyTime of(ResponseDefinition definition) {
        return new AverageReplyTime(Objects.requireNonNull(definition, "definition"));
    }

    /**
     * Average reply time of human agents, in calendar time.
     *
     * @return the metric
     */
    public static AverageReplyTime defaults() {
        return of(ResponseDefinition.DEFAULT);
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

    /**
     * This metric keeping durations another way.
     *
     * @param summary {@link Summary#EXACT} or {@link Summary#SKETCH}
     * @return the metric under the definition {@code withSummary(summary)}
     */
    @Override
    public AverageReplyTime withSummary(Summary summary) {
        return of(definedBy().withSummary(summary));
    }
}
