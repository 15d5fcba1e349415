package io.github.supportkpi.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Segmented;
import io.github.supportkpi.metric.Tallies;
import io.github.supportkpi.workload.TicketVolume;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SparkReportAgreementTest {
    private static final int TICKETS = 5_000;

    private static SparkSession spark;
    private static List<Ticket> tickets;
    private static Segmented<Channel, Tallies<Ticket>> library;

    @BeforeAll
    static void start() {
        spark = SparkReport.local(2);
        tickets = Tickets.generate(TICKETS, 7);
        library = SparkReport.metric().over(tickets, 2);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void library_should_count_every_ticket_under_its_channel() {
        long counted = library.segments().values().stream().mapToLong(t -> t.get(TicketVolume.defaults()).value())
                .sum();
        assertThat(counted).isEqualTo(TICKETS);
        assertThat(library.segments()).hasSizeGreaterThan(1);
    }

    @Test
    void spark_over_rows_should_equal_the_library() {
        // GIVEN the tickets cached in Spark as rows
        Dataset<Row> rows = SparkReport.rows(spark, tickets);
        // WHEN the report is computed from the rows, THEN it equals the library's on one machine
        assertThat(SparkReport.overRows(rows)).isEqualTo(library);
    }

    @Test
    void spark_over_tickets_should_equal_the_library() {
        // GIVEN the tickets cached in Spark as objects
        JavaRDD<Ticket> cached = SparkReport.tickets(SparkReport.rows(spark, tickets));
        // WHEN the report is computed from the cached tickets, THEN it equals the library's on one machine
        assertThat(SparkReport.overTickets(cached)).isEqualTo(library);
    }
}
