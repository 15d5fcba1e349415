package io.github.supportkpi.quality;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.TicketInstant;
import io.github.supportkpi.metric.DefinedMetric;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Resolution consistency. Catalogue M26.
 * <p>Per category, the share of resolved tickets resolved with that category's most common resolution
 * code: {@code tickets with the category's most common code / the category's resolved tickets with a code};
 * overall, {@code sum of most-common counts / sum of resolved tickets with a code}, over the categories
 * with at least the minimum number of such tickets ([000] "consistent resolutions"). The result is a
 * {@link ConsistencyTally}: {@link ConsistencyTally#share(String)} per category,
 * {@link ConsistencyTally#overall()}, {@link ConsistencyTally#mostCommon(String)}.
 * <ul>
 *   <li>Only resolved tickets (status SOLVED or CLOSED) are considered; open tickets are ignored.</li>
 *   <li>A resolved ticket with no resolution code is counted in its category's absent count and is in
 *       neither count of the share; a resolved ticket with no category is counted in
 *       {@link ConsistencyTally#ungrouped()}. Neither is dropped silently.</li>
 *   <li>A category with fewer coded tickets than the minimum keeps its own share but is left out of the
 *       overall figure ({@link ConsistencyTally#belowMinimum()}).</li>
 *   <li>Undefined (empty) shares and overall figure when there is nothing to divide by, never NaN, never
 *       0; within [0, 100] percent when defined. A category with one coded ticket is 100% consistent.</li>
 * </ul>
 * <p>Knob ({@link ConsistencyDefinition}): the minimum coded tickets per category (default 1: every
 * category counts overall).
 * <p>Immutable and thread-safe.
 */
public final class ResolutionConsistency extends DefinedMetric<Ticket, ConsistencyTally, ConsistencyDefinition> {
    /** The id. */
    public static final String ID = "resolution.consistency";

    private ResolutionConsistency(ConsistencyDefinition d) {
        super(ID, d, ConsistencyTally.metric(ID, d.minimumTickets(), Ticket::isResolved,
                t -> t.category().orElse(null), t -> t.resolutionCode().orElse(null)));
    }

    /**
     * Resolution consistency under a definition.
     *
     * @param definition the knobs
     * @return the metric
     */
    public static ResolutionConsistency of(ConsistencyDefinition definition) {
        return new ResolutionConsistency(Objects.requireNonNull(definition, "definition"));
    }

    /**
     * Resolution consistency with every category counted overall.
     *
     * @return the metric
     */
    public static ResolutionConsistency defaults() {
        return of(ConsistencyDefinition.DEFAULT);
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
