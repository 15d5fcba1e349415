package io.github.supportkpi.metric;

import java.util.Arrays;

/**
 * Collects any number of durations per record, and unmeasured counts, into a {@link DurationStats}: for
 * metrics that measure several durations in one record (every reply of a ticket) where
 * {@link DurationStats#metric} measures one. Not thread-safe; allocates only on growth.
 */
final class DurationValues {
    private long[] values = new long[16];
    private int size;
    private long unmeasured;

    /**
     * Adds a measured duration.
     *
     * @param nanos the duration in nanoseconds
     * @param record the record it came from, for the message
     * @throws IllegalArgumentException if {@code nanos} is negative
     */
    void add(long nanos, Object record) {
        if (nanos < 0) {
            throw new IllegalArgumentException("duration must not be negative: " + nanos + " ns, record " + record);
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    /** Counts one thing that had no duration to measure. */
    void unmeasured() {
        unmeasured++;
    }

    /** @return the statistics of everything added so far */
    DurationStats tally() {
        return DurationStats.ofNanos(Arrays.copyOf(values, size), unmeasured);
    }
}
