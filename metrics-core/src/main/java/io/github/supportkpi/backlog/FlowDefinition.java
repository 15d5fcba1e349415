package io.github.supportkpi.backlog;

import io.github.supportkpi.domain.ResolutionPoint;
import io.github.supportkpi.time.Granularity;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The knobs of net flow per bucket (created - resolved, as Zammad reports it; with catalogue M31 and M33).
 * Immutable and thread-safe.
 *
 * @param granularity the size of the buckets; default {@link Granularity#DAY}
 * @param zone the report's time zone the buckets are taken in; default UTC
 * @param resolution which resolution of a ticket counts as its resolved event; default
 *     {@link ResolutionPoint#FINAL}: {@link io.github.supportkpi.domain.Ticket#resolved()}, so a ticket
 *     reopened and resolved again counts once, at its final resolution, and a ticket reopened and not yet
 *     resolved again has no resolved event. {@link ResolutionPoint#FIRST} counts it at its first resolution
 *     (from the status history), even if it is open now.
 */
public record FlowDefinition(Granularity granularity, ZoneId zone, ResolutionPoint resolution) {
    /** Days in UTC, final resolution. */
    public static final FlowDefinition DEFAULT = new FlowDefinition(Granularity.DAY, ZoneOffset.UTC, ResolutionPoint.FINAL);

    /**
     * Validates the knobs.
     *
     * @throws NullPointerException if a knob is null
     */
    public FlowDefinition {
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(resolution, "resolution");
    }

    /**
     * A copy with another bucket size.
     *
     * @param v the granularity
     * @return the copy
     */
    public FlowDefinition withGranularity(Granularity v) {
        return new FlowDefinition(v, zone, resolution);
    }

    /**
     * A copy with another report zone.
     *
     * @param v the zone
     * @return the copy
     */
    public FlowDefinition withZone(ZoneId v) {
        return new FlowDefinition(granularity, v, resolution);
    }

    /**
     * A copy with another resolution point.
     *
     * @param v which resolution counts
     * @return the copy
     */
    public FlowDefinition withResolution(ResolutionPoint v) {
        return new FlowDefinition(granularity, zone, v);
    }
}
