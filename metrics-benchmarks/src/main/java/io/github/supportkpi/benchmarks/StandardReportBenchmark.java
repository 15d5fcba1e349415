package io.github.supportkpi.benchmarks;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.TicketTable;
import io.github.supportkpi.metric.DurationStats;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The standard report by channel (volume, resolved, resolution rate, mean and median first response time,
 * mean and p90 resolution time, FCR, reopen and escalation rates, SLA compliance with per-priority targets)
 * over generated tickets, computed by several variants in the same run.
 *
 * <p>Each variant is a {@code @Benchmark} method over data prepared once per trial in its state's
 * {@code @Setup}, and each state first checks, before anything is measured, that its variant gives the
 * numbers of the reference, the library's exact single-thread result ({@link StandardReport#check}); a
 * variant that disagrees fails the run with the first differing value. {@link #VARIANTS} names them for the
 * tables {@link StandardReportMain} prints.
 *
 * <p>To add a variant: a state class that prepares its data and checks its report in {@code @Setup} (with
 * {@link Tolerance#percentilesWithin} for a sketch), a {@code @Benchmark} method, and a line in
 * {@link #VARIANTS}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms12g", "-Xmx12g"})
public class StandardReportBenchmark {
    /** The seed of the generated tickets. */
    static final long SEED = 42;

    /** The system property naming the file that setups append their notes (load times) to. */
    static final String NOTES = "supportkpi.benchmarks.notes";

    /** The variants by benchmark method, in the order of the tables. */
    static final Map<String, String> VARIANTS = variants();

    private static final LibraryReport LIBRARY = new LibraryReport();
    private static final LibraryReport SKETCH = new LibraryReport(DurationStats.Summary.SKETCH);
    private static final Tolerance SKETCHED = Tolerance.percentilesWithin(DurationStats.SKETCH_RELATIVE_ERROR);

    private static Map<String, String> variants() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("floor", "floor: sum one long field over compact records");
        m.put("libraryExact1Thread", "supportkpi MetricSet.by(CHANNEL).over(tickets), exact, 1 thread");
        m.put("libraryExactCollector2Threads", "supportkpi parallel stream collector, exact, 2 threads");
        m.put("libraryExact2Threads", "supportkpi over(tickets, 2), exact, 2 threads");
        m.put("librarySketch1Thread", "supportkpi objects, sketch, 1 thread");
        m.put("librarySketch2Threads", "supportkpi objects, sketch, over(tickets, 2)");
        m.put("tableExact1Thread", "supportkpi TicketTable, exact, 1 thread");
        m.put("tableExact2Threads", "supportkpi TicketTable, exact, 2 threads");
        m.put("tableSketch1Thread", "supportkpi TicketTable, sketch, 1 thread");
        m.put("tableSketch2Threads", "supportkpi TicketTable, sketch, 2 threads");
        m.put("naiveStreams", "naive idiomatic streams");
        m.put("duckDb1Thread", "DuckDB JDBC, data pre-loaded, SET threads=1");
        m.put("duckDb2Threads", "DuckDB JDBC, data pre-loaded, SET threads=2");
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * The generated tickets and the reference report, shared by every variant's state.
     */
    @State(Scope.Benchmark)
    public static class Data {
        /** How many tickets. */
        @Param({"100000", "1000000", "10000000"})
        public int tickets;

        List<Ticket> list;
        StandardReport reference;

        /** Generates the tickets and computes the reference report. */
        @Setup(Level.Trial)
        public void generate() {
            long start = System.nanoTime();
            list = Tickets.generate(tickets, SEED);
            long generated = System.nanoTime();
            reference = LIBRARY.over(list);
            long done = System.nanoTime();
            note(tickets, "generate.ms", (generated - start) / 1_000_000);
            note(tickets, "reference.ms", (done - generated) / 1_000_000);
            System.out.print(reference.format());
        }

        /**
         * Checks a variant's report against the reference.
         *
         * @param method the variant's benchmark method
         * @param report its report
         * @param tolerance how closely it must agree
         * @throws IllegalStateException at the first difference
         */
        void check(String method, StandardReport report, Tolerance tolerance) {
            reference.check(VARIANTS.get(method), report, tolerance);
            System.out.printf(Locale.ROOT, "%n# checked: %s agrees with the reference over %,d tickets (%s)%n",
                    VARIANTS.get(method), tickets, tolerance);
        }
    }

    /** The tickets as compact records, for the floor. */
    @State(Scope.Benchmark)
    public static class Compact {
        CompactTicket[] records;

        /**
         * Copies the tickets into compact records and checks the floor's sum.
         *
         * @param data the tickets
         */
        @Setup(Level.Trial)
        public void setUp(Data data) {
            records = new CompactTicket[data.list.size()];
            long expected = 0;
            for (int i = 0; i < records.length; i++) {
                Ticket t = data.list.get(i);
                records[i] = CompactTicket.of(i, t);
                expected += t.created().getEpochSecond() * 1_000_000_000L + t.created().getNano();
            }
            long sum = sumCreated();
            if (sum != expected) {
                throw new IllegalStateException("floor must sum the creations of the tickets: " + sum + ", expected "
                        + expected);
            }
            System.out.printf(Locale.ROOT, "%n# checked: floor sums the creations of %,d tickets%n", records.length);
        }

        long sumCreated() {
            long sum = 0;
            for (CompactTicket c : records) {
                sum += c.created();
            }
            return sum;
        }
    }

    /** The library over the tickets, on the calling thread. */
    @State(Scope.Benchmark)
    public static class Library {
        List<Ticket> tickets;

        /**
         * Checks the variant.
         *
         * @param data the tickets
         */
        @Setup(Level.Trial)
        public void setUp(Data data) {
            tickets = data.list;
            data.check("libraryExact1Thread", LIBRARY.over(tickets), Tolerance.EXACT);
        }
    }

    /** The library's collector over a parallel stream, in a pool of 2 threads. */
    @State(Scope.Benchmark)
    public static class Collector2Threads {
        List<Ticket> tickets;
        ForkJoinPool pool;

        /**
         * Starts the pool and checks the variant.
         *
         * @param data the tickets
         */
        @Setup(Level.Trial)
        public void setUp(Data data) {
            tickets = data.list;
            pool = new ForkJoinPool(2);
            data.check("libraryExactCollector2Threads", report(), Tolerance.EXACT);
        }

        StandardReport report() {
            return pool.submit(() -> LIBRARY.collect(tickets.parallelStream())).join();
        }

        /** Stops the pool. */
        @TearDown(Level.Trial)
        public void tearDown() {
            pool.shutdown();
        }
    }

    /** The library over the tickets in both summary modes, split between 2 threads or not. */
    @State(Scope.Benchmark)
    public static class Objects2 {
        List<Ticket> tickets;

        /**
         * Checks the variants.
         *
         * @param data the tickets
         */
        @Setup(Level.Trial)
        public void setUp(Data data) {
            tickets = data.list;
            data.check("libraryExact2Threads", LIBRARY.over(tickets, 2), Tolerance.EXACT);
            data.check("librarySketch1Thread", SKETCH.over(tickets), SKETCHED);
            data.check("librarySketch2Threads", SKETCH.over(tickets, 2), SKETCHED);
        }
    }

    /** The tickets in a {@link TicketTable}, built once (not measured), in both summary modes. */
    @State(Scope.Benchmark)
    public static class Table {
        TicketTable table;

        /**
         * Builds the table, notes the time it took and checks the variants.
         *
         * @param data the tickets
         */
        @Setup(Level.Trial)
        public void setUp(Data data) {
            long start = System.nanoTime();
            table = TicketTable.of(data.list);
            note(data.list.size(), "table.build.ms", (System.nanoTime() - start) / 1_000_000);
            data.check("tableExact1Thread", LIBRARY.over(table), Tolerance.EXACT);
            data.check("tableExact2Threads", LIBRARY.over(table, 2), Tolerance.EXACT);
            data.check("tableSketch1Thread", SKETCH.over(table), SKETCHED);
            data.check("tableSketch2Threads", SKETCH.over(table, 2), SKETCHED);
        }
    }

    /** Streams without the library's metrics. */
    @State(Scope.Benchmark)
    public static class Naive {
        List<Ticket> tickets;

        /**
         * Checks the variant.
         *
         * @param data the tickets
         */
        @Setup(Level.Trial)
        public void setUp(Data data) {
            tickets = data.list;
            data.check("naiveStreams", NaiveReport.over(tickets, Tickets.NOW), Tolerance.EXACT);
        }
    }

    /** An in-memory DuckDB database with the tickets loaded, queried with some threads. */
    public abstract static class DuckDb {
        DuckDbReport db;

        /**
         * Loads the database, notes the load time and checks the variant.
         *
         * @param data the tickets
         * @param method the variant's benchmark method
         * @param threads the threads DuckDB may use
         * @throws SQLException if DuckDB fails
         */
        void load(Data data, String method, int threads) throws SQLException {
            db = DuckDbReport.load(data.list, Tickets.NOW);
            db.threads(threads);
            note(data.tickets, "duckdb.load.ms", db.loadMillis());
            data.check(method, db.report(), Tolerance.EXACT);
        }

        /**
         * Closes the database.
         *
         * @throws SQLException if DuckDB fails
         */
        @TearDown(Level.Trial)
        public void tearDown() throws SQLException {
            db.close();
        }
    }

    /** DuckDB on one thread. */
    @State(Scope.Benchmark)
    public static class DuckDbOneThread extends DuckDb {
        /**
         * Loads and checks.
         *
         * @param data the tickets
         * @throws SQLException if DuckDB fails
         */
        @Setup(Level.Trial)
        public void setUp(Data data) throws SQLException {
            load(data, "duckDb1Thread", 1);
        }
    }

    /** DuckDB on two threads. */
    @State(Scope.Benchmark)
    public static class DuckDbTwoThreads extends DuckDb {
        /**
         * Loads and checks.
         *
         * @param data the tickets
         * @throws SQLException if DuckDB fails
         */
        @Setup(Level.Trial)
        public void setUp(Data data) throws SQLException {
            load(data, "duckDb2Threads", 2);
        }
    }

    /**
     * The floor: one long field of every compact record, summed.
     *
     * @param s the records
     * @return the sum
     */
    @Benchmark
    public long floor(Compact s) {
        return s.sumCreated();
    }

    /**
     * The library, exact, one thread.
     *
     * @param s the tickets
     * @return the report
     */
    @Benchmark
    public StandardReport libraryExact1Thread(Library s) {
        return LIBRARY.over(s.tickets);
    }

    /**
     * The library's collector over a parallel stream, 2 threads.
     *
     * @param s the tickets and the pool
     * @return the report
     */
    @Benchmark
    public StandardReport libraryExactCollector2Threads(Collector2Threads s) {
        return s.report();
    }

    /**
     * The library, exact, {@code over(tickets, 2)}.
     *
     * @param s the tickets
     * @return the report
     */
    @Benchmark
    public StandardReport libraryExact2Threads(Objects2 s) {
        return LIBRARY.over(s.tickets, 2);
    }

    /**
     * The library, sketch, one thread.
     *
     * @param s the tickets
     * @return the report
     */
    @Benchmark
    public StandardReport librarySketch1Thread(Objects2 s) {
        return SKETCH.over(s.tickets);
    }

    /**
     * The library, sketch, {@code over(tickets, 2)}.
     *
     * @param s the tickets
     * @return the report
     */
    @Benchmark
    public StandardReport librarySketch2Threads(Objects2 s) {
        return SKETCH.over(s.tickets, 2);
    }

    /**
     * The table, exact, one thread.
     *
     * @param s the table
     * @return the report
     */
    @Benchmark
    public StandardReport tableExact1Thread(Table s) {
        return LIBRARY.over(s.table);
    }

    /**
     * The table, exact, 2 threads.
     *
     * @param s the table
     * @return the report
     */
    @Benchmark
    public StandardReport tableExact2Threads(Table s) {
        return LIBRARY.over(s.table, 2);
    }

    /**
     * The table, sketch, one thread.
     *
     * @param s the table
     * @return the report
     */
    @Benchmark
    public StandardReport tableSketch1Thread(Table s) {
        return SKETCH.over(s.table);
    }

    /**
     * The table, sketch, 2 threads.
     *
     * @param s the table
     * @return the report
     */
    @Benchmark
    public StandardReport tableSketch2Threads(Table s) {
        return SKETCH.over(s.table, 2);
    }

    /**
     * Naive streams.
     *
     * @param s the tickets
     * @return the report
     */
    @Benchmark
    public StandardReport naiveStreams(Naive s) {
        return NaiveReport.over(s.tickets, Tickets.NOW);
    }

    /**
     * DuckDB, one thread.
     *
     * @param s the database
     * @return the report
     * @throws SQLException if DuckDB fails
     */
    @Benchmark
    public StandardReport duckDb1Thread(DuckDbOneThread s) throws SQLException {
        return s.db.report();
    }

    /**
     * DuckDB, two threads.
     *
     * @param s the database
     * @return the report
     * @throws SQLException if DuckDB fails
     */
    @Benchmark
    public StandardReport duckDb2Threads(DuckDbTwoThreads s) throws SQLException {
        return s.db.report();
    }

    /** Prints a note and appends it to the notes file, when one is named. */
    static void note(int tickets, String key, long value) {
        String line = tickets + "\t" + key + "\t" + value;
        System.out.printf(Locale.ROOT, "%n# note: %,d tickets, %s = %,d%n", tickets, key, value);
        String file = System.getProperty(NOTES);
        if (file == null) {
            return;
        }
        Path path = Paths.get(file);
        try {
            Files.write(path, List.of(line), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("notes file must be writable: " + path, e);
        }
    }
}
