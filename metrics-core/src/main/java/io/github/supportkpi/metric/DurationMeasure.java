package io.github.supportkpi.metric;

/**
 * Measures one duration from a record, in nanoseconds, without allocating; or says the record has none
 * yet by returning {@link #ABSENT} (a ticket with no response has no first response time). Records with
 * no duration are counted as {@link DurationStats#unmeasured() unmeasured}, never dropped silently.
 *
 * @param <T> the record type
 */
@FunctionalInterface
public interface DurationMeasure<T> {
    /** The value that says a record has no duration to measure. */
    long ABSENT = Long.MIN_VALUE;

    /**
     * The duration of the record.
     *
     * @param record the record
     * @return the duration in nanoseconds, not negative; or {@link #ABSENT}
     */
    long nanos(T record);
}
