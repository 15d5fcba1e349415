package io.github.supportkpi.time;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The offset transitions of a zone between {@link #FIRST} and {@link #LAST}, as arrays of nanoseconds, so
 * that converting between instants and local date-times allocates nothing. Immutable and thread-safe.
 *
 * <p>Instants and local date-times are {@code long} nanoseconds since the epoch (local ones as if the
 * local date-time were in UTC). Local to instant is {@link #instantOf}: a local time in a gap (spring
 * forward) maps to the instant of the transition; a local time in an overlap (fall back) takes the
 * earlier offset. The mapping is non-decreasing, so disjoint local intervals map to disjoint instant
 * intervals.
 */
final class OffsetTable {
    static final long NANOS_PER_SECOND = 1_000_000_000L;
    /** The first instant supported, 1900-01-01T00:00:00Z. */
    static final Instant FIRST = Instant.parse("1900-01-01T00:00:00Z");
    /** The end of the instants supported, 2200-01-01T00:00:00Z (exclusive). */
    static final Instant LAST = Instant.parse("2200-01-01T00:00:00Z");
    static final long FIRST_NANOS = FIRST.getEpochSecond() * NANOS_PER_SECOND;
    static final long LAST_NANOS = LAST.getEpochSecond() * NANOS_PER_SECOND;

    /** Transitions are tabulated a little beyond the supported range, for the schedule's look-around. */
    private static final long MARGIN_SECONDS = 40L * 86_400L;

    private final long[] transitionNanos;
    private final long[] localBeforeNanos;
    private final long[] offsetBeforeNanos;
    private final long[] offsetAfterNanos;
    private final long initialOffsetNanos;
    private final long maxJumpNanos;

    private static final ConcurrentMap<ZoneRules, OffsetTable> CACHE = new ConcurrentHashMap<>();

    /** The table of a zone's current rules; tables are shared, since building one walks 300 years of rules. */
    static OffsetTable of(ZoneId zone) {
        return CACHE.computeIfAbsent(zone.getRules(), OffsetTable::new);
    }

    private OffsetTable(ZoneRules rules) {
        Instant from = FIRST.minusSeconds(MARGIN_SECONDS);
        Instant to = LAST.plusSeconds(MARGIN_SECONDS);
        List<ZoneOffsetTransition> transitions = new ArrayList<>();
        ZoneOffsetTransition t = rules.nextTransition(from);
        while (t != null && t.getInstant().isBefore(to)) {
            transitions.add(t);
            t = rules.nextTransition(t.getInstant());
        }
        int n = transitions.size();
        transitionNanos = new long[n];
        localBeforeNanos = new long[n];
        offsetBeforeNanos = new long[n];
        offsetAfterNanos = new long[n];
        long maxJump = 0;
        for (int i = 0; i < n; i++) {
            ZoneOffsetTransition tr = transitions.get(i);
            transitionNanos[i] = tr.getInstant().getEpochSecond() * NANOS_PER_SECOND;
            offsetBeforeNanos[i] = seconds(tr.getOffsetBefore());
            offsetAfterNanos[i] = seconds(tr.getOffsetAfter());
            localBeforeNanos[i] = transitionNanos[i] + offsetBeforeNanos[i];
            maxJump = Math.max(maxJump, Math.abs(offsetAfterNanos[i] - offsetBeforeNanos[i]));
        }
        initialOffsetNanos = seconds(rules.getOffset(from));
        maxJumpNanos = maxJump;
    }

    private static long seconds(ZoneOffset offset) {
        return offset.getTotalSeconds() * NANOS_PER_SECOND;
    }

    /** The largest change of offset at one transition, in nanoseconds; zero without transitions. */
    long maxJumpNanos() {
        return maxJumpNanos;
    }

    int size() {
        return transitionNanos.length;
    }

    long transitionNanos(int i) {
        return transitionNanos[i];
    }

    long offsetBeforeNanos(int i) {
        return offsetBeforeNanos[i];
    }

    long offsetAfterNanos(int i) {
        return offsetAfterNanos[i];
    }

    /** The offset in force at an instant, in nanoseconds. */
    long offsetAt(long instantNanos) {
        int i = lastAtOrBefore(transitionNanos, instantNanos);
        return i < 0 ? initialOffsetNanos : offsetAfterNanos[i];
    }

    /** The local date-time (wall clock) at an instant. */
    long localOf(long instantNanos) {
        return instantNanos + offsetAt(instantNanos);
    }

    /**
     * The instant of a local date-time: the unique one when valid, the transition when in a gap, the one
     * with the earlier offset when in an overlap. Non-decreasing in {@code localNanos}.
     */
    long instantOf(long localNanos) {
        int i = lastAtOrBefore(localBeforeNanos, localNanos);
        if (i < 0) {
            return localNanos - initialOffsetNanos;
        }
        long after = transitionNanos[i] + offsetAfterNanos[i];
        if (localNanos < after) {
            return transitionNanos[i]; // in the gap of a spring-forward transition
        }
        return localNanos - offsetAfterNanos[i];
    }

    /** The index of the last transition at or before {@code value} in {@code sorted}, or -1. */
    static int lastAtOrBefore(long[] sorted, long value) {
        int lo = 0;
        int hi = sorted.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= value) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return lo - 1;
    }
}
