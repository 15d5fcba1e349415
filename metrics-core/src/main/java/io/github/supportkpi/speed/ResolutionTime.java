package io.github.supportkpi.speed;

import io.github.supportkpi.domain.ResolutionPoint;
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
 * Resolution time. Catalogue M12.
 * <p>The time from a ticket's creation to its resolution, summarised over resolved tickets:
 * {@code sum(resolved - created) / resolved tickets} for the mean ([001], [004]: "total resolution time /
 * tickets solved"), and the median and any percentile from {@link DurationStats}.
 * <ul>
 *   <li>{@link ResolutionPoint#FINAL} (default): to the ticket's recorded {@link Ticket#resolved()} instant,
 *       the last resolution after any reopens. Tickets not resolved now (open, or reopened and not yet
 *       resolved again) are counted as {@link DurationStats#unmeasured() unmeasured}.</li>
 *   <li>{@link ResolutionPoint#FIRST}: to the first change into a resolved status kind (SOLVED or CLOSED)
 *       in {@link Ticket#statusHistory()}. A ticket whose history has no such change uses its
 *       {@code resolved()} instant, so without history FIRST and FINAL agree. A ticket that was resolved
 *       and reopened and is open now is measured (its first resolution happened); a ticket never
 *       resolved is unmeasured.</li>
 *   <li>With no measured ticket every statistic is empty, never NaN and never zero.</li>
 *   <li>A resolution at the creation instant measures zero.</li>
 * </ul>
 * <p>Knobs ({@link ResolutionTimeDefinition}): to the first or final resolution (default final); how time
 * is measured (default calendar time; business hours with a business calendar).
 * <p>Immutable and thread-safe.
 */
public final class ResolutionTime extends DefinedMetric<Ticket, DurationStats, ResolutionTimeDefinition> {
    /** The id. */
    public static final String ID = "resolution.time";

    private ResolutionTime(ResolutionTimeDefinition d) {
        super(ID, d, TicketMetrics.durations(ID, f -> measure(f, d), d.summary()));
    }

    /**
     * Resolution time under a definition.
     *
     * @param definition the knobs
     * @return the metric
     */
    public static ResolutionTime of(ResolutionTimeDefinition definition) {
        return new ResolutionTime(Objects.requireNonNull(definition, "definition"));
    }

    /**
     * Resolution time to the final resolution, in calendar time.
     *
     * @return the metric
     */
    public static ResolutionTime defaults() {
        return of(ResolutionTimeDefinition.DEFAULT);
    }

    private static long measure(TicketFacts f, ResolutionTimeDefinition d) {
        long end = d.point() == ResolutionPoint.FIRST ? f.firstResolved() : f.resolved();
        return end == TicketFacts.ABSENT ? DurationMeasure.ABSENT : d.elapsedTime().nanosBetween(f.created(), end);
    }

    /**
     * The instant that buckets a ticket in a trend of this metric: the resolution the definition measures to.
     *
     * @return {@link TicketInstant#RESOLVED}, or {@link TicketInstant#FIRST_RESOLVED} for the first resolution
     */
    @Override
    public Optional<Function<? super Ticket, Instant>> bucketInstant() {
        return Optional.of(definedBy().point() == ResolutionPoint.FIRST ? TicketInstant.FIRST_RESOLVED
                : TicketInstant.RESOLVED);
    }

    /**
     * This metric keeping durations another way.
     *
     * @param summary {@link Summary#EXACT} or {@link Summary#SKETCH}
     * @return the metric under the definition {@code withSummary(summary)}
     */
    @Override
    public ResolutionTime withSummary(Summary summary) {
        return of(definedBy().withSummary(summary));
    }
}
