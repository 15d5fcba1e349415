package io.github.supportkpi.report;

import io.github.supportkpi.metric.Segmented;
import io.github.supportkpi.metric.Tally;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The agents' measures per criterion, joined by agent id from tallies of different families (tickets, surveys):
 * the input of a {@link Leaderboard}. Immutable and thread-safe.
 *
 * <pre>{@code
 * LeaderboardScores scores = LeaderboardScores.empty()
 *         .with(LeaderboardCriterion.TICKETS_SOLVED, ResolvedTickets.defaults().by(TicketDimensions.AGENT).over(tickets))
 *         .with(LeaderboardCriterion.FCR_RATE, FirstContactResolution.defaults().by(TicketDimensions.AGENT).over(tickets))
 *         .with(LeaderboardCriterion.CSAT, CustomerSatisfaction.defaults().by(SurveyDimensions.AGENT).over(responses));
 * }</pre>
 * <ul>
 *   <li>Agents are the segments' keys; the records with no agent (the segmented tally's absent part) are no
 *       agent's. Agent ids are a high-cardinality dimension, and must name agents the same way in every
 *       source (ticket assignee, survey agent).</li>
 *   <li>The measures are read from the tallies, which stay the mergeable form: merge the segmented tallies of
 *       several periods or machines, then read the scores of the merge. Scores themselves do not merge.</li>
 *   <li>An agent who is a segment of one source and not of another has no measure for the other's
 *       criterion: the board shows "no data" there, never a zero.</li>
 * </ul>
 */
public final class LeaderboardScores {
    private static final LeaderboardScores EMPTY = new LeaderboardScores(new LinkedHashMap<>());

    /** Per criterion id, in the order added, the measure of each agent. */
    private final Map<String, SortedMap<String, Measure>> byCriterion;

    private LeaderboardScores(Map<String, SortedMap<String, Measure>> byCriterion) {
        this.byCriterion = byCriterion;
    }

    /**
     * One agent's value of a criterion and the sample it was measured on. Immutable and thread-safe.
     *
     * @param value the value, empty when undefined (a rate of nothing); finite when present
     * @param sample the sample size, not negative
     */
    public record Measure(OptionalDouble value, long sample) {
        /**
         * Validates the fields.
         *
         * @throws IllegalArgumentException if the value is NaN or infinite, or the sample negative
         */
        public Measure {
            Objects.requireNonNull(value, "value");
            if (value.isPresent() && !Double.isFinite(value.getAsDouble())) {
                throw new IllegalArgumentException("value must be finite: " + value.getAsDouble());
            }
            if (sample < 0) {
                throw new IllegalArgumentException("sample must not be negative: " + sample);
            }
        }

        /**
         * A defined measure.
         *
         * @param value the value, finite
         * @param sample the sample size, not negative
         * @return the measure
         */
        public static Measure of(double value, long sample) {
            return new Measure(OptionalDouble.of(value), sample);
        }
    }

    /**
     * No scores.
     *
     * @return the empty scores
     */
    public static LeaderboardScores empty() {
        return EMPTY;
    }

    /**
     * These scores and a criterion's, read from a tally per agent.
     *
     * @param criterion the criterion
     * @param byAgent the criterion's tally per agent, such as a metric {@code by(TicketDimensions.AGENT)}
     * @param <S> the tally type
     * @return the scores with the criterion's
     * @throws IllegalArgumentException if the scores already have a criterion of that id, or a value is not
     *     finite
     */
    public <S extends Tally<S>> LeaderboardScores with(LeaderboardCriterion<S> criterion, Segmented<String, S> byAgent) {
        return with(criterion, byAgent, Function.identity());
    }

    /**
     * These scores and a criterion's, read from one metric's tally in a tally per agent, such as the
     * {@code Tallies} of a metric set by agent.
     *
     * <pre>{@code
     * Segmented<String, Tallies<Ticket>> byAgent = set.by(TicketDimensions.AGENT).over(tickets);
     * scores.with(LeaderboardCriterion.FCR_RATE, byAgent, t -> t.get(fcr));
     * }</pre>
     *
     * @param criterion the criterion
     * @param byAgent tallies per agent
     * @param pick the criterion's tally in an agent's tally
     * @param <R> the type of the agents' tallies
     * @param <S> the criterion's tally type
     * @return the scores with the criterion's
     * @throws IllegalArgumentException if the scores already have a criterion of that id, or a value is not
     *     finite
     */
    public <R extends Tally<R>, S extends Tally<S>> LeaderboardScores with(LeaderboardCriterion<S> criterion,
            Segmented<String, R> byAgent, Function<? super R, ? extends S> pick) {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(byAgent, "byAgent");
        Objects.requireNonNull(pick, "pick");
        Map<String, Measure> measures = new TreeMap<>();
        byAgent.segments().forEach((agent, tally) -> measures.put(agent, criterion.measure(pick.apply(tally))));
        return withMeasures(criterion.id(), measures);
    }

    /**
     * These scores and a criterion's measures given as they are, such as counts from an export per agent.
     *
     * @param criterion the criterion's id
     * @param byAgent the measure of each agent
     * @return the scores with the criterion's
     * @throws IllegalArgumentException if the scores already have a criterion of that id
     */
    public LeaderboardScores withMeasures(String criterion, Map<String, Measure> byAgent) {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(byAgent, "byAgent");
        if (byCriterion.containsKey(criterion)) {
            throw new IllegalArgumentException("criterion must be given once: " + criterion);
        }
        TreeMap<String, Measure> copy = new TreeMap<>();
        byAgent.forEach((agent, m) -> copy.put(Objects.requireNonNull(agent, "agent"), Objects.requireNonNull(m, "measure")));
        Map<String, SortedMap<String, Measure>> next = new LinkedHashMap<>(byCriterion);
        next.put(criterion, Collections.unmodifiableSortedMap(copy));
        return new LeaderboardScores(next);
    }

    /**
     * The ids of the criteria these scores have, in the order added.
     *
     * @return the ids
     */
    public List<String> criteria() {
        return List.copyOf(byCriterion.keySet());
    }

    /**
     * Every agent with a measure of any criterion.
     *
     * @return the agent ids, sorted
     */
    public SortedSet<String> agents() {
        TreeSet<String> all = new TreeSet<>();
        byCriterion.values().forEach(m -> all.addAll(m.keySet()));
        return Collections.unmodifiableSortedSet(all);
    }

    /**
     * The measures of one criterion.
     *
     * @param criterion the criterion's id
     * @return each agent's measure, by agent id; empty when the scores have no such criterion
     */
    public Optional<SortedMap<String, Measure>> measures(String criterion) {
        return Optional.ofNullable(byCriterion.get(Objects.requireNonNull(criterion, "criterion")));
    }

    /**
     * One agent's measure of a criterion.
     *
     * @param criterion the criterion's id
     * @param agent the agent's id
     * @return the measure; empty when the scores have no such criterion or the agent no measure of it
     */
    public Optional<Measure> measure(String criterion, String agent) {
        Objects.requireNonNull(agent, "agent");
        return measures(criterion).map(m -> m.get(agent));
    }

    /** Equal when every criterion has the same measures; the order criteria were added in does not matter. */
    @Override
    public boolean equals(Object o) {
        return o instanceof LeaderboardScores other && byCriterion.equals(other.byCriterion);
    }

    @Override
    public int hashCode() {
        return byCriterion.hashCode();
    }

    @Override
    public String toString() {
        return "LeaderboardScores" + byCriterion;
    }
}
