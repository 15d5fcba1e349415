package io.github.supportkpi.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * One agent's line on a {@link Leaderboard}: its rank, or why it has none, and its value of every criterion
 * with the sample it rests on. Immutable and thread-safe.
 *
 * <ul>
 *   <li>Ranked: every criterion is {@link Score.State#COUNTED counted}; the rank is a competition rank
 *       ("1, 1, 3": one more than the number of agents ranked strictly ahead).</li>
 *   <li>Unranked: some criterion is {@link Score.State#TOO_FEW too few} or has {@link Score.State#NO_DATA no
 *       data}; the agent is still listed, after the ranked agents, with its values and the {@link #reason()}.</li>
 * </ul>
 *
 * @param agent the agent's id
 * @param rank the rank, from 1; empty when unranked
 * @param scores one score per criterion of the board, in the definition's order
 * @param weightedScore in {@link LeaderboardDefinition.Mode#WEIGHTED} order, the ranked agent's weighted score
 *     in (0, 1) (see {@link LeaderboardDefinition}); empty otherwise
 */
public record Standing(String agent, OptionalInt rank, List<Score> scores, OptionalDouble weightedScore) {
    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException if the rank is below 1, present with a criterion not counted or absent
     *     with every criterion counted; or the weighted score is outside (0, 1) or present without a rank
     */
    public Standing {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(rank, "rank");
        scores = List.copyOf(Objects.requireNonNull(scores, "scores"));
        Objects.requireNonNull(weightedScore, "weightedScore");
        if (scores.isEmpty()) {
            throw new IllegalArgumentException("scores must not be empty: agent " + agent);
        }
        boolean counted = scores.stream().allMatch(s -> s.state() == Score.State.COUNTED);
        if (rank.isPresent() && rank.getAsInt() < 1) {
            throw new IllegalArgumentException("rank must be at least 1: " + rank.getAsInt() + " for agent " + agent);
        }
        if (rank.isPresent() != counted) {
            throw new IllegalArgumentException("rank must be given exactly when every criterion is counted: agent "
                    + agent + ", rank " + rank + ", scores " + scores);
        }
        if (weightedScore.isPresent() && (rank.isEmpty() || !(weightedScore.getAsDouble() > 0)
                || !(weightedScore.getAsDouble() < 1))) {
            throw new IllegalArgumentException("weightedScore must be within (0, 1) and only with a rank: "
                    + weightedScore + " for agent " + agent);
        }
    }

    /**
     * Whether the agent has a rank.
     *
     * @return true when every criterion is counted
     */
    public boolean ranked() {
        return rank.isPresent();
    }

    /**
     * The score of one criterion.
     *
     * @param criterion the criterion's id
     * @return the score; empty when the board has no such criterion
     */
    public Optional<Score> score(String criterion) {
        Objects.requireNonNull(criterion, "criterion");
        return scores.stream().filter(s -> s.criterion().equals(criterion)).findFirst();
    }

    /**
     * Why the agent is unranked: each criterion not counted, such as
     * {@code csat: too few (3 < 5); frt.median: no data}.
     *
     * @return the reason; empty for a ranked agent
     */
    public Optional<String> reason() {
        if (ranked()) {
            return Optional.empty();
        }
        return Optional.of(scores.stream().filter(s -> s.state() != Score.State.COUNTED).map(Score::describe)
                .collect(Collectors.joining("; ")));
    }

    /**
     * One criterion's value for an agent, the sample it rests on, and whether it counts. Immutable and
     * thread-safe.
     *
     * @param criterion the criterion's id
     * @param value the value (a count, a fraction in [0, 1], seconds: see {@link LeaderboardCriterion}); empty
     *     when undefined or when the agent has no measure of the criterion
     * @param sample the sample size, not negative (zero with no measure)
     * @param minimumSample the least sample the board counts, not negative
     * @param state whether the value counts
     */
    public record Score(String criterion, OptionalDouble value, long sample, long minimumSample, State state) {
        /** Whether a criterion's value counts toward the rank. */
        public enum State {
            /** Defined, on at least the minimum sample: it counts. */
            COUNTED,
            /** Defined, but on fewer records than the minimum sample: shown, not counted. */
            TOO_FEW,
            /** Undefined: the agent has no tally of the criterion, or its tally has no value (a rate of nothing). */
            NO_DATA
        }

        /**
         * Validates the fields.
         *
         * @throws IllegalArgumentException if the value is not finite, a count is negative, or the state does not
         *     follow from the value and samples (NO_DATA exactly when the value is empty; else TOO_FEW exactly
         *     when {@code sample < minimumSample})
         */
        public Score {
            Objects.requireNonNull(criterion, "criterion");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(state, "state");
            if (value.isPresent() && !Double.isFinite(value.getAsDouble())) {
                throw new IllegalArgumentException("value must be finite: " + value.getAsDouble() + " of " + criterion);
            }
            if (sample < 0 || minimumSample < 0) {
                throw new IllegalArgumentException("sample and minimumSample must not be negative: " + sample + ", "
                        + minimumSample + " of " + criterion);
            }
            State expected = of(value, sample, minimumSample);
            if (state != expected) {
                throw new IllegalArgumentException("state must be " + expected + " for value " + value + ", sample "
                        + sample + ", minimum " + minimumSample + ": " + state + " of " + criterion);
            }
        }

        /**
         * The state of a value: NO_DATA when empty, else TOO_FEW below the minimum sample, else COUNTED.
         *
         * @param value the value
         * @param sample the sample size
         * @param minimumSample the least sample counted
         * @return the state
         */
        static State of(OptionalDouble value, long sample, long minimumSample) {
            return value.isEmpty() ? State.NO_DATA : sample < minimumSample ? State.TOO_FEW : State.COUNTED;
        }

        /**
         * Whether the value counts toward the rank.
         *
         * @return true when COUNTED
         */
        public boolean counted() {
            return state == State.COUNTED;
        }

        private String describe() {
            return criterion + (state == State.NO_DATA ? ": no data"
                    : String.format(Locale.ROOT, ": too few (%d < %d)", sample, minimumSample));
        }
    }
}
