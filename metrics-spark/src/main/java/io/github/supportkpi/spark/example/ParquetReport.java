package io.github.supportkpi.spark.example;

import io.github.supportkpi.domain.DataQuality;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.DurationStats.Summary;
import io.github.supportkpi.metric.MetricSet;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.metric.Tallies;
import io.github.supportkpi.quality.EscalationRate;
import io.github.supportkpi.quality.FirstContactResolution;
import io.github.supportkpi.quality.ReopenRate;
import io.github.supportkpi.spark.SparkMetric;
import io.github.supportkpi.spark.TicketColumns;
import io.github.supportkpi.speed.FirstResponseTime;
import io.github.supportkpi.speed.ResolutionTime;
import io.github.supportkpi.workload.TicketVolume;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The KPI report of a help-desk vendor per tenant and channel, on Spark: generates a Parquet dataset of
 * tickets (a million by default) in a temporary directory, reads it back, tallies the standard report in
 * sketch mode grouped by tenant and channel, and prints it with the time each step took. One ticket in
 * 10,000 is written resolved before it was created, and the report counts them as refused.
 *
 * <p>Arguments: the number of tickets (1,000,000), the Spark master ({@code local[2]}; under
 * {@code spark-submit}, its {@code --master} decides), the seed (42), and a directory to keep the dataset in,
 * any path Spark can write, such as {@code hdfs://...} or {@code s3a://...} on a cluster (by default a local
 * temporary one, removed at the end): a dataset already there is read instead of generated.
 */
public final class ParquetReport {
    private ParquetReport() {
    }

    /** The report's metrics, in sketch mode: fixed memory per group whatever the number of tickets. */
    static MetricSet<Ticket> report() {
        return MetricSet.of(TicketVolume.defaults(), FirstResponseTime.defaults(), ResolutionTime.defaults(),
                FirstContactResolution.defaults(), ReopenRate.defaults(), EscalationRate.defaults())
                .withSummary(Summary.SKETCH);
    }

    /**
     * Runs the report.
     *
     * @param args the number of tickets, the Spark master, the seed, the directory; each optional
     * @throws IOException if the temporary directory cannot be made or removed
     */
    public static void main(String[] args) throws IOException {
        long tickets = args.length > 0 ? Long.parseLong(args[0].replace("_", "").replace(",", "")) : 1_000_000L;
        String master = args.length > 1 ? args[1] : "local[2]";
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
        if (tickets < 1) {
            throw new IllegalArgumentException("tickets must be at least 1: " + tickets);
        }
        Path temporary = args.length > 3 ? null : Files.createTempDirectory("supportkpi-tickets-");
        String path = temporary == null ? args[3] : temporary.resolve("tickets.parquet").toString();
        SparkSession.Builder builder = SparkSession.builder().appName("supportkpi report")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "8");
        if (System.getProperty("spark.master") == null) {
            builder.master(master);
        }
        SparkSession spark = builder.getOrCreate();
        try {
            run(spark, tickets, seed, path);
        } finally {
            spark.stop();
            if (temporary != null) {
                delete(temporary);
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void run(SparkSession spark, long tickets, long seed, String path) {
        long t0 = System.nanoTime();
        if (exists(spark, path)) {
            System.out.printf(Locale.ROOT, "reading the tickets already in %s%n", path);
        } else {
            write(spark, tickets, seed, path);
            System.out.printf(Locale.ROOT, "generated %,d tickets as Parquet in %s%n", tickets,
                    seconds(System.nanoTime() - t0));
        }
        long t1 = System.nanoTime();

        SparkMetric<Ticket, Tallies<Ticket>> kpis = SparkMetric.of(ParquetReport::report);
        Dataset<Row> results = results(spark, kpis, path);
        Map<List<Object>, Tallies<Ticket>> byGroup = kpis.tallies(results, "kpis");
        long t2 = System.nanoTime();
        DataQuality ingestion = kpis.report(results, "kpis");
        System.out.printf(Locale.ROOT, "read and tallied them per tenant and channel in %s (%s: %,d groups)%n%n",
                seconds(t2 - t1), spark.sparkContext().master(), byGroup.size());

        List<Map.Entry<List<Object>, Tallies<Ticket>>> groups = new ArrayList<>(byGroup.entrySet());
        groups.sort(Comparator.comparing((Map.Entry<List<Object>, Tallies<Ticket>> e) -> String.valueOf(e.getKey().get(0)))
                .thenComparing(e -> String.valueOf(e.getKey().get(1))));
        MetricSet<Ticket> set = report();
        System.out.println(header());
        Tallies<Ticket> total = set.empty();
        for (Map.Entry<List<Object>, Tallies<Ticket>> e : groups) {
            System.out.println(line(String.valueOf(e.getKey().get(0)), String.valueOf(e.getKey().get(1)), e.getValue()));
            total = total.plus(e.getValue());
        }
        System.out.println(line("all", "all", total));
        System.out.printf(Locale.ROOT, "%n%s%n", ingestion);
    }

    /**
     * Writes the generated tickets as Parquet, each task computing its tickets from the seed and their numbers:
     * the standard ticket columns and a {@code tenant} column.
     */
    static void write(SparkSession spark, long tickets, long seed, String path) {
        int partitions = (int) Math.max(2, Math.min(64, tickets / 100_000));
        spark.range(0, tickets, 1, partitions)
                .map((MapFunction<Long, Row>) n -> row(seed, n), Encoders.row(withTenant(TicketColumns.standard().schema())))
                .write().parquet(path);
    }

    /** The report's tallies per tenant and channel, in a result column {@code kpis}. */
    static Dataset<Row> results(SparkSession spark, SparkMetric<Ticket, Tallies<Ticket>> kpis, String path) {
        Dataset<Row> rows = spark.read().parquet(path);
        return rows.groupBy("tenant", "channel").agg(kpis.column(TicketColumns.of(rows.schema())).as("kpis"));
    }

    /** Whether ticket {@code n} is written as a corrupt row, resolved an hour before it was created. */
    static boolean corrupt(long seed, long n) {
        return n % 10_000 == 9_999 && GeneratedTickets.ticket(seed, n).resolved().isPresent();
    }

    private static boolean exists(SparkSession spark, String path) {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
        try {
            return p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot tell whether " + path + " exists", e);
        }
    }

    private static StructType withTenant(StructType standard) {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField("tenant", DataTypes.StringType, false));
        fields.addAll(Arrays.asList(standard.fields()));
        return new StructType(fields.toArray(new StructField[0]));
    }

    private static Row row(long seed, long n) {
        Ticket t = GeneratedTickets.ticket(seed, n);
        Row standard = TicketColumns.row(t);
        Object[] values = new Object[standard.length() + 1];
        values[0] = GeneratedTickets.tenant(seed, n);
        for (int i = 0; i < standard.length(); i++) {
            values[i + 1] = standard.get(i);
        }
        if (corrupt(seed, n)) {
            // a row as exports have them: resolved an hour before it was created
            values[1 + TicketColumns.standard().schema().fieldIndex("resolved")] =
                    Timestamp.from(t.created().minus(Duration.ofHours(1)));
        }
        return RowFactory.create(values);
    }

    private static String header() {
        return String.format(Locale.ROOT, "%-9s %-7s %9s %10s %9s %10s %9s %7s %7s %7s", "tenant", "channel",
                "tickets", "FRT median", "FRT p90", "resolution", "res p90", "FCR", "reopen", "escal.");
    }

    private static String line(String tenant, String channel, Tallies<Ticket> t) {
        DurationStats frt = t.get(FirstResponseTime.defaults().withSummary(Summary.SKETCH));
        DurationStats resolution = t.get(ResolutionTime.defaults().withSummary(Summary.SKETCH));
        return String.format(Locale.ROOT, "%-9s %-7s %,9d %10s %9s %10s %9s %7s %7s %7s", tenant, channel,
                t.get(TicketVolume.defaults()).value(), hours(frt.median()), hours(frt.percentile(90)),
                hours(resolution.median()), hours(resolution.percentile(90)),
                percent(t.get(FirstContactResolution.defaults())), percent(t.get(ReopenRate.defaults())),
                percent(t.get(EscalationRate.defaults())));
    }

    private static String hours(Optional<Duration> d) {
        return d.map(x -> String.format(Locale.ROOT, "%.2f h", x.toMillis() / 3_600_000.0)).orElse("n/a");
    }

    private static String percent(Ratio r) {
        return r.percent().isPresent() ? String.format(Locale.ROOT, "%.1f%%", r.percent().getAsDouble()) : "n/a";
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
