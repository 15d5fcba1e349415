package io.github.supportkpi.report;

import io.github.supportkpi.metric.Count;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.metric.Tally;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One thing agents are ranked by on a {@link Leaderboard}: an id, whether higher or lower is better, and the
 * value read from an agent's tally (its sample size is the tally's {@link Tally#sampleSize()}). Immutable
 * and thread-safe if the value function is.
 *
 * <p>The catalogue's criteria (M48, [000]: "number of tickets solved, first-touch resolution, and customer
 * satisfaction scores"; first response time added as the usual speed criterion):
 * <ul>
 *   <li>{@link #TICKETS_SOLVED}: a {@link Count} of resolved tickets; value the count, higher is better.</li>
 *   <li>{@link #FCR_RATE}: a {@link Ratio} of first-contact resolution; value the fraction in [0, 1], sample the
 *       eligible tickets, higher is better.</li>
 *   <li>{@link #CSAT}: a {@link Ratio} of satisfied responses; value the fraction in [0, 1], sample the
 *       responses, higher is better.</li>
 *   <li>{@link #FRT_MEDIAN}: a {@link DurationStats} of first response time; value the median in seconds,
 *       sample the measured responses, lower is better. Undefined (no data) for a tally of totals alone.</li>
 * </ul>
 * Two criteria are equal when their ids, directions and value functions are; the constants are single
 * instances.
 *
 * @param id the criterion's id, a lowercase dot name like a metric's ({@code fcr.rate}); unique on a board
 * @param direction whether higher or lower values rank first
 * @param value the value of an agent's tally, empty when undefined (a rate of nothing)
 * @param <S> the tally type the value is read from
 */
public record LeaderboardCriterion<S extends Tally<S>>(String id, Direction direction,
        Function<? super S, OptionalDouble> value) {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(\\.[a-z0-9]+)*");

    /** Tickets solved: the count of resolved tickets ({@code ResolvedTickets} by agent); higher is better. */
    public static final LeaderboardCriterion<Count> TICKETS_SOLVED =
            new LeaderboardCriterion<>("tickets.solved", Direction.HIGHER_IS_BETTER, c -> OptionalDouble.of(c.value()));
    /** First-contact resolution rate ({@code FirstContactResolution} by agent); higher is better. */
    public static final LeaderboardCriterion<Ratio> FCR_RATE =
            new LeaderboardCriterion<>("fcr.rate", Direction.HIGHER_IS_BETTER, Ratio::value);
    /** CSAT, the share of satisfied responses ({@code CustomerSatisfaction} by agent); higher is better. */
    public static final LeaderboardCriterion<Ratio> CSAT =
            new LeaderboardCriterion<>("csat", Direction.HIGHER_IS_BETTER, Ratio::value);
    /** Median first response time in seconds ({@code FirstResponseTime} by agent); lower is better. */
    public static final LeaderboardCriterion<DurationStats> FRT_MEDIAN =
            new LeaderboardCriterion<>("frt.median", Direction.LOWER_IS_BETTER, LeaderboardCriterion::medianSeconds);

    /** Which values rank first. */
    public enum Direction {
        /** Higher values rank first: counts solved, rates. */
        HIGHER_IS_BETTER,
        /** Lower values rank first: response and resolution times. */
        LOWER_IS_BETTER
    }

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException if the id is not a lowercase dot name
     */
    public LeaderboardCriterion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(value, "value");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("id must be lowercase words of letters and digits separated by dots: \""
                    + id + "\"");
        }
    }

    /**
     * A criterion of your own, such as the mean CSAT score or the reopen rate (lower is better).
     *
     * @param id the id
     * @param direction which values rank first
     * @param value the value of an agent's tally, empty when undefined; finite
     * @param <S> the tally type
     * @return the criterion
     */
    public static <S extends Tally<S>> LeaderboardCriterion<S> of(String id, Direction direction,
            Function<? super S, OptionalDouble> value) {
        return new LeaderboardCriterion<S>(id, direction, value);
    }

    /**
     * This criterion on a board, counted for an agent only from {@code minimumSample} records of the agent on,
     * with weight 1.
     *
     * @param minimumSample the least sample size, not negative (0 counts any defined value)
     * @return the rule
     * @throws IllegalArgumentException if {@code minimumSample} is negative
     */
    public LeaderboardDefinition.Rule atLeast(long minimumSample) {
        return new LeaderboardDefinition.Rule(this, minimumSample, 1.0);
    }

    /**
     * The measure of an agent's tally: its value and sample size.
     *
     * @param tally the agent's tally
     * @return the measure
     * @throws IllegalArgumentException if the value is NaN or infinite
     */
    public LeaderboardScores.Measure measure(S tally) {
        Objects.requireNonNull(tally, "tally");
        OptionalDouble v = Objects.requireNonNull(value.apply(tally), "value");
        return new LeaderboardScores.Measure(v, tally.sampleSize());
    }

    private static OptionalDouble medianSeconds(DurationStats stats) {
        return stats.median().map(m -> OptionalDouble.of(m.toNanos() / 1e9)).orElse(OptionalDouble.empty());
    }

    /** @return the id */
    @Override
    public String toString() {
        return id;
    }
}
