package io.github.supportkpi.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A progress line on stderr for a long read: nothing for the first three seconds, then the records read and
 * the rate, rewritten in place once a second, and a line end when done.
 */
final class Progress {
    private static final long QUIET_NANOS = 3_000_000_000L;
    private static final long EVERY_NANOS = 1_000_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long next = start + QUIET_NANOS;
    private long records;
    private boolean shown;

    Progress(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    void tick() {
        records++;
        if (enabled && (records & 0xFFF) == 0) {
            long now = System.nanoTime();
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
