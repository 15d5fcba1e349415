package io.github.supportkpi.benchmarks;

import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.DurationStats.Summary;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.MetricSet;
import io.github.supportkpi.metric.Segmented;
import io.github.supportkpi.metric.Tallies;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.quality.EscalationRate;
import io.github.supportkpi.quality.FirstContactResolution;
import io.github.supportkpi.quality.ReopenRate;
import io.github.supportkpi.quality.ResolutionRate;
import io.github.supportkpi.spark.SparkMetric;
import io.github.supportkpi.spark.TallyAggregator;
import io.github.supportkpi.spark.TallyBuffer;
import io.github.supportkpi.spark.TicketColumns;
import io.github.supportkpi.speed.FirstResponseTime;
import io.github.supportkpi.speed.ResolutionTime;
import io.github.supportkpi.workload.ResolvedTickets;
import io.github.supportkpi.workload.TicketVolume;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The report run on Spark and on one machine: volume, resolved tickets, resolution rate, first response and
 * resolution times (sketch mode, as a Spark job keeps them), FCR, reopen and escalation rates, in one
 * {@link MetricSet} segmented by channel. The same metric in every variant, so the results are compared with
 * {@code equals}.
 */
final class SparkReport {
    /** The report on Spark; its recipe is {@link #metric()}. */
    static final SparkMetric<Ticket, Segmented<Channel, Tallies<Ticket>>> SPARK = SparkMetric.of(SparkReport::metric);

    private SparkReport() {
    }

    /**
     * The report's metric.
     *
     * @return a new metric, the same definition on every call
     */
    static Metric<Ticket, Segmented<Channel, Tallies<Ticket>>> metric() {
        return MetricSet.of(TicketVolume.defaults(), ResolvedTickets.defaults(), ResolutionRate.defaults(),
                FirstResponseTime.defaults(), ResolutionTime.defaults(), FirstContactResolution.defaults(),
                ReopenRate.defaults(), EscalationRate.defaults())
                .withSummary(Summary.SKETCH).by(TicketDimensions.CHANNEL);
    }

    /**
     * A Spark session in local mode with the given number of threads, no UI, as many shuffle partitions.
     *
     * @param threads the threads
     * @return the session; stop it when done
     */
    static SparkSession local(int threads) {
        SparkSession spark = SparkSession.builder()
                .master("local[" + threads + "]")
                .appName("supportkpi benchmark")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", String.valueOf(threads))
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        return spark;
    }

    /**
     * The tickets as a DataFrame of the standard ticket columns, in as many partitions as the session has
     * threads, cached and materialized.
     *
     * @param spark the session
     * @param tickets the tickets
     * @return the cached rows
     */
    static Dataset<Row> rows(SparkSession spark, List<Ticket> tickets) {
        Dataset<Row> rows = spark.createDataFrame(tickets.stream().map(TicketColumns::row).toList(),
                        TicketColumns.standard().schema())
                .repartition(spark.sparkContext().defaultParallelism())
                .cache();
        long count = rows.count();
        if (count != tickets.size()) {
            throw new IllegalStateException("cached rows must be the tickets: " + count + " rows, " + tickets.size()
                    + " tickets");
        }
        return rows;
    }

    /**
     * The rows mapped to tickets once, cached as objects (deserialized, as an RDD's memory-only cache keeps
     * them) and materialized.
     *
     * @param rows the rows of the standard ticket columns
     * @return the cached tickets
     */
    static JavaRDD<Ticket> tickets(Dataset<Row> rows) {
        TicketColumns columns = TicketColumns.of(rows.schema());
        JavaRDD<Ticket> tickets = rows.javaRDD().map(columns::record).cache();
        long count = tickets.count();
        if (count != rows.count()) {
            throw new IllegalStateException("cached tickets must be the rows: " + count + " tickets, " + rows.count()
                    + " rows");
        }
        return tickets;
    }

    /**
     * The report from rows: the untyped aggregate column, which maps each row to a ticket and tallies it.
     *
     * @param rows the rows of the standard ticket columns
     * @return the tally
     */
    static Segmented<Channel, Tallies<Ticket>> overRows(Dataset<Row> rows) {
        Row result = rows.agg(SPARK.column(TicketColumns.of(rows.schema())).as("kpis")).first();
        return SPARK.tally(result.getStruct(0));
    }

    /**
     * The report from tickets already mapped: the aggregator's buffer filled per partition, and the buffers
     * merged on the driver.
     *
     * @param tickets the tickets
     * @return the tally
     */
    static Segmented<Channel, Tallies<Ticket>> overTickets(JavaRDD<Ticket> tickets) {
        TallyAggregator<Ticket, Ticket, Segmented<Channel, Tallies<Ticket>>> aggregator =
                SPARK.aggregator((Ticket t) -> t);
        TallyBuffer<Ticket, Segmented<Channel, Tallies<Ticket>>> merged = tickets.mapPartitions(
                (Iterator<Ticket> it) -> {
                    TallyBuffer<Ticket, Segmented<Channel, Tallies<Ticket>>> buffer = aggregator.zero();
                    while (it.hasNext()) {
                        buffer = aggregator.reduce(buffer, it.next());
                    }
                    return List.of(buffer).iterator();
                }).reduce(aggregator::merge);
        return SPARK.tally(aggregator.finish(merged));
    }
}
