package io.github.supportkpi.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One ticket against one SLA target at an instant: its status, the policy and the time allowed, the SLA time
 * used, the deadline, and the time remaining or overdue. Immutable and thread-safe.
 *
 * <p>Times are SLA time: business time under the policy's calendar, less the time in statuses that stop the
 * clock. See {@link SlaClock} for how each is found.
 *
 * @param target the target
 * @param status where the ticket stands
 * @param policy the name of the ticket's policy; empty when no policy applies
 * @param allowed the SLA time the policy allows; empty when not applicable
 * @param elapsed the SLA time used up to the event, or up to {@code now} when it has not happened; zero when
 *     not applicable
 * @param deadline the instant the allowed time is (or was) used up, following the status history and, after
 *     it, the clock as it stands; empty when not applicable, and when the clock is stopped before using up the
 *     allowed time (it depends on when the ticket resumes), or when the calendar does not open again
 * @param event when the response or resolution happened; empty when it has not (or not applicable)
 */
public record SlaOutcome(SlaTarget target, SlaStatus status, Optional<String> policy, Optional<Duration> allowed,
        Duration elapsed, Optional<Instant> deadline, Optional<Instant> event) {
    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException if {@code elapsed} is negative, or {@code allowed} is absent but the
     *     status is not NOT_APPLICABLE
     */
    public SlaOutcome {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(allowed, "allowed");
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(event, "event");
        if (elapsed.isNegative()) {
            throw new IllegalArgumentException("elapsed must not be negative: " + elapsed);
        }
        if (allowed.isEmpty() && status != SlaStatus.NOT_APPLICABLE) {
            throw new IllegalArgumentException("allowed must be present when status is " + status + ": " + target);
        }
    }

    /**
     * The outcome of a target that does not apply.
     *
     * @param target the target
     * @param policy the ticket's policy, if any
     * @return the outcome
     */
    public static SlaOutcome notApplicable(SlaTarget target, Optional<String> policy) {
        return new SlaOutcome(target, SlaStatus.NOT_APPLICABLE, policy, Optional.empty(), Duration.ZERO,
                Optional.empty(), Optional.empty());
    }

    /**
     * The SLA time left before the deadline: {@code allowed - elapsed}, or zero once used up.
     *
     * @return the time remaining; zero when not applicable
     */
    public Duration remaining() {
        if (allowed.isEmpty()) {
            return Duration.ZERO;
        }
        Duration r = allowed.get().minus(elapsed);
        return r.isNegative() ? Duration.ZERO : r;
    }

    /**
     * The SLA time past the deadline: {@code elapsed - allowed}, or zero within the target.
     *
     * @return the time overdue; zero when not applicable
     */
    public Duration overdue() {
        if (allowed.isEmpty()) {
            return Duration.ZERO;
        }
        Duration o = elapsed.minus(allowed.get());
        return o.isNegative() ? Duration.ZERO : o;
    }

    /**
     * Whether more SLA time was used than allowed.
     *
     * @return true when {@link #overdue()} is positive
     */
    public boolean isOverdue() {
        return allowed.isPresent() && elapsed.compareTo(allowed.get()) > 0;
    }
}
