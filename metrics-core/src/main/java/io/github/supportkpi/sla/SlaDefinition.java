package io.github.supportkpi.sla;

import io.github.supportkpi.domain.Status;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The knobs of SLA compliance (catalogue M34 [000], [002]): the policies, the statuses that pause the clock,
 * and the instant the report is made. Immutable and thread-safe.
 *
 * <ul>
 *   <li>{@code policies}: no default; the first matching policy applies ({@link SlaPolicies}).</li>
 *   <li>{@code pausedStatuses} (default {@link Status#PENDING}, waiting on the customer, as Zendesk, Freshdesk
 *       and Zammad pause by default): the clock stops while the ticket is in one of these statuses. Resolved
 *       statuses (SOLVED, CLOSED) always stop every clock: nobody waits on a solved ticket, and a reopened
 *       ticket's clock resumes where it stopped.</li>
 *   <li>{@code pauseFirstResponse} (default {@code false}): whether the paused statuses also stop the
 *       first-response clock. By default they do not: a ticket set to pending before anyone replied still
 *       waits for its first reply. They always stop the next-response and resolution clocks.</li>
 *   <li>{@code overdueAsBreached} (default {@code true}): whether a clock still running (or paused) past its
 *       deadline counts as breached now, as Zendesk counts it; with {@code false} it stays in progress (or
 *       paused), overdue, until its event decides it.</li>
 *   <li>{@code includeBots} (default {@code false}): whether bot replies count as responses, as in the
 *       definition of first response time (human agents only by default [004]); see
 *       {@link io.github.supportkpi.domain.Ticket#firstReply(boolean)}.</li>
 *   <li>{@code now}: no default; the instant the outcomes are evaluated at. Events after {@code now} have not
 *       happened yet; tickets created after {@code now} are not applicable.</li>
 * </ul>
 * There is no {@code DEFAULT}: policies and the instant have no sensible default. {@link #of} takes them and
 * sets every other knob to its default.
 *
 * @param policies the policies
 * @param pausedStatuses the statuses that stop the clock; may be empty (never paused)
 * @param pauseFirstResponse whether the paused statuses also stop the first-response clock
 * @param overdueAsBreached whether a running or paused clock past its deadline counts as breached
 * @param includeBots whether bot replies count as responses
 * @param now the instant of evaluation
 */
public record SlaDefinition(SlaPolicies policies, Set<Status> pausedStatuses, boolean pauseFirstResponse,
        boolean overdueAsBreached, boolean includeBots, Instant now) {
    /**
     * Validates and copies the fields.
     *
     * @throws NullPointerException if a field is null
     */
    public SlaDefinition {
        Objects.requireNonNull(policies, "policies");
        Objects.requireNonNull(pausedStatuses, "pausedStatuses");
        Objects.requireNonNull(now, "now");
        EnumSet<Status> copy = EnumSet.noneOf(Status.class);
        for (Status s : pausedStatuses) {
            copy.add(Objects.requireNonNull(s, "paused status"));
        }
        pausedStatuses = Set.copyOf(copy);
    }

    /**
     * The policies evaluated at {@code now}, every other knob at its default: PENDING pauses the clock, but not
     * the first-response clock; overdue clocks count as breached; human replies only.
     *
     * @param policies the policies
     * @param now the instant of evaluation
     * @return the definition
     */
    public static SlaDefinition of(SlaPolicies policies, Instant now) {
        return new SlaDefinition(policies, EnumSet.of(Status.PENDING), false, true, false, now);
    }

    /**
     * A copy with other policies.
     *
     * @param v the policies
     * @return the copy
     */
    public SlaDefinition withPolicies(SlaPolicies v) {
        return new SlaDefinition(v, pausedStatuses, pauseFirstResponse, overdueAsBreached, includeBots, now);
    }

    /**
     * A copy pausing in other statuses.
     *
     * @param v the statuses that stop the clock; may be empty
     * @return the copy
     */
    public SlaDefinition withPausedStatuses(Set<Status> v) {
        return new SlaDefinition(policies, v, pauseFirstResponse, overdueAsBreached, includeBots, now);
    }

    /**
     * A copy in which the paused statuses do, or do not, stop the first-response clock.
     *
     * @param v whether they do
     * @return the copy
     */
    public SlaDefinition withPauseFirstResponse(boolean v) {
        return new SlaDefinition(policies, pausedStatuses, v, overdueAsBreached, includeBots, now);
    }

    /**
     * A copy that does, or does not, count clocks past their deadline as breached before their event.
     *
     * @param v whether they count as breached
     * @return the copy
     */
    public SlaDefinition withOverdueAsBreached(boolean v) {
        return new SlaDefinition(policies, pausedStatuses, pauseFirstResponse, v, includeBots, now);
    }

    /**
     * A copy that does, or does not, count bot replies as responses.
     *
     * @param v whether bot replies count
     * @return the copy
     */
    public SlaDefinition withIncludeBots(boolean v) {
        return new SlaDefinition(policies, pausedStatuses, pauseFirstResponse, overdueAsBreached, v, now);
    }

    /**
     * A copy evaluated at another instant.
     *
     * @param v the instant
     * @return the copy
     */
    public SlaDefinition withNow(Instant v) {
        return new SlaDefinition(policies, pausedStatuses, pauseFirstResponse, overdueAsBreached, includeBots, v);
    }

    /**
     * Whether a status stops the clock of a target: resolved statuses always; the paused statuses for the
     * next-response and resolution clocks, and for the first-response clock when {@code pauseFirstResponse}.
     *
     * @param status the status
     * @param target the target
     * @return true if the clock does not run in that status
     */
    public boolean stops(Status status, SlaTarget target) {
        return status.isResolved() || ((target != SlaTarget.FIRST_RESPONSE || pauseFirstResponse)
                && pausedStatuses.contains(status));
    }
}
