package io.github.supportkpi.domain;

import io.github.supportkpi.time.ElapsedTime;
import java.time.Instant;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;

/**
 * A ticket's status over time: the one reading of its status history that every metric shares, obtained
 * from {@link Ticket#timeline()}. Immutable and thread-safe: a light view of its ticket, whose facts (the
 * segments, the first and final resolution, the reopens) are found once, with the ticket, so that no
 * accessor walks the history to answer. Segments are read by index, never as lists of new objects.
 *
 * <h2>Segments</h2>
 * The timeline is a sequence of segments, indexed from 0 to {@link #segmentCount()} - 1, each a status from
 * its start until the start of the next; the last one runs on without end. Starts are in time order and may
 * be equal: a segment may be empty.
 * <ul>
 *   <li>Segment 0 is {@link Status#NEW} from {@link Ticket#created()}.</li>
 *   <li><b>Recorded</b> ({@link #isRecorded()}): with a status history, segment {@code i} (from 1) is the
 *       {@code i}-th {@link StatusChange}, its status from its instant. A first change at the creation instant
 *       leaves segment 0 empty.</li>
 *   <li><b>Implied</b>: without a status history the ticket is taken to be in NEW from its creation and, if
 *       it is resolved, in its current status (SOLVED or CLOSED) from {@link Ticket#resolved()}. It is never
 *       in PENDING or ON_HOLD, and only its latest resolution is known: one that was resolved, reopened and
 *       resolved again is unresolved until its final resolution; one reopened and open now is unresolved
 *       over its whole life.</li>
 * </ul>
 * <p>The status <b>in force</b> at an instant is that of the last segment starting at or before it, so a
 * change exactly at the instant is in force. Before the creation no status is in force.
 *
 * <h2>Resolutions and reopens</h2>
 * <ul>
 *   <li>{@link ResolutionPoint#FIRST}: the start of the first segment in a resolved status (SOLVED,
 *       CLOSED); for an implied timeline, {@link Ticket#resolved()}.</li>
 *   <li>{@link ResolutionPoint#FINAL}: the start of the last run of consecutive resolved segments, when the
 *       ticket is resolved at the end (or at the instant asked about). For an implied timeline it is
 *       {@link Ticket#resolved()}; from a recorded history it is read from the history (a SOLVED then CLOSED
 *       run is resolved from the SOLVED change).</li>
 *   <li>A <b>reopen</b> is a move from a resolved segment to an unresolved one. A recorded timeline has
 *       {@link Ticket#reopenCount()} reopens (the ticket validates it); an implied one has none.</li>
 * </ul>
 */
public final class StatusTimeline {
    private final Ticket ticket;
    /** The recorded history; null for an implied timeline. */
    private final History history;

    StatusTimeline(Ticket ticket, History history) {
        this.ticket = ticket;
        this.history = history;
    }

    /**
     * The reopens in a status history: moves from a resolved status kind to an unresolved one, the history
     * starting in NEW.
     *
     * @param history the status changes in time order
     * @return the number of reopens; 0 without a history
     * @throws NullPointerException if a change is null
     */
    static int countReopens(List<StatusChange> history) {
        int reopens = 0;
        boolean wasResolved = false;
        for (int i = 0, n = history.size(); i < n; i++) {
            boolean isResolved = Objects.requireNonNull(history.get(i), "status change").to().isResolved();
            if (wasResolved && !isResolved) {
                reopens++;
            }
            wasResolved = isResolved;
        }
        return reopens;
    }

    /**
     * Whether the timeline is the ticket's recorded status history, rather than implied from its creation
     * and resolution (see the class description).
     *
     * @return true when the ticket has a status history
     */
    public boolean isRecorded() {
        return history != null;
    }

    /**
     * The number of segments.
     * <ul>
     *   <li>Recorded: one more than the status changes (segment 0, NEW from the creation, comes first).</li>
     *   <li>Implied: 2 for a resolved ticket, 1 otherwise.</li>
     * </ul>
     *
     * @return the number of segments, at least 1
     */
    public int segmentCount() {
        return history != null ? history.size() + 1 : ticket.resolvedNanos() != Ticket.ABSENT_NANOS ? 2 : 1;
    }

    /**
     * The instant a segment starts.
     *
     * @param segment the index, in {@code [0, segmentCount())}
     * @return the creation for segment 0; else the instant of its status change, or the resolution of an
     *     implied timeline
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public Instant segmentStart(int segment) {
        return Nanos.instant(segmentStartNanos(segment));
    }

    /**
     * {@link #segmentStart(int)} in epoch nanoseconds, without creating an {@code Instant}.
     *
     * @param segment the segment, from 0
     * @return when the segment starts, in nanoseconds since 1970-01-01T00:00:00Z
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public long segmentStartNanos(int segment) {
        checkSegment(segment);
        return segment == 0 ? ticket.createdNanos() : history == null ? ticket.resolvedNanos() : history.at[segment - 1];
    }

    /**
     * The status of a segment.
     *
     * @param segment the index, in {@code [0, segmentCount())}
     * @return NEW for segment 0; else the status of its change, or the ticket's status for the resolution of
     *     an implied timeline
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public Status segmentStatus(int segment) {
        checkSegment(segment);
        return segment == 0 ? Status.NEW : history == null ? ticket.status() : history.status(segment - 1);
    }

    private void checkSegment(int segment) {
        int segments = segmentCount();
        if (segment < 0 || segment >= segments) {
            throw new IndexOutOfBoundsException("segment must be in [0, " + segments + "): " + segment);
        }
    }

    /**
     * The segment in force at an instant: the last one starting at or before it.
     *
     * @param at the instant
     * @return its index; -1 when {@code at} is before the creation
     */
    public int segmentAt(Instant at) {
        return segmentAtNanos(Nanos.saturated(Objects.requireNonNull(at, "at")));
    }

    /** {@link #segmentAt(Instant)} of an instant in epoch nanoseconds. */
    int segmentAtNanos(long at) {
        int found = -1;
        for (int i = 0, segments = segmentCount(); i < segments; i++) {
            if (segmentStartNanos(i) > at) {
                break;
            }
            found = i;
        }
        return found;
    }

    /**
     * The status in force at an instant: that of the last segment starting at or before it (a change exactly
     * at the instant is in force).
     *
     * @param at the instant, not before the creation
     * @return the status in force
     * @throws IllegalArgumentException if {@code at} is before the creation
     */
    public Status statusAt(Instant at) {
        int i = segmentAt(at);
        if (i < 0) {
            throw new IllegalArgumentException("at must not be before created: created " + ticket.created() + ", at "
                    + at);
        }
        return segmentStatus(i);
    }

    /**
     * The time spent in some statuses between two instants, measured segment by segment: each segment's part
     * of {@code [from, to]} whose status is one of {@code statuses} is measured with {@code time} and summed.
     * <ul>
     *   <li>Time before the creation is in no status, and counts for no set of statuses.</li>
     *   <li>The last segment runs on to {@code to}, so a set and its complement together measure the time
     *       from {@code max(from, created)} to {@code to} (with an additive {@code time}).</li>
     *   <li>Empty segments and {@code from == to} measure zero.</li>
     * </ul>
     *
     * @param statuses the statuses whose time counts; may be empty (zero)
     * @param from the start of the span
     * @param to the end of the span, not before {@code from}
     * @param time how elapsed time is measured, such as {@link ElapsedTime#CALENDAR}
     * @return the time in nanoseconds, never negative
     * @throws IllegalArgumentException if {@code to} is before {@code from}, or as {@code time} throws
     * @throws ArithmeticException if the sum overflows a {@code long}
     */
    public long nanosIn(Set<Status> statuses, Instant from, Instant to, ElapsedTime time) {
        Objects.requireNonNull(statuses, "statuses");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(time, "time");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to must not be before from: from " + from + ", to " + to);
        }
        long total = 0;
        int segments = segmentCount();
        Instant start = segmentStart(0);
        for (int i = 0; i < segments; i++) {
            if (!start.isBefore(to)) {
                break;
            }
            Instant next = i + 1 < segments ? segmentStart(i + 1) : null;
            Instant end = next != null && next.isBefore(to) ? next : to;
            Instant a = start.isBefore(from) ? from : start;
            if (end.isAfter(a) && statuses.contains(segmentStatus(i))) {
                total = Math.addExact(total, time.nanosBetween(a, end));
            }
            start = next;
        }
        return total;
    }

    /**
     * The segment at which the ticket was resolved, as of an instant; see the class description.
     * <ul>
     *   <li>{@link ResolutionPoint#FIRST}: the first resolved segment, if it starts at or before {@code asOf}
     *       (the ticket may have been reopened since).</li>
     *   <li>{@link ResolutionPoint#FINAL}: the start of the run of resolved segments in force at
     *       {@code asOf}; -1 when the ticket is unresolved at {@code asOf}.</li>
     * </ul>
     *
     * @param point the first or the final resolution
     * @param asOf the instant; events after it have not happened yet
     * @return the index of the segment; -1 when there is none
     */
    public int resolutionSegment(ResolutionPoint point, Instant asOf) {
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(asOf, "asOf");
        if (point == ResolutionPoint.FIRST) {
            int first = resolutionSegment(ResolutionPoint.FIRST);
            return first >= 0 && !segmentStart(first).isAfter(asOf) ? first : -1;
        }
        int i = segmentAt(asOf);
        return i < 0 ? -1 : runStart(i);
    }

    /**
     * The segment of the first or final resolution over the whole timeline, found with the ticket.
     *
     * @return the index, or -1 when there is none
     */
    int resolutionSegment(ResolutionPoint point) {
        if (history != null) {
            return point == ResolutionPoint.FIRST ? history.firstResolutionSegment : history.finalResolutionSegment;
        }
        return ticket.resolvedNanos() != Ticket.ABSENT_NANOS ? 1 : -1;
    }

    /** The first segment of the run of resolved segments that {@code segment} ends, or -1 if it is unresolved. */
    private int runStart(int segment) {
        if (!segmentStatus(segment).isResolved()) {
            return -1;
        }
        int start = segment;
        while (start > 0 && segmentStatus(start - 1).isResolved()) {
            start--;
        }
        return start;
    }

    /**
     * When the ticket was resolved, as of an instant: the start of {@link #resolutionSegment}.
     *
     * @param point the first or the final resolution
     * @param asOf the instant; events after it have not happened yet
     * @return the instant; empty when there is no such resolution by (FIRST) or at (FINAL) {@code asOf}
     */
    public Optional<Instant> resolution(ResolutionPoint point, Instant asOf) {
        int i = resolutionSegment(point, asOf);
        return i < 0 ? Optional.empty() : Optional.of(segmentStart(i));
    }

    /**
     * When the ticket was resolved, over the whole timeline. Walks nothing: the resolutions are found with
     * the ticket.
     * <ul>
     *   <li>{@link ResolutionPoint#FIRST}: the start of the first resolved segment; empty if the ticket was
     *       never resolved.</li>
     *   <li>{@link ResolutionPoint#FINAL}: the start of the last run of resolved segments; empty if the ticket
     *       is not resolved now.</li>
     *   <li>Implied timeline: both are {@link Ticket#resolved()}.</li>
     * </ul>
     *
     * @param point the first or the final resolution
     * @return the instant, or empty
     */
    public Optional<Instant> resolution(ResolutionPoint point) {
        return Optional.ofNullable(Nanos.instantOrNull(resolutionNanos(point)));
    }

    /**
     * {@link #resolution(ResolutionPoint)} in epoch nanoseconds.
     *
     * @return the instant, or {@link Ticket#ABSENT_NANOS}
     */
    long resolutionNanos(ResolutionPoint point) {
        int i = resolutionSegment(Objects.requireNonNull(point, "point"));
        return i < 0 ? Ticket.ABSENT_NANOS : segmentStartNanos(i);
    }

    /**
     * The reopens: moves from a resolved segment (SOLVED, CLOSED) to an unresolved one.
     *
     * @return the number of reopens; {@link Ticket#reopenCount()} for a recorded timeline, 0 for an implied one
     */
    public int reopens() {
        return history == null ? 0 : history.reopens;
    }

    /**
     * The last update of the ticket at an instant: the latest of its creation, its interactions (of any kind:
     * message, reply, note, call), its status changes and its recorded first response at or before the
     * instant. The resolution of an implied timeline is not a status change and is not an update.
     *
     * @param at the instant, normally not before the creation
     * @return the last update, not after {@code at}; the creation when {@code at} is before it
     */
    public Instant lastUpdate(Instant at) {
        return Nanos.instant(lastUpdateNanos(Nanos.saturated(Objects.requireNonNull(at, "at"))));
    }

    /** {@link #lastUpdate(Instant)} of an instant in epoch nanoseconds. */
    long lastUpdateNanos(long at) {
        long last = ticket.createdNanos();
        for (int i = 0, n = ticket.interactionCount(); i < n; i++) {
            long x = ticket.interactionAtNanos(i);
            if (x > at) {
                break; // in time order
            }
            last = Math.max(last, x);
        }
        for (int i = 0, n = history == null ? 0 : history.size(); i < n; i++) {
            long x = history.at[i];
            if (x > at) {
                break; // in time order
            }
            last = Math.max(last, x);
        }
        long firstResponse = ticket.firstResponseNanos();
        if (firstResponse != Ticket.ABSENT_NANOS && firstResponse <= at) {
            last = Math.max(last, firstResponse);
        }
        return last;
    }

    /**
     * Equal when built from equal ticket fields: creation, status history, status, resolution, interactions
     * and recorded first response.
     *
     * @param o the other object
     * @return true when equal
     */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof StatusTimeline)) {
            return false;
        }
        StatusTimeline other = (StatusTimeline) o;
        Ticket t = ticket;
        Ticket u = other.ticket;
        return t.createdNanos() == u.createdNanos() && Objects.equals(history, other.history)
                && t.status() == u.status() && t.resolvedNanos() == u.resolvedNanos()
                && t.firstResponseNanos() == u.firstResponseNanos() && t.interactions().equals(u.interactions());
    }

    @Override
    public int hashCode() {
        int h = Long.hashCode(ticket.createdNanos());
        h = 31 * h + Objects.hashCode(history);
        h = 31 * h + ticket.status().ordinal();
        h = 31 * h + Long.hashCode(ticket.resolvedNanos());
        h = 31 * h + ticket.interactions().hashCode();
        return 31 * h + Long.hashCode(ticket.firstResponseNanos());
    }

    /**
     * The segments, such as {@code StatusTimeline[implied: NEW from 2024-03-04T09:00:00Z, SOLVED from
     * 2024-03-04T12:00:00Z]}.
     *
     * @return a readable form
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("StatusTimeline[").append(isRecorded() ? "recorded: " : "implied: ");
        for (int i = 0, segments = segmentCount(); i < segments; i++) {
            sb.append(i == 0 ? "" : ", ").append(segmentStatus(i)).append(" from ").append(segmentStart(i));
        }
        return sb.append(']').toString();
    }

    /**
     * A ticket's recorded status history, immutable, in primitive form, with the facts of its timeline found
     * once: the first and final resolution segments and the reopens. It is the list the ticket gives as
     * {@link Ticket#statusHistory()}; each element is made when it is read.
     */
    static final class History extends AbstractList<StatusChange> implements RandomAccess {
        private final long[] at;
        private final byte[] to;
        /** The source names, or null when no change has one. */
        private final String[] sourceNames;
        /** The agents, or null when no change has one. */
        private final String[] agentIds;
        final int reopens;
        final int firstResolutionSegment;
        final int finalResolutionSegment;

        /** The history of validated changes, in time order; not empty. */
        History(StatusChange[] changes) {
            int n = changes.length;
            at = new long[n];
            to = new byte[n];
            String[] names = null;
            String[] agents = null;
            int reopenCount = 0;
            int first = -1;
            boolean wasResolved = false;
            for (int i = 0; i < n; i++) {
                StatusChange c = changes[i];
                at[i] = c.atNanos();
                to[i] = StatusChange.ordinalOf(c.to());
                if (c.sourceNameOrNull() != null) {
                    names = names == null ? new String[n] : names;
                    names[i] = c.sourceNameOrNull();
                }
                if (c.agentIdOrNull() != null) {
                    agents = agents == null ? new String[n] : agents;
                    agents[i] = c.agentIdOrNull();
                }
                boolean isResolved = c.to().isResolved();
                if (wasResolved && !isResolved) {
                    reopenCount++;
                }
                if (isResolved && first < 0) {
                    first = i + 1;
                }
                wasResolved = isResolved;
            }
            int fin = -1;
            for (int segment = n; segment >= 1 && status(segment - 1).isResolved(); segment--) {
                fin = segment;
            }
            sourceNames = names;
            agentIds = agents;
            reopens = reopenCount;
            firstResolutionSegment = first;
            finalResolutionSegment = fin;
        }

        /** The status of the change at an index. */
        Status status(int index) {
            return StatusChange.status(to[index]);
        }

        /** The instant of the change at an index, in epoch nanoseconds. */
        long atNanos(int index) {
            return at[index];
        }

        @Override
        public StatusChange get(int index) {
            Objects.checkIndex(index, at.length);
            return new StatusChange(at[index], status(index), sourceNames == null ? null : sourceNames[index],
                    agentIds == null ? null : agentIds[index]);
        }

        @Override
        public int size() {
            return at.length;
        }

        @Override
        public boolean equals(Object o) {
            if (o instanceof History other) {
                return Arrays.equals(at, other.at) && Arrays.equals(to, other.to)
                        && Arrays.equals(sourceNames, other.sourceNames) && Arrays.equals(agentIds, other.agentIds);
            }
            return super.equals(o);
        }

        @Override
        public int hashCode() {
            return super.hashCode();
        }
    }
}
