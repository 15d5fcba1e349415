package io.github.supportkpi.sla;

import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.InteractionKind;
import io.github.supportkpi.domain.ResolutionPoint;
import io.github.supportkpi.domain.Status;
import io.github.supportkpi.domain.StatusTimeline;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.TicketFacts;
import io.github.supportkpi.metric.FactsAccumulator;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.time.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The SLA clocks of a ticket under an {@link SlaDefinition}: where the ticket stands against each
 * {@link SlaTarget} at the definition's {@code now}. {@link SlaCompliance} counts the status this clock gives
 * every ticket. Immutable and thread-safe.
 *
 * <h2>Per ticket and target</h2>
 * <ul>
 *   <li><b>Policy.</b> The first policy of {@link SlaDefinition#policies()} whose condition matches, else
 *       the fallback. No policy, or a policy without this target: {@link SlaStatus#NOT_APPLICABLE}. A ticket
 *       created after {@code now} is not applicable to any target.</li>
 *   <li><b>The clock</b> starts at the ticket's creation (first response, resolution) or at the first
 *       unanswered customer message (next response), and stops at the event: the first reply; the next
 *       reply; the final resolution, the start of the last run of resolved statuses
 *       ({@link StatusTimeline#resolutionSegment ResolutionPoint.FINAL} as of {@code now}). Events after
 *       {@code now} have not happened yet.</li>
 *   <li><b>SLA time</b> ({@code elapsed}) is business time under the policy's calendar in the segments of
 *       the ticket's {@link Ticket#timeline() status timeline} where the clock runs: not in resolved statuses
 *       (SOLVED, CLOSED; except for the first-response clock, see below), and not in the paused statuses
 *       (default PENDING; for the first-response clock only when {@code pauseFirstResponse}). The timeline starts at {@code created} in NEW. A ticket with no
 *       status history is taken to be in NEW from its creation and, if resolved, in its status from
 *       {@code resolved}: it is never paused.</li>
 *   <li><b>Deadline</b>: the instant at which SLA time reaches the target, walking the timeline (paused
 *       segments consume nothing; open segments use {@link BusinessCalendar#deadline}) and, after the event
 *       or {@code now}, assuming the clock runs on. Empty for a clock stopped at {@code now} before reaching
 *       the target, since it depends on when the ticket resumes.</li>
 *   <li><b>Status</b>: the event happened with {@code elapsed <= target}: ACHIEVED (an event exactly at the
 *       deadline achieves); with {@code elapsed > target}: BREACHED. The event has not happened: BREACHED
 *       when {@code elapsed > target} and {@code overdueAsBreached} (the default); otherwise IN_PROGRESS
 *       while the clock runs at {@code now} and PAUSED while it is stopped (overdue or not).</li>
 *   <li><b>First response</b>: the ticket's first response under the definition's
 *       {@link io.github.supportkpi.domain.UnrepliedResolution UnrepliedResolution}, the rule first response
 *       time (M10) shares: by default its {@link Ticket#firstReply(boolean) first reply} (human agents only by
 *       default: the first interaction that is a reply, or, for a ticket with no interactions, its recorded
 *       {@code firstResponse}); with {@code SOLVE_ENDS_CLOCK} the earlier of that reply and the first
 *       resolution. Resolved statuses do not stop this clock (only the paused statuses do, and only with
 *       {@code pauseFirstResponse}), so in calendar time its SLA time is the first response time. By default
 *       a ticket solved before its reply keeps waiting: created 09:00, solved 10:00, replied 12:00 uses 3 h
 *       and breaches a 2 h target; a ticket solved without any reply stays IN_PROGRESS, BREACHED once
 *       overdue.</li>
 *   <li><b>Next response</b>: customer messages and replies are paired as average reply time (M11) pairs
 *       them: a run of customer messages and the next reply is one pair, timed from the run's first message;
 *       each pair is its own clock. So the first customer message and the first reply also make a pair.
 *       Each pair is a cycle. With {@code everBreached} (the default, Jira Service Management's
 *       {@code everBreached()}) the ticket is BREACHED if any pair breached (the outcome shows the first
 *       breached pair); else it stands as its open pair, if one is open; else ACHIEVED (the outcome shows the
 *       last pair). Without it (Jira's {@code breached()}) the ticket stands as its last pair: the open one,
 *       if one is open, else the last answered one, ACHIEVED or BREACHED. A ticket with no customer message
 *       before {@code now} is NOT_APPLICABLE: nothing to respond to.</li>
 * </ul>
 * <pre>{@code
 * SlaClock clock = SlaClock.of(SlaDefinition.of(policies, now));
 * SlaOutcome frt = clock.outcome(ticket, SlaTarget.FIRST_RESPONSE);   // status, deadline, remaining()
 * }</pre>
 */
public final class SlaClock {
    private static final SlaTarget[] TARGETS = SlaTarget.values();

    private final SlaDefinition definition;
    /** The definition's {@code now} in epoch nanoseconds, saturated outside the range of nanoseconds. */
    private final long now;

    private SlaClock(SlaDefinition definition) {
        this.definition = definition;
        long n;
        try {
            n = TicketFacts.nanos(definition.now());
        } catch (IllegalArgumentException e) {
            n = definition.now().getEpochSecond() < 0 ? Long.MIN_VALUE + 1 : Long.MAX_VALUE;
        }
        this.now = n;
    }

    /**
     * The clocks under a definition.
     *
     * @param definition the policies, pauses and instant of evaluation
     * @return the clock
     */
    public static SlaClock of(SlaDefinition definition) {
        return new SlaClock(Objects.requireNonNull(definition, "definition"));
    }

    /**
     * The definition: policies, pauses and the instant of evaluation.
     *
     * @return the definition
     */
    public SlaDefinition definition() {
        return definition;
    }

    /**
     * Where a ticket stands against a target at the definition's {@code now}.
     *
     * @param ticket the ticket
     * @param target the target
     * @return the outcome, with the deadline and the time remaining or overdue
     */
    public SlaOutcome outcome(Ticket ticket, SlaTarget target) {
        return evaluate(Objects.requireNonNull(ticket, "ticket"), Objects.requireNonNull(target, "target"), true);
    }

    /**
     * Where a ticket stands against every target.
     *
     * @param ticket the ticket
     * @return the outcome of each target, in target order
     */
    public Map<SlaTarget, SlaOutcome> outcomes(Ticket ticket) {
        EnumMap<SlaTarget, SlaOutcome> map = new EnumMap<>(SlaTarget.class);
        for (SlaTarget t : TARGETS) {
            map.put(t, outcome(ticket, t));
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * The status of a ticket against a target: the status of {@link #outcome}, found without looking for
     * the deadline.
     *
     * @param ticket the ticket
     * @param target the target
     * @return the status
     */
    public SlaStatus status(Ticket ticket, SlaTarget target) {
        return evaluate(Objects.requireNonNull(ticket, "ticket"), Objects.requireNonNull(target, "target"), false)
                .status();
    }

    /**
     * Equal when the definitions are equal.
     *
     * @param o the other object
     * @return true when equal
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof SlaClock other && definition.equals(other.definition);
    }

    @Override
    public int hashCode() {
        return definition.hashCode();
    }

    /**
     * A readable form.
     *
     * @return {@code SlaClock[definition]}
     */
    @Override
    public String toString() {
        return "SlaClock[" + definition + "]";
    }

    /**
     * The SLA compliance metric of this clock: every target's status of each ticket, counted. It reads the
     * ticket's facts (derived once per pass), finds the policy once per ticket for all targets, and creates
     * no outcome; the statuses equal {@link #status(Ticket, SlaTarget)}.
     */
    Metric<Ticket, SlaTally> metric(String id) {
        int statuses = SlaStatus.values().length;
        return Metric.of(id, SlaTally.EMPTY, () -> new FactsAccumulator<SlaTally>() {
            private final long[] counts = new long[TARGETS.length * statuses];

            @Override
            public void accept(TicketFacts f) {
                SlaPolicy policy = definition.policies().policyOrNull(f);
                // a ticket without a status history has the timeline its facts imply: no view is made
                StatusTimeline timeline = f.hasStatusHistory() ? f.ticket().timeline() : null;
                for (SlaTarget target : TARGETS) {
                    counts[target.ordinal() * statuses + status(f, policy, target, timeline).ordinal()]++;
                }
            }

            @Override
            public SlaTally tally() {
                return SlaTally.ofCounts(counts);
            }
        });
    }

    /**
     * {@link #status(Ticket, SlaTarget)} from the facts, the ticket's policy (null for none) and its timeline
     * (null for the timeline implied by its creation and resolution: NEW from creation, then its status
     * from its resolution).
     */
    private SlaStatus status(TicketFacts f, SlaPolicy policy, SlaTarget target, StatusTimeline timeline) {
        SlaDefinition d = definition;
        Duration allowed = policy == null ? null : policy.targets().get(target);
        if (allowed == null || f.created() > now) {
            return SlaStatus.NOT_APPLICABLE;
        }
        if (target == SlaTarget.NEXT_RESPONSE) {
            return evaluate(f.ticket(), target, false).status();
        }
        long allowedNanos = allowed.toNanos();
        long event;
        if (target == SlaTarget.FIRST_RESPONSE) {
            event = d.unrepliedResolution().firstResponseNanos(f, d.includeBots());
            if (event != TicketFacts.ABSENT && event > now) {
                event = TicketFacts.ABSENT;
            }
        } else if (timeline == null) {
            event = f.resolved() != TicketFacts.ABSENT && f.resolved() <= now ? f.resolved() : TicketFacts.ABSENT;
        } else {
            int resolution = timeline.resolutionSegment(ResolutionPoint.FINAL, d.now());
            event = resolution < 0 ? TicketFacts.ABSENT : timeline.segmentStartNanos(resolution);
        }
        boolean happened = event != TicketFacts.ABSENT;
        long stop = happened ? event : now;
        BusinessCalendar cal = policy.calendar();
        long elapsed = 0;
        Status atStop = Status.NEW;
        int n = timeline != null ? timeline.segmentCount() : f.resolved() == TicketFacts.ABSENT ? 1 : 2;
        for (int i = 0; i < n; i++) {
            long from = timeline != null ? timeline.segmentStartNanos(i) : i == 0 ? f.created() : f.resolved();
            if (from > stop) {
                break;
            }
            Status status = timeline != null ? timeline.segmentStatus(i) : i == 0 ? Status.NEW : f.status();
            atStop = status;
            long a = Math.max(from, f.created());
            long b = stop;
            if (i + 1 < n) {
                long next = timeline != null ? timeline.segmentStartNanos(i + 1) : f.resolved();
                if (next < stop) {
                    b = next;
                }
            }
            if (b <= a || d.stops(status, target)) {
                continue;
            }
            elapsed = Math.addExact(elapsed, cal.nanosBetween(a, b));
        }
        if (happened) {
            return elapsed <= allowedNanos ? SlaStatus.ACHIEVED : SlaStatus.BREACHED;
        }
        if (elapsed > allowedNanos && d.overdueAsBreached()) {
            return SlaStatus.BREACHED;
        }
        return d.stops(atStop, target) ? SlaStatus.PAUSED : SlaStatus.IN_PROGRESS;
    }

    // ---- evaluation ----

    /** The SLA clock of one span: SLA time used, the deadline, and whether it runs at its end. */
    private static final class Clock {
        long elapsed;
        Instant deadline;
        boolean running;
    }

    private SlaOutcome evaluate(Ticket t, SlaTarget target, boolean full) {
        SlaDefinition d = definition;
        Optional<SlaPolicy> policy = d.policies().policyFor(t);
        Optional<String> name = policy.map(SlaPolicy::name);
        if (policy.isEmpty() || !policy.get().targets().containsKey(target) || t.created().isAfter(d.now())) {
            return SlaOutcome.notApplicable(target, name);
        }
        Duration allowed = policy.get().targets().get(target);
        long allowedNanos = allowed.toNanos();
        BusinessCalendar cal = policy.get().calendar();
        Instant now = d.now();
        StatusTimeline timeline = t.timeline();
        switch (target) {
            case FIRST_RESPONSE: {
                Instant event = d.unrepliedResolution().firstResponse(t, d.includeBots()).orElse(null);
                if (event != null && event.isAfter(now)) {
                    event = null;
                }
                Instant stop = event == null ? now : event;
                Clock c = walk(timeline, target, d, cal, t.created(), stop, allowedNanos, event != null, full);
                return outcome(target, name, allowed, c, event, d);
            }
            case RESOLUTION: {
                int resolution = timeline.resolutionSegment(ResolutionPoint.FINAL, now);
                Instant event = resolution < 0 ? null : timeline.segmentStart(resolution);
                Instant stop = event == null ? now : event;
                Clock c = walk(timeline, target, d, cal, t.created(), stop, allowedNanos, event != null, full);
                return outcome(target, name, allowed, c, event, d);
            }
            default:
                return nextResponse(t, d, name, allowed, cal, full);
        }
    }

    private static SlaOutcome nextResponse(Ticket t, SlaDefinition d, Optional<String> name, Duration allowed,
            BusinessCalendar cal, boolean full) {
        long allowedNanos = allowed.toNanos();
        Instant now = d.now();
        StatusTimeline timeline = t.timeline();
        List<Interaction> is = t.interactions();
        Instant waitingSince = null;
        Instant lastStart = null;
        Instant lastReply = null;
        for (int i = 0, n = is.size(); i < n; i++) {
            Interaction x = is.get(i);
            if (x.at().isAfter(now)) {
                break;
            }
            if (x.kind() == InteractionKind.CUSTOMER_MESSAGE) {
                if (waitingSince == null) {
                    waitingSince = x.at();
                }
            } else if (waitingSince != null && x.isReply(d.includeBots())) {
                Clock c = walk(timeline, SlaTarget.NEXT_RESPONSE, d, cal, waitingSince, x.at(), allowedNanos, true,
                        false);
                if (c.elapsed > allowedNanos && d.everBreached()) {
                    if (full) {
                        c = walk(timeline, SlaTarget.NEXT_RESPONSE, d, cal, waitingSince, x.at(), allowedNanos, true,
                                true);
                    }
                    return outcome(SlaTarget.NEXT_RESPONSE, name, allowed, c, x.at(), d);
                }
                lastStart = waitingSince;
                lastReply = x.at();
                waitingSince = null;
            }
        }
        if (waitingSince != null) {
            Clock c = walk(timeline, SlaTarget.NEXT_RESPONSE, d, cal, waitingSince, now, allowedNanos, false, full);
            return outcome(SlaTarget.NEXT_RESPONSE, name, allowed, c, null, d);
        }
        if (lastReply == null) {
            return SlaOutcome.notApplicable(SlaTarget.NEXT_RESPONSE, name);
        }
        Clock c = walk(timeline, SlaTarget.NEXT_RESPONSE, d, cal, lastStart, lastReply, allowedNanos, true, full);
        return outcome(SlaTarget.NEXT_RESPONSE, name, allowed, c, lastReply, d);
    }

    private static SlaOutcome outcome(SlaTarget target, Optional<String> name, Duration allowed, Clock c,
            Instant event, SlaDefinition d) {
        long allowedNanos = allowed.toNanos();
        SlaStatus status;
        if (event != null) {
            status = c.elapsed <= allowedNanos ? SlaStatus.ACHIEVED : SlaStatus.BREACHED;
        } else if (c.elapsed > allowedNanos && d.overdueAsBreached()) {
            status = SlaStatus.BREACHED;
        } else {
            status = c.running ? SlaStatus.IN_PROGRESS : SlaStatus.PAUSED;
        }
        return new SlaOutcome(target, status, name, Optional.of(allowed), Duration.ofNanos(c.elapsed),
                Optional.ofNullable(c.deadline), Optional.ofNullable(event));
    }

    /**
     * The SLA clock from {@code start} to {@code stop}: business time in the segments of the timeline where it
     * runs, the deadline (when asked for), and whether it runs at {@code stop}.
     */
    private static Clock walk(StatusTimeline timeline, SlaTarget target, SlaDefinition d, BusinessCalendar cal,
            Instant start, Instant stop, long allowed, boolean eventHappened, boolean wantDeadline) {
        Clock c = new Clock();
        long remaining = allowed;
        Status atStop = Status.NEW;
        for (int i = 0, n = timeline.segmentCount(); i < n; i++) {
            Instant from = timeline.segmentStart(i);
            if (from.isAfter(stop)) {
                break;
            }
            Status status = timeline.segmentStatus(i);
            atStop = status;
            Instant a = from.isBefore(start) ? start : from;
            Instant b = stop;
            if (i + 1 < n && timeline.segmentStart(i + 1).isBefore(stop)) {
                b = timeline.segmentStart(i + 1);
            }
            if (!b.isAfter(a) || d.stops(status, target)) {
                continue;
            }
            long part = cal.nanosBetween(a, b);
            if (wantDeadline && c.deadline == null && part >= remaining) {
                c.deadline = deadline(cal, a, remaining);
            }
            remaining -= part;
            c.elapsed = Math.addExact(c.elapsed, part);
        }
        c.running = !d.stops(atStop, target);
        if (wantDeadline && c.deadline == null && remaining > 0 && (eventHappened || c.running)) {
            c.deadline = deadline(cal, stop, remaining);
        }
        return c;
    }

    private static Instant deadline(BusinessCalendar cal, Instant from, long nanos) {
        try {
            return cal.deadline(from, Duration.ofNanos(nanos));
        } catch (IllegalArgumentException e) {
            return null; // the calendar does not open again before the end of its supported range
        }
    }
}
