package io.github.supportkpi.backlog;

import io.github.supportkpi.domain.ResolutionPoint;
import io.github.supportkpi.time.BucketRange;
import io.github.supportkpi.time.Granularity;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The knobs of net flow per bucket (created - resolved, as Zammad reports it; with catalogue M31 and M33).
 * Immutable and thread-safe.
 *
 * <p>The range has no default: a flow is always over some period, like a backlog is always at some instant.
 * {@link #between} gives the other defaults.
 *
 * @param from the start of the range, inclusive
 * @param to the end of the range, exclusive, not before {@code from}; events outside {@code [from, to)} are
 *     counted as out of range, never dropped
 * @param granularity the size of the buckets; default {@link Granularity#DAY}
 * @param zone the report's time zone the buckets are taken in; default UTC
 * @param resolution which resolution of a ticket counts as its resolved event; default
 *     {@link ResolutionPoint#FINAL}: {@link io.github.supportkpi.domain.Ticket#resolved()}, so a ticket
 *     reopened and resolved again counts once, at its final resolution, and a ticket reopened and not yet
 *     resolved again has no resolved event. {@link ResolutionPoint#FIRST} counts it at its first resolution
 *     (from the status history), even if it is open now.
 */
public record FlowDefinition(Instant from, Instant to, Granularity granularity, ZoneId zone,
        ResolutionPoint resolution) {
    /**
     * Validates the knobs.
     *
     * @throws NullPointerException if a knob is null
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public FlowDefinition {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(resolution, "resolution");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to must not be before from: " + from + "/" + to);
        }
    }

    /**
     * The flow over {@code [from, to)} in days in UTC, counting final resolutions.
     *
     * @param from the start of the range, inclusive
     * @param to the end of the range, exclusive, not before {@code from}
     * @return the definition
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public static FlowDefinition between(Instant from, Instant to) {
        return new FlowDefinition(from, to, Granularity.DAY, ZoneOffset.UTC, ResolutionPoint.FINAL);
    }

    /**
     * The buckets the flow is counted in.
     *
     * @return the buckets of this granularity that overlap {@code [from, to)}, in this zone
     */
    public BucketRange range() {
        return BucketRange.of(from, to, granularity, zone);
    }

    /**
     * A copy over another range.
     *
     * @param newFrom the start of the range, inclusive
     * @param newTo the end of the range, exclusive, not before {@code newFrom}
     * @return the copy
     * @throws IllegalArgumentException if {@code newTo} is before {@code newFrom}
     */
    public FlowDefinition withRange(Instant newFrom, Instant newTo) {
        return new FlowDefinition(newFrom, newTo, granularity, zone, resolution);
    }

    /**
     * A copy with another bucket size.
     *
     * @param v the granularity
     * @return the copy
     */
    public FlowDefinition withGranularity(Granularity v) {
        return new FlowDefinition(from, to, v, zone, resolution);
    }

    /**
     * A copy with another report zone.
     *
     * @param v the zone
     * @return the copy
     */
    public FlowDefinition withZone(ZoneId v) {
        return new FlowDefinition(from, to, granularity, v, resolution);
    }

    /**
     * A copy with another resolution point.
     *
     * @param v which resolution counts
     * @return the copy
     */
    public FlowDefinition withResolution(ResolutionPoint v) {
        return new FlowDefinition(from, to, granularity, zone, v);
    }
}
