package io.github.supportkpi.speed;

import io.github.supportkpi.domain.Status;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.DurationStats.Summary;
import io.github.supportkpi.time.ElapsedTime;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which statuses a time-in-status metric counts, how elapsed time is measured, and up to when.
 * Immutable and thread-safe.
 *
 * <p>A ticket's timeline starts at {@code created} in {@link Status#NEW} (unless its first status change
 * is at that instant) and moves at each {@link io.github.supportkpi.domain.StatusChange}. The time spent in
 * the counted statuses is summed:
 * <ul>
 *   <li>without {@code asOf}, up to the ticket's last status change, and only for resolved tickets (the
 *       wait of an open ticket is still running: it is unmeasured);</li>
 *   <li>with {@code asOf}, up to {@code asOf}, the current status included, for every ticket created by
 *       then (tickets created later are unmeasured).</li>
 * </ul>
 * Tickets with no status history are unmeasured: there is nothing to measure them from.
 *
 * @param statuses the statuses whose time counts, not empty
 * @param elapsedTime calendar time ({@link ElapsedTime#CALENDAR}, the default) or business time
 * @param asOf the instant to measure up to, if any
 * @param summary how durations are kept: {@link Summary#EXACT} (the default, every value) or
 *     {@link Summary#SKETCH} (a mergeable log-linear histogram, fixed memory, percentiles within
 *     {@link DurationStats#SKETCH_RELATIVE_ERROR})
 */
public record StatusTimeDefinition(Set<Status> statuses, ElapsedTime elapsedTime, Optional<Instant> asOf, Summary summary) {
    /** Customer wait time (catalogue M14 [001]): NEW, OPEN and ON_HOLD, the customer waiting on the team. */
    public static final StatusTimeDefinition CUSTOMER_WAIT =
            new StatusTimeDefinition(EnumSet.of(Status.NEW, Status.OPEN, Status.ON_HOLD), ElapsedTime.CALENDAR,
                    Optional.empty());
    /** On-hold time: ON_HOLD, waiting on a third party or another team. */
    public static final StatusTimeDefinition ON_HOLD =
            new StatusTimeDefinition(EnumSet.of(Status.ON_HOLD), ElapsedTime.CALENDAR, Optional.empty());
    /** Agent wait time: PENDING, the team waiting on the customer. */
    public static final StatusTimeDefinition AGENT_WAIT =
            new StatusTimeDefinition(EnumSet.of(Status.PENDING), ElapsedTime.CALENDAR, Optional.empty());

    /**
     * Validates and copies the fields.
     *
     * @throws IllegalArgumentException if {@code statuses} is empty
     */
    public StatusTimeDefinition {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(statuses, "statuses");
        Objects.requireNonNull(elapsedTime, "elapsedTime");
        Objects.requireNonNull(asOf, "asOf");
        if (statuses.isEmpty()) {
            throw new IllegalArgumentException("statuses must not be empty: " + statuses);
        }
        statuses = Set.copyOf(EnumSet.copyOf(statuses));
    }

    /**
     * A copy counting these statuses.
     *
     * @param counted the statuses
     * @return the copy
     */
    public StatusTimeDefinition withStatuses(Set<Status> counted) {
        return new StatusTimeDefinition(counted, elapsedTime, asOf, summary);
    }

    /**
     * A copy measuring time this way, such as a business calendar.
     *
     * @param time how to measure
     * @return the copy
     */
    public StatusTimeDefinition withElapsedTime(ElapsedTime time) {
        return new StatusTimeDefinition(statuses, time, asOf, summary);
    }

    /**
     * A copy measuring up to {@code instant}, open tickets included.
     *
     * @param instant the report's "now"
     * @return the copy
     */
    public StatusTimeDefinition withAsOf(Instant instant) {
        return new StatusTimeDefinition(statuses, elapsedTime, Optional.of(instant), summary);
    }

    /**
     * A definition that keeps every duration ({@link Summary#EXACT}).
     *
     * @param statuses see the record
     * @param elapsedTime see the record
     * @param asOf see the record
     */
    public StatusTimeDefinition(Set<Status> statuses, ElapsedTime elapsedTime, Optional<Instant> asOf) {
        this(statuses, elapsedTime, asOf, Summary.EXACT);
    }

    /**
     * A copy that keeps durations another way.
     *
     * @param v {@link Summary#EXACT} or {@link Summary#SKETCH}
     * @return a copy
     */
    public StatusTimeDefinition withSummary(Summary v) {
        return new StatusTimeDefinition(statuses, elapsedTime, asOf, v);
    }
}
