package io.github.supportkpi.speed;

import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.DurationStats.Summary;
import io.github.supportkpi.time.ElapsedTime;
import java.util.Objects;

/**
 * Which replies answer the customer, and how the wait for them is measured: the knobs of first response
 * time (catalogue M10) and average reply time (M11). Immutable and thread-safe.
 *
 * @param includeBots whether bot and automated replies count as responses; default {@code false}, human
 *     agent replies only ([004] warns that auto-responders flatter the figure)
 * @param elapsedTime how the time between two instants is measured; default {@link ElapsedTime#CALENDAR}
 *     (a business calendar measures business hours only)
 * @param summary how durations are kept: {@link Summary#EXACT} (the default, every value) or
 *     {@link Summary#SKETCH} (a mergeable log-linear histogram, fixed memory, percentiles within
 *     {@link DurationStats#SKETCH_RELATIVE_ERROR})
 */
public record ResponseDefinition(boolean includeBots, ElapsedTime elapsedTime, Summary summary) {
    /** Human agent replies only, in calendar time. */
    public static final ResponseDefinition DEFAULT = new ResponseDefinition(false, ElapsedTime.CALENDAR);

    /**
     * Validates the knobs.
     *
     * @throws NullPointerException if {@code elapsedTime} is null
     */
    public ResponseDefinition {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(elapsedTime, "elapsedTime");
    }

    /**
     * A copy that does, or does not, count bot and automated replies.
     *
     * @param v whether bot replies count
     * @return the copy
     */
    public ResponseDefinition withIncludeBots(boolean v) {
        return new ResponseDefinition(v, elapsedTime, summary);
    }

    /**
     * A copy measuring time another way, such as in business hours.
     *
     * @param v how time is measured
     * @return the copy
     */
    public ResponseDefinition withElapsedTime(ElapsedTime v) {
        return new ResponseDefinition(includeBots, v, summary);
    }

    /**
     * A definition that keeps every duration ({@link Summary#EXACT}).
     *
     * @param includeBots see the record
     * @param elapsedTime see the record
     */
    public ResponseDefinition(boolean includeBots, ElapsedTime elapsedTime) {
        this(includeBots, elapsedTime, Summary.EXACT);
    }

    /**
     * A copy that keeps durations another way.
     *
     * @param v {@link Summary#EXACT} or {@link Summary#SKETCH}
     * @return a copy
     */
    public ResponseDefinition withSummary(Summary v) {
        return new ResponseDefinition(includeBots, elapsedTime, v);
    }
}
