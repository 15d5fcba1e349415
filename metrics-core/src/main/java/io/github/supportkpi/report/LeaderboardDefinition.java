package io.github.supportkpi.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * How agents are ranked on a {@link Leaderboard} (catalogue M48): the criteria, each with its minimum sample,
 * and the order, lexicographic or weighted. Immutable and thread-safe.
 *
 * <pre>{@code
 * LeaderboardDefinition byCsatThenSolved = LeaderboardDefinition.lexicographic(
 *         LeaderboardCriterion.CSAT.atLeast(20), LeaderboardCriterion.TICKETS_SOLVED.atLeast(0));
 * LeaderboardDefinition weighted = LeaderboardDefinition.weighted(
 *         LeaderboardCriterion.TICKETS_SOLVED.atLeast(0).withWeight(1),
 *         LeaderboardCriterion.CSAT.atLeast(20).withWeight(2));
 * Leaderboard board = weighted.rank(scores);
 * }</pre>
 *
 * <p><b>Eligibility.</b> An agent is ranked when every criterion is counted for it: its value is defined and
 * rests on at least the criterion's minimum sample. Otherwise it is listed unranked with the reason (too few,
 * no data), after the ranked agents. There is no imputing: a missing criterion is never a zero, an average or a
 * last place, in either order. Unranked agents take no part in ranking the others.
 *
 * <p><b>{@link Mode#LEXICOGRAPHIC}.</b> Agents are compared on the first criterion; equal values go to the
 * second, and so on. Values are compared exactly ({@link Double#compare}), in each criterion's direction.
 *
 * <p><b>{@link Mode#WEIGHTED}.</b> Each criterion is turned into a percentile rank among the eligible agents,
 * and the weighted mean of these is the agent's score:
 * <pre>{@code
 * pr(a, c)  = (below(a, c) + equal(a, c) / 2) / n        equal counts a itself; n eligible agents
 * score(a)  = sum(w_c * pr(a, c)) / sum(w_c)             within (0, 1)
 * }</pre>
 * where {@code below} counts the eligible agents strictly worse than {@code a} on {@code c}. Ranks follow the
 * score, higher first. Percentile ranks rather than min-max scaling, because:
 * <ul>
 *   <li>criteria of different units (counts, fractions, seconds) become commensurable without a unit choice;</li>
 *   <li>one outlier (an agent with a 3-day median response) does not squash every other agent's differences
 *       on that criterion into a sliver, as min-max does;</li>
 *   <li>ties stay ties, and the score is defined for any number of agents (one agent scores 1/2);</li>
 *   <li>an agent better than everyone on every criterion joining the board moves every other agent down by
 *       exactly one place, and one worse than everyone on every criterion moves no one: under min-max either
 *       can reorder the others, since it changes each criterion's range by a different factor.</li>
 * </ul>
 * The price is that a percentile rank keeps the order of values and not their distance: a lead of 30 points is
 * worth as much as a lead of one. Any normalisation over the agents present lets some newcomers reorder the
 * others (one between two agents on one criterion only shifts that criterion's ranks); lexicographic order
 * never does. The scores are compared as the sums {@code sum(w_c * (2 below + equal))}, added in the
 * definition's order, so agents of the same percentile ranks on every criterion tie exactly.
 *
 * <p><b>Ranks and ties.</b> Competition ranking ("1, 1, 3"): an agent's rank is one more than the number of
 * agents ranked strictly ahead of it; equal agents share a rank and the next rank is skipped. Equal agents,
 * and unranked agents, are listed by agent id.
 *
 * @param mode lexicographic or weighted order
 * @param rules the criteria, in order of precedence (lexicographic) or with their weights, unique ids
 */
public record LeaderboardDefinition(Mode mode, List<Rule> rules) {
    private static final LeaderboardDefinition DEFAULT = lexicographic(LeaderboardCriterion.TICKETS_SOLVED.atLeast(1),
            LeaderboardCriterion.FCR_RATE.atLeast(1), LeaderboardCriterion.CSAT.atLeast(1));

    /** How the criteria combine into a rank. */
    public enum Mode {
        /** By the first criterion, then the next to break ties, and so on. */
        LEXICOGRAPHIC,
        /** By the weighted mean of the criteria's percentile ranks. */
        WEIGHTED
    }

    /**
     * One criterion on a board: its least sample and its weight. Immutable and thread-safe.
     *
     * @param criterion the criterion
     * @param minimumSample the least sample size for the criterion to count for an agent, not negative; 0 counts
     *     any defined value
     * @param weight the criterion's weight in {@link Mode#WEIGHTED} order, positive and finite; 1 in
     *     {@link Mode#LEXICOGRAPHIC} order, where weights play no part
     */
    public record Rule(LeaderboardCriterion<?> criterion, long minimumSample, double weight) {
        /**
         * Validates the fields.
         *
         * @throws IllegalArgumentException if the minimum sample is negative or the weight not positive and finite
         */
        public Rule {
            Objects.requireNonNull(criterion, "criterion");
            if (minimumSample < 0) {
                throw new IllegalArgumentException("minimumSample must not be negative: " + minimumSample + " for "
                        + criterion.id());
            }
            if (!(weight > 0) || !Double.isFinite(weight)) {
                throw new IllegalArgumentException("weight must be positive and finite: " + weight + " for "
                        + criterion.id());
            }
        }

        /**
         * This rule with another weight.
         *
         * @param weight the weight, positive and finite
         * @return a copy with the weight
         */
        public Rule withWeight(double weight) {
            return new Rule(criterion, minimumSample, weight);
        }

        /**
         * This rule with another minimum sample.
         *
         * @param minimumSample the least sample, not negative
         * @return a copy with the minimum sample
         */
        public Rule withMinimumSample(long minimumSample) {
            return new Rule(criterion, minimumSample, weight);
        }
    }

    /**
     * Validates and copies the fields.
     *
     * @throws IllegalArgumentException if there is no rule, two rules share a criterion id, or a weight is not 1 in
     *     lexicographic order
     */
    public LeaderboardDefinition {
        Objects.requireNonNull(mode, "mode");
        rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("rules must not be empty");
        }
        Set<String> ids = new HashSet<>();
        for (Rule r : rules) {
            if (!ids.add(r.criterion().id())) {
                throw new IllegalArgumentException("criterion must appear once: " + r.criterion().id());
            }
            if (mode == Mode.LEXICOGRAPHIC && r.weight() != 1.0) {
                throw new IllegalArgumentException("weight must be 1 in LEXICOGRAPHIC order, where weights play no part: "
                        + r.weight() + " for " + r.criterion().id());
            }
        }
    }

    /**
     * The catalogue's default (M48, [000]): tickets solved, then first-contact resolution, then CSAT, in
     * lexicographic order, each counted from one record on (a defined value). Raise the minimum samples for a
     * fair board: with a minimum of 1, one survey answer can put an agent first on CSAT.
     *
     * @return the default definition
     */
    public static LeaderboardDefinition defaults() {
        return DEFAULT;
    }

    /**
     * Criteria in lexicographic order: the first decides, the next breaks ties.
     *
     * @param rules the rules, in order of precedence, each of weight 1
     * @return the definition
     * @throws IllegalArgumentException if there is no rule, a criterion repeats, or a weight is not 1
     */
    public static LeaderboardDefinition lexicographic(Rule... rules) {
        return new LeaderboardDefinition(Mode.LEXICOGRAPHIC, Arrays.asList(rules));
    }

    /**
     * Criteria combined by weight.
     *
     * @param rules the rules with their weights
     * @return the definition
     * @throws IllegalArgumentException if there is no rule or a criterion repeats
     */
    public static LeaderboardDefinition weighted(Rule... rules) {
        return new LeaderboardDefinition(Mode.WEIGHTED, Arrays.asList(rules));
    }

    /**
     * This definition with another minimum sample for one criterion.
     *
     * @param criterion the criterion's id
     * @param minimumSample the least sample, not negative
     * @return a copy
     * @throws IllegalArgumentException if the definition has no such criterion
     */
    public LeaderboardDefinition withMinimumSample(String criterion, long minimumSample) {
        List<Rule> next = new ArrayList<>(rules);
        next.set(indexOf(criterion), rules.get(indexOf(criterion)).withMinimumSample(minimumSample));
        return new LeaderboardDefinition(mode, next);
    }

    /**
     * This definition with another weight for one criterion.
     *
     * @param criterion the criterion's id
     * @param weight the weight, positive and finite
     * @return a copy
     * @throws IllegalArgumentException if the definition has no such criterion, or is lexicographic and the weight
     *     is not 1
     */
    public LeaderboardDefinition withWeight(String criterion, double weight) {
        List<Rule> next = new ArrayList<>(rules);
        next.set(indexOf(criterion), rules.get(indexOf(criterion)).withWeight(weight));
        return new LeaderboardDefinition(mode, next);
    }

    private int indexOf(String criterion) {
        Objects.requireNonNull(criterion, "criterion");
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).criterion().id().equals(criterion)) {
                return i;
            }
        }
        throw new IllegalArgumentException("criterion must be one of the definition's: " + criterion);
    }

    /**
     * Ranks the agents of the scores: every agent with a measure of any criterion of this definition is listed.
     *
     * @param scores the agents' measures; must have every criterion of this definition (other criteria are
     *     ignored)
     * @return the leaderboard
     * @throws IllegalArgumentException if the scores lack a criterion of this definition
     */
    public Leaderboard rank(LeaderboardScores scores) {
        Objects.requireNonNull(scores, "scores");
        int k = rules.size();
        Set<String> agentSet = new TreeSet<>();
        for (Rule r : rules) {
            agentSet.addAll(scores.measures(r.criterion().id()).orElseThrow(() -> new IllegalArgumentException(
                    "scores must have every criterion of the definition: no " + r.criterion().id() + " in "
                            + scores.criteria())).keySet());
        }
        List<String> agents = List.copyOf(agentSet);
        List<List<Standing.Score>> scoreLists = new ArrayList<>(agents.size());
        List<Integer> eligible = new ArrayList<>();
        for (int a = 0; a < agents.size(); a++) {
            List<Standing.Score> list = new ArrayList<>(k);
            boolean all = true;
            for (Rule r : rules) {
                String id = r.criterion().id();
                LeaderboardScores.Measure m = scores.measure(id, agents.get(a))
                        .orElse(new LeaderboardScores.Measure(OptionalDouble.empty(), 0));
                Standing.Score.State state = Standing.Score.of(m.value(), m.sample(), r.minimumSample());
                list.add(new Standing.Score(id, m.value(), m.sample(), r.minimumSample(), state));
                all &= state == Standing.Score.State.COUNTED;
            }
            scoreLists.add(list);
            if (all) {
                eligible.add(a);
            }
        }
        // each eligible agent's comparable key: the values oriented so that higher is better, or the weighted sum
        int n = eligible.size();
        double[][] oriented = new double[n][k];
        for (int e = 0; e < n; e++) {
            List<Standing.Score> list = scoreLists.get(eligible.get(e));
            for (int c = 0; c < k; c++) {
                double v = list.get(c).value().getAsDouble();
                oriented[e][c] = rules.get(c).criterion().direction() == LeaderboardCriterion.Direction.HIGHER_IS_BETTER
                        ? v : -v;
            }
        }
        double[] weightedSum = mode == Mode.WEIGHTED ? weightedSums(oriented, n, k) : null;
        Comparator<Integer> better = mode == Mode.WEIGHTED
                ? (x, y) -> Double.compare(weightedSum[y], weightedSum[x])
                : (x, y) -> {
                    for (int c = 0; c < k; c++) {
                        int cmp = Double.compare(oriented[y][c] + 0.0, oriented[x][c] + 0.0);
                        if (cmp != 0) {
                            return cmp;
                        }
                    }
                    return 0;
                };
        List<Integer> order = new ArrayList<>(n);
        for (int e = 0; e < n; e++) {
            order.add(e);
        }
        order.sort(better.thenComparing(e -> agents.get(eligible.get(e))));
        double totalWeight = 0;
        for (Rule r : rules) {
            totalWeight += r.weight();
        }
        List<Standing> standings = new ArrayList<>(agents.size());
        int rank = 0;
        for (int i = 0; i < n; i++) {
            int e = order.get(i);
            if (i == 0 || better.compare(order.get(i - 1), e) != 0) {
                rank = i + 1;
            }
            OptionalDouble weighted = mode == Mode.WEIGHTED
                    ? OptionalDouble.of(weightedSum[e] / (2.0 * n * totalWeight)) : OptionalDouble.empty();
            standings.add(new Standing(agents.get(eligible.get(e)), OptionalInt.of(rank), scoreLists.get(eligible.get(e)),
                    weighted));
        }
        Set<Integer> ranked = new HashSet<>(eligible);
        for (int a = 0; a < agents.size(); a++) {
            if (!ranked.contains(a)) {
                standings.add(new Standing(agents.get(a), OptionalInt.empty(), scoreLists.get(a), OptionalDouble.empty()));
            }
        }
        return new Leaderboard(this, standings);
    }

    /**
     * Each eligible agent's {@code sum(w_c * (2 below + equal))}, twice its weighted percentile-rank sum times n:
     * below and equal counted among the eligible agents, equal including the agent itself.
     */
    private double[] weightedSums(double[][] oriented, int n, int k) {
        double[] sums = new double[n];
        for (int c = 0; c < k; c++) {
            double[] values = new double[n];
            for (int e = 0; e < n; e++) {
                values[e] = oriented[e][c] + 0.0; // -0.0 and 0.0 are one value
            }
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            for (int e = 0; e < n; e++) {
                int below = lowerBound(sorted, values[e]);
                int equal = lowerBound(sorted, Math.nextUp(values[e])) - below;
                sums[e] += rules.get(c).weight() * (2L * below + equal);
            }
        }
        return sums;
    }

    /** The number of values of {@code sorted} strictly less than {@code v}. */
    private static int lowerBound(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
