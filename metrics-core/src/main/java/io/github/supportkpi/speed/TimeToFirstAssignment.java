package io.github.supportkpi.speed;

import io.github.supportkpi.domain.Assignment;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.TicketFacts;
import io.github.supportkpi.domain.TicketInstant;
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
 * Time to first assignment: the time from a ticket's creation to its first assignment to an agent,
 * summarised over the tickets that were assigned (Zendesk's {@code initially_assigned_at}; the "time to
 * first assignment" of routing reports). How long new work waits before anyone owns it.
 * <ul>
 *   <li>The first assignment is the first change of the ticket's {@link Ticket#assignments() assignment
 *       history} that names an agent; a change to a group only does not end the wait.</li>
 *   <li>A ticket never assigned to an agent, or without an assignment history, is counted as
 *       {@link DurationStats#unmeasured() unmeasured}, not dropped.</li>
 *   <li>A ticket assigned at its creation measures zero. With no measured ticket every statistic is
 *       empty, never NaN and never zero.</li>
 * </ul>
 * Knobs ({@link AssignmentTimeDefinition}): how time is measured (default calendar time) and how durations
 * are kept. Immutable and thread-safe.
 */
public final class TimeToFirstAssignment
        extends DefinedMetric<Ticket, DurationStats, AssignmentTimeDefinition> {
    /** The id. */
    public static final String ID = "first.assignment.time";

    private TimeToFirstAssignment(AssignmentTimeDefinition d) {
        super(ID, d, TicketMetrics.durations(ID, f -> measure(f, d), d.summary()));
    }

    /**
     * Time to first assignment under a definition.
     *
     * @param definition the knobs
     * @return the metric
     */
    public static TimeToFirstAssignment of(AssignmentTimeDefinition definition) {
        return new TimeToFirstAssignment(Objects.requireNonNull(definition, "definition"));
    }

    /**
     * Time to first assignment in calendar time.
     *
     * @return the metric
     */
    public static TimeToFirstAssignment defaults() {
        return of(AssignmentTimeDefinition.DEFAULT);
    }

    private static long measure(TicketFacts f, AssignmentTimeDefinition d) {
        long assigned = firstAssignedNanos(f.ticket());
        return assigned == TicketFacts.ABSENT ? DurationMeasure.ABSENT
                : d.elapsedTime().nanosBetween(f.created(), assigned);
    }

    /**
     * The first assignment of a ticket to an agent.
     *
     * @param t the ticket
     * @return its instant in epoch nanoseconds, or {@link TicketFacts#ABSENT}
     */
    static long firstAssignedNanos(Ticket t) {
        for (Assignment a : t.assignments()) {
            if (a.assignee().isPresent()) {
                return TicketFacts.nanos(a.at());
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
    public TimeToFirstAssignment withSummary(Summary summary) {
        return of(definedBy().withSummary(summary));
    }
}
