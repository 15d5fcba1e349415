package io.github.supportkpi.sla;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.time.BusinessCalendar;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One SLA policy (catalogue M34): which tickets it applies to, the business time it allows for each
 * {@link SlaTarget}, and the calendar its clocks run on. Immutable and thread-safe.
 *
 * <pre>{@code
 * SlaPolicy urgent = SlaPolicy.of("Urgent", SlaCondition.priority(Priority.URGENT),
 *                 BusinessCalendar.twentyFourSeven(ZoneOffset.UTC))
 *         .withTarget(SlaTarget.FIRST_RESPONSE, Duration.ofHours(1))
 *         .withTarget(SlaTarget.RESOLUTION, Duration.ofHours(8));
 * }</pre>
 * A target the policy does not set is <em>not applicable</em> to the tickets it applies to; a policy
 * with no target at all exempts its tickets (useful first in the list, for instance for spam).
 *
 * @param name the policy's name, not blank; unique within {@link SlaPolicies}
 * @param condition which tickets it applies to
 * @param targets the business time allowed per target, each positive; may be empty
 * @param calendar the calendar the clocks run on: business hours, or
 *     {@link BusinessCalendar#twentyFourSeven} for calendar time
 */
public record SlaPolicy(String name, SlaCondition condition, Map<SlaTarget, Duration> targets,
        BusinessCalendar calendar) {
    /**
     * Validates and copies the fields.
     *
     * @throws IllegalArgumentException if {@code name} is blank or a target is zero or negative
     */
    public SlaPolicy {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank: \"" + name + "\"");
        }
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(targets, "targets");
        Objects.requireNonNull(calendar, "calendar");
        EnumMap<SlaTarget, Duration> copy = new EnumMap<>(SlaTarget.class);
        targets.forEach((t, d) -> {
            Objects.requireNonNull(t, "target");
            Objects.requireNonNull(d, () -> "target " + t);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(
                        "target " + t + " must be positive: policy " + name + ", " + d);
            }
            copy.put(t, d);
        });
        targets = Collections.unmodifiableMap(copy);
    }

    /**
     * A policy with no targets yet; add them with {@link #withTarget}.
     *
     * @param name the name
     * @param condition which tickets it applies to
     * @param calendar the calendar its clocks run on
     * @return the policy
     */
    public static SlaPolicy of(String name, SlaCondition condition, BusinessCalendar calendar) {
        return new SlaPolicy(name, condition, Map.of(), calendar);
    }

    /**
     * A copy allowing {@code allowed} business time for {@code target}.
     *
     * @param target the target
     * @param allowed the business time allowed, positive
     * @return the copy
     * @throws IllegalArgumentException if {@code allowed} is zero or negative
     */
    public SlaPolicy withTarget(SlaTarget target, Duration allowed) {
        EnumMap<SlaTarget, Duration> copy = new EnumMap<>(SlaTarget.class);
        copy.putAll(targets);
        copy.put(Objects.requireNonNull(target, "target"), Objects.requireNonNull(allowed, "allowed"));
        return new SlaPolicy(name, condition, copy, calendar);
    }

    /**
     * A copy that applies to other tickets.
     *
     * @param v the condition
     * @return the copy
     */
    public SlaPolicy withCondition(SlaCondition v) {
        return new SlaPolicy(name, v, targets, calendar);
    }

    /**
     * A copy whose clocks run on another calendar.
     *
     * @param v the calendar
     * @return the copy
     */
    public SlaPolicy withCalendar(BusinessCalendar v) {
        return new SlaPolicy(name, condition, targets, v);
    }

    /**
     * The business time allowed for a target.
     *
     * @param target the target
     * @return the time allowed; empty if the policy sets no such target
     */
    public Optional<Duration> target(SlaTarget target) {
        return Optional.ofNullable(targets.get(Objects.requireNonNull(target, "target")));
    }

    /**
     * Whether the policy applies to a ticket.
     *
     * @param ticket the ticket
     * @return the condition's verdict
     */
    public boolean appliesTo(Ticket ticket) {
        return condition.test(ticket);
    }
}
