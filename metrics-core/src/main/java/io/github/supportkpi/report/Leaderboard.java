package io.github.supportkpi.report;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Agents ranked by a {@link LeaderboardDefinition} (catalogue M48): the ranked agents first, by rank then agent
 * id, then the unranked ones by agent id, each with its values and samples. Immutable and thread-safe.
 *
 * <pre>{@code
 * Leaderboard board = LeaderboardDefinition.defaults().rank(scores);
 * for (Standing s : board.standings()) {
 *     System.out.println((s.ranked() ? s.rank().getAsInt() + "" : "-") + " " + s.agent() + " "
 *             + s.reason().orElse(""));
 * }
 * }</pre>
 * Every agent of the scores is listed: an agent with too few records is shown unranked with the reason, never
 * left out and never given a zero.
 *
 * @param definition the definition it was ranked by
 * @param standings every agent's standing, ranked ones first
 */
public record Leaderboard(LeaderboardDefinition definition, List<Standing> standings) {
    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException if an agent is listed twice, a standing's scores are not the definition's
     *     criteria, or the order is not: ranked by rank then agent id, then unranked by agent id
     */
    public Leaderboard {
        Objects.requireNonNull(definition, "definition");
        standings = List.copyOf(Objects.requireNonNull(standings, "standings"));
        List<String> ids = definition.rules().stream().map(r -> r.criterion().id()).toList();
        Standing previous = null;
        Set<String> agents = new HashSet<>();
        for (Standing s : standings) {
            if (!agents.add(s.agent())) {
                throw new IllegalArgumentException("agent must be listed once: " + s.agent());
            }
            if (!s.scores().stream().map(Standing.Score::criterion).toList().equals(ids)) {
                throw new IllegalArgumentException("scores must be of the criteria " + ids + ": agent " + s.agent());
            }
            if (previous != null && !inOrder(previous, s)) {
                throw new IllegalArgumentException("standings must be ranked by rank then agent, then unranked by agent: "
                        + previous.agent() + " before " + s.agent());
            }
            previous = s;
        }
    }

    private static boolean inOrder(Standing a, Standing b) {
        if (a.ranked() != b.ranked()) {
            return a.ranked();
        }
        if (a.ranked() && a.rank().getAsInt() != b.rank().getAsInt()) {
            return a.rank().getAsInt() < b.rank().getAsInt();
        }
        return a.agent().compareTo(b.agent()) < 0;
    }

    /**
     * The ranked agents, by rank then agent id.
     *
     * @return the ranked standings
     */
    public List<Standing> ranked() {
        return standings.stream().filter(Standing::ranked).toList();
    }

    /**
     * The unranked agents (too few records or no data for some criterion), by agent id.
     *
     * @return the unranked standings
     */
    public List<Standing> unranked() {
        return standings.stream().filter(s -> !s.ranked()).toList();
    }

    /**
     * One agent's standing.
     *
     * @param agent the agent's id
     * @return the standing; empty when the agent is not on the board
     */
    public Optional<Standing> standing(String agent) {
        Objects.requireNonNull(agent, "agent");
        return standings.stream().filter(s -> s.agent().equals(agent)).findFirst();
    }
}
