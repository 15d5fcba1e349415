package io.github.supportkpi.speed;

import io.github.supportkpi.domain.ResolutionPoint;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.DurationStats.Summary;
import io.github.supportkpi.time.ElapsedTime;
import java.util.Objects;

/**
 * The knobs of resolution time (catalogue M12). Immutable and thread-safe.
 *
 * @param point to which resolution the time runs; default {@link ResolutionPoint#FINAL}, the resolution
 *     after any reopens ([001], [004]: total resolution time / tickets solved)
 * @param elapsedTime how the time between two instants is measured; default {@link ElapsedTime#CALENDAR}
 * @param summary how durations are kept: {@link Summary#EXACT} (the default, every value) or
 *     {@link Summary#SKETCH} (a mergeable log-linear histogram, fixed memory, percentiles within
 *     {@link DurationStats#SKETCH_RELATIVE_ERROR})
 */
public record ResolutionTimeDefinition(ResolutionPoint point, ElapsedTime elapsedTime, Summary summary) {
    /** To the final resolution, in calendar time. */
    public static final ResolutionTimeDefinition DEFAULT =
            new ResolutionTimeDefinition(ResolutionPoint.FINAL, ElapsedTime.CALENDAR);

    /**
     * Validates the knobs.
     *
     * @throws NullPointerException if a knob is null
     */
    public ResolutionTimeDefinition {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(elapsedTime, "elapsedTime");
    }

    /**
     * A copy running to another resolution.
     *
     * @param v the resolution
     * @return the copy
     */
    public ResolutionTimeDefinition withPoint(ResolutionPoint v) {
        return new ResolutionTimeDefinition(v, elapsedTime, summary);
    }

    /**
     * A copy measuring time another way, such as in business hours.
     *
     * @param v how time is measured
     * @return the copy
     */
    public ResolutionTimeDefinition withElapsedTime(ElapsedTime v) {
        return new ResolutionTimeDefinition(point, v, summary);
    }

    /**
     * A definition that keeps every duration ({@link Summary#EXACT}).
     *
     * @param point see the record
     * @param elapsedTime see the record
     */
    public ResolutionTimeDefinition(ResolutionPoint point, ElapsedTime elapsedTime) {
        this(point, elapsedTime, Summary.EXACT);
    }

    /**
     * A copy that keeps durations another way.
     *
     * @param v {@link Summary#EXACT} or {@link Summary#SKETCH}
     * @return a copy
     */
    public ResolutionTimeDefinition withSummary(Summary v) {
        return new ResolutionTimeDefinition(point, elapsedTime, v);
    }
}
