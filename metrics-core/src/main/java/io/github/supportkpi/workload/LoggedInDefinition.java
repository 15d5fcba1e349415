package io.github.supportkpi.workload;

import io.github.supportkpi.time.ElapsedTime;
import java.util.Objects;

/**
 * How an agent's logged-in time is measured from {@code AgentSession}s, for tickets per hour (M35, M36)
 * and occupancy (M38). Immutable and thread-safe.
 *
 * <ul><li>{@code elapsedTime} (default {@link ElapsedTime#CALENDAR}): how the time between login and logout
 * is measured; with a business calendar only time within business hours counts.</li></ul>
 *
 * @param elapsedTime how session time is measured
 */
public record LoggedInDefinition(ElapsedTime elapsedTime) {
    /** Calendar time. */
    public static final LoggedInDefinition DEFAULT = new LoggedInDefinition(ElapsedTime.CALENDAR);

    /**
     * Validates the knob.
     *
     * @throws NullPointerException if {@code elapsedTime} is null
     */
    public LoggedInDefinition {
        Objects.requireNonNull(elapsedTime, "elapsedTime");
    }

    /**
     * A copy measuring session time another way, such as in business hours.
     *
     * @param e how session time is measured
     * @return the copy
     */
    public LoggedInDefinition withElapsedTime(ElapsedTime e) {
        return new LoggedInDefinition(e);
    }
}
