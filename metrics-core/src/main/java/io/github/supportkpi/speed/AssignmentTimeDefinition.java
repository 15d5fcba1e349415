package io.github.supportkpi.speed;

import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.DurationStats.Summary;
import io.github.supportkpi.time.ElapsedTime;
import java.util.Objects;

/**
 * The knobs of time to first assignment. Immutable and thread-safe.
 *
 * @param elapsedTime how the time between two instants is measured; default {@link ElapsedTime#CALENDAR}
 *     (a business calendar measures business hours only)
 * @param summary how durations are kept: {@link Summary#EXACT} (the default, every value) or
 *     {@link Summary#SKETCH} (a mergeable log-linear histogram, fixed memory, percentiles within
 *     {@link DurationStats#SKETCH_RELATIVE_ERROR})
 */
public record AssignmentTimeDefinition(ElapsedTime elapsedTime, Summary summary) {
    /** In calendar time, every duration kept. */
    public static final AssignmentTimeDefinition DEFAULT =
            new AssignmentTimeDefinition(ElapsedTime.CALENDAR, Summary.EXACT);

    /**
     * Validates the knobs.
     *
     * @throws NullPointerException if a knob is null
     */
    public AssignmentTimeDefinition {
        Objects.requireNonNull(elapsedTime, "elapsedTime");
        Objects.requireNonNull(summary, "summary");
    }

    /**
     * A copy measuring time another way, such as in business hours.
     *
     * @param v how time is measured
     * @return the copy
     */
    public AssignmentTimeDefinition withElapsedTime(ElapsedTime v) {
        return new AssignmentTimeDefinition(v, summary);
    }

    /**
     * A copy that keeps durations another way.
     *
     * @param v {@link Summary#EXACT} or {@link Summary#SKETCH}
     * @return a copy
     */
    public AssignmentTimeDefinition withSummary(Summary v) {
        return new AssignmentTimeDefinition(elapsedTime, v);
    }
}
