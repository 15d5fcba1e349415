package io.github.supportkpi.domain;

import io.github.supportkpi.time.ElapsedTime;
import java.time.Instant;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;

/**
 * A ticket's status over time: the one reading of its status history that every metric shares, obtained
 * from {@link Ticket#timeline()}. Immutable and thread-safe; built once with its ticket, and no accessor
 * allocates (segments are read by index, never as lists of new objects).
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
    private final Instant created;
    private final List<StatusChange> changes;
    private final Status status;
    private final Instant resolved;
    private final List<Interaction> interactions;
    private final Instant firstResponse;
    private final int segments;
    private final int reopens;
    private final int firstResolutionSegment;
    private final int finalResolutionSegment;
    private final Optional<Instant> firstResolution;
    private final Optional<Instant> finalResolution;
    private final History history;

    /**
     * The timeline of a ticket's validated fields: the history in time order and not before {@code created},
     * {@code resolved} present exactly when {@code status} is resolved, interactions in time order.
     */
    StatusTimeline(Instant created, List<StatusChange> changes, Status status, Optional<Instant> resolved,
            List<Interaction> interactions, Optional<Instant> firstResponse) {
        this.created = created;
        this.changes = List.copyOf(changes);
        this.status = status;
        this.resolved = resolved.orElse(null);
        this.interactions = interactions;
        this.firstResponse = firstResponse.orElse(null);
        this.segments = this.changes.isEmpty() ? (this.resolved != null ? 2 : 1) : this.changes.size() + 1;
        int first = -1;
        for (int i = 1; i < segments && first < 0; i++) {
            if (segmentStatus(i).isResolved()) {
                first = i;
            }
        }
        this.reopens = countReopens(this.changes);
        this.firstResolutionSegment = first;
        this.finalResolutionSegment = runStart(segments - 1);
        this.firstResolution = first < 0 ? Optional.empty() : Optional.of(segmentStart(first));
        this.finalResolution = finalResolutionSegment < 0 ? Optional.empty()
                : Optional.of(segmentStart(finalResolutionSegment));
        this.history = new History(this);
    }

    /** The status history as the ticket keeps it: an immutable list that knows its timeline. */
    List<StatusChange> history() {
        return history;
    }

    /**
     * The timeline of a ticket's status history, as the ticket keeps it.
     *
     * @param statusHistory a ticket's {@link Ticket#statusHistory()}
     * @return its timeline
     */
    static StatusTimeline of(List<StatusChange> statusHistory) {
        return ((History) statusHistory).timeline;
    }

    /**
     * The reopens in a status history: moves from a resolved status kind to an unresolved one, the history
     * starting in NEW.
     *
     * @param history the status changes in time order
     * @return the number of reopens; 0 without a history
     */
    static int countReopens(List<StatusChange> history) {
        int reopens = 0;
        boolean wasResolved = false;
        for (int i = 0, n = history.size(); i < n; i++) {
            boolean isResolved = history.get(i).to().isResolved();
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
        return !changes.isEmpty();
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
        return segments;
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
        checkSegment(segment);
        return segment == 0 ? created : changes.isEmpty() ? resolved : changes.get(segment - 1).at();
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
        return segment == 0 ? Status.NEW : changes.isEmpty() ? status : changes.get(segment - 1).to();
    }

    private void checkSegment(int segment) {
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
        Objects.requireNonNull(at, "at");
        int found = -1;
        for (int i = 0; i < segments; i++) {
            if (segmentStart(i).isAfter(at)) {
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
            throw new IllegalArgumentException("at must not be before created: created " + created + ", at " + at);
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
        for (int i = 0; i < segments; i++) {
            Instant start = segmentStart(i);
            if (!start.isBefore(to)) {
                break;
            }
            Instant end = to;
            if (i + 1 < segments && segmentStart(i + 1).isBefore(to)) {
                end = segmentStart(i + 1);
            }
            Instant a = start.isBefore(from) ? from : start;
            if (end.isAfter(a) && statuses.contains(segmentStatus(i))) {
                total = Math.addExact(total, time.nanosBetween(a, end));
            }
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
            return firstResolutionSegment >= 0 && !segmentStart(firstResolutionSegment).isAfter(asOf)
                    ? firstResolutionSegment : -1;
        }
        int i = segmentAt(asOf);
        return i < 0 ? -1 : runStart(i);
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
     * When the ticket was resolved, over the whole timeline. Allocates nothing.
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
        return Objects.requireNonNull(point, "point") == ResolutionPoint.FIRST ? firstResolution : finalResolution;
    }

    /**
     * The reopens: moves from a resolved segment (SOLVED, CLOSED) to an unresolved one.
     *
     * @return the number of reopens; {@link Ticket#reopenCount()} for a recorded timeline, 0 for an implied one
     */
    public int reopens() {
        return reopens;
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
        Objects.requireNonNull(at, "at");
        Instant last = created;
        for (int i = 0, n = interactions.size(); i < n; i++) {
            Instant x = interactions.get(i).at();
            if (x.isAfter(at)) {
                break; // in time order
            }
            last = x.isAfter(last) ? x : last;
        }
        for (int i = 0, n = changes.size(); i < n; i++) {
            Instant x = changes.get(i).at();
            if (x.isAfter(at)) {
                break; // in time order
            }
            last = x.isAfter(last) ? x : last;
        }
        if (firstResponse != null && !firstResponse.isAfter(at) && firstResponse.isAfter(last)) {
            last = firstResponse;
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
        return o instanceof StatusTimeline other && created.equals(other.created) && changes.equals(other.changes)
                && status == other.status && Objects.equals(resolved, other.resolved)
                && interactions.equals(other.interactions) && Objects.equals(firstResponse, other.firstResponse);
    }

    @Override
    public int hashCode() {
        return Objects.hash(created, changes, status, resolved, interactions, firstResponse);
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
        for (int i = 0; i < segments; i++) {
            sb.append(i == 0 ? "" : ", ").append(segmentStatus(i)).append(" from ").append(segmentStart(i));
        }
        return sb.append(']').toString();
    }

    /** The status changes of a ticket, immutable, holding the timeline built from them. */
    private static final class History extends AbstractList<StatusChange> implements RandomAccess {
        private final StatusTimeline timeline;

        History(StatusTimeline timeline) {
            this.timeline = timeline;
        }

        @Override
        public StatusChange get(int index) {
            return timeline.changes.get(index);
        }

        @Override
        public int size() {
            return timeline.changes.size();
        }
    }
}
