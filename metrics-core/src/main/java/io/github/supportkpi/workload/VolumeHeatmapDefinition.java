package io.github.supportkpi.workload;

import io.github.supportkpi.domain.TicketInstant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What places a ticket in a {@link VolumeHeatmap}: the zone whose local time decides the day of week and the
 * hour, and the instant of the ticket (its creation by default). Immutable and thread-safe.
 *
 * @param zone the zone, such as {@code Europe/Berlin}
 * @param instant which instant of a ticket places it; a ticket without it is unplaced
 */
public record VolumeHeatmapDefinition(ZoneId zone, TicketInstant instant) {
    /**
     * Validates the fields.
     *
     * @throws NullPointerException if a field is null
     */
    public VolumeHeatmapDefinition {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(instant, "instant");
    }

    /**
     * Tickets placed by their creation in a zone: the volume that came in, hour by hour.
     *
     * @param zone the zone
     * @return the definition with {@link TicketInstant#CREATED}
     */
    public static VolumeHeatmapDefinition of(ZoneId zone) {
        return new VolumeHeatmapDefinition(zone, TicketInstant.CREATED);
    }

    /**
     * This definition in another zone.
     *
     * @param zone the zone
     * @return a copy with the zone
     */
    public VolumeHeatmapDefinition withZone(ZoneId zone) {
        return new VolumeHeatmapDefinition(zone, instant);
    }

    /**
     * This definition placing tickets by another instant, such as {@link TicketInstant#RESOLVED} for when
     * work was finished.
     *
     * @param instant the instant
     * @return a copy with the instant
     */
    public VolumeHeatmapDefinition withInstant(TicketInstant instant) {
        return new VolumeHeatmapDefinition(zone, instant);
    }
}
