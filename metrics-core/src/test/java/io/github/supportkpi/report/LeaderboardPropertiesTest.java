package io.github.supportkpi.report;

import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.report.LeaderboardCriterion.Direction;
import io.github.supportkpi.report.LeaderboardScores.Measure;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * Leaderboards over generated measures (few distinct values, so ties are common; some agents without a
 * measure; samples around the minimums), in both orders: every agent listed once, ranks agree with an independent
 * count of the agents strictly ahead, too few is never ranked, input order does not matter, and newcomers move
 * others only as the definition says.
 */
class LeaderboardPropertiesTest {
    private static final int EXAMPLES = 300;
    private static final List<LeaderboardCriterion<Ratio>> CRITERIA = List.of(
            LeaderboardCriterion.of("a", Direction.HIGHER_IS_BETTER, Ratio::value),
            LeaderboardCriterion.of("b", Direction.LOWER_IS_BETTER, Ratio::value),
            LeaderboardCriterion.of("c", Direction.HIGHER_IS_BETTER, Ratio::value));

    /** A definition and per criterion the measures of each agent, drawn from a seed. */
    record Case(long seed, LeaderboardDefinition definition, Map<String, Map<String, Measure>> measures) {
        LeaderboardScores scores() {
            LeaderboardScores s = LeaderboardScores.empty();
            for (Map.Entry<String, Map<String, Measure>> e : measures.entrySet()) {
                s = s.withMeasures(e.getKey(), e.getValue());
            }
            return s;
        }

        @Override
        public String toString() {
            return "case from seed " + seed + ": " + definition.mode() + " " + measures;
        }
    }

    static Gen<Case> cases() {
        return longs().all().map(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            boolean weighted = r.nextBoolean();
            int k = 1 + r.nextInt(3);
            List<LeaderboardDefinition.Rule> rules = new ArrayList<>();
            for (int c = 0; c < k; c++) {
                LeaderboardDefinition.Rule rule = CRITERIA.get(c).atLeast(r.nextInt(4));
                rules.add(weighted ? rule.withWeight(1 + r.nextInt(3)) : rule);
            }
            LeaderboardDefinition def = new LeaderboardDefinition(weighted ? LeaderboardDefinition.Mode.WEIGHTED
                    : LeaderboardDefinition.Mode.LEXICOGRAPHIC, rules);
            int agents = r.nextInt(13);
            Map<String, Map<String, Measure>> measures = new TreeMap<>();
            for (int c = 0; c < k; c++) {
                Map<String, Measure> m = new TreeMap<>();
                for (int a = 0; a < agents; a++) {
                    int roll = r.nextInt(10);
                    if (roll == 0) {
                        continue; // no measure
                    }
                    OptionalDouble v = roll == 1 ? OptionalDouble.empty() : OptionalDouble.of(r.nextInt(4) / 4.0);
                    m.put("agent" + a, new Measure(v, r.nextInt(8)));
                }
                measures.put(CRITERIA.get(c).id(), m);
            }
            return new Case(seed, def, measures);
        });
    }

    /** Whether every criterion counts for an agent of the case. */
    private static boolean eligible(Case c, String agent) {
        for (LeaderboardDefinition.Rule r : c.definition().rules()) {
            Measure m = c.measures().get(r.criterion().id()).get(agent);
            if (m == null || m.value().isEmpty() || m.sample() < r.minimumSample()) {
                return false;
            }
        }
        return true;
    }

    /** A criterion's value of an agent, oriented so that higher is better. */
    private static double oriented(Case c, LeaderboardDefinition.Rule r, String agent) {
        double v = c.measures().get(r.criterion().id()).get(agent).value().getAsDouble();
        return r.criterion().direction() == Direction.HIGHER_IS_BETTER ? v : -v;
    }

    /** Whether agent x ranks strictly ahead of y, computed independently of the implementation. */
    private static boolean ahead(Case c, List<String> eligible, String x, String y) {
        if (c.definition().mode() == LeaderboardDefinition.Mode.LEXICOGRAPHIC) {
            for (LeaderboardDefinition.Rule r : c.definition().rules()) {
                int cmp = Double.compare(oriented(c, r, x), oriented(c, r, y));
                if (cmp != 0) {
                    return cmp > 0;
                }
            }
            return false;
        }
        return weightedSum(c, eligible, x) > weightedSum(c, eligible, y);
    }

    /** sum(w * (2 below + equal)), the weights being whole numbers here, so exact. */
    private static long weightedSum(Case c, List<String> eligible, String agent) {
        long sum = 0;
        for (LeaderboardDefinition.Rule r : c.definition().rules()) {
            long below = 0;
            long equal = 0;
            for (String other : eligible) {
                int cmp = Double.compare(oriented(c, r, other), oriented(c, r, agent));
                below += cmp < 0 ? 1 : 0;
                equal += cmp == 0 ? 1 : 0;
            }
            sum += (long) r.weight() * (2 * below + equal);
        }
        return sum;
    }

    @Test
    void should_list_every_agent_once_ranked_exactly_when_every_criterion_counts() {
        qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            Leaderboard board = c.definition().rank(c.scores());
            assertThat(board.standings()).extracting(Standing::agent)
                    .containsExactlyInAnyOrderElementsOf(c.scores().agents());
            for (Standing s : board.standings()) {
                assertThat(s.ranked()).as(s.agent()).isEqualTo(eligible(c, s.agent()));
                assertThat(s.reason().isPresent()).isEqualTo(!s.ranked());
                assertThat(s.scores()).extracting(Standing.Score::criterion)
                        .containsExactlyElementsOf(c.definition().rules().stream().map(r -> r.criterion().id()).toList());
            }
            int firstUnranked = board.ranked().size();
            assertThat(board.standings().subList(0, firstUnranked)).allMatch(Standing::ranked);
        });
    }

    @Test
    void should_rank_each_agent_one_after_the_agents_strictly_ahead() {
        qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            Leaderboard board = c.definition().rank(c.scores());
            List<String> eligible = board.ranked().stream().map(Standing::agent).toList();
            for (Standing s : board.ranked()) {
                long ahead = eligible.stream().filter(o -> ahead(c, eligible, o, s.agent())).count();
                assertThat(s.rank().getAsInt()).as(s.agent()).isEqualTo(1 + (int) ahead);
            }
            // ranks are non-decreasing down the board, start at 1, and skip after ties ("1, 1, 3")
            for (int i = 0; i < eligible.size(); i++) {
                int rank = board.ranked().get(i).rank().getAsInt();
                if (i == 0) {
                    assertThat(rank).isEqualTo(1);
                } else {
                    int previous = board.ranked().get(i - 1).rank().getAsInt();
                    assertThat(rank).isIn(previous, i + 1);
                }
            }
        });
    }

    @Test
    void should_not_depend_on_the_order_of_criteria_and_agents_given() {
        qt().withExamples(EXAMPLES).forAll(cases(), longs().all()).checkAssert((c, seed) -> {
            Random random = new Random(seed);
            List<String> criteria = new ArrayList<>(c.measures().keySet());
            Collections.shuffle(criteria, random);
            LeaderboardScores shuffled = LeaderboardScores.empty();
            for (String id : criteria) {
                List<Map.Entry<String, Measure>> entries = new ArrayList<>(c.measures().get(id).entrySet());
                Collections.shuffle(entries, random);
                Map<String, Measure> m = new LinkedHashMap<>();
                entries.forEach(e -> m.put(e.getKey(), e.getValue()));
                shuffled = shuffled.withMeasures(id, m);
            }
            assertThat(shuffled).isEqualTo(c.scores());
            assertThat(c.definition().rank(shuffled)).isEqualTo(c.definition().rank(c.scores()));
        });
    }

    /** The case with one more agent of the given measure on every criterion. */
    private static Case with(Case c, String agent, Map<String, Measure> measure) {
        Map<String, Map<String, Measure>> next = new TreeMap<>();
        c.measures().forEach((id, m) -> {
            Map<String, Measure> copy = new TreeMap<>(m);
            copy.put(agent, measure.get(id));
            next.put(id, copy);
        });
        return new Case(c.seed(), c.definition(), next);
    }

    /** A newcomer of one value on every criterion (by its direction), on a sample of 100 or under each minimum. */
    private static Map<String, Measure> everywhere(Case c, double highValue, double lowValue, boolean enough) {
        Map<String, Measure> m = new TreeMap<>();
        for (LeaderboardDefinition.Rule r : c.definition().rules()) {
            double v = r.criterion().direction() == Direction.HIGHER_IS_BETTER ? highValue : lowValue;
            m.put(r.criterion().id(), Measure.of(v, enough ? 100 : Math.max(0, r.minimumSample() - 1)));
        }
        return m;
    }

    @Test
    void should_move_every_ranked_agent_down_one_place_for_a_newcomer_better_on_every_criterion() {
        qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            Leaderboard before = c.definition().rank(c.scores());
            Leaderboard after = c.definition().rank(with(c, "best", everywhere(c, 2.0, -1.0, true)).scores());
            assertThat(after.standing("best").orElseThrow().rank()).hasValue(1);
            for (Standing s : before.standings()) {
                Standing now = after.standing(s.agent()).orElseThrow();
                assertThat(now.ranked()).isEqualTo(s.ranked());
                if (s.ranked()) {
                    assertThat(now.rank().getAsInt()).as(s.agent()).isEqualTo(s.rank().getAsInt() + 1);
                }
            }
        });
    }

    @Test
    void should_move_no_one_for_a_newcomer_worse_on_every_criterion_or_with_too_few() {
        qt().withExamples(EXAMPLES).forAll(cases(), integers().between(0, 1)).checkAssert((c, kind) -> {
            boolean tooFew = kind == 1 && c.definition().rules().stream().anyMatch(r -> r.minimumSample() > 0);
            Map<String, Measure> newcomer = tooFew ? everywhere(c, 2.0, -1.0, false) : everywhere(c, -1.0, 2.0, true);
            Leaderboard before = c.definition().rank(c.scores());
            Leaderboard after = c.definition().rank(with(c, "zed", newcomer).scores());
            assertThat(after.standing("zed").orElseThrow().ranked()).isEqualTo(!tooFew);
            for (Standing s : before.standings()) {
                assertThat(after.standing(s.agent()).orElseThrow().rank()).as(s.agent()).isEqualTo(s.rank());
            }
        });
    }

    @Test
    void should_never_raise_anyone_in_lexicographic_order_whoever_joins() {
        qt().withExamples(EXAMPLES).forAll(cases(), longs().all()).checkAssert((c, seed) -> {
            LeaderboardDefinition lexicographic = new LeaderboardDefinition(LeaderboardDefinition.Mode.LEXICOGRAPHIC,
                    c.definition().rules().stream().map(r -> r.withWeight(1)).toList());
            Case lex = new Case(c.seed(), lexicographic, c.measures());
            SplittableRandom r = new SplittableRandom(seed);
            Map<String, Measure> newcomer = new TreeMap<>();
            for (String id : c.measures().keySet()) {
                newcomer.put(id, Measure.of(r.nextInt(4) / 4.0, r.nextInt(8)));
            }
            Leaderboard before = lexicographic.rank(lex.scores());
            Leaderboard after = lexicographic.rank(with(lex, "new", newcomer).scores());
            for (Standing s : before.ranked()) {
                int now = after.standing(s.agent()).orElseThrow().rank().getAsInt();
                assertThat(now).as(s.agent()).isBetween(s.rank().getAsInt(), s.rank().getAsInt() + 1);
            }
        });
    }
}
