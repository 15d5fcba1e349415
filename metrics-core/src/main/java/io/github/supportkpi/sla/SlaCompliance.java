package io.github.supportkpi.sla;

import io.github.supportkpi.backlog.BacklogDefinition;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.InteractionKind;
import io.github.supportkpi.domain.Status;
import io.github.supportkpi.domain.StatusChange;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.TicketEvents;
import io.github.supportkpi.domain.TicketInstant;
import io.github.supportkpi.metric.DefinedMetric;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.metric.Segmented;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.time.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * SLA compliance and breaches. Catalogue M34.
 * <p>For each {@link SlaTarget} (first response, next response, resolution), the share of decided tickets
 * that met the target: {@code achieved / (achieved + breached)}, and the count of breaches; every ticket's
 * status is counted in a {@link SlaTally}, evaluated at the definition's {@code now}.
 *
 * <h2>Per ticket and target</h2>
 * <ul>
 *   <li><b>Policy.</b> The first policy of {@link SlaDefinition#policies()} whose condition matches, else
 *       the fallback. No policy, or a policy without this target: {@link SlaStatus#NOT_APPLICABLE}. A ticket
 *       created after {@code now} is not applicable to any target.</li>
 *   <li><b>The clock</b> starts at the ticket's creation (first response, resolution) or at the first
 *       unanswered customer message (next response), and stops at the event: the first reply; the next
 *       reply; the final resolution, the start of the last run of resolved statuses. Events after
 *       {@code now} have not happened yet.</li>
 *   <li><b>SLA time</b> ({@code elapsed}) is business time under the policy's calendar in the segments of
 *       the status history where the clock runs: not in resolved statuses (SOLVED, CLOSED), and not in the
 *       paused statuses (default PENDING; for the first-response clock only when
 *       {@code pauseFirstResponse}). The timeline starts at {@code created} in NEW. A ticket with no status
 *       history is taken to be in NEW from its creation and, if resolved, in its status from
 *       {@code resolved}: it is never paused.</li>
 *   <li><b>Deadline</b>: the instant at which SLA time reaches the target, walking the status history
 *       (paused segments consume nothing; open segments use {@link BusinessCalendar#deadline}) and, after
 *       the event or {@code now}, assuming the clock runs on. Empty for a clock stopped at {@code now}
 *       before reaching the target, since it depends on when the ticket resumes.</li>
 *   <li><b>Status</b>: the event happened with {@code elapsed <= target}: ACHIEVED (an event exactly at the
 *       deadline achieves); with {@code elapsed > target}: BREACHED. The event has not happened: BREACHED
 *       when {@code elapsed > target} and {@code overdueAsBreached} (the default); otherwise IN_PROGRESS
 *       while the clock runs at {@code now} and PAUSED while it is stopped (overdue or not).</li>
 *   <li><b>First response</b>: the first interaction that is a reply (human agents only by default), or,
 *       for a ticket with no interactions, its recorded {@code firstResponse}. A ticket solved without any
 *       reply has its first-response clock stopped: PAUSED, or BREACHED once overdue.</li>
 *   <li><b>Next response</b>: customer messages and replies are paired as average reply time (M11) pairs
 *       them: a run of customer messages and the next reply is one pair, timed from the run's first message;
 *       each pair is its own clock. So the first customer message and the first reply also make a pair.
 *       The ticket is BREACHED if any pair breached (the outcome shows the first breached pair); else it
 *       stands as its open pair, if one is open; else ACHIEVED (the outcome shows the last pair). A ticket
 *       with no customer message before {@code now} is NOT_APPLICABLE: nothing to respond to.</li>
 * </ul>
 *
 * <h2>Tally</h2>
 * <ul>
 *   <li>{@code achieved + breached + inProgress + paused + notApplicable} = tickets, for each target.</li>
 *   <li>Compliance is undefined (empty value) with no decided ticket, never NaN and never 0; in [0, 100]
 *       percent when defined. In-progress and paused tickets are not in the denominator (overdue ones are
 *       breached, by default). The catalogue writes M34 as "tickets meeting the target / tickets with a
 *       target": the tickets with a target are all counted, and {@link SlaCounts} keeps each status so both
 *       readings can be printed.</li>
 *   <li>Segment by priority ({@link TicketDimensions#PRIORITY}) for the table a team lead asks for, printed
 *       by {@link #table}; or by {@link #policy()}.</li>
 * </ul>
 * <pre>{@code
 * SlaCompliance sla = SlaCompliance.of(SlaDefinition.of(policies, now));
 * Segmented<Priority, SlaTally> byPriority = sla.by(TicketDimensions.PRIORITY).over(tickets);
 * System.out.print(SlaCompliance.table(byPriority));
 * SlaOutcome frt = sla.outcome(ticket, SlaTarget.FIRST_RESPONSE);   // status, deadline, remaining()
 * }</pre>
 * <p>Knobs ({@link SlaDefinition}): the policies and {@code now} (no default); paused statuses (PENDING);
 * pause the first-response clock (false); overdue counts as breached (true); bot replies count (false).
 * There is no {@code defaults()}: SLA targets have no default.
 * <p>Immutable and thread-safe.
 */
public final class SlaCompliance extends DefinedMetric<Ticket, SlaTally, SlaDefinition> {
    /** The id. */
    public static final String ID = "sla.compliance";

    private static final SlaTarget[] TARGETS = SlaTarget.values();

    private SlaCompliance(SlaDefinition d) {
        super(ID, d, SlaTally.metric(ID, (Ticket t, SlaTarget target) -> evaluate(t, target, d, false).status()));
    }

    /**
     * SLA compliance under a definition.
     *
     * @param definition the policies, pauses and instant of evaluation
     * @return the metric
     */
    public static SlaCompliance of(SlaDefinition definition) {
        return new SlaCompliance(Objects.requireNonNull(definition, "definition"));
    }

    /**
     * Where a ticket stands against a target at the definition's {@code now}.
     *
     * @param ticket the ticket
     * @param target the target
     * @return the outcome, with the deadline and the time remaining or overdue
     */
    public SlaOutcome outcome(Ticket ticket, SlaTarget target) {
        return evaluate(Objects.requireNonNull(ticket, "ticket"), Objects.requireNonNull(target, "target"),
                definition(), true);
    }

    /**
     * The backlog definition "past its SLA deadline" (catalogue M33): an unresolved ticket whose
     * {@code target} is overdue at the backlog's instant, under this SLA definition with {@code now} set to
     * that instant. Usually {@link SlaTarget#RESOLUTION}.
     *
     * <pre>{@code
     * Count pastSla = Backlog.at(now, sla.backlogPastDeadline(SlaTarget.RESOLUTION)).over(tickets);
     * }</pre>
     *
     * @param target the target whose deadline counts
     * @return the backlog definition
     */
    public BacklogDefinition backlogPastDeadline(SlaTarget target) {
        Objects.requireNonNull(target, "target");
        SlaDefinition d = definition();
        return BacklogDefinition.matching((t, at) -> evaluate(t, target, d.withNow(at), true).isOverdue());
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
     * A dimension by the name of the ticket's policy under this definition; tickets no policy applies to have
     * no key.
     *
     * @return the dimension, named {@code sla_policy}
     */
    public Dimension<Ticket, String> policy() {
        SlaDefinition d = definition();
        return Dimension.of("sla_policy", t -> d.policies().policyFor(t).map(SlaPolicy::name).orElse(null));
    }

    // ---- evaluation ----

    /** The SLA clock of one span: SLA time used, the deadline, and whether it runs at its end. */
    private static final class Clock {
        long elapsed;
        Instant deadline;
        boolean running;
    }

    private static SlaOutcome evaluate(Ticket t, SlaTarget target, SlaDefinition d, boolean full) {
        Optional<SlaPolicy> policy = d.policies().policyFor(t);
        Optional<String> name = policy.map(SlaPolicy::name);
        if (policy.isEmpty() || !policy.get().targets().containsKey(target) || t.created().isAfter(d.now())) {
            return SlaOutcome.notApplicable(target, name);
        }
        Duration allowed = policy.get().targets().get(target);
        long allowedNanos = allowed.toNanos();
        BusinessCalendar cal = policy.get().calendar();
        Instant now = d.now();
        switch (target) {
            case FIRST_RESPONSE: {
                Instant event = TicketEvents.firstReply(t, d.includeBots());
                if (event != null && event.isAfter(now)) {
                    event = null;
                }
                Instant stop = event == null ? now : event;
                Clock c = walk(t, target, d, cal, t.created(), stop, allowedNanos, event != null, full);
                return outcome(target, name, allowed, c, event, d);
            }
            case RESOLUTION: {
                Instant event = resolution(t, now);
                Instant stop = event == null ? now : event;
                Clock c = walk(t, target, d, cal, t.created(), stop, allowedNanos, event != null, full);
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
                Clock c = walk(t, SlaTarget.NEXT_RESPONSE, d, cal, waitingSince, x.at(), allowedNanos, true, false);
                if (c.elapsed > allowedNanos) {
                    if (full) {
                        c = walk(t, SlaTarget.NEXT_RESPONSE, d, cal, waitingSince, x.at(), allowedNanos, true, true);
                    }
                    return outcome(SlaTarget.NEXT_RESPONSE, name, allowed, c, x.at(), d);
                }
                lastStart = waitingSince;
                lastReply = x.at();
                waitingSince = null;
            }
        }
        if (waitingSince != null) {
            Clock c = walk(t, SlaTarget.NEXT_RESPONSE, d, cal, waitingSince, now, allowedNanos, false, full);
            return outcome(SlaTarget.NEXT_RESPONSE, name, allowed, c, null, d);
        }
        if (lastReply == null) {
            return SlaOutcome.notApplicable(SlaTarget.NEXT_RESPONSE, name);
        }
        Clock c = walk(t, SlaTarget.NEXT_RESPONSE, d, cal, lastStart, lastReply, allowedNanos, true, full);
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

    /** The start of the run of resolved statuses the ticket is in at {@code now}, or null if unresolved then. */
    private static Instant resolution(Ticket t, Instant now) {
        Instant runStart = null;
        for (int i = 0, n = segments(t); i < n; i++) {
            Instant at = segmentStart(t, i);
            if (at.isAfter(now)) {
                break;
            }
            if (segmentStatus(t, i).isResolved()) {
                if (runStart == null) {
                    runStart = at;
                }
            } else {
                runStart = null;
            }
        }
        return runStart;
    }

    /**
     * The SLA clock from {@code start} to {@code stop}: business time in the segments where it runs, the
     * deadline (when asked for), and whether it runs at {@code stop}.
     */
    private static Clock walk(Ticket t, SlaTarget target, SlaDefinition d, BusinessCalendar cal, Instant start,
            Instant stop, long allowed, boolean eventHappened, boolean wantDeadline) {
        Clock c = new Clock();
        long remaining = allowed;
        Status atStop = Status.NEW;
        for (int i = 0, n = segments(t); i < n; i++) {
            Instant from = segmentStart(t, i);
            if (from.isAfter(stop)) {
                break;
            }
            Status status = segmentStatus(t, i);
            atStop = status;
            Instant a = from.isBefore(start) ? start : from;
            Instant b = stop;
            if (i + 1 < n && segmentStart(t, i + 1).isBefore(stop)) {
                b = segmentStart(t, i + 1);
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

    private static int segments(Ticket t) {
        List<StatusChange> h = t.statusHistory();
        return h.isEmpty() ? (t.resolved().isPresent() ? 2 : 1) : h.size() + 1;
    }

    private static Instant segmentStart(Ticket t, int i) {
        List<StatusChange> h = t.statusHistory();
        return i == 0 ? t.created() : h.isEmpty() ? t.resolved().get() : h.get(i - 1).at();
    }

    private static Status segmentStatus(Ticket t, int i) {
        List<StatusChange> h = t.statusHistory();
        return i == 0 ? Status.NEW : h.isEmpty() ? t.status() : h.get(i - 1).to();
    }

    // ---- rendering ----

    /**
     * A plain-text table of SLA compliance per segment: one row per segment and target, then the tickets
     * with no key ({@code (none)}, when there are any) and the total. Compliance is printed as a percentage
     * with its counts, or {@code n/a} when no ticket is decided.
     *
     * <pre>
     * priority  target          compliance          achieved  breached  in progress  paused  n/a
     * HIGH      first_response  75.00% (3/4)               3         1            0       0    0
     * </pre>
     *
     * @param segmented the tally segmented by a dimension, such as {@link TicketDimensions#PRIORITY}
     * @param <K> the key type
     * @return the table, one line per row, each ending in a line feed
     */
    public static <K extends Comparable<? super K>> String table(Segmented<K, SlaTally> segmented) {
        Objects.requireNonNull(segmented, "segmented");
        Map<String, SlaTally> rows = new java.util.LinkedHashMap<>();
        segmented.segments().forEach((k, v) -> rows.put(String.valueOf(k), v));
        if (segmented.absent().sampleSize() > 0) {
            rows.put("(none)", segmented.absent());
        }
        rows.put("total", segmented.total());
        int w = segmented.dimension().length();
        for (String k : rows.keySet()) {
            w = Math.max(w, k.length());
        }
        String format = "%-" + w + "s  %-14s  %-18s  %8s  %8s  %11s  %6s  %4s%n";
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, format, segmented.dimension(), "target", "compliance", "achieved",
                "breached", "in progress", "paused", "n/a"));
        rows.forEach((key, tally) -> {
            for (SlaTarget target : TARGETS) {
                SlaCounts c = tally.counts(target);
                Ratio r = c.compliance();
                String compliance = r.percent().isPresent()
                        ? String.format(Locale.ROOT, "%.2f%% (%d/%d)", r.percent().getAsDouble(), r.numerator(),
                                r.denominator())
                        : "n/a";
                sb.append(String.format(Locale.ROOT, format, key, target.name().toLowerCase(Locale.ROOT),
                        compliance, c.achieved(), c.breached(), c.inProgress(), c.paused(), c.notApplicable()));
            }
        });
        return sb.toString();
    }

    /**
     * The instant that buckets a ticket in a trend of this metric: its creation.
     *
     * @return {@link TicketInstant#CREATED}
     */
    @Override
    public Optional<Function<? super Ticket, Instant>> bucketInstant() {
        return Optional.of(TicketInstant.CREATED);
    }
}
