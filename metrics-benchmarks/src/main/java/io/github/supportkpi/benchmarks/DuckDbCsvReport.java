package io.github.supportkpi.benchmarks;

import io.github.supportkpi.domain.Channel;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/**
 * The streaming report in SQL: DuckDB's {@code read_csv} over a {@link TicketExport} file, one aggregate
 * query by channel, in an in-memory database opened for the query. The local times are read as the mapping
 * reads them, in {@code Europe/Berlin} ({@code timezone(zone, timestamp)}), so durations across a change of
 * daylight saving time are the library's.
 */
final class DuckDbCsvReport {
    /** The zone of the bundled mapping's local times. */
    static final String ZONE = "Europe/Berlin";

    private DuckDbCsvReport() {}

    /**
     * The query over a file.
     *
     * @param file the export
     * @return the SQL
     */
    static String query(Path file) {
        String path = file.toAbsolutePath().toString().replace("'", "''");
        String resolved = "\"Status\" IN ('" + String.join("', '", TicketExport.RESOLVED_STATUSES) + "')";
        return String.join("\n",
                "SELECT \"Channel\" AS channel,",
                "       count(*) AS volume,",
                "       count(*) FILTER (WHERE " + resolved + ") AS resolved,",
                "       count(frt_s) AS frt_count, avg(frt_s) AS frt_mean_s,",
                "       quantile_cont(frt_s, 0.5) AS frt_median_s,",
                "       count(res_s) AS res_count, avg(res_s) AS res_mean_s,",
                "       quantile_cont(res_s, 0.9) AS res_p90_s",
                "FROM (SELECT \"Channel\", \"Status\",",
                "             epoch(timezone('" + ZONE + "', \"First Response\"))",
                "               - epoch(timezone('" + ZONE + "', \"Created\")) AS frt_s,",
                "             CASE WHEN " + resolved + " THEN epoch(timezone('" + ZONE + "', \"Resolved\"))",
                "               - epoch(timezone('" + ZONE + "', \"Created\")) END AS res_s",
                "      FROM read_csv('" + path + "', header = true, delim = ',', quote = '\"',",
                "                    timestampformat = '%Y-%m-%d %H:%M',",
                "                    columns = {'Ticket ID': 'VARCHAR', 'Created': 'TIMESTAMP', 'Status': 'VARCHAR',",
                "                               'Priority': 'VARCHAR', 'Channel': 'VARCHAR', 'Category': 'VARCHAR',",
                "                               'Agent': 'VARCHAR', 'First Response': 'TIMESTAMP',",
                "                               'Resolved': 'TIMESTAMP', 'CSAT': 'VARCHAR', 'Plan': 'VARCHAR'}))",
                "GROUP BY \"Channel\"",
                "ORDER BY \"Channel\"");
    }

    /**
     * Opens a database, runs the query over the file with some threads and closes the database.
     *
     * @param file the export
     * @param threads the threads DuckDB may use, at least 1
     * @return the figures by channel, the library's channel names
     * @throws SQLException if DuckDB fails
     */
    static Map<String, StreamFigures> report(Path file, int threads) throws SQLException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        Map<String, StreamFigures> out = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("SET threads = " + threads);
            try (ResultSet r = s.executeQuery(query(file))) {
                while (r.next()) {
                    String channel = Channel.of(r.getString("channel")).name();
                    out.put(channel, new StreamFigures(r.getLong("volume"), r.getLong("resolved"),
                            r.getLong("frt_count"), r.getDouble("frt_mean_s"), r.getDouble("frt_median_s"),
                            r.getLong("res_count"), r.getDouble("res_mean_s"), r.getDouble("res_p90_s")));
                }
            }
        }
        return out;
    }
}
