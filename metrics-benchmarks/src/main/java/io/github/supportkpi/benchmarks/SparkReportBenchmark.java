package io.github.supportkpi.benchmarks;

import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.Segmented;
import io.github.supportkpi.metric.Tallies;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
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
 * The {@link SparkReport} on Spark in local mode with 2 threads against the library on one machine with 2
 * threads, over the same generated tickets.
 *
 * <p>Per trial, the session is started once and the tickets are loaded into it before anything is measured:
 * as a DataFrame of the standard ticket columns, cached and materialized, and as the same rows mapped to
 * {@code Ticket} objects, cached and materialized. The variants:
 * <ul>
 *   <li>{@link #sparkRows}: the aggregate column over the cached rows, which maps every row to a ticket and
 *       tallies it: what a Spark job over a table pays;
 *   <li>{@link #sparkTickets}: the aggregate only, over the cached tickets;
 *   <li>{@link #library2Threads}: {@code metric.over(tickets, 2)} over a list of the tickets.
 * </ul>
 * Each setup checks, before measuring, that its variant's tally equals the library's.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms12g", "-Xmx12g", "-XX:+IgnoreUnrecognizedVMOptions",
        "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
        "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
        "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
        "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
        "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
        "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
        "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED", "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
        "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED", "-Djdk.reflect.useDirectMethodHandle=false",
        "-Dio.netty.tryReflectionSetAccessible=true"})
public class SparkReportBenchmark {
    private static final Metric<Ticket, Segmented<Channel, Tallies<Ticket>>> METRIC = SparkReport.metric();

    /** The tickets and the library's tally of them, the reference. */
    @State(Scope.Benchmark)
    public static class Data {
        /** How many tickets. */
        @Param({"100000", "1000000"})
        public int tickets;

        List<Ticket> list;
        Segmented<Channel, Tallies<Ticket>> reference;

        /** Generates the tickets and tallies them. */
        @Setup(Level.Trial)
        public void generate() {
            list = Tickets.generate(tickets, StandardReportBenchmark.SEED);
            reference = METRIC.over(list, 2);
        }

        void check(String variant, Segmented<Channel, Tallies<Ticket>> tally) {
            if (!reference.equals(tally)) {
                throw new IllegalStateException(variant + " must equal the library's tally over " + tickets
                        + " tickets: " + tally + ", expected " + reference);
            }
            System.out.printf(Locale.ROOT, "%n# checked: %s equals the library's tally over %,d tickets%n", variant,
                    tickets);
        }
    }

    /** Spark in local mode, 2 threads, with the tickets cached as rows and as objects. */
    @State(Scope.Benchmark)
    public static class Spark {
        SparkSession spark;
        Dataset<Row> rows;
        JavaRDD<Ticket> tickets;

        /**
         * Starts the session, caches the tickets and checks both Spark variants.
         *
         * @param data the tickets
         */
        @Setup(Level.Trial)
        public void setUp(Data data) {
            spark = SparkReport.local(2);
            rows = SparkReport.rows(spark, data.list);
            tickets = SparkReport.tickets(rows);
            data.check("sparkRows", SparkReport.overRows(rows));
            data.check("sparkTickets", SparkReport.overTickets(tickets));
        }

        /** Stops the session. */
        @TearDown(Level.Trial)
        public void tearDown() {
            spark.stop();
        }
    }

    /**
     * Spark, the aggregate column over the cached rows, mapping included.
     *
     * @param s the session and its cached data
     * @return the tally
     */
    @Benchmark
    public Segmented<Channel, Tallies<Ticket>> sparkRows(Spark s) {
        return SparkReport.overRows(s.rows);
    }

    /**
     * Spark, the aggregate only, over the cached tickets.
     *
     * @param s the session and its cached data
     * @return the tally
     */
    @Benchmark
    public Segmented<Channel, Tallies<Ticket>> sparkTickets(Spark s) {
        return SparkReport.overTickets(s.tickets);
    }

    /**
     * The library, {@code metric.over(tickets, 2)}.
     *
     * @param data the tickets
     * @return the tally
     */
    @Benchmark
    public Segmented<Channel, Tallies<Ticket>> library2Threads(Data data) {
        return METRIC.over(data.list, 2);
    }
}
