package io.github.supportkpi.metric;

import java.util.function.Consumer;

/**
 * The mutable state of a {@link Metric} while records are fed to it one at a time. Not thread-safe: one
 * accumulator per thread; merge the {@link #tally() tallies}.
 *
 * <p>Implementations allocate nothing per record beyond amortised growth of kept values.
 *
 * @param <T> the record type
 * @param <S> the tally type
 */
public interface Accumulator<T, S extends Tally<S>> extends Consumer<T> {
    /**
     * Adds one record.
     *
     * @param record the record, not null
     * @throws IllegalArgumentException if the record is invalid for this metric's definition; an accumulator
     *     refuses a record before it changes, so that it stays as it was and can go on (a
     *     {@link Screening lenient} pass counts the record and goes on)
     */
    @Override
    void accept(T record);

    /**
     * The tally of every record accepted so far. The accumulator stays usable.
     *
     * @return an immutable tally
     */
    S tally();
}
