package io.github.supportkpi.workload;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.DefinedMetric;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Ticket volume by hour of day and day of week: a {@link VolumeHeatmap} of tickets, each placed by the local
 * time of an instant (its creation by default) in a zone. Shows when work comes in, for staffing and shift
 * planning.
 *
 * <p>{@code count(tickets) per (local day of week, local hour) of instant in zone}
 * <ul>
 *   <li>Zero tickets give zero counts everywhere (and no busiest slot).</li>
 *   <li>A ticket without the instant (unresolved, placed by {@link io.github.supportkpi.domain.TicketInstant#RESOLVED})
 *       is counted as unplaced.</li>
 *   <li>Daylight saving time: placed by local time; see {@link VolumeHeatmap}.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class TicketVolumeHeatmap extends DefinedMetric<Ticket, VolumeHeatmap, VolumeHeatmapDefinition> {
    /** The metric's id. */
    public static final String ID = "ticket.volume.heatmap";

    private TicketVolumeHeatmap(VolumeHeatmapDefinition definition) {
        super(ID, definition, VolumeHeatmap.metric(ID, definition.zone(), definition.instant()));
    }

    /**
     * The metric under a definition.
     *
     * @param definition the zone and the instant
     * @return the metric
     */
    public static TicketVolumeHeatmap of(VolumeHeatmapDefinition definition) {
        return new TicketVolumeHeatmap(Objects.requireNonNull(definition, "definition"));
    }

    /**
     * Tickets placed by their creation in a zone.
     *
     * @param zone the zone
     * @return the metric
     */
    public static TicketVolumeHeatmap in(ZoneId zone) {
        return of(VolumeHeatmapDefinition.of(zone));
    }

    /**
     * The instant that buckets a ticket in a trend of this metric: the one that places it in the grid.
     *
     * @return the definition's instant
     */
    @Override
    public Optional<Function<? super Ticket, Instant>> bucketInstant() {
        return Optional.of(definedBy().instant());
    }
}
