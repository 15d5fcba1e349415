package io.github.supportkpi.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A progress line on stderr for a long read: nothing for the first three seconds, then the records read and
 * the rate, rewritten in place once a second, and a line end when done.
 */
final class Progress {
    private static final long QUIET_NANOS = 3_000_000_000L;
    private static final long EVERY_NANOS = 1_000_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private final LongSupplier clock;
    private final long start;
    private long next;
    private long records;
    private boolean shown;

    Progress(PrintWriter err, boolean enabled) {
        this(err, enabled, System::nanoTime);
    }

    /** A progress line timed by a clock of nanoseconds. */
    Progress(PrintWriter err, boolean enabled, LongSupplier clock) {
        this.err = err;
        this.enabled = enabled;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.next = start + QUIET_NANOS;
    }

    void tick() {
        records++;
        if (enabled && (records & 0xFFF) == 0) {
            long now = clock.getAsLong();
            if (now >= next) {
                double seconds = (now - start) / 1e9;
                err.printf(Locale.ROOT, "\r%,d records read, %,.0f records/s", records, records / seconds);
                err.flush();
                shown = true;
                next = now + EVERY_NANOS;
            }
        }
    }

    void finish() {
        if (shown) {
            err.println();
            err.flush();
        }
    }
}
