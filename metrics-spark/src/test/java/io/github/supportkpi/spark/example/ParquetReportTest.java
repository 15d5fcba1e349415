package io.github.supportkpi.spark.example;

import io.github.supportkpi.domain.DataQuality;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Tallies;
import io.github.supportkpi.spark.SparkMetric;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The example's report over its Parquet dataset agrees with one pass over the same tickets on one machine. */
class ParquetReportTest {
    @Test
    void the_report_per_tenant_and_channel_equals_a_single_pass_over_the_same_tickets(@TempDir Path dir) {
        long tickets = 20_001;
        long seed = 3;
        SparkSession spark = SparkSession.builder().master("local[2]").appName("example")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4").getOrCreate();
        try {
            // GIVEN the example's dataset written as Parquet
            String path = dir.resolve("tickets.parquet").toString();
            ParquetReport.write(spark, tickets, seed, path);
            assertThat(Files.exists(Path.of(path))).isTrue();
            // WHEN the report is tallied on Spark
            SparkMetric<Ticket, Tallies<Ticket>> kpis = SparkMetric.of(ParquetReport::report);
            Dataset<Row> results = ParquetReport.results(spark, kpis, path);
            Map<List<Object>, Tallies<Ticket>> actual = kpis.tallies(results, "kpis");
            DataQuality report = kpis.report(results, "kpis");

            // THEN each tenant and channel has the tally of a single pass over its valid tickets
            Map<List<Object>, List<Ticket>> groups = new LinkedHashMap<>();
            long corrupt = 0;
            for (long n = 0; n < tickets; n++) {
                if (ParquetReport.corrupt(seed, n)) {
                    corrupt++;
                    continue;
                }
                Ticket t = GeneratedTickets.ticket(seed, n);
                List<Object> key = List.of(GeneratedTickets.tenant(seed, n), t.channel().orElseThrow().name());
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
            }
            Map<List<Object>, Tallies<Ticket>> expected = new LinkedHashMap<>();
            groups.forEach((key, ts) -> expected.put(key, ParquetReport.report().over(ts)));
            assertThat(actual).containsExactlyInAnyOrderEntriesOf(expected);
            // AND the corrupt rows are counted, not tallied
            assertThat(corrupt).isPositive();
            assertThat(report.rejectedByReason()).isEqualTo(Map.of("resolved must not be before created", corrupt));
            assertThat(report.kept()).isEqualTo(tickets - corrupt);
        } finally {
            spark.stop();
        }
    }
}
