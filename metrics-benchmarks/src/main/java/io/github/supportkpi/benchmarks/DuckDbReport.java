package io.github.supportkpi.benchmarks;

import io.github.supportkpi.domain.Ticket;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The standard report in SQL, by an in-memory DuckDB database over JDBC: the tickets loaded once, one row
 * each, then one query per report. Not thread-safe: one connection.
 *
 * <p>The rows carry columns computed from each ticket on loading, by the library's rules: the first human
 * agent reply ({@link Ticket#firstReply(boolean)}) and the count of agent replies. The query then reads
 * neither interactions nor status histories, which favours DuckDB: the library derives those facts from the
 * objects on every report. Instants are epoch nanoseconds in {@code BIGINT} columns.
 *
 * <p>The SLA part is exact for the generated tickets only: a 24x7 calendar in UTC (SLA time is calendar time)
 * and no status history (no paused segment). See {@link #QUERY}.
 */
final class DuckDbReport implements AutoCloseable {
    /** The table of tickets, a row per ticket. */
    static final String TICKETS = "CREATE TABLE tickets ("
            + "created_ns BIGINT NOT NULL, "       // epoch nanoseconds
            + "first_reply_ns BIGINT, "            // the first human agent reply; NULL when none
            + "resolved_ns BIGINT, "               // the final resolution; NULL unless resolved now
            + "channel VARCHAR NOT NULL, "
            + "priority VARCHAR NOT NULL, "
            + "agent_replies INTEGER NOT NULL, "   // public replies by human agents
            + "reopen_count INTEGER NOT NULL, "
            + "escalated BOOLEAN NOT NULL, "
            + "transferred BOOLEAN NOT NULL)";

    /** The SLA targets, a row per priority. */
    static final String TARGETS = "CREATE TABLE sla_targets ("
            + "priority VARCHAR NOT NULL PRIMARY KEY, first_response_ns BIGINT NOT NULL, resolution_ns BIGINT NOT NULL)";

    /**
     * The whole report in one query; its one parameter is the instant of the SLA evaluation in epoch nanoseconds.
     *
     * <p>SLA clocks, as the library's {@code SlaClock} runs them on a 24x7 calendar without status history:
     * a ticket created after {@code now} is not applicable; an event (first reply, final resolution) after
     * {@code now} has not happened; the first-response clock runs from the creation to the first reply, or to
     * {@code now} without one, whether or not the ticket was solved before (a solve is not a response, the
     * library's default {@code UnrepliedResolution.STAYS_UNANSWERED}, so the SLA time is the first response
     * time); the resolution clock runs to the resolution, or to {@code now}. Achieved: the event happened and the clock is within the target (a reply exactly at the
     * deadline achieves). Breached: the clock is past the target, event or not (overdue counts as breached).
     * Percentiles are {@code quantile_cont}: linear interpolation between closest ranks, the library's
     * {@code PercentileMethod.LINEAR}.
     */
    static final String QUERY = String.join("\n",
            "WITH params AS (SELECT CAST(? AS BIGINT) AS now_ns),",
            "clocks AS (",
            "  SELECT k.*, p.now_ns,",
            "         s.first_response_ns AS fr_target_ns, s.resolution_ns AS res_target_ns,",
            "         CASE WHEN k.first_reply_ns <= p.now_ns THEN k.first_reply_ns END AS fr_event_ns,",
            "         CASE WHEN k.resolved_ns <= p.now_ns THEN k.resolved_ns END AS res_event_ns",
            "  FROM tickets k CROSS JOIN params p LEFT JOIN sla_targets s ON s.priority = k.priority),",
            "elapsed AS (",
            "  SELECT *,",
            "         created_ns <= now_ns AS sla_applies,",
            "         coalesce(fr_event_ns, now_ns) - created_ns AS fr_elapsed_ns,",
            "         coalesce(res_event_ns, now_ns) - created_ns AS res_elapsed_ns",
            "  FROM clocks)",
            "SELECT channel,",
            "       count(*) AS volume,",
            "       count(resolved_ns) AS resolved,",
            "       count(first_reply_ns) AS frt_count,",
            "       avg(first_reply_ns - created_ns) AS frt_mean_ns,",
            "       quantile_cont(first_reply_ns - created_ns, 0.5) AS frt_median_ns,",
            "       avg(resolved_ns - created_ns) AS resolution_mean_ns,",
            "       quantile_cont(resolved_ns - created_ns, 0.9) AS resolution_p90_ns,",
            "       count(*) FILTER (WHERE resolved_ns IS NOT NULL AND agent_replies <= 1 AND reopen_count = 0",
            "                        AND NOT escalated AND NOT transferred) AS fcr_resolved,",
            "       count(*) FILTER (WHERE reopen_count > 0) AS reopened,",
            "       count(*) FILTER (WHERE resolved_ns IS NOT NULL OR reopen_count > 0) AS reopen_eligible,",
            "       count(*) FILTER (WHERE escalated) AS escalated_count,",
            "       count(*) FILTER (WHERE sla_applies AND fr_event_ns IS NOT NULL",
            "                        AND fr_elapsed_ns <= fr_target_ns) AS fr_achieved,",
            "       count(*) FILTER (WHERE sla_applies AND fr_elapsed_ns > fr_target_ns) AS fr_breached,",
            "       count(*) FILTER (WHERE sla_applies AND res_event_ns IS NOT NULL",
            "                        AND res_elapsed_ns <= res_target_ns) AS res_achieved,",
            "       count(*) FILTER (WHERE sla_applies AND res_elapsed_ns > res_target_ns) AS res_breached",
            "FROM elapsed",
            "GROUP BY channel",
            "ORDER BY channel");

    private final DuckDBConnection connection;
    private final PreparedStatement query;
    private final long nowNanos;
    private final long loadMillis;

    private DuckDbReport(DuckDBConnection connection, long nowNanos, long loadMillis) throws SQLException {
        this.connection = connection;
        this.query = connection.prepareStatement(QUERY);
        this.nowNanos = nowNanos;
        this.loadMillis = loadMillis;
    }

    /**
     * Opens an in-memory database and loads the tickets and the targets with DuckDB's appender.
     *
     * @param tickets the tickets, each with a channel and a priority
     * @param now the instant the SLA is evaluated at
     * @return the loaded database
     * @throws SQLException if DuckDB fails
     */
    static DuckDbReport load(List<Ticket> tickets, Instant now) throws SQLException {
        DuckDBConnection c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
        try {
            long start = System.nanoTime();
            try (Statement s = c.createStatement()) {
                s.execute(TICKETS);
                s.execute(TARGETS);
            }
            try (DuckDBAppender a = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "sla_targets")) {
                for (PriorityTargets t : PriorityTargets.STANDARD) {
                    a.beginRow().append(t.priority().name()).append(t.firstResponse().toNanos())
                            .append(t.resolution().toNanos()).endRow();
                }
            }
            try (DuckDBAppender a = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "tickets")) {
                for (Ticket t : tickets) {
                    a.beginRow().append(nanos(t.created()));
                    appendNanos(a, t.firstReply(false));
                    appendNanos(a, t.resolved());
                    a.append(t.channel().orElseThrow().name()).append(t.priority().orElseThrow().name())
                            .append(t.replyCount(false)).append(t.reopenCount()).append(t.escalated())
                            .append(t.transferred()).endRow();
                }
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            return new DuckDbReport(c, nanos(now), millis);
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    private static void appendNanos(DuckDBAppender a, Optional<Instant> instant) throws SQLException {
        if (instant.isPresent()) {
            a.append(nanos(instant.get()));
        } else {
            a.appendNull();
        }
    }

    private static long nanos(Instant i) {
        return Math.addExact(Math.multiplyExact(i.getEpochSecond(), 1_000_000_000L), i.getNano());
    }

    /**
     * How long loading took: creating the tables and appending every row.
     *
     * @return milliseconds
     */
    long loadMillis() {
        return loadMillis;
    }

    /**
     * Sets the number of threads DuckDB runs the query on ({@code SET threads = n}).
     *
     * @param threads at least 1
     * @throws SQLException if DuckDB refuses
     */
    void threads(int threads) throws SQLException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        try (Statement s = connection.createStatement()) {
            s.execute("SET threads = " + threads);
        }
    }

    /**
     * Runs the query.
     *
     * @return the report
     * @throws SQLException if DuckDB fails
     * @throws IllegalStateException if a channel has no measured duration
     */
    StandardReport report() throws SQLException {
        query.setLong(1, nowNanos);
        TreeMap<String, ChannelFigures> channels = new TreeMap<>();
        try (ResultSet r = query.executeQuery()) {
            while (r.next()) {
                String channel = r.getString("channel");
                long volume = r.getLong("volume");
                long resolved = r.getLong("resolved");
                channels.put(channel, new ChannelFigures(volume, resolved, resolved, volume,
                        r.getLong("frt_count"), real(r, "frt_mean_ns", channel),
                        Math.round(real(r, "frt_median_ns", channel)),
                        resolved, real(r, "resolution_mean_ns", channel),
                        Math.round(real(r, "resolution_p90_ns", channel)),
                        r.getLong("fcr_resolved"), volume, r.getLong("reopened"), r.getLong("reopen_eligible"),
                        r.getLong("escalated_count"), volume,
                        r.getLong("fr_achieved"), r.getLong("fr_breached"),
                        r.getLong("res_achieved"), r.getLong("res_breached")));
            }
        }
        return new StandardReport(channels);
    }

    private static double real(ResultSet r, String column, String channel) throws SQLException {
        double v = r.getDouble(column);
        if (r.wasNull()) {
            throw new IllegalStateException(column + " must not be NULL: channel " + channel + " has no measured ticket");
        }
        return v;
    }

    /**
     * Closes the database.
     *
     * @throws SQLException if DuckDB fails
     */
    @Override
    public void close() throws SQLException {
        try {
            query.close();
        } finally {
            connection.close();
        }
    }
}
