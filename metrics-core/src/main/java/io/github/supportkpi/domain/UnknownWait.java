package io.github.supportkpi.domain;

/**
 * How a wait-based definition counts a call or chat whose queue wait is unknown
 * ({@link Interaction#queueWait()} empty: a call log often leaves the wait blank for unanswered calls). No
 * rule reads an unknown wait as zero. A rule applies only where the definition needs the wait: with a
 * {@code 0 s} short-abandon threshold an abandon is an abandon whatever its wait, so its unknown wait is
 * never consulted.
 */
public enum UnknownWait {
    /**
     * The wait counts as longer than any threshold or target: an abandon is not a short abandon, an answer
     * does not meet the service-level target, an abandon never "meets" it under
     * {@code abandonsWithinTargetMeet}. The default of the abandonment rate and the service level. It has no
     * meaning where the wait itself is measured (speed of answer, patience), which refuse it.
     */
    COUNT_AS_LONG,
    /**
     * The contact is left out of numerator and denominator of a ratio; a duration statistic counts it as
     * unmeasured ({@code DurationStats.unmeasured()}). The default of the speed of answer and patience.
     */
    EXCLUDE,
    /** An {@link IllegalArgumentException} naming the interaction, for data that must have every wait. */
    REFUSE
}
