package io.github.supportkpi.sla;

import io.github.supportkpi.domain.Status;
import io.github.supportkpi.domain.UnrepliedResolution;
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
 *       statuses (SOLVED, CLOSED) always stop the next-response and resolution clocks: nobody waits on a
 *       solved ticket, and a reopened ticket's clock resumes where it stopped. The first-response clock is
 *       the exception: {@code unrepliedResolution} decides what a solve before the first reply does.</li>
 *   <li>{@code pauseFirstResponse} (default {@code false}): whether the paused statuses also stop the
 *       first-response clock. By default they do not: a ticket set to pending before anyone replied still
 *       waits for its first reply. They always stop the next-response and resolution clocks.</li>
 *   <li>{@code overdueAsBreached} (default {@code true}): whether a clock still running (or paused) past its
 *       deadline counts as breached now, as Zendesk counts it; with {@code false} it stays in progress (or
 *       paused), overdue, until its event decides it.</li>
 *   <li>{@code includeBots} (default {@code false}): whether bot replies count as responses, as in the
 *       definition of first response time (human agents only by default [004]); see
 *       {@link io.github.supportkpi.domain.Ticket#firstReply(boolean)}.</li>
 *   <li>{@code unrepliedResolution} (default {@link UnrepliedResolution#STAYS_UNANSWERED}): what ends the
 *       first-response clock of a ticket solved before its first reply, the rule first response time (M10)
 *       shares ({@code ResponseDefinition.unrepliedResolution}, same default), so a ticket whose first response
 *       time is within the target in calendar time achieves it. By default a solve is not a response: the
 *       clock runs through the resolved statuses to the first reply (a ticket solved at 1 h and replied to at
 *       3 h breaches a 2 h target), and a ticket never replied to stays unanswered (in progress, breached
 *       once overdue). With {@link UnrepliedResolution#SOLVE_ENDS_CLOCK} the first solve is the response
 *       when it comes before the reply (that ticket achieves the target at 1 h).</li>
 *   <li>{@code everBreached} (default {@code true}): for a target with several cycles (next response: each
 *       unanswered customer message and its reply is a cycle), whether a ticket that breached any cycle is
 *       breached, as Jira Service Management's {@code everBreached()}; with {@code false} the ticket stands as
 *       its last cycle, as {@code breached()} (an earlier breached cycle followed by a met one is ACHIEVED).
 *       First response and resolution have one cycle each (a reopened ticket's resolution clock resumes):
 *       the knob does not change them.</li>
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
 * @param unrepliedResolution what ends the first-response clock of a ticket solved before its first reply
 * @param everBreached whether a ticket that breached any cycle of a target is breached, rather than only when
 *     its last cycle breached
 * @param now the instant of evaluation
 */
public record SlaDefinition(SlaPolicies policies, Set<Status> pausedStatuses, boolean pauseFirstResponse,
        boolean overdueAsBreached, boolean includeBots, UnrepliedResolution unrepliedResolution,
        boolean everBreached, Instant now) {
    /**
     * Validates and copies the fields.
     *
     * @throws NullPointerException if a field is null
     */
    public SlaDefinition {
        Objects.requireNonNull(policies, "policies");
        Objects.requireNonNull(pausedStatuses, "pausedStatuses");
        Objects.requireNonNull(unrepliedResolution, "unrepliedResolution");
        Objects.requireNonNull(now, "now");
        EnumSet<Status> copy = EnumSet.noneOf(Status.class);
        for (Status s : pausedStatuses) {
            copy.add(Objects.requireNonNull(s, "paused status"));
        }
        pausedStatuses = Set.copyOf(copy);
    }

    /**
     * A definition with the default rule for tickets solved before their first reply
     * ({@link UnrepliedResolution#STAYS_UNANSWERED}) and breaches counted over every cycle.
     *
     * @param policies the policies
     * @param pausedStatuses the statuses that stop the clock; may be empty (never paused)
     * @param pauseFirstResponse whether the paused statuses also stop the first-response clock
     * @param overdueAsBreached whether a running or paused clock past its deadline counts as breached
     * @param includeBots whether bot replies count as responses
     * @param now the instant of evaluation
     */
    public SlaDefinition(SlaPolicies policies, Set<Status> pausedStatuses, boolean pauseFirstResponse,
            boolean overdueAsBreached, boolean includeBots, Instant now) {
        this(policies, pausedStatuses, pauseFirstResponse, overdueAsBreached, includeBots,
                UnrepliedResolution.STAYS_UNANSWERED, true, now);
    }

    /**
     * The policies evaluated at {@code now}, every other knob at its default: PENDING pauses the clock, but not
     * the first-response clock; overdue clocks count as breached; human replies only; a solve is not a first
     * response; a breach in any cycle counts.
     *
     * @param policies the policies
     * @param now the instant of evaluation
     * @return the definition
     */
    public static SlaDefinition of(SlaPolicies policies, Instant now) {
        return new SlaDefinition(policies, EnumSet.of(Status.PENDING), false, true, false,
                UnrepliedResolution.STAYS_UNANSWERED, true, now);
    }

    /**
     * A copy with other policies.
     *
     * @param v the policies
     * @return the copy
     */
    public SlaDefinition withPolicies(SlaPolicies v) {
        return copy(v, pausedStatuses, pauseFirstResponse, overdueAsBreached, includeBots, now);
    }

    /**
     * A copy pausing in other statuses.
     *
     * @param v the statuses that stop the clock; may be empty
     * @return the copy
     */
    public SlaDefinition withPausedStatuses(Set<Status> v) {
        return copy(policies, v, pauseFirstResponse, overdueAsBreached, includeBots, now);
    }

    /**
     * A copy in which the paused statuses do, or do not, stop the first-response clock.
     *
     * @param v whether they do
     * @return the copy
     */
    public SlaDefinition withPauseFirstResponse(boolean v) {
        return copy(policies, pausedStatuses, v, overdueAsBreached, includeBots, now);
    }

    /**
     * A copy that does, or does not, count clocks past their deadline as breached before their event.
     *
     * @param v whether they count as breached
     * @return the copy
     */
    public SlaDefinition withOverdueAsBreached(boolean v) {
        return copy(policies, pausedStatuses, pauseFirstResponse, v, includeBots, now);
    }

    /**
     * A copy that does, or does not, count bot replies as responses.
     *
     * @param v whether bot replies count
     * @return the copy
     */
    public SlaDefinition withIncludeBots(boolean v) {
        return copy(policies, pausedStatuses, pauseFirstResponse, overdueAsBreached, v, now);
    }

    /**
     * A copy evaluated at another instant.
     *
     * @param v the instant
     * @return the copy
     */
    public SlaDefinition withNow(Instant v) {
        return copy(policies, pausedStatuses, pauseFirstResponse, overdueAsBreached, includeBots, v);
    }

    /**
     * A copy with another rule for tickets solved before their first reply.
     *
     * @param v {@link UnrepliedResolution#STAYS_UNANSWERED} or {@link UnrepliedResolution#SOLVE_ENDS_CLOCK}
     * @return the copy
     */
    public SlaDefinition withUnrepliedResolution(UnrepliedResolution v) {
        return new SlaDefinition(policies, pausedStatuses, pauseFirstResponse, overdueAsBreached, includeBots, v,
                everBreached, now);
    }

    /**
     * A copy that counts a ticket as breached when any cycle of a target breached ({@code true}), or only when
     * its last cycle did ({@code false}).
     *
     * @param v whether a breach in any cycle counts
     * @return the copy
     */
    public SlaDefinition withEverBreached(boolean v) {
        return new SlaDefinition(policies, pausedStatuses, pauseFirstResponse, overdueAsBreached, includeBots,
                unrepliedResolution, v, now);
    }

    private SlaDefinition copy(SlaPolicies p, Set<Status> paused, boolean pauseFirst, boolean overdue,
            boolean bots, Instant at) {
        return new SlaDefinition(p, paused, pauseFirst, overdue, bots, unrepliedResolution, everBreached, at);
    }

    /**
     * Whether a status stops the clock of a target: for the next-response and resolution clocks, the resolved
     * statuses and the paused statuses; for the first-response clock, the paused statuses when
     * {@code pauseFirstResponse}, and never a resolved status (a solve before the first reply either is the
     * response, with {@link UnrepliedResolution#SOLVE_ENDS_CLOCK}, or leaves the customer waiting).
     *
     * @param status the status
     * @param target the target
     * @return true if the clock does not run in that status
     */
    public boolean stops(Status status, SlaTarget target) {
        if (target == SlaTarget.FIRST_RESPONSE) {
            return pauseFirstResponse && pausedStatuses.contains(status);
        }
        return status.isResolved() || pausedStatuses.contains(status);
    }
}
