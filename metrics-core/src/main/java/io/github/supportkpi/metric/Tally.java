package io.github.supportkpi.metric;

/**
 * The immutable, mergeable result of a {@link Metric} over some records: counts, never percentages.
 *
 * <p>Every implementation obeys the tally contract:
 * <ul>
 *   <li>the metric's {@link Metric#empty() empty} tally is the identity of {@link #plus};</li>
 *   <li>{@code plus} is associative and commutative;</li>
 *   <li>the tally of records {@code a ++ b} equals the tally of {@code a} plus the tally of {@code b}, so
 *       work can be split anywhere and merged, in any order;</li>
 *   <li>no derived value is ever NaN: with no data, values are empty.</li>
 * </ul>
 * Implementations are immutable and thread-safe, and implement {@code equals} by value.
 *
 * @param <S> the tally type itself
 */
public interface Tally<S extends Tally<S>> {
    /**
     * Merges this tally with another of the same metric.
     *
     * @param other the other tally
     * @return a tally equal to the one of both sets of records together
     * @throws IllegalArgumentException if the tallies belong to metrics that cannot be merged
     * @throws ArithmeticException if a count overflows a {@code long}
     */
    S plus(S other);

    /**
     * The number of records that decided this tally's value: the denominator of a rate, the count of
     * measured durations or scores. A caller judges a value by it.
     *
     * @return the sample size, zero when the value is undefined
     */
    long sampleSize();
}
