package io.github.supportkpi.speed;

import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.TicketFacts;
import io.github.supportkpi.domain.TicketInstant;
import io.github.supportkpi.metric.DefinedMetric;
import io.github.supportkpi.metric.DurationMeasure;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.DurationStats.Summary;
import io.github.supportkpi.metric.TicketMetrics;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * First response time after assignment: the time from a ticket's first assignment to an agent to the first
 * response at or after it, summarised over the tickets that have both. {@link FirstResponseTime} with its
 * clock started when someone owns the ticket, not when it came in, so the wait in the unassigned queue
 * ({@link TimeToFirstAssignment}) is not charged to the agent.
 * <ul>
 *   <li>The first assignment is as in {@link TimeToFirstAssignment}: the first change of the
 *       {@link Ticket#assignments() assignment history} that names an agent.</li>
 *   <li>The response is the first reply ({@link Interaction#isReply(boolean)}, by the definition's rule for
 *       bots) at or after that instant; a reply before the ticket was assigned does not stop this clock.
 *       A ticket with no interactions at all uses its recorded {@link Ticket#firstResponse()} when that is
 *       not before the assignment.</li>
 *   <li>A ticket never assigned to an agent, without an assignment history, or with no response after its
 *       assignment is counted as {@link DurationStats#unmeasured() unmeasured}, not dropped. With no
 *       measured ticket every statistic is empty, never NaN and never zero.</li>
 * </ul>
 * Knobs ({@link ResponseDefinition}, as first response time): whether bot replies count (default: human
 * agents only), how time is measured, how durations are kept. Immutable and thread-safe.
 */
public final class FirstResponseAfterAssignment
        extends DefinedMetric<Ticket, DurationStats, ResponseDefinition> {
    /** The id. */
    public static final String ID = "frt.after.assignment";

    private FirstResponseAfterAssignment(ResponseDefinition d) {
        super(ID, d, TicketMetrics.durations(ID, f -> measure(f, d), d.summary()));
    }

    /**
     * First response time after assignment under a definition.
     *
     * @param definition the knobs
     * @return the metric
     */
    public static FirstResponseAfterAssignment of(ResponseDefinition definition) {
        return new FirstResponseAfterAssignment(Objects.requireNonNull(definition, "definition"));
    }

    /**
     * First response time after assignment, by human agents, in calendar time.
     *
     * @return the metric
     */
    public static FirstResponseAfterAssignment defaults() {
        return of(ResponseDefinition.DEFAULT);
    }

    private static long measure(TicketFacts f, ResponseDefinition d) {
        Ticket t = f.ticket();
        long assigned = TimeToFirstAssignment.firstAssignedNanos(t);
        if (assigned == TicketFacts.ABSENT) {
            return DurationMeasure.ABSENT;
        }
        long reply = f.firstReply(d.includeBots());
        if (reply != TicketFacts.ABSENT && reply < assigned) {
            reply = replyFrom(t.interactions(), assigned, d.includeBots());
        }
        return reply == TicketFacts.ABSENT ? DurationMeasure.ABSENT : d.elapsedTime().nanosBetween(assigned, reply);
    }

    /** The first reply at or after an instant, or {@link TicketFacts#ABSENT}. */
    private static long replyFrom(List<Interaction> interactions, long from, boolean includeBots) {
        for (Interaction i : interactions) {
            if (i.isReply(includeBots)) {
                long at = TicketFacts.nanos(i.at());
                if (at >= from) {
                    return at;
                }
            }
        }
        return TicketFacts.ABSENT;
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
    public FirstResponseAfterAssignment withSummary(Summary summary) {
        return of(definedBy().withSummary(summary));
    }
}
