package io.github.supportkpi.speed;

import io.github.supportkpi.domain.Status;
import io.github.supportkpi.domain.StatusTimeline;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.TicketInstant;
import io.github.supportkpi.metric.DefinedMetric;
import io.github.supportkpi.metric.DurationMeasure;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.DurationStats.Summary;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Time a ticket spends in a set of statuses, summarised over tickets: customer wait time (catalogue M14),
 * on-hold time and agent wait time.
 *
 * <p>Per ticket: {@code sum over the status-history segments in a counted status of elapsed(segment)}, the
 * {@link StatusTimeline#nanosIn time in the statuses} of the ticket's timeline; see
 * {@link StatusTimeDefinition} for where it starts and stops. Summarised as {@link DurationStats} (mean,
 * median, percentiles) over the measured tickets.
 * <ul>
 *   <li>Tickets with no status history (their timeline is only implied, not
 *       {@link StatusTimeline#isRecorded() recorded}), open tickets without an {@code asOf}, and tickets
 *       created after {@code asOf} are counted as {@link DurationStats#unmeasured() unmeasured}.</li>
 *   <li>A measured ticket that never entered a counted status measures zero.</li>
 *   <li>With no measured ticket every statistic is empty.</li>
 * </ul>
 */
public final class TimeInStatus extends DefinedMetric<Ticket, DurationStats, StatusTimeDefinition> {
    /** The id of customer wait time. */
    public static final String CUSTOMER_WAIT_ID = "wait.customer";
    /** The id of on-hold time. */
    public static final String ON_HOLD_ID = "time.on.hold";
    /** The id of agent wait time. */
    public static final String AGENT_WAIT_ID = "wait.agent";
    /** The id of any other set of statuses. */
    public static final String ID = "time.in.status";

    private TimeInStatus(String id, StatusTimeDefinition definition) {
        super(id, definition, DurationStats.metric(id, t -> true, t -> measure(t, definition), definition.summary()));
    }

    /**
     * Time in the definition's statuses.
     *
     * @param definition the statuses, time measure and end
     * @return the metric, id {@value #ID} (or the named id when the statuses are those of a named metric)
     */
    public static TimeInStatus of(StatusTimeDefinition definition) {
        Set<Status> s = definition.statuses();
        String id = s.equals(StatusTimeDefinition.CUSTOMER_WAIT.statuses()) ? CUSTOMER_WAIT_ID
                : s.equals(StatusTimeDefinition.ON_HOLD.statuses()) ? ON_HOLD_ID
                : s.equals(StatusTimeDefinition.AGENT_WAIT.statuses()) ? AGENT_WAIT_ID : ID;
        return new TimeInStatus(id, definition);
    }

    /**
     * Customer wait time (M14): time in NEW, OPEN and ON_HOLD, in calendar time.
     *
     * @return the metric, id {@value #CUSTOMER_WAIT_ID}
     */
    public static TimeInStatus customerWait() {
        return of(StatusTimeDefinition.CUSTOMER_WAIT);
    }

    /**
     * On-hold time: time in ON_HOLD, in calendar time.
     *
     * @return the metric, id {@value #ON_HOLD_ID}
     */
    public static TimeInStatus onHold() {
        return of(StatusTimeDefinition.ON_HOLD);
    }

    /**
     * Agent wait time: time in PENDING (waiting on the customer), in calendar time.
     *
     * @return the metric, id {@value #AGENT_WAIT_ID}
     */
    public static TimeInStatus agentWait() {
        return of(StatusTimeDefinition.AGENT_WAIT);
    }

    private static long measure(Ticket t, StatusTimeDefinition d) {
        StatusTimeline timeline = t.timeline();
        if (!timeline.isRecorded()) {
            return DurationMeasure.ABSENT;
        }
        Instant end;
        if (d.asOf().isPresent()) {
            end = d.asOf().get();
            if (t.created().isAfter(end)) {
                return DurationMeasure.ABSENT;
            }
        } else {
            if (!t.isResolved()) {
                return DurationMeasure.ABSENT;
            }
            end = timeline.segmentStart(timeline.segmentCount() - 1);
        }
        return timeline.nanosIn(d.statuses(), t.created(), end, d.elapsedTime());
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
    public TimeInStatus withSummary(Summary summary) {
        return new TimeInStatus(id(), definedBy().withSummary(summary));
    }
}
