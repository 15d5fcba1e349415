package io.github.supportkpi.time;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * When a help desk is open: a weekly schedule in a time zone, holidays, and one-off closures and openings.
 * It measures business time ({@link #nanosBetween}), computes deadlines ({@link #deadline}), and tells
 * whether it is open ({@link #isOpen}, {@link #nextOpening}). Immutable and thread-safe.
 *
 * <p>A business calendar is an {@link ElapsedTime}, so every time metric can measure in business time:
 * <pre>{@code
 * BusinessCalendar calendar = BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
 *         .weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0))
 *         .holiday(LocalDate.of(2024, 12, 25))
 *         .build();
 * Duration firstResponse = calendar.between(created, firstReply);
 * Instant due = calendar.deadline(created, Duration.ofHours(8));
 * }</pre>
 *
 * <h2>The open time</h2>
 * <ul>
 *   <li><b>Weekly schedule.</b> Each day of the week has any number of intervals {@code start-end} in
 *       local (wall-clock) time. An interval whose end is before its start is <em>overnight</em>
 *       ({@code 22:00-06:00}): it ends on the next day and belongs to the day it starts on. An interval
 *       ending at {@code 00:00} ends at midnight of the next day. {@link Builder#allDay} opens a whole day.
 *       Intervals may touch but not overlap, also across midnight and from Sunday into Monday.</li>
 *   <li><b>Holidays</b> are dates in the calendar's zone. A holiday cancels the intervals that
 *       <em>belong</em> to that date, including its overnight interval running into the next day; an
 *       overnight interval of the day before, which runs into the holiday, is kept. To close a whole
 *       calendar day regardless of shifts, use {@link Builder#closed(LocalDateTime, LocalDateTime)}.</li>
 *   <li><b>Closures and openings</b> are one-off spans {@code [from, to)}, closed or open whatever the
 *       schedule says. Where a closure and an opening overlap, the closure wins.</li>
 * </ul>
 *
 * <h2>Daylight saving time</h2>
 * Business time is real elapsed time inside open intervals. Each local boundary of an interval becomes an
 * instant: a boundary in the hour that does not exist (spring forward) becomes the instant of the
 * transition; a boundary in the hour that happens twice (fall back) takes the earlier offset, the first
 * pass. So an interval {@code 00:00-06:00} lasts 5 hours on the night the clocks spring forward and
 * 7 hours on the night they fall back (the repeated hour counts once per pass), and every interval
 * occupies the same span of instants however it is reached. A schedule is therefore open for the real
 * time its staff are at work.
 *
 * <h2>Measures</h2>
 * <ul>
 *   <li>{@code nanosBetween(a, b)} is the length of the open time in {@code [a, b)}: additive
 *       ({@code bd(a, c) == bd(a, b) + bd(b, c)}), never more than {@code b - a}; with
 *       {@link #twentyFourSeven} it is calendar time.</li>
 *   <li>{@code deadline(t, d)} is the <em>earliest</em> instant {@code x >= t} with {@code bd(t, x) == d}:
 *       a deadline that is reached exactly as an interval closes is that closing instant, not the next
 *       opening.</li>
 * </ul>
 *
 * <h2>Cost</h2>
 * The open time of a regular week, and of every week's intervals up to any point, is precomputed; the
 * intervals that differ from the regular week (holidays, daylight-saving transitions) are kept as
 * corrections with prefix sums. A measure therefore costs a few binary searches whatever the length of
 * the span, plus one step per closure or opening inside it, and {@link #nanosBetween} allocates nothing.
 *
 * <p>Instants must lie in {@code [1900-01-01T00:00:00Z, 2200-01-01T00:00:00Z]}, where the time-zone
 * rules are tabulated.
 */
public final class BusinessCalendar implements ElapsedTime {
    private static final long DAY = 86_400L * OffsetTable.NANOS_PER_SECOND;
    private static final long WEEK = 7 * DAY;
    /** Monday 2000-01-03, the start of week 0. */
    private static final long ANCHOR_EPOCH_DAY = LocalDate.of(2000, 1, 3).toEpochDay();
    private static final long ANCHOR_LOCAL = ANCHOR_EPOCH_DAY * DAY;

    private final ZoneId zone;
    private final List<Shift> shifts;
    private final long[] holidays;
    private final long[] segmentStart;
    private final long[] segmentEnd;
    private final boolean[] segmentOpen;

    private final OffsetTable table;
    private final int n;
    private final long[] start;
    private final long[] end;
    private final long[] prefix;
    private final int[] firstOfDay;
    private final long weekLength;
    private final long[] correctionIndex;
    private final long[] correctionPrefix;
    /** Open at every instant: whole days all week, no holidays, closures or openings. */
    private final boolean alwaysOpen;

    private BusinessCalendar(ZoneId zone, List<Shift> shifts, long[] holidays, long[] segmentStart,
            long[] segmentEnd, boolean[] segmentOpen, OffsetTable table) {
        this.zone = zone;
        this.shifts = List.copyOf(shifts);
        this.holidays = holidays;
        this.segmentStart = segmentStart;
        this.segmentEnd = segmentEnd;
        this.segmentOpen = segmentOpen;
        this.table = table;
        this.n = shifts.size();
        this.start = new long[n];
        this.end = new long[n];
        this.prefix = new long[n + 1];
        this.firstOfDay = new int[8];
        for (int j = 0; j < n; j++) {
            start[j] = shifts.get(j).startInWeek();
            end[j] = shifts.get(j).endInWeek();
            prefix[j + 1] = prefix[j] + end[j] - start[j];
        }
        this.weekLength = prefix[n];
        this.alwaysOpen = weekLength == 7 * DAY && holidays.length == 0 && segmentStart.length == 0;
        int j = 0;
        for (int d = 0; d < 8; d++) {
            while (j < n && start[j] < d * DAY) {
                j++;
            }
            firstOfDay[d] = j;
        }
        TreeMap<Long, Long> corrections = corrections();
        this.correctionIndex = new long[corrections.size()];
        this.correctionPrefix = new long[corrections.size() + 1];
        int i = 0;
        for (Map.Entry<Long, Long> e : corrections.entrySet()) {
            correctionIndex[i] = e.getKey();
            correctionPrefix[i + 1] = correctionPrefix[i] + e.getValue();
            i++;
        }
    }

    /**
     * A calendar that is always open: business time equals calendar time.
     *
     * @param zone the calendar's time zone
     * @return a calendar open at all times
     */
    public static BusinessCalendar twentyFourSeven(ZoneId zone) {
        Builder b = builder(zone);
        for (DayOfWeek d : DayOfWeek.values()) {
            b.allDay(d);
        }
        return b.build();
    }

    /**
     * A builder of a calendar in a time zone, with no open time yet.
     *
     * @param zone the zone in which the schedule, holidays and local closures are read
     * @return a new builder
     */
    public static Builder builder(ZoneId zone) {
        return new Builder(zone);
    }

    /**
     * The calendar's time zone.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * The intervals of the weekly schedule, in the order of the week from Monday 00:00 (by start, then end).
     * Equal calendars have equal intervals whatever order they were given in.
     *
     * @return an unmodifiable list; empty for a calendar that is never open by its schedule
     */
    public List<Interval> intervals() {
        return shifts.stream().map(s -> new Interval(s.day(), s.start(), s.end(), s.allDay())).toList();
    }

    /**
     * The holidays, in date order; a date given twice is one holiday.
     *
     * @return an unmodifiable sorted set of dates in the calendar's zone
     */
    public SortedSet<LocalDate> holidays() {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (long day : holidays) {
            dates.add(LocalDate.ofEpochDay(day));
        }
        return Collections.unmodifiableSortedSet(dates);
    }

    /**
     * The closed spans, as the calendar keeps them: sorted and disjoint, closures that overlap or touch made
     * one span.
     *
     * @return an unmodifiable list in time order
     */
    public List<Span> closures() {
        return spans(false);
    }

    /**
     * The open spans, as the calendar keeps them: sorted and disjoint, openings that overlap or touch made one
     * span, and without the parts a closure overlaps (closures win).
     *
     * @return an unmodifiable list in time order
     */
    public List<Span> openings() {
        return spans(true);
    }

    private List<Span> spans(boolean open) {
        List<Span> spans = new ArrayList<>();
        for (int s = 0; s < segmentStart.length; s++) {
            if (segmentOpen[s] == open) {
                spans.add(new Span(instant(segmentStart[s]), instant(segmentEnd[s])));
            }
        }
        return Collections.unmodifiableList(spans);
    }

    /**
     * One interval of the weekly schedule, in local time. Immutable and thread-safe.
     *
     * @param day the day the interval starts on
     * @param start the local opening time
     * @param end the local closing time: before {@code start} for an overnight interval, {@code 00:00} for
     *     midnight at the end of the day
     * @param allDay whether the interval is the whole day ({@code start} and {@code end} are then
     *     {@code 00:00})
     */
    public record Interval(DayOfWeek day, LocalTime start, LocalTime end, boolean allDay) {
        /**
         * Validates the fields.
         *
         * @throws NullPointerException if a field is null
         * @throws IllegalArgumentException if a whole day does not run from {@code 00:00} to {@code 00:00}, or
         *     another interval starts and ends at the same time
         */
        public Interval {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            if (allDay && (!start.equals(LocalTime.MIDNIGHT) || !end.equals(LocalTime.MIDNIGHT))) {
                throw new IllegalArgumentException("a whole day must run from 00:00 to 00:00: " + day + " " + start
                        + "-" + end);
            }
            if (!allDay && start.equals(end)) {
                throw new IllegalArgumentException("interval must not be empty: " + day + " " + start + "-" + end);
            }
        }
    }

    /**
     * A span of time {@code [from, to)} closed or opened whatever the schedule says. Immutable and thread-safe.
     *
     * @param from the first instant of the span
     * @param to the end of the span (exclusive), after {@code from}
     */
    public record Span(Instant from, Instant to) {
        /**
         * Validates the fields.
         *
         * @throws NullPointerException if a field is null
         * @throws IllegalArgumentException if {@code to} is not after {@code from}
         */
        public Span {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (!to.isAfter(from)) {
                throw new IllegalArgumentException("to must be after from: " + from + "/" + to);
            }
        }
    }

    /**
     * The business time between two instants: the length of the open time in {@code [start, end)}, in
     * nanoseconds. Additive, and never more than {@code end - start}. Allocates nothing.
     *
     * @param start the earlier instant
     * @param end the later instant, not before {@code start}
     * @return the business time in nanoseconds
     * @throws IllegalArgumentException if {@code end} is before {@code start}, or an instant is outside
     *     {@code [1900-01-01T00:00:00Z, 2200-01-01T00:00:00Z]}
     */
    @Override
    public long nanosBetween(Instant start, Instant end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        ElapsedTime.calendarNanos(start, end);
        long a = nanos(start, "start");
        long b = nanos(end, "end");
        return alwaysOpen ? b - a : open(a, b);
    }

    /**
     * The business time between two instants given in epoch nanoseconds, as
     * {@link #nanosBetween(Instant, Instant)} measures it, without creating {@code Instant}s.
     *
     * @param startEpochNanos the start, nanoseconds since 1970-01-01T00:00:00Z
     * @param endEpochNanos the end, not before the start
     * @return the business time between them, in nanoseconds
     * @throws IllegalArgumentException if the end is before the start, or either is outside the supported range
     */
    @Override
    public long nanosBetween(long startEpochNanos, long endEpochNanos) {
        if (endEpochNanos < startEpochNanos || startEpochNanos < OffsetTable.FIRST_NANOS
                || endEpochNanos > OffsetTable.LAST_NANOS) {
            return nanosBetween(instant(startEpochNanos), instant(endEpochNanos));
        }
        return alwaysOpen ? endEpochNanos - startEpochNanos : open(startEpochNanos, endEpochNanos);
    }

    /**
     * The deadline that is a business duration after an instant: the earliest instant {@code x} not before
     * {@code start} with {@code between(start, x)} equal to {@code businessTime}. A deadline reached exactly
     * as an interval closes is the closing instant; a zero duration gives {@code start}.
     *
     * @param start when the clock starts, such as when a ticket was created
     * @param businessTime the business time allowed, not negative
     * @return the deadline
     * @throws IllegalArgumentException if {@code businessTime} is negative, or the deadline would fall after
     *     {@code 2200-01-01T00:00:00Z} (a calendar that is never open has no deadline), or {@code start} is
     *     outside the supported range
     */
    public Instant deadline(Instant start, Duration businessTime) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(businessTime, "businessTime");
        if (businessTime.isNegative()) {
            throw new IllegalArgumentException("businessTime must not be negative: " + businessTime);
        }
        long d;
        try {
            d = businessTime.toNanos();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("businessTime must be at most about 292 years: " + businessTime, e);
        }
        long x = deadline(nanos(start, "start"), d);
        if (x == Long.MIN_VALUE) {
            throw new IllegalArgumentException("businessTime must be reachable before " + OffsetTable.LAST
                    + " in this calendar: " + businessTime + " after " + start);
        }
        return instant(x);
    }

    /**
     * Whether the calendar is open at an instant. Intervals are closed at their start and open at their end:
     * a 09:00-18:00 calendar is open at 09:00 and closed at 18:00.
     *
     * @param instant the instant
     * @return true if open
     * @throws IllegalArgumentException if the instant is outside the supported range
     */
    public boolean isOpen(Instant instant) {
        long t = nanos(Objects.requireNonNull(instant, "instant"), "instant");
        return t < OffsetTable.LAST_NANOS && open(t, t + 1) == 1;
    }

    /**
     * The first instant, not before the one given, at which the calendar is open: the instant itself when
     * open, otherwise the next opening.
     *
     * @param instant the instant
     * @return the next opening; empty if the calendar does not open again before 2200
     * @throws IllegalArgumentException if the instant is outside the supported range
     */
    public Optional<Instant> nextOpening(Instant instant) {
        long t = nanos(Objects.requireNonNull(instant, "instant"), "instant");
        long x = deadline(t, 1);
        return x == Long.MIN_VALUE ? Optional.empty() : Optional.of(instant(x - 1));
    }

    // ---- open time with closures and openings ----

    private long open(long a, long b) {
        long total = regular(a, b);
        for (int s = firstSegmentEndingAfter(a); s < segmentStart.length && segmentStart[s] < b; s++) {
            long x = Math.max(a, segmentStart[s]);
            long y = Math.min(b, segmentEnd[s]);
            total += (segmentOpen[s] ? y - x : 0) - regular(x, y);
        }
        return total;
    }

    /** The earliest x >= t with open(t, x) == d, or Long.MIN_VALUE if none before the supported end. */
    private long deadline(long t, long d) {
        if (d == 0) {
            return t;
        }
        long cursor = t;
        long remaining = d;
        for (int s = firstSegmentEndingAfter(t); s < segmentStart.length; s++) {
            if (cursor < segmentStart[s]) {
                long available = regular(cursor, segmentStart[s]);
                if (available >= remaining) {
                    return regularDeadline(cursor, remaining);
                }
                remaining -= available;
                cursor = segmentStart[s];
            }
            if (segmentOpen[s]) {
                long available = segmentEnd[s] - cursor;
                if (available >= remaining) {
                    return cursor + remaining;
                }
                remaining -= available;
            }
            cursor = segmentEnd[s];
        }
        return regularDeadline(cursor, remaining);
    }

    private int firstSegmentEndingAfter(long t) {
        int lo = 0;
        int hi = segmentEnd.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (segmentEnd[mid] <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    // ---- the weekly schedule minus holidays ----
    // Instances of the schedule are numbered k = week * n + j; P(k) is the open time of instances before k,
    // relative to instance 0 (the first interval of the week of 2000-01-03).

    private long regular(long a, long b) {
        if (n == 0 || a >= b) {
            return 0;
        }
        long kA = firstEndingAfterInstant(a);
        long kB = firstStartingAtOrAfterInstant(b); // exclusive
        if (kA >= kB) {
            return 0;
        }
        long total = cumulative(kB) - cumulative(kA);
        if (!isHoliday(kA)) {
            long s = table.instantOf(localStart(kA));
            if (s < a) {
                total -= a - s;
            }
        }
        long last = kB - 1;
        if (!isHoliday(last)) {
            long e = table.instantOf(localEnd(last));
            if (e > b) {
                total -= e - b;
            }
        }
        return total;
    }

    private long regularDeadline(long t, long d) {
        if (n == 0) {
            return Long.MIN_VALUE;
        }
        long kA = firstEndingAfterInstant(t);
        long base = cumulative(kA);
        if (!isHoliday(kA)) {
            long s = table.instantOf(localStart(kA));
            if (s < t) {
                base += t - s;
            }
        }
        long hi = firstStartingAtOrAfterLocal(OffsetTable.LAST_NANOS + 3 * DAY);
        if (hi <= kA || cumulative(hi) - base < d) {
            return Long.MIN_VALUE;
        }
        long lo = kA; // find the smallest k in [kA, hi) with cumulative(k + 1) - base >= d
        long top = hi - 1;
        while (lo < top) {
            long mid = lo + (top - lo) / 2;
            if (cumulative(mid + 1) - base >= d) {
                top = mid;
            } else {
                lo = mid + 1;
            }
        }
        long x = table.instantOf(localEnd(lo)) - (cumulative(lo + 1) - base - d);
        return x > OffsetTable.LAST_NANOS ? Long.MIN_VALUE : x;
    }

    private long cumulative(long k) {
        long w = Math.floorDiv(k, n);
        int j = Math.floorMod(k, n);
        int c = countBefore(correctionIndex, k);
        return w * weekLength + prefix[j] + correctionPrefix[c];
    }

    private long localStart(long k) {
        return ANCHOR_LOCAL + Math.floorDiv(k, n) * WEEK + start[Math.floorMod(k, n)];
    }

    private long localEnd(long k) {
        return ANCHOR_LOCAL + Math.floorDiv(k, n) * WEEK + end[Math.floorMod(k, n)];
    }

    private boolean isHoliday(long k) {
        if (holidays.length == 0) {
            return false;
        }
        long day = Math.floorDiv(localStart(k), DAY);
        return Arrays.binarySearch(holidays, day) >= 0;
    }

    /** The first instance whose end instant is after {@code t}. */
    private long firstEndingAfterInstant(long t) {
        // Every instance ending at or before the wall clock at t ends, as an instant, at or before t.
        long k = firstEndingAfterLocal(table.localOf(t));
        while (table.instantOf(localEnd(k)) <= t) {
            k++;
        }
        return k;
    }

    /** The first instance whose start instant is at or after {@code t}. */
    private long firstStartingAtOrAfterInstant(long t) {
        // Instances starting more than the largest offset jump before the wall clock at t start before t.
        long k = firstStartingAtOrAfterLocal(table.localOf(t) - table.maxJumpNanos() - 1);
        while (table.instantOf(localStart(k)) < t) {
            k++;
        }
        return k;
    }

    private long firstEndingAfterLocal(long local) {
        long w = Math.floorDiv(local - ANCHOR_LOCAL, WEEK) - 1;
        for (int step = 0; step < 2; step++, w++) {
            int j = countAtOrBefore(end, local - ANCHOR_LOCAL - w * WEEK);
            if (j < n) {
                return w * n + j;
            }
        }
        return w * n;
    }

    private long firstStartingAtOrAfterLocal(long local) {
        long w = Math.floorDiv(local - ANCHOR_LOCAL, WEEK);
        int j = countBefore(start, local - ANCHOR_LOCAL - w * WEEK);
        return w * n + j;
    }

    /** The number of elements of {@code sorted} that are less than {@code value}. */
    private static int countBefore(long[] sorted, long value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The number of elements of {@code sorted} that are at most {@code value}. */
    private static int countAtOrBefore(long[] sorted, long value) {
        return OffsetTable.lastAtOrBefore(sorted, value) + 1;
    }

    /**
     * Corrections to the regular week, by instance: minus the local length of each holiday instance, and
     * the difference between real and local length of each instance crossing a time-zone transition.
     */
    private TreeMap<Long, Long> corrections() {
        TreeMap<Long, Long> corrections = new TreeMap<>();
        if (n == 0) {
            return corrections;
        }
        for (int i = 0; i < table.size(); i++) {
            long t = table.transitionNanos(i);
            long from = t + Math.min(table.offsetBeforeNanos(i), table.offsetAfterNanos(i));
            long to = t + Math.max(table.offsetBeforeNanos(i), table.offsetAfterNanos(i));
            for (long k = firstEndingAfterLocal(from - 1); localStart(k) <= to; k++) {
                long ls = localStart(k);
                long le = localEnd(k);
                long delta = (table.instantOf(le) - table.instantOf(ls)) - (le - ls);
                if (delta != 0) {
                    corrections.merge(k, delta, Long::sum);
                }
            }
        }
        for (long day : holidays) {
            int dow = Math.floorMod(day - ANCHOR_EPOCH_DAY, 7);
            long w = Math.floorDiv(day - ANCHOR_EPOCH_DAY, 7);
            for (int j = firstOfDay[dow]; j < firstOfDay[dow + 1]; j++) {
                corrections.put(w * n + j, -(end[j] - start[j]));
            }
        }
        return corrections;
    }

    // ---- conversions ----

    private static long nanos(Instant instant, String name) {
        if (instant.isBefore(OffsetTable.FIRST) || instant.isAfter(OffsetTable.LAST)) {
            throw new IllegalArgumentException(name + " must be between " + OffsetTable.FIRST + " and "
                    + OffsetTable.LAST + ": " + instant);
        }
        return instant.getEpochSecond() * OffsetTable.NANOS_PER_SECOND + instant.getNano();
    }

    private static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, OffsetTable.NANOS_PER_SECOND),
                Math.floorMod(nanos, OffsetTable.NANOS_PER_SECOND));
    }

    private static long localNanos(LocalDateTime local) {
        return local.toEpochSecond(ZoneOffset.UTC) * OffsetTable.NANOS_PER_SECOND + local.getNano();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BusinessCalendar other && zone.equals(other.zone) && shifts.equals(other.shifts)
                && Arrays.equals(holidays, other.holidays) && Arrays.equals(segmentStart, other.segmentStart)
                && Arrays.equals(segmentEnd, other.segmentEnd) && Arrays.equals(segmentOpen, other.segmentOpen);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zone, shifts, Arrays.hashCode(holidays), Arrays.hashCode(segmentStart),
                Arrays.hashCode(segmentEnd), Arrays.hashCode(segmentOpen));
    }

    /** The zone, the intervals, the holidays and the closures and openings, for reading. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("BusinessCalendar[").append(zone).append(": ");
        sb.append(shifts.isEmpty() ? "never open" : String.join(", ", shifts.stream().map(Shift::toString).toList()));
        if (holidays.length > 0) {
            sb.append("; holidays ").append(Arrays.stream(holidays).mapToObj(LocalDate::ofEpochDay).toList());
        }
        for (int s = 0; s < segmentStart.length; s++) {
            sb.append(s == 0 ? "; " : ", ").append(segmentOpen[s] ? "open " : "closed ")
                    .append(instant(segmentStart[s])).append('/').append(instant(segmentEnd[s]));
        }
        return sb.append(']').toString();
    }

    /** One interval of the weekly schedule. */
    private record Shift(DayOfWeek day, LocalTime start, LocalTime end, boolean allDay) {
        long startInWeek() {
            return day.ordinal() * DAY + start.toNanoOfDay();
        }

        long endInWeek() {
            if (allDay) {
                return startInWeek() + DAY;
            }
            long e = day.ordinal() * DAY + end.toNanoOfDay();
            return end.isAfter(start) ? e : e + DAY;
        }

        @Override
        public String toString() {
            return day + " " + start + "-" + (allDay ? "24:00" : end.toString());
        }
    }

    /**
     * Builds a {@link BusinessCalendar}. Not thread-safe; {@link #build()} validates the whole schedule.
     *
     * <p>The zone is given once, to {@link BusinessCalendar#builder}; every setter <em>adds</em> to the
     * calendar, and none replaces or changes what was added before:
     * <ul>
     *   <li>intervals accumulate; an interval given twice, or overlapping another, is refused at
     *       {@link #build()}, naming both (a schedule given twice is most likely a mapping bug);</li>
     *   <li>holidays accumulate as a set: a date given twice is one holiday, as the same value set again
     *       (so holiday lists from two sources may share dates);</li>
     *   <li>closures and openings accumulate; overlapping ones of one kind make one span, and where a
     *       closure and an opening overlap the closure wins, whatever the order they were given in.</li>
     * </ul>
     */
    public static final class Builder {
        private final ZoneId zone;
        private final List<Shift> shifts = new ArrayList<>();
        private final TreeSet<LocalDate> holidays = new TreeSet<>();
        private final List<long[]> closed = new ArrayList<>();
        private final List<long[]> opened = new ArrayList<>();
        private OffsetTable table;

        private Builder(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
        }

        private OffsetTable table() {
            if (table == null) {
                table = OffsetTable.of(zone);
            }
            return table;
        }

        /**
         * Adds an interval on a day of the week, in local time. An end before the start makes an overnight
         * interval ({@code 22:00-06:00}) that ends on the next day and belongs to this day; an end of
         * {@code 00:00} is midnight at the end of the day.
         *
         * @param day the day the interval starts on
         * @param start the local opening time
         * @param end the local closing time, not equal to {@code start}
         * @return this builder
         * @throws IllegalArgumentException if {@code start} equals {@code end} (use {@link #allDay} for
         *     24 hours)
         */
        public Builder interval(DayOfWeek day, LocalTime start, LocalTime end) {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            if (start.equals(end)) {
                throw new IllegalArgumentException("interval must not be empty: " + day + " " + start + "-" + end
                        + " (an overnight interval ends before it starts; use allDay for 24 hours)");
            }
            shifts.add(new Shift(day, start, end, false));
            return this;
        }

        /**
         * Adds the same interval on Monday to Friday.
         *
         * @param start the local opening time
         * @param end the local closing time, not equal to {@code start}
         * @return this builder
         * @throws IllegalArgumentException as {@link #interval} does
         */
        public Builder weekdays(LocalTime start, LocalTime end) {
            for (DayOfWeek d : DayOfWeek.values()) {
                if (d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY) {
                    interval(d, start, end);
                }
            }
            return this;
        }

        /**
         * Opens a whole day, from midnight to midnight.
         *
         * @param day the day
         * @return this builder
         */
        public Builder allDay(DayOfWeek day) {
            shifts.add(new Shift(Objects.requireNonNull(day, "day"), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, true));
            return this;
        }

        /**
         * Adds a holiday: the intervals that belong to this date (start on it) are cancelled. A date given
         * twice is one holiday.
         *
         * @param date the date, in the calendar's zone
         * @return this builder
         */
        public Builder holiday(LocalDate date) {
            holidays.add(Objects.requireNonNull(date, "date"));
            return this;
        }

        /**
         * Adds holidays; dates already given, or given twice, are one holiday each.
         *
         * @param dates the dates, in the calendar's zone
         * @return this builder
         */
        public Builder holidays(Collection<LocalDate> dates) {
            Objects.requireNonNull(dates, "dates").forEach(this::holiday);
            return this;
        }

        /**
         * Closes a span of time, whatever the schedule says. Closures win over openings.
         *
         * @param from the first closed instant
         * @param to the end of the closure (exclusive), after {@code from}
         * @return this builder
         * @throws IllegalArgumentException if {@code to} is not after {@code from}, or an instant is outside
         *     the supported range
         */
        public Builder closed(Instant from, Instant to) {
            closed.add(span(from, to));
            return this;
        }

        /**
         * Closes a span of local time in the calendar's zone, such as 2024-12-24 12:00 to 18:00.
         *
         * @param from the first closed local date-time
         * @param to the end of the closure (exclusive), after {@code from}
         * @return this builder
         * @throws IllegalArgumentException if {@code to} is not after {@code from}
         */
        public Builder closed(LocalDateTime from, LocalDateTime to) {
            closed.add(localSpan(from, to));
            return this;
        }

        /**
         * Opens a span of time, whatever the schedule says, such as an extra Saturday.
         *
         * @param from the first open instant
         * @param to the end of the opening (exclusive), after {@code from}
         * @return this builder
         * @throws IllegalArgumentException if {@code to} is not after {@code from}, or an instant is outside
         *     the supported range
         */
        public Builder open(Instant from, Instant to) {
            opened.add(span(from, to));
            return this;
        }

        /**
         * Opens a span of local time in the calendar's zone.
         *
         * @param from the first open local date-time
         * @param to the end of the opening (exclusive), after {@code from}
         * @return this builder
         * @throws IllegalArgumentException if {@code to} is not after {@code from}
         */
        public Builder open(LocalDateTime from, LocalDateTime to) {
            opened.add(localSpan(from, to));
            return this;
        }

        private static long[] span(Instant from, Instant to) {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (!to.isAfter(from)) {
                throw new IllegalArgumentException("to must be after from: " + from + "/" + to);
            }
            return new long[] {nanos(from, "from"), nanos(to, "to")};
        }

        private long[] localSpan(LocalDateTime from, LocalDateTime to) {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (!to.isAfter(from)) {
                throw new IllegalArgumentException("to must be after from: " + from + "/" + to);
            }
            long f = table().instantOf(localNanos(from));
            long t = table().instantOf(localNanos(to));
            if (f < OffsetTable.FIRST_NANOS || t > OffsetTable.LAST_NANOS) {
                throw new IllegalArgumentException("from and to must be between " + OffsetTable.FIRST + " and "
                        + OffsetTable.LAST + ": " + from + "/" + to);
            }
            return new long[] {f, t};
        }

        /**
         * The calendar.
         *
         * @return a new calendar
         * @throws IllegalArgumentException if two intervals overlap, naming both, or an interval was given twice
         */
        public BusinessCalendar build() {
            List<Shift> sorted = new ArrayList<>(shifts);
            sorted.sort(Comparator.comparingLong(Shift::startInWeek).thenComparingLong(Shift::endInWeek));
            for (int j = 0; j + 1 < sorted.size(); j++) {
                Shift a = sorted.get(j);
                Shift b = sorted.get(j + 1);
                if (a.equals(b)) {
                    throw new IllegalArgumentException("intervals must not overlap: " + a + " twice");
                }
                if (a.endInWeek() > b.startInWeek()) {
                    throw new IllegalArgumentException("intervals must not overlap: " + a + " and " + b);
                }
            }
            if (sorted.size() > 1) {
                Shift last = sorted.get(sorted.size() - 1);
                Shift first = sorted.get(0);
                if (last.endInWeek() - WEEK > first.startInWeek()) {
                    throw new IllegalArgumentException("intervals must not overlap: " + last + " and " + first);
                }
            }
            long[] days = holidays.stream().mapToLong(LocalDate::toEpochDay).toArray();
            List<long[]> segments = segments(closed, opened);
            long[] s = new long[segments.size()];
            long[] e = new long[segments.size()];
            boolean[] o = new boolean[segments.size()];
            for (int i = 0; i < segments.size(); i++) {
                s[i] = segments.get(i)[0];
                e[i] = segments.get(i)[1];
                o[i] = segments.get(i)[2] == 1;
            }
            return new BusinessCalendar(zone, sorted, days, s, e, o, table());
        }

        /**
         * Disjoint, sorted spans {from, to, open ? 1 : 0}; closures win; neighbours of one kind merged. One sweep
         * over the sorted ends, so {@code n log n} in the spans given: many closures build quickly.
         */
        private static List<long[]> segments(List<long[]> closed, List<long[]> opened) {
            long[] closedFrom = ends(closed, 0);
            long[] closedTo = ends(closed, 1);
            long[] openFrom = ends(opened, 0);
            long[] openTo = ends(opened, 1);
            long[] points = new long[2 * (closed.size() + opened.size())];
            System.arraycopy(closedFrom, 0, points, 0, closedFrom.length);
            System.arraycopy(closedTo, 0, points, closedFrom.length, closedTo.length);
            System.arraycopy(openFrom, 0, points, 2 * closedFrom.length, openFrom.length);
            System.arraycopy(openTo, 0, points, 2 * closedFrom.length + openFrom.length, openTo.length);
            Arrays.sort(points);
            List<long[]> result = new ArrayList<>();
            int cf = 0;
            int ct = 0;
            int of = 0;
            int ot = 0;
            for (int i = 0; i < points.length; i++) {
                long p = points[i];
                if (i > 0 && p == points[i - 1]) {
                    continue;
                }
                // the spans covering [p, next point): started at or before p, not ended at or before p
                while (cf < closedFrom.length && closedFrom[cf] <= p) {
                    cf++;
                }
                while (ct < closedTo.length && closedTo[ct] <= p) {
                    ct++;
                }
                while (of < openFrom.length && openFrom[of] <= p) {
                    of++;
                }
                while (ot < openTo.length && openTo[ot] <= p) {
                    ot++;
                }
                int next = i + 1;
                while (next < points.length && points[next] == p) {
                    next++;
                }
                if (next == points.length) {
                    break;
                }
                int state = cf > ct ? 0 : of > ot ? 1 : -1;
                if (state >= 0) {
                    long[] last = result.isEmpty() ? null : result.get(result.size() - 1);
                    if (last != null && last[1] == p && last[2] == state) {
                        last[1] = points[next];
                    } else {
                        result.add(new long[] {p, points[next], state});
                    }
                }
            }
            return result;
        }

        /** The {@code i}-th end of every span, sorted. */
        private static long[] ends(List<long[]> spans, int i) {
            long[] out = new long[spans.size()];
            for (int j = 0; j < out.length; j++) {
                out[j] = spans.get(j)[i];
            }
            Arrays.sort(out);
            return out;
        }
    }
}
