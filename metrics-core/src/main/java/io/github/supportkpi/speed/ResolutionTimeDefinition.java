package io.github.supportkpi.speed;

import io.github.supportkpi.domain.ResolutionPoint;
import io.github.supportkpi.time.ElapsedTime;
import java.util.Objects;

/**
 * The knobs of resolution time (catalogue M12). Immutable and thread-safe.
 *
 * @param point to which resolution the time runs; default {@link ResolutionPoint#FINAL}, the resolution
 *     after any reopens ([001], [004]: total resolution time / tickets solved)
 * @param elapsedTime how the time between two instants is measured; default {@link ElapsedTime#CALENDAR}
 */
public record ResolutionTimeDefinition(ResolutionPoint point, ElapsedTime elapsedTime) {
    /** To the final resolution, in calendar time. */
    public static final ResolutionTimeDefinition DEFAULT =
            new ResolutionTimeDefinition(ResolutionPoint.FINAL, ElapsedTime.CALENDAR);

    /**
     * Validates the knobs.
     *
     * @throws NullPointerException if a knob is null
     */
    public ResolutionTimeDefinition {
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
        return new ResolutionTimeDefinition(v, elapsedTime);
    }

    /**
     * A copy measuring time another way, such as in business hours.
     *
     * @param v how time is measured
     * @return the copy
     */
    public ResolutionTimeDefinition withElapsedTime(ElapsedTime v) {
        return new ResolutionTimeDefinition(point, v);
    }
}
