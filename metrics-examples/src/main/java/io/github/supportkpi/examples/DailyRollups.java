package io.github.supportkpi.examples;

import io.github.supportkpi.domain.SurveyResponse;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.experience.CustomerSatisfaction;
import io.github.supportkpi.metric.Count;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.DurationStats.Summary;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.metric.Segmented;
import io.github.supportkpi.metric.SurveyDimensions;
import io.github.supportkpi.metric.Tally;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.quality.FirstContactResolution;
import io.github.supportkpi.quality.ReopenRate;
import io.github.supportkpi.report.Trend;
import io.github.supportkpi.sla.SlaTally;
import io.github.supportkpi.sla.SlaTarget;
import io.github.supportkpi.speed.FirstResponseTime;
import io.github.supportkpi.speed.ResolutionTime;
import io.github.supportkpi.speed.ResponseDefinition;
import io.github.supportkpi.time.BusinessCalendar;
import io.github.supportkpi.time.Granularity;
import io.github.supportkpi.wire.MetricIdentity;
import io.github.supportkpi.wire.TallyFormat;
import io.github.supportkpi.workload.TicketVolume;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import static io.github.supportkpi.examples.Format.cell;
import static io.github.supportkpi.examples.Format.duration;
import static io.github.supportkpi.examples.Format.percent;
import static io.github.supportkpi.examples.Format.percentOnly;

/**
 * Daily rollups in an embedded database: a quarter of tickets is tallied day by day into an H2 file database
 * over plain JDBC, one row per day, segment and metric holding the tally's binary form ({@link TallyFormat}),
 * and each month and the quarter are then built from the stored rows alone and compared with a direct pass
 * over the same records, with durations kept exactly and as sketches.
 *
 * <ul>
 *   <li><b>Rows.</b> Table {@code daily_tally}: the day ({@code tally_day}), the dimension ({@code channel}, {@code priority}, or
 *       {@value #ALL} for the day's total), the segment (the key, {@value #NO_KEY} for records with no key,
 *       {@value #ALL} for the total), the metric's id and fingerprint ({@link MetricIdentity}), the format
 *       version and the tally's bytes. A segment with no record on a day has no row: a missing row is the
 *       empty tally. Table {@code metric_definition} maps each fingerprint to its definition's text.</li>
 *   <li><b>Days.</b> A record goes to the day, in {@link #ZONE}, of its metric's own bucket instant
 *       ({@link Metric#bucketInstant()}): creation for volume and SLA compliance, the first response for first
 *       response time, the resolution for resolution time, FCR and reopen rate, the answer for CSAT.</li>
 *   <li><b>Reading back.</b> The rows of one definition (id and fingerprint) are selected by day and each is
 *       decoded with the metric in hand, {@link TallyFormat#fromBytes}, which refuses a tally of any other
 *       definition, then merged with {@code plus}.</li>
 * </ul>
 *
 * <pre>
 * mvn -B -q -pl metrics-examples -am compile exec:java -Dexec.mainClass=io.github.supportkpi.examples.DailyRollups
 * mvn -B -q -pl metrics-examples -am compile exec:java -Dexec.mainClass=io.github.supportkpi.examples.DailyRollups \
 *     -Dexec.args="/var/tmp/rollups 7"        # the database's directory (default a new temporary one), seed 7
 * </pre>
 *
 * Exits with status 1 if a tally built from the rows differs from the direct pass, or a sketch percentile is
 * out of its bound.
 */
public final class DailyRollups {
    /** The help desk's zone: days are calendar days there (2025-03-30 has 23 hours). */
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    /** The first day of the quarter. */
    static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);
    /** The day after the quarter's last: the quarter has 90 days. */
    static final LocalDate END = LocalDate.of(2025, 4, 1);
    /** The default seed of the generated tickets. */
    static final long SEED = 42;
    /** The dimension and segment of the day's total. */
    static final String ALL = "(all)";
    /** The segment of the records with no key for the dimension. */
    static final String NO_KEY = "(none)";
    /** The months and the quarter built from the rows. */
    static final List<Period> PERIODS = List.of(
            new Period("2025-01", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1)),
            new Period("2025-02", LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 1)),
            new Period("2025-03", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1)),
            new Period("2025-Q1", FIRST_DAY, END));
    /** The percentiles whose sketch values are checked against the exact ones. */
    private static final double[] PERCENTILES = percentiles();

    static final String CREATE_DEFINITIONS = "CREATE TABLE IF NOT EXISTS metric_definition ("
            + "fingerprint CHAR(16) PRIMARY KEY, "
            + "metric_id VARCHAR(64) NOT NULL, "
            + "definition CHARACTER LARGE OBJECT NOT NULL)";
    static final String CREATE_TALLIES = "CREATE TABLE IF NOT EXISTS daily_tally ("
            + "tally_day DATE NOT NULL, "
            + "dimension VARCHAR(32) NOT NULL, "
            + "segment VARCHAR(64) NOT NULL, "
            + "metric_id VARCHAR(64) NOT NULL, "
            + "fingerprint CHAR(16) NOT NULL REFERENCES metric_definition (fingerprint), "
            + "format_version VARCHAR(7) NOT NULL, "
            + "tally VARBINARY NOT NULL, "
            + "PRIMARY KEY (metric_id, fingerprint, tally_day, dimension, segment))";
    static final String INSERT = "INSERT INTO daily_tally "
            + "(tally_day, dimension, segment, metric_id, fingerprint, format_version, tally) VALUES (?, ?, ?, ?, ?, ?, ?)";
    static final String SELECT = "SELECT tally_day, dimension, segment, tally FROM daily_tally "
            + "WHERE metric_id = ? AND fingerprint = ? AND tally_day >= ? AND tally_day < ? ORDER BY tally_day, dimension, segment";

    private static final TallyFormat FORMAT = TallyFormat.standard();

    private DailyRollups() {}

    /**
     * Runs the example.
     *
     * @param args optionally the database's directory (default a new temporary directory) and the seed
     * @throws IOException if the directory cannot be made
     * @throws SQLException if the database fails
     */
    public static void main(String[] args) throws IOException, SQLException {
        Path directory = args.length > 0 ? Files.createDirectories(Path.of(args[0]))
                : Files.createTempDirectory("supportkpi-rollups");
        long seed = args.length > 1 ? seed(args[1]) : SEED;
        Quarter quarter = Quarter.generate(seed);
        List<Outcome> outcomes = new ArrayList<>();
        for (Summary summary : Summary.values()) {
            outcomes.add(run(directory, summary, quarter));
        }
        System.out.print(render(seed, quarter, outcomes));
        if (!outcomes.stream().allMatch(Outcome::ok)) {
            System.exit(1);
        }
    }

    private static long seed(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("seed must be a whole number: \"" + text + "\"", e);
        }
    }

    /**
     * The quarter's records: the tickets created in it and the survey responses answered in it.
     *
     * @param tickets the tickets
     * @param surveys the survey responses
     */
    record Quarter(List<Ticket> tickets, List<SurveyResponse> surveys) {
        /** @return the records of a generated help desk from {@link #FIRST_DAY} to {@link #END} */
        static Quarter generate(long seed) {
            HelpDeskDataset data = HelpDeskDataset.generate(seed, FIRST_DAY, 13, ZONE);
            Instant end = END.atStartOfDay(ZONE).toInstant();
            return new Quarter(data.tickets().stream().filter(t -> t.created().isBefore(end)).toList(),
                    data.surveys().stream().filter(s -> s.at().isBefore(end)).toList());
        }
    }

    /**
     * A month or the quarter: the days {@code [from, to)}.
     *
     * @param name such as {@code 2025-01}
     * @param from the first day
     * @param to the day after the last
     */
    record Period(String name, LocalDate from, LocalDate to) {}

    /**
     * Where a stored tally belongs within a day and metric.
     *
     * @param dimension the dimension's name, or {@link #ALL} for the total
     * @param segment the key's text, {@link #NO_KEY}, or {@link #ALL} for the total
     */
    record Segment(String dimension, String segment) {
        @Override
        public String toString() {
            return dimension.equals(ALL) ? ALL : dimension + "=" + segment;
        }
    }

    /**
     * A metric whose daily tallies are stored: its records and the dimensions its rows are segmented by.
     *
     * @param label the name printed, such as {@code frt (office hours)}
     * @param metric the metric
     * @param records its records
     * @param dimensions the dimensions
     * @param <T> the record type
     * @param <S> the tally type
     */
    record Rollup<T, S extends Tally<S>>(String label, Metric<T, S> metric, List<? extends T> records,
            List<Dimension<? super T, ?>> dimensions) {
        /** @return the instant that puts a record in a day: the metric's own */
        Function<? super T, Instant> instant() {
            return metric.bucketInstant().orElseThrow(
                    () -> new IllegalStateException(metric.id() + " declares no bucket instant"));
        }

        /** @return the same rollup, durations kept as {@code summary} says */
        Rollup<T, S> withSummary(Summary summary) {
            return new Rollup<>(label, metric.withSummary(summary), records, dimensions);
        }
    }

    /**
     * The metrics stored, each with its records, durations kept as {@code summary} says.
     *
     * @param quarter the records
     * @param summary how durations are kept
     * @return the rollups
     */
    static List<Rollup<?, ?>> rollups(Quarter quarter, Summary summary) {
        BusinessCalendar office = BusinessCalendar.builder(ZONE).weekdays(LocalTime.of(8, 0), LocalTime.of(18, 0))
                .build();
        List<Dimension<? super Ticket, ?>> byTicket = List.of(TicketDimensions.CHANNEL, TicketDimensions.PRIORITY);
        List<Ticket> tickets = quarter.tickets();
        List<Rollup<?, ?>> all = List.of(
                new Rollup<>("ticket.volume", TicketVolume.defaults(), tickets, byTicket),
                new Rollup<>("frt", FirstResponseTime.defaults(), tickets, byTicket),
                new Rollup<>("frt (office hours)",
                        FirstResponseTime.of(ResponseDefinition.DEFAULT.withElapsedTime(office)), tickets, byTicket),
                new Rollup<>("resolution.time", ResolutionTime.defaults(), tickets, byTicket),
                new Rollup<>("fcr.rate", FirstContactResolution.defaults(), tickets, byTicket),
                new Rollup<>("reopen.rate", ReopenRate.defaults(), tickets, byTicket),
                // Evaluated as of the quarter's end: the instant is part of the definition, so every day's
                // rows share one fingerprint.
                new Rollup<>("sla.compliance", KpiReport.sla(office, END.atStartOfDay(ZONE).toInstant()), tickets,
                        byTicket),
                new Rollup<>("csat", CustomerSatisfaction.defaults(), quarter.surveys(),
                        List.<Dimension<? super SurveyResponse, ?>>of(SurveyDimensions.CHANNEL)));
        return all.stream().<Rollup<?, ?>>map(r -> r.withSummary(summary)).toList();
    }

    /**
     * Opens (or creates) the H2 file database of a summary mode in a directory and makes its tables.
     *
     * @param directory the directory
     * @param summary the mode, which names the file: {@code rollups-exact.mv.db} or {@code rollups-sketch.mv.db}
     * @return the connection
     * @throws SQLException if the database cannot be opened
     */
    static Connection open(Path directory, Summary summary) throws SQLException {
        Connection db = DriverManager.getConnection(url(directory, summary), "sa", "");
        try (Statement s = db.createStatement()) {
            s.execute(CREATE_DEFINITIONS);
            s.execute(CREATE_TALLIES);
        } catch (SQLException e) {
            db.close();
            throw e;
        }
        return db;
    }

    static String url(Path directory, Summary summary) {
        return "jdbc:h2:file:" + directory.toAbsolutePath().resolve("rollups-" + summary.name().toLowerCase(Locale.ROOT));
    }

    /**
     * A stored row, as read back.
     *
     * @param day the day
     * @param segment the dimension and segment
     * @param tally the binary form
     */
    record StoredRow(LocalDate day, Segment segment, byte[] tally) {}

    /**
     * Stores the rows of a metric for the days {@code [from, to)}, replacing the rows of those days that its
     * definition had: what a daily job does for yesterday, here for each day of a range, in one transaction.
     *
     * @param db the database
     * @param rollup the metric and its records
     * @param from the first day
     * @param to the day after the last
     * @param <T> the record type
     * @param <S> the tally type
     * @return the rows written
     * @throws SQLException if the database fails; nothing is then changed
     */
    static <T, S extends Tally<S>> int store(Connection db, Rollup<T, S> rollup, LocalDate from, LocalDate to)
            throws SQLException {
        Map<LocalDate, List<T>> byDay = new TreeMap<>();
        for (T record : rollup.records()) {
            Instant at = rollup.instant().apply(record);
            LocalDate day = at == null ? null : LocalDate.ofInstant(at, ZONE);
            if (day != null && !day.isBefore(from) && day.isBefore(to)) {
                byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(record);
            }
        }
        Metric<T, S> metric = rollup.metric();
        MetricIdentity identity = MetricIdentity.of(metric);
        String version = TallyFormat.MAJOR + "." + TallyFormat.MINOR;
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try (PreparedStatement definition = db.prepareStatement(
                        "MERGE INTO metric_definition (fingerprint, metric_id, definition) KEY (fingerprint) VALUES (?, ?, ?)");
                PreparedStatement delete = db.prepareStatement(
                        "DELETE FROM daily_tally WHERE metric_id = ? AND fingerprint = ? AND tally_day >= ? AND tally_day < ?");
                PreparedStatement insert = db.prepareStatement(INSERT)) {
            definition.setString(1, identity.fingerprint());
            definition.setString(2, identity.id());
            definition.setString(3, identity.definition());
            definition.executeUpdate();
            delete.setString(1, identity.id());
            delete.setString(2, identity.fingerprint());
            delete.setObject(3, from);
            delete.setObject(4, to);
            delete.executeUpdate();
            int rows = 0;
            for (Map.Entry<LocalDate, List<T>> day : byDay.entrySet()) {
                for (Map.Entry<Segment, S> e : segments(rollup, day.getValue()).entrySet()) {
                    if (e.getValue().equals(metric.empty())) {
                        continue;
                    }
                    insert.setObject(1, day.getKey());
                    insert.setString(2, e.getKey().dimension());
                    insert.setString(3, e.getKey().segment());
                    insert.setString(4, identity.id());
                    insert.setString(5, identity.fingerprint());
                    insert.setString(6, version);
                    insert.setBytes(7, FORMAT.toBytes(metric, e.getValue()));
                    insert.addBatch();
                    rows++;
                }
            }
            insert.executeBatch();
            db.commit();
            return rows;
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(autoCommit);
        }
    }

    /**
     * The tallies of some records: the total, then each dimension's segments and keyless tally.
     *
     * @param rollup the metric and its dimensions
     * @param records the records, such as one day's
     * @param <T> the record type
     * @param <S> the tally type
     * @return the tallies, the total first
     */
    static <T, S extends Tally<S>> Map<Segment, S> segments(Rollup<T, S> rollup, Iterable<? extends T> records) {
        Map<Segment, S> out = new LinkedHashMap<>();
        for (Dimension<? super T, ?> d : rollup.dimensions()) {
            addSegments(out, d.name(), rollup.metric().by(d).over(records));
        }
        return out;
    }

    private static <K extends Comparable<? super K>, S extends Tally<S>> void addSegments(Map<Segment, S> out,
            String dimension, Segmented<K, S> segmented) {
        out.putIfAbsent(new Segment(ALL, ALL), segmented.total());
        segmented.segments().forEach((key, tally) -> out.put(new Segment(dimension, key.toString()), tally));
        out.put(new Segment(dimension, NO_KEY), segmented.absent());
    }

    /**
     * The stored rows of a metric's definition (its id and fingerprint) on the days {@code [from, to)}.
     *
     * @param db the database
     * @param metric the metric
     * @param from the first day
     * @param to the day after the last
     * @return the rows, by day
     * @throws SQLException if the database fails
     */
    static List<StoredRow> rows(Connection db, Metric<?, ?> metric, LocalDate from, LocalDate to) throws SQLException {
        MetricIdentity identity = MetricIdentity.of(metric);
        List<StoredRow> rows = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement(SELECT)) {
            select.setString(1, identity.id());
            select.setString(2, identity.fingerprint());
            select.setObject(3, from);
            select.setObject(4, to);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new StoredRow(rs.getObject(1, LocalDate.class), new Segment(rs.getString(2), rs.getString(3)),
                            rs.getBytes(4)));
                }
            }
        }
        return rows;
    }

    /**
     * Decodes rows with a metric and merges them per segment, in the order given.
     *
     * @param metric the metric they must belong to
     * @param rows the rows
     * @param <S> the tally type
     * @return the merged tally of each segment found
     * @throws io.github.supportkpi.wire.TallyFormatException if a row holds a tally of another definition, or
     *     bytes changed or cut short
     */
    static <S extends Tally<S>> Map<Segment, S> merge(Metric<?, S> metric, List<StoredRow> rows) {
        Map<Segment, S> out = new LinkedHashMap<>();
        for (StoredRow row : rows) {
            out.merge(row.segment(), FORMAT.fromBytes(metric, row.tally()), (a, b) -> a.plus(b));
        }
        return out;
    }

    /**
     * The direct pass: the metric over its records whose bucket instant falls in a period, segmented by each
     * dimension, with the library's own bucketing ({@link Trend}) rather than the rows' days.
     *
     * @param rollup the metric and its records
     * @param period the period
     * @param <T> the record type
     * @param <S> the tally type
     * @return the tally of each segment, the total first
     */
    static <T, S extends Tally<S>> Map<Segment, S> direct(Rollup<T, S> rollup, Period period) {
        Map<Segment, S> out = new LinkedHashMap<>();
        for (Dimension<? super T, ?> d : rollup.dimensions()) {
            addSegments(out, d.name(), trend(rollup, d, period));
        }
        return out;
    }

    private static <T, K extends Comparable<? super K>, S extends Tally<S>> Segmented<K, S> trend(Rollup<T, S> rollup,
            Dimension<? super T, K> dimension, Period period) {
        return Trend.metric(rollup.metric().by(dimension), rollup.instant(), period.from().atStartOfDay(ZONE).toInstant(),
                period.to().atStartOfDay(ZONE).toInstant(), Granularity.MONTH, ZONE).over(rollup.records()).inRange();
    }

    /**
     * One tally built from the rows, compared with the direct pass.
     *
     * @param period the period's name
     * @param label the metric's label
     * @param segment the segment
     * @param fromRows the merge of the stored rows
     * @param direct the direct pass, in the same summary mode
     * @param sketch in SKETCH mode, for durations: the check against the exact direct pass
     */
    record Check(String period, String label, Segment segment, Tally<?> fromRows, Tally<?> direct,
            Optional<SketchCheck> sketch) {
        /** @return whether the tallies are equal and any sketch percentile is within its bound */
        boolean ok() {
            return fromRows.equals(direct) && sketch.map(SketchCheck::within).orElse(true);
        }
    }

    /**
     * Sketch percentiles from the rows against the exact percentiles of the direct pass.
     *
     * @param exact the exact direct pass
     * @param worstError the largest relative error over the percentiles checked (0 to 100 by 1, and 99.9)
     * @param within whether each is within {@link DurationStats#SKETCH_RELATIVE_ERROR} of the exact one
     *     (plus the nanosecond of rounding its bound allows)
     */
    record SketchCheck(DurationStats exact, double worstError, boolean within) {
        static SketchCheck of(DurationStats sketch, DurationStats exact) {
            double worst = 0;
            boolean within = sketch.count() == exact.count();
            for (double p : PERCENTILES) {
                Optional<Duration> s = sketch.percentile(p);
                Optional<Duration> e = exact.percentile(p);
                if (s.isPresent() != e.isPresent()) {
                    within = false;
                } else if (e.isPresent()) {
                    long en = e.get().toNanos();
                    long diff = Math.abs(s.get().toNanos() - en);
                    within &= diff <= DurationStats.SKETCH_RELATIVE_ERROR * en + 1;
                    if (en > 0) {
                        worst = Math.max(worst, (double) diff / en);
                    }
                }
            }
            return new SketchCheck(exact, worst, within);
        }
    }

    /**
     * The size of one metric's stored rows.
     *
     * @param label the metric's label
     * @param identity its identity
     * @param rows how many rows
     * @param bytes their tallies' bytes
     * @param largest the largest tally's bytes
     */
    record Size(String label, MetricIdentity identity, long rows, long bytes, long largest) {}

    /**
     * What one summary mode gave.
     *
     * @param summary the mode
     * @param url the database's JDBC URL
     * @param engine the database engine and version
     * @param sizes each metric's rows and bytes
     * @param checks every tally built from rows, compared with the direct pass
     * @param sample a stored row of the first metric's day total, with its JSON form
     */
    record Outcome(Summary summary, String url, String engine, List<Size> sizes, List<Check> checks, String sample) {
        /** @return whether every check passed */
        boolean ok() {
            return !checks.isEmpty() && checks.stream().allMatch(Check::ok);
        }

        long rows() {
            return sizes.stream().mapToLong(Size::rows).sum();
        }

        long bytes() {
            return sizes.stream().mapToLong(Size::bytes).sum();
        }
    }

    /**
     * Stores the quarter's rows in the database of a summary mode, builds each period from them and compares
     * with the direct pass.
     *
     * @param directory the database's directory
     * @param summary how durations are kept
     * @param quarter the records
     * @return the sizes and the checks
     * @throws SQLException if the database fails
     */
    static Outcome run(Path directory, Summary summary, Quarter quarter) throws SQLException {
        List<Rollup<?, ?>> rollups = rollups(quarter, summary);
        try (Connection db = open(directory, summary)) {
            for (Rollup<?, ?> r : rollups) {
                store(db, r, FIRST_DAY, END);
            }
            List<Size> sizes = new ArrayList<>();
            List<Check> checks = new ArrayList<>();
            for (Rollup<?, ?> r : rollups) {
                sizes.add(size(db, r));
                for (Period p : PERIODS) {
                    checks.addAll(check(db, r, p));
                }
            }
            String engine = db.getMetaData().getDatabaseProductName() + " " + db.getMetaData().getDatabaseProductVersion();
            return new Outcome(summary, url(directory, summary), engine, sizes, checks, sample(db, rollups.get(0)));
        }
    }

    /**
     * Builds a period's tallies of a metric from its stored rows and compares each segment with the direct pass.
     *
     * @param db the database
     * @param rollup the metric and its records
     * @param period the period
     * @param <T> the record type
     * @param <S> the tally type
     * @return a check per segment found in the rows or the direct pass
     * @throws SQLException if the database fails
     */
    static <T, S extends Tally<S>> List<Check> check(Connection db, Rollup<T, S> rollup, Period period)
            throws SQLException {
        Metric<T, S> metric = rollup.metric();
        Map<Segment, S> fromRows = merge(metric, rows(db, metric, period.from(), period.to()));
        Map<Segment, S> direct = direct(rollup, period);
        Map<Segment, S> exact = metric.empty() instanceof DurationStats d && d.summary() == Summary.SKETCH
                ? direct(rollup.withSummary(Summary.EXACT), period) : Map.of();
        Set<Segment> segments = new LinkedHashSet<>(direct.keySet());
        segments.addAll(fromRows.keySet());
        List<Check> checks = new ArrayList<>();
        for (Segment s : segments) {
            S rows = fromRows.getOrDefault(s, metric.empty());
            S pass = direct.getOrDefault(s, metric.empty());
            Optional<SketchCheck> sketch = rows instanceof DurationStats d && exact.get(s) instanceof DurationStats e
                    ? Optional.of(SketchCheck.of(d, e)) : Optional.empty();
            checks.add(new Check(period.name(), rollup.label(), s, rows, pass, sketch));
        }
        return checks;
    }

    private static Size size(Connection db, Rollup<?, ?> rollup) throws SQLException {
        MetricIdentity identity = MetricIdentity.of(rollup.metric());
        try (PreparedStatement s = db.prepareStatement("SELECT COUNT(*), COALESCE(SUM(OCTET_LENGTH(tally)), 0), "
                + "COALESCE(MAX(OCTET_LENGTH(tally)), 0) FROM daily_tally WHERE metric_id = ? AND fingerprint = ?")) {
            s.setString(1, identity.id());
            s.setString(2, identity.fingerprint());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return new Size(rollup.label(), identity, rs.getLong(1), rs.getLong(2), rs.getLong(3));
            }
        }
    }

    /** The first stored row of a metric's day total, as a line of its columns, and its JSON form. */
    private static <T, S extends Tally<S>> String sample(Connection db, Rollup<T, S> rollup) throws SQLException {
        MetricIdentity identity = MetricIdentity.of(rollup.metric());
        try (PreparedStatement s = db.prepareStatement("SELECT tally_day, dimension, segment, metric_id, fingerprint, "
                + "format_version, tally FROM daily_tally WHERE metric_id = ? AND fingerprint = ? AND dimension = ? "
                + "ORDER BY tally_day FETCH FIRST ROW ONLY")) {
            s.setString(1, identity.id());
            s.setString(2, identity.fingerprint());
            s.setString(3, ALL);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return "no rows";
                }
                byte[] tally = rs.getBytes(7);
                S t = FORMAT.fromBytes(rollup.metric(), tally);
                return String.format(Locale.ROOT, "(%s, %s, %s, %s, %s, %s, %d bytes) = %s%n  its JSON form: %s",
                        rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), tally.length, t, FORMAT.toJson(rollup.metric(), t));
            }
        }
    }

    private static double[] percentiles() {
        double[] p = new double[102];
        for (int i = 0; i <= 100; i++) {
            p[i] = i;
        }
        p[101] = 99.9;
        return p;
    }

    // ---- the printed report ----

    /**
     * The report of both modes as text.
     *
     * @param seed the seed
     * @param quarter the records
     * @param outcomes what each mode gave
     * @return the text
     */
    static String render(long seed, Quarter quarter, List<Outcome> outcomes) {
        StringBuilder out = new StringBuilder();
        line(out, "supportkpi - daily rollups in an embedded database, built back into months and a quarter");
        line(out, "seed %d: %d tickets created %s to %s (%s), %d survey responses", seed, quarter.tickets().size(),
                FIRST_DAY, END.minusDays(1), ZONE, quarter.surveys().size());
        line(out, "a record's day is its metric's bucket instant in %s: creation for ticket.volume and", ZONE);
        line(out, "  sla.compliance, first response for frt, resolution for resolution.time, fcr.rate and reopen.rate,");
        line(out, "  the answer for csat");
        line(out, "one row per day x segment x metric: dimension channel or priority (csat: channel), segment the key");
        line(out, "  or %s; the day's total in dimension %s; a segment with no record that day has no row", NO_KEY, ALL);
        for (Outcome o : outcomes) {
            renderOutcome(out, o);
        }
        out.append(System.lineSeparator());
        long checks = outcomes.stream().mapToLong(o -> o.checks().size()).sum();
        long failed = outcomes.stream().flatMap(o -> o.checks().stream()).filter(c -> !c.ok()).count();
        if (failed == 0 && outcomes.stream().allMatch(Outcome::ok)) {
            line(out, "OK: all %d tallies built from the stored rows equal the direct pass (exact and sketch);", checks);
            line(out, "    every sketch percentile is within %.3f%% of the exact one",
                    100 * DurationStats.SKETCH_RELATIVE_ERROR);
        } else {
            line(out, "FAILED: %d of %d tallies built from the stored rows differ from the direct pass", failed, checks);
            outcomes.stream().flatMap(o -> o.checks().stream()).filter(c -> !c.ok()).limit(20).forEach(c -> line(out,
                    "  %s %s %s: rows %s, direct %s", c.period(), c.label(), c.segment(), c.fromRows(), c.direct()));
        }
        return out.toString();
    }

    private static void renderOutcome(StringBuilder out, Outcome o) {
        section(out, o.summary() + " durations: " + o.url() + " (" + o.engine() + ")");
        line(out, "stored %d rows, %d bytes of tallies, %.1f bytes a row", o.rows(), o.bytes(),
                o.rows() == 0 ? 0.0 : (double) o.bytes() / o.rows());
        line(out, "  %s%s%s%s%s%s", cell("metric", 20), cell("fingerprint", 18), cell("rows", 7), cell("bytes", 10),
                cell("a row", 8), "largest");
        for (Size s : o.sizes()) {
            line(out, "  %s%s%s%s%s%d", cell(s.label(), 20), cell(s.identity().fingerprint(), 18), cell(s.rows(), 7),
                    cell(s.bytes(), 10), cell(String.format(Locale.ROOT, "%.1f", s.rows() == 0 ? 0.0
                            : (double) s.bytes() / s.rows()), 8), s.largest());
        }
        line(out, "a row: %s", o.sample());

        line(out, "");
        line(out, "built from the stored rows = direct pass (tallies equal, of the segments compared):");
        StringBuilder head = new StringBuilder("  " + cell("metric", 20));
        for (Period p : PERIODS) {
            head.append(cell(p.name(), 10));
        }
        line(out, "%s", head);
        Map<String, Map<String, long[]>> byLabel = new LinkedHashMap<>();
        for (Check c : o.checks()) {
            long[] n = byLabel.computeIfAbsent(c.label(), l -> new LinkedHashMap<>())
                    .computeIfAbsent(c.period(), p -> new long[2]);
            n[0] += c.ok() ? 1 : 0;
            n[1]++;
        }
        byLabel.forEach((label, periods) -> {
            StringBuilder row = new StringBuilder("  " + cell(label, 20));
            periods.forEach((p, n) -> row.append(cell(n[0] + "/" + n[1], 10)));
            line(out, "%s", row);
        });

        String quarter = PERIODS.get(PERIODS.size() - 1).name();
        line(out, "");
        if (o.summary() == Summary.EXACT) {
            line(out, "%s by segment: built from the rows, the direct pass, equal (segments empty in both not listed)",
                    quarter);
            for (Check c : o.checks()) {
                if (c.period().equals(quarter) && listed(c)) {
                    line(out, "  %s%s%s%s%s", cell(c.label(), 20), cell(c.segment(), 18), cell(value(c.fromRows()), 38),
                            cell(value(c.direct()), 38), c.ok() ? "yes" : "NO");
                }
            }
        } else {
            line(out, "%s durations by segment: the sketch built from the rows (equal to the direct sketch pass?)", quarter);
            line(out, "  against the exact pass, bound %.3f%%; the worst error is over p0 to p100 and p99.9",
                100 * DurationStats.SKETCH_RELATIVE_ERROR);
            line(out, "  %s%s%s%s%s%s%s%s", cell("metric", 20), cell("segment", 18), cell("p50 sketch", 12),
                    cell("p50 exact", 12), cell("p90 sketch", 12), cell("p90 exact", 12), cell("worst error", 13),
                    "sketch equal, within");
            for (Check c : o.checks()) {
                if (c.period().equals(quarter) && c.sketch().isPresent() && listed(c)) {
                    DurationStats s = (DurationStats) c.fromRows();
                    DurationStats e = c.sketch().get().exact();
                    line(out, "  %s%s%s%s%s%s%s%s, %s", cell(c.label(), 20), cell(c.segment(), 18),
                            cell(seconds(s.median()), 12), cell(seconds(e.median()), 12),
                            cell(seconds(s.percentile(90)), 12), cell(seconds(e.percentile(90)), 12),
                            cell(String.format(Locale.ROOT, "%.3f%%", 100 * c.sketch().get().worstError()), 13),
                            c.fromRows().equals(c.direct()) ? "yes" : "NO", c.sketch().get().within() ? "yes" : "NO");
                }
            }
        }
    }

    /** Whether a check is printed: not when both tallies are empty and equal, as a keyless segment usually is. */
    private static boolean listed(Check c) {
        return !c.ok() || c.fromRows().sampleSize() > 0 || c.direct().sampleSize() > 0;
    }

    /** A tally's main values, for the report. */
    static String value(Tally<?> t) {
        if (t instanceof Count c) {
            return String.valueOf(c.value());
        }
        if (t instanceof Ratio r) {
            return percent(r);
        }
        if (t instanceof DurationStats d) {
            return "p50 " + duration(d.median()) + ", p90 " + duration(d.percentile(90)) + " (n=" + d.count() + ")";
        }
        if (t instanceof SlaTally s) {
            return "first " + percentOnly(s.compliance(SlaTarget.FIRST_RESPONSE)) + ", resolved "
                    + percentOnly(s.compliance(SlaTarget.RESOLUTION)) + " (n=" + s.sampleSize() + ")";
        }
        return t.toString();
    }

    private static String seconds(Optional<Duration> d) {
        return d.map(v -> String.format(Locale.ROOT, "%.1f s", v.toNanos() / 1e9)).orElse("n/a");
    }

    private static void section(StringBuilder out, String title) {
        out.append(System.lineSeparator()).append(title).append(System.lineSeparator())
                .append("-".repeat(title.length())).append(System.lineSeparator());
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append(System.lineSeparator());
    }
}
