package io.github.supportkpi.backlog;

import io.github.supportkpi.domain.Status;
import io.github.supportkpi.domain.StatusTimeline;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Definable;
import io.github.supportkpi.sla.SlaClock;
import io.github.supportkpi.sla.SlaDefinition;
import io.github.supportkpi.sla.SlaOutcome;
import io.github.supportkpi.sla.SlaTarget;
import io.github.supportkpi.time.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * Which tickets are in the backlog at an instant (catalogue M33): the backlog definition. Immutable and
 * thread-safe when the predicate given to {@link #matching} is.
 *
 * <p>A ticket is in the backlog at an instant {@code at} when it is <b>unresolved at that instant</b>
 * (always required) and meets the rule chosen by the factory:
 * <ul>
 *   <li>{@link #allUnresolved()} (the default, {@link #DEFAULT}): no further rule [002], [003], [004];</li>
 *   <li>{@link #olderThan(Duration)}: created at least the threshold before the instant, in calendar time
 *       (for instance 24 h [004]); a ticket exactly the threshold old counts;</li>
 *   <li>{@link #notUpdatedFor(int, BusinessCalendar)}: no update for at least N business days [004];</li>
 *   <li>{@link #pastSlaDeadline(SlaDefinition, SlaTarget)}: past its SLA deadline at the instant, under an
 *       SLA definition evaluated at that instant (usually the resolution target);</li>
 *   <li>{@link #matching(String, BiPredicate)}: a rule of your own of the ticket and the instant, under a
 *       name that stands for it in the metric's definition. The unresolved-at-the-instant test still applies
 *       first.</li>
 * </ul>
 * Its {@link #definingParts() parts} (the rule and its knobs) enter the backlog metric's
 * {@link io.github.supportkpi.metric.Metric#definition() definition}.
 *
 * <h2>Unresolved at an instant</h2>
 * Computed <em>as of</em> the instant from the ticket's {@link Ticket#timeline() status timeline}, not from its
 * current status:
 * <ul>
 *   <li>A ticket created after the instant is not in the backlog; one created exactly at it is.</li>
 *   <li>With a status history: the status in force at the instant is the last change at or before it
 *       (a change exactly at the instant is in force), or {@link Status#NEW} before the first change; the
 *       ticket is unresolved when that status is not SOLVED or CLOSED. A reopened ticket is therefore in
 *       the backlog again from its reopening.</li>
 *   <li>Without a status history: the only resolution known is {@link Ticket#resolved()}, the latest one.
 *       The ticket is unresolved from its creation until that instant (exclusive), and for ever when it has
 *       none. So a ticket without history that was resolved, reopened and is open now counts as unresolved
 *       over its whole life, and one resolved again counts as unresolved until its final resolution:
 *       without a history, when it was resolved before is unknown. Give tickets a status history for an
 *       exact backlog of the past.</li>
 * </ul>
 *
 * <h2>Not updated for N business days</h2>
 * The <b>last update</b> at an instant ({@link StatusTimeline#lastUpdate}) is the latest of: the creation, every interaction (of any kind:
 * message, reply, note, call) at or before the instant, every status change at or before the instant,
 * and the recorded first response if at or before the instant. The ticket is idle for N business days when
 * at least N <b>business days</b> lie wholly between the date of the last update and the date of the
 * instant, both dates taken in the calendar's zone and excluded; a business day is a date on which the
 * calendar is open at some time (so weekends and holidays do not count). Updated Monday 10:00 in a
 * Monday-to-Friday calendar, the ticket is idle for 2 business days from Thursday 00:00 (Tuesday and
 * Wednesday passed without an update), whatever the hour.
 */
public final class BacklogDefinition implements BiPredicate<Ticket, Instant>, Definable {
    /** Every ticket unresolved at the instant: the default. */
    public static final BacklogDefinition DEFAULT =
            new BacklogDefinition(Rule.ALL_UNRESOLVED, null, 0, null, null, null, null, null);

    private enum Rule { ALL_UNRESOLVED, OLDER_THAN, NOT_UPDATED, PAST_SLA_DEADLINE, MATCHING }

    private final Rule rule;
    private final Duration threshold;
    private final int businessDays;
    private final BusinessCalendar calendar;
    private final SlaDefinition sla;
    private final SlaTarget target;
    private final String name;
    private final BiPredicate<? super Ticket, ? super Instant> predicate;

    private BacklogDefinition(Rule rule, Duration threshold, int businessDays, BusinessCalendar calendar,
            SlaDefinition sla, SlaTarget target, String name, BiPredicate<? super Ticket, ? super Instant> predicate) {
        this.rule = rule;
        this.threshold = threshold;
        this.businessDays = businessDays;
        this.calendar = calendar;
        this.sla = sla;
        this.target = target;
        this.name = name;
        this.predicate = predicate;
    }

    /**
     * Every ticket unresolved at the instant: the default.
     *
     * @return {@link #DEFAULT}
     */
    public static BacklogDefinition allUnresolved() {
        return DEFAULT;
    }

    /**
     * Tickets unresolved at the instant and created at least {@code threshold} before it.
     *
     * @param threshold the minimum age in calendar time, not negative (zero is {@link #allUnresolved()})
     * @return the definition
     * @throws IllegalArgumentException if the threshold is negative
     */
    public static BacklogDefinition olderThan(Duration threshold) {
        Objects.requireNonNull(threshold, "threshold");
        if (threshold.isNegative()) {
            throw new IllegalArgumentException("threshold must not be negative: " + threshold);
        }
        return new BacklogDefinition(Rule.OLDER_THAN, threshold, 0, null, null, null, null, null);
    }

    /**
     * Tickets unresolved at the instant and not updated for at least {@code businessDays} business days of
     * a calendar; see the class description for "last update" and "business day".
     *
     * @param businessDays how many whole business days without an update, at least 1
     * @param calendar the calendar that tells business days
     * @return the definition
     * @throws IllegalArgumentException if {@code businessDays} is less than 1
     */
    public static BacklogDefinition notUpdatedFor(int businessDays, BusinessCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        if (businessDays < 1) {
            throw new IllegalArgumentException("businessDays must be at least 1: " + businessDays);
        }
        return new BacklogDefinition(Rule.NOT_UPDATED, null, businessDays, calendar, null, null, null, null);
    }

    /**
     * Tickets unresolved at the instant that also match a rule of your own. The name stands for the rule in
     * the metric's definition, so stored tallies tell rules apart by it: give different rules different
     * names.
     *
     * @param name what the rule keeps, such as {@code "waiting on a vendor"}; not blank
     * @param predicate the rule, of the ticket and the instant; must be thread-safe and free of side effects
     * @return the definition
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public static BacklogDefinition matching(String name, BiPredicate<? super Ticket, ? super Instant> predicate) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank: \"" + name + "\"");
        }
        return new BacklogDefinition(Rule.MATCHING, null, 0, null, null, null, name,
                Objects.requireNonNull(predicate, "predicate"));
    }

    /**
     * Tickets unresolved at the instant whose SLA {@code target} is overdue at it (catalogue M33, "past its
     * SLA deadline"): the {@link SlaClock} of {@code sla} with {@code now} set to the backlog's instant uses
     * more SLA time than the ticket's policy allows ({@link SlaOutcome#isOverdue()}). Usually
     * {@link SlaTarget#RESOLUTION}. A ticket no policy (or no such target) applies to is never past it.
     *
     * <pre>{@code
     * Count pastSla = Backlog.at(now, BacklogDefinition.pastSlaDeadline(sla.definedBy(), SlaTarget.RESOLUTION))
     *         .over(tickets);
     * }</pre>
     *
     * @param sla the SLA policies and pauses; its {@code now} is replaced by the backlog's instant
     * @param target the target whose deadline counts
     * @return the definition
     */
    public static BacklogDefinition pastSlaDeadline(SlaDefinition sla, SlaTarget target) {
        Objects.requireNonNull(sla, "sla");
        Objects.requireNonNull(target, "target");
        return new BacklogDefinition(Rule.PAST_SLA_DEADLINE, null, 0, null, sla, target, null, null);
    }

    /**
     * Whether a ticket is in the backlog at an instant: unresolved at it and meeting the rule.
     *
     * @param ticket the ticket
     * @param at the instant
     * @return true when it is in the backlog
     */
    @Override
    public boolean test(Ticket ticket, Instant at) {
        if (!isUnresolvedAt(ticket, at)) {
            return false;
        }
        switch (rule) {
            case OLDER_THAN:
                // the age against the threshold, not created + threshold: a threshold of any length never overflows
                return Duration.between(ticket.created(), at).compareTo(threshold) >= 0;
            case NOT_UPDATED:
                return idleBusinessDaysAtLeast(ticket.timeline().lastUpdate(at), at, businessDays, calendar);
            case PAST_SLA_DEADLINE:
                return SlaClock.of(sla.withNow(at)).outcome(ticket, target).isOverdue();
            case MATCHING:
                return predicate.test(ticket, at);
            default:
                return true;
        }
    }

    /** Whether a ticket is unresolved at an instant, as of that instant; see the class description. */
    private static boolean isUnresolvedAt(Ticket ticket, Instant at) {
        return !ticket.created().isAfter(at) && !ticket.timeline().statusAt(at).isResolved();
    }

    private static boolean idleBusinessDaysAtLeast(Instant lastUpdate, Instant at, int n, BusinessCalendar calendar) {
        ZoneId zone = calendar.zone();
        LocalDate last = lastUpdate.atZone(zone).toLocalDate();
        LocalDate now = at.atZone(zone).toLocalDate();
        int found = 0;
        for (LocalDate d = last.plusDays(1); d.isBefore(now); d = d.plusDays(1)) {
            Instant start = d.atStartOfDay(zone).toInstant();
            Instant end = d.plusDays(1).atStartOfDay(zone).toInstant();
            if (calendar.nanosBetween(start, end) > 0 && ++found >= n) {
                return true;
            }
        }
        return false;
    }

    /**
     * What decides the definition: the rule ({@code "allUnresolved"}, {@code "olderThan"},
     * {@code "notUpdatedFor"}, {@code "pastSlaDeadline"} or {@code "matching"}) and its knobs (the threshold;
     * the business days and the calendar; the SLA definition and target; the rule's name).
     *
     * @return the parts by name
     */
    @Override
    public Map<String, ?> definingParts() {
        Map<String, Object> parts = new LinkedHashMap<>();
        switch (rule) {
            case OLDER_THAN -> {
                parts.put("rule", "olderThan");
                parts.put("threshold", threshold);
            }
            case NOT_UPDATED -> {
                parts.put("rule", "notUpdatedFor");
                parts.put("businessDays", businessDays);
                parts.put("calendar", calendar);
            }
            case PAST_SLA_DEADLINE -> {
                parts.put("rule", "pastSlaDeadline");
                parts.put("sla", sla);
                parts.put("target", target);
            }
            case MATCHING -> {
                parts.put("rule", "matching");
                parts.put("name", name);
            }
            default -> parts.put("rule", "allUnresolved");
        }
        return parts;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BacklogDefinition other && rule == other.rule
                && Objects.equals(threshold, other.threshold) && businessDays == other.businessDays
                && Objects.equals(calendar, other.calendar) && Objects.equals(sla, other.sla)
                && target == other.target && Objects.equals(name, other.name) && predicate == other.predicate;
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, threshold, businessDays, calendar, sla, target, name,
                System.identityHashCode(predicate));
    }

    /**
     * A readable form of the rule.
     *
     * @return {@code allUnresolved()}, {@code olderThan(PT24H)}, {@code notUpdatedFor(3, ...)},
     *     {@code pastSlaDeadline(RESOLUTION, ...)} or {@code matching("name")}
     */
    @Override
    public String toString() {
        switch (rule) {
            case OLDER_THAN:
                return "olderThan(" + threshold + ")";
            case NOT_UPDATED:
                return "notUpdatedFor(" + businessDays + ", " + calendar + ")";
            case PAST_SLA_DEADLINE:
                return "pastSlaDeadline(" + target + ", " + sla.policies() + ")";
            case MATCHING:
                return "matching(\"" + name + "\")";
            default:
                return "allUnresolved()";
        }
    }
}
