package io.github.supportkpi.benchmarks;

import io.github.supportkpi.domain.Priority;
import io.github.supportkpi.sla.SlaCondition;
import io.github.supportkpi.sla.SlaPolicies;
import io.github.supportkpi.sla.SlaPolicy;
import io.github.supportkpi.sla.SlaTarget;
import io.github.supportkpi.time.BusinessCalendar;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * The SLA targets of the standard report, per priority, on a 24x7 calendar in UTC: first response and
 * resolution. Every variant reads its targets from here; the library as {@link SlaPolicies}, the others as
 * plain durations. Immutable and thread-safe.
 *
 * @param priority the priority the targets apply to
 * @param firstResponse the time allowed until the first agent reply, positive
 * @param resolution the time allowed until the final resolution, positive
 */
record PriorityTargets(Priority priority, Duration firstResponse, Duration resolution) {
    /** Urgent 1 h / 8 h, high 4 h / 24 h, medium 8 h / 3 days, low 24 h / 5 days. */
    static final List<PriorityTargets> STANDARD = List.of(
            new PriorityTargets(Priority.URGENT, Duration.ofHours(1), Duration.ofHours(8)),
            new PriorityTargets(Priority.HIGH, Duration.ofHours(4), Duration.ofHours(24)),
            new PriorityTargets(Priority.MEDIUM, Duration.ofHours(8), Duration.ofDays(3)),
            new PriorityTargets(Priority.LOW, Duration.ofHours(24), Duration.ofDays(5)));

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException if a target is not positive
     */
    PriorityTargets {
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(firstResponse, "firstResponse");
        Objects.requireNonNull(resolution, "resolution");
        if (firstResponse.isNegative() || firstResponse.isZero() || resolution.isNegative() || resolution.isZero()) {
            throw new IllegalArgumentException("targets must be positive: " + priority + ", first response "
                    + firstResponse + ", resolution " + resolution);
        }
    }

    /**
     * The standard targets of a priority.
     *
     * @param priority the priority
     * @return its targets
     */
    static PriorityTargets of(Priority priority) {
        for (PriorityTargets t : STANDARD) {
            if (t.priority == priority) {
                return t;
            }
        }
        throw new IllegalArgumentException("priority must have standard targets: " + priority);
    }

    /**
     * The standard targets as the library's policies: one per priority, tried in the order of
     * {@link #STANDARD}, each on a 24x7 calendar in UTC; no fallback (every generated ticket has a priority).
     *
     * @return the policies
     */
    static SlaPolicies policies() {
        BusinessCalendar always = BusinessCalendar.twentyFourSeven(ZoneOffset.UTC);
        SlaPolicies.Builder b = SlaPolicies.builder();
        for (PriorityTargets t : STANDARD) {
            b.policy(SlaPolicy.of(t.priority.name().toLowerCase(java.util.Locale.ROOT),
                            SlaCondition.priority(t.priority), always)
                    .withTarget(SlaTarget.FIRST_RESPONSE, t.firstResponse)
                    .withTarget(SlaTarget.RESOLUTION, t.resolution));
        }
        return b.build();
    }
}
