package io.github.supportkpi.report;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Count;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.MetricSet;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.metric.Segmented;
import io.github.supportkpi.metric.Tallies;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.quality.FirstContactResolution;
import io.github.supportkpi.workload.ResolvedTickets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

import static io.github.supportkpi.report.LeaderboardCriterion.CSAT;
import static io.github.supportkpi.report.LeaderboardCriterion.FCR_RATE;
import static io.github.supportkpi.report.LeaderboardCriterion.FRT_MEDIAN;
import static io.github.supportkpi.report.LeaderboardCriterion.TICKETS_SOLVED;
import static io.github.supportkpi.testing.WorkloadFixtures.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LeaderboardTest {
    /**
     * Five agents: ana and ben alike, chen solving fewer with better FCR and CSAT, dana with 3 survey answers,
     * eve with 2 tickets and no survey answer.
     */
    private static final LeaderboardScores SCORES = LeaderboardScores.empty()
            .with(TICKETS_SOLVED, Segmented.of("agent", Count.ZERO, Map.of("ana", Count.of(12), "ben", Count.of(12),
                    "chen", Count.of(9), "dana", Count.of(12), "eve", Count.of(2)), Count.of(4)))
            .with(FCR_RATE, Segmented.of("agent", Ratio.EMPTY, Map.of("ana", Ratio.of(9, 12), "ben", Ratio.of(9, 12),
                    "chen", Ratio.of(9, 10), "dana", Ratio.of(6, 12), "eve", Ratio.of(2, 2)), Ratio.EMPTY))
            .with(CSAT, Segmented.of("agent", Ratio.EMPTY, Map.of("ana", Ratio.of(8, 10), "ben", Ratio.of(8, 10),
                    "chen", Ratio.of(19, 20), "dana", Ratio.of(3, 3)), Ratio.of(1, 2)));

    @Test
    void should_rank_lexicographically_sharing_ranks_and_listing_too_few_unranked_after() {
        // [000] "the main ones to track are number of tickets solved, first-touch resolution, and CSAT"
        // GIVEN solved tickets first, then FCR from 5 eligible tickets, then CSAT from 5 answers
        LeaderboardDefinition def = LeaderboardDefinition.lexicographic(TICKETS_SOLVED.atLeast(0),
                FCR_RATE.atLeast(5), CSAT.atLeast(5));
        // WHEN
        Leaderboard board = def.rank(SCORES);
        // THEN ana and ben tie on all three (1, 1), chen is third (competition ranking: no rank 2); dana and eve
        // are listed unranked with the reason
        assertThat(board.standings()).extracting(Standing::agent).containsExactly("ana", "ben", "chen", "dana", "eve");
        assertThat(board.ranked()).extracting(Standing::rank)
                .containsExactly(OptionalInt.of(1), OptionalInt.of(1), OptionalInt.of(3));
        Standing dana = board.standing("dana").orElseThrow();
        assertThat(dana.ranked()).isFalse();
        assertThat(dana.reason()).contains("csat: too few (3 < 5)");
        assertThat(dana.score("csat").orElseThrow()).isEqualTo(new Standing.Score("csat", OptionalDouble.of(1.0), 3, 5,
                Standing.Score.State.TOO_FEW));
        assertThat(board.standing("eve").orElseThrow().reason()).contains("fcr.rate: too few (2 < 5); csat: no data");
        assertThat(board.standing("eve").orElseThrow().score("csat").orElseThrow().value()).isEmpty();
        assertThat(board.standing("chen").orElseThrow().scores()).extracting(Standing.Score::sample)
                .containsExactly(9L, 10L, 20L);
        assertThat(board.standing("chen").orElseThrow().weightedScore()).isEmpty();
        assertThat(board.unranked()).extracting(Standing::agent).containsExactly("dana", "eve");
    }

    @Test
    void should_rank_by_weighted_percentile_ranks() {
        // GIVEN equal weights over the three eligible agents (n = 3). Solved: ana, ben 12 (1 below, 2 equal:
        // 2*1+2 = 4), chen 9 (0 below, 1 equal: 1). FCR and CSAT: ana, ben 2 each, chen 2*2+1 = 5.
        LeaderboardDefinition def = LeaderboardDefinition.weighted(TICKETS_SOLVED.atLeast(0), FCR_RATE.atLeast(5),
                CSAT.atLeast(5));
        // WHEN
        Leaderboard board = def.rank(SCORES);
        // THEN chen 4+... : sums chen 1+5+5 = 11, ana and ben 4+2+2 = 8; scores 11/18 and 8/18 (2 n sum(w) = 18)
        assertThat(board.ranked()).extracting(Standing::agent).containsExactly("chen", "ana", "ben");
        assertThat(board.ranked()).extracting(Standing::rank)
                .containsExactly(OptionalInt.of(1), OptionalInt.of(2), OptionalInt.of(2));
        assertThat(board.standing("chen").orElseThrow().weightedScore().getAsDouble()).isCloseTo(11.0 / 18, within(1e-12));
        assertThat(board.standing("ana").orElseThrow().weightedScore().getAsDouble()).isCloseTo(8.0 / 18, within(1e-12));
        // AND with three times the weight on tickets solved: ana, ben 3*4+2+2 = 16, chen 3*1+5+5 = 13
        Leaderboard solvedFirst = def.withWeight("tickets.solved", 3).rank(SCORES);
        assertThat(solvedFirst.ranked()).extracting(Standing::agent).containsExactly("ana", "ben", "chen");
        assertThat(solvedFirst.ranked()).extracting(Standing::rank)
                .containsExactly(OptionalInt.of(1), OptionalInt.of(1), OptionalInt.of(3));
        assertThat(solvedFirst.standing("chen").orElseThrow().weightedScore().getAsDouble())
                .isCloseTo(13.0 / 30, within(1e-12));
        assertThat(solvedFirst.unranked()).extracting(Standing::agent).containsExactly("dana", "eve");
    }

    @Test
    void should_rank_lower_first_response_first_and_leave_a_median_of_totals_as_no_data() {
        // GIVEN medians of 30 and 10 minutes, and a count and sum alone for chen
        Segmented<String, DurationStats> frt = Segmented.of("agent", DurationStats.EMPTY, Map.of(
                "ana", DurationStats.of(Duration.ofMinutes(20), Duration.ofMinutes(30), Duration.ofMinutes(90)),
                "ben", DurationStats.of(Duration.ofMinutes(10)),
                "chen", DurationStats.ofTotals(4, Duration.ofMinutes(40), 0)), DurationStats.EMPTY);
        // WHEN
        Leaderboard board = LeaderboardDefinition.lexicographic(FRT_MEDIAN.atLeast(1))
                .rank(LeaderboardScores.empty().with(FRT_MEDIAN, frt));
        // THEN
        assertThat(board.ranked()).extracting(Standing::agent).containsExactly("ben", "ana");
        assertThat(board.standing("ana").orElseThrow().score("frt.median").orElseThrow().value()).hasValue(1800.0);
        assertThat(board.standing("chen").orElseThrow().reason()).contains("frt.median: no data");
    }

    @Test
    void should_rank_by_the_default_solved_then_fcr_then_csat() {
        LeaderboardDefinition def = LeaderboardDefinition.defaults();
        assertThat(def.mode()).isEqualTo(LeaderboardDefinition.Mode.LEXICOGRAPHIC);
        assertThat(def.rules()).extracting(r -> r.criterion().id()).containsExactly("tickets.solved", "fcr.rate", "csat");
        assertThat(def.rules()).extracting(LeaderboardDefinition.Rule::minimumSample).containsOnly(1L);
        // with minimum 1, dana (3 answers) and eve are counted except eve's CSAT: dana, ana, ben tie on 12 solved
        // and dana's FCR of 0.5 puts her third
        Leaderboard board = def.rank(SCORES);
        assertThat(board.ranked()).extracting(Standing::agent).containsExactly("ana", "ben", "dana", "chen");
        assertThat(board.ranked()).extracting(s -> s.rank().getAsInt()).containsExactly(1, 1, 3, 4);
        assertThat(board.unranked()).extracting(Standing::agent).containsExactly("eve");
    }

    @Test
    void should_join_a_metric_sets_tallies_by_agent_as_each_metric_by_agent() {
        // GIVEN tickets of ana (2, one solved with one reply), ben (1, solved), and one unassigned
        List<Ticket> tickets = List.of(ticket("ana", 1, true), ticket("ana", 2, false), ticket("ben", 1, true),
                ticket(null, 1, true));
        MetricSet<Ticket> set = MetricSet.of(ResolvedTickets.defaults(), FirstContactResolution.defaults());
        Segmented<String, Tallies<Ticket>> byAgent = set.by(TicketDimensions.AGENT).over(tickets);
        // WHEN
        LeaderboardScores joined = LeaderboardScores.empty()
                .with(TICKETS_SOLVED, byAgent, t -> t.get(ResolvedTickets.defaults()))
                .with(FCR_RATE, byAgent, t -> t.get(FirstContactResolution.defaults()));
        // THEN the same as each metric by agent; the unassigned ticket is no agent's
        assertThat(joined).isEqualTo(LeaderboardScores.empty()
                .with(FCR_RATE, FirstContactResolution.defaults().by(TicketDimensions.AGENT).over(tickets))
                .with(TICKETS_SOLVED, ResolvedTickets.defaults().by(TicketDimensions.AGENT).over(tickets)));
        assertThat(joined.agents()).containsExactly("ana", "ben");
        assertThat(joined.measure("tickets.solved", "ana")).contains(LeaderboardScores.Measure.of(1, 1));
    }

    @Test
    void should_refuse_bad_definitions_and_scores_missing_a_criterion() {
        assertThatThrownBy(() -> LeaderboardDefinition.lexicographic(CSAT.atLeast(1).withWeight(2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("weight must be 1 in LEXICOGRAPHIC order, where weights play no part: 2.0 for csat");
        assertThatThrownBy(() -> LeaderboardDefinition.weighted(CSAT.atLeast(1), CSAT.atLeast(2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("criterion must appear once: csat");
        assertThatThrownBy(() -> LeaderboardDefinition.weighted()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rules must not be empty");
        assertThatThrownBy(() -> CSAT.atLeast(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("minimumSample must not be negative: -1 for csat");
        assertThatThrownBy(() -> CSAT.atLeast(1).withWeight(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("weight must be positive and finite: NaN for csat");
        assertThatThrownBy(() -> LeaderboardDefinition.defaults().rank(LeaderboardScores.empty()
                .with(TICKETS_SOLVED, Segmented.<String, Count>empty("agent", Count.ZERO))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("scores must have every criterion of the definition: no fcr.rate in [tickets.solved]");
        assertThatThrownBy(() -> SCORES.withMeasures("csat", Map.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("criterion must be given once: csat");
        assertThatThrownBy(() -> LeaderboardCriterion.of("CSAT_score", LeaderboardCriterion.Direction.HIGHER_IS_BETTER,
                Ratio::value)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("id must be lowercase words");
        assertThatThrownBy(() -> new Standing.Score("csat", OptionalDouble.of(0.5), 3, 5, Standing.Score.State.COUNTED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("state must be TOO_FEW");
    }
}
