package io.github.supportkpi.workload;

import io.github.supportkpi.domain.AgentSession;
import io.github.supportkpi.metric.DefinedMetric;
import io.github.supportkpi.metric.SessionDimensions;

/**
 * Logged-in time: the hours agents were logged in, from {@code AgentSession}s; the denominator of tickets
 * per hour (M35, M36) and occupancy (M38).
 *
 * <p>{@code sum(elapsed(session.start, session.end))} into an {@link AgentWork} tally, merged with the
 * work side's tally by {@link AgentWork#plus}.
 * <ul>
 *   <li>No sessions: zero logged-in time, so the rates of the merged tally are undefined (empty).</li>
 *   <li>Overlapping sessions of one agent are added as given, not deduplicated.</li>
 *   <li>Per agent: segment by {@link SessionDimensions#AGENT} (high cardinality).</li>
 * </ul>
 * Knob ({@link LoggedInDefinition}): how time is measured (default calendar time; a business calendar
 * counts only business hours). Immutable and thread-safe.
 */
public final class LoggedInTime extends DefinedMetric<AgentSession, AgentWork, LoggedInDefinition> {
    /** The metric's id. */
    public static final String ID = "agent.logged.in";
    private static final LoggedInTime DEFAULT = new LoggedInTime(LoggedInDefinition.DEFAULT);

    private LoggedInTime(LoggedInDefinition d) {
        super(ID, d, AgentWork.loggedIn(ID, s -> d.elapsedTime().nanosBetween(s.start(), s.end())));
    }

    /**
     * The metric with these knobs.
     *
     * @param definition the knobs
     * @return the metric
     */
    public static LoggedInTime of(LoggedInDefinition definition) {
        java.util.Objects.requireNonNull(definition, "definition");
        return definition.equals(LoggedInDefinition.DEFAULT) ? DEFAULT : new LoggedInTime(definition);
    }

    /** @return the metric in calendar time */
    public static LoggedInTime defaults() {
        return DEFAULT;
    }
}
