package io.github.supportkpi.spark;

import io.github.supportkpi.backlog.AgeBands;
import io.github.supportkpi.backlog.Backlog;
import io.github.supportkpi.backlog.NetFlow;
import io.github.supportkpi.business.CostPerResolution;
import io.github.supportkpi.contact.AbandonmentRate;
import io.github.supportkpi.contact.AiUtilization;
import io.github.supportkpi.contact.AverageHandleTime;
import io.github.supportkpi.contact.AverageSpeedOfAnswer;
import io.github.supportkpi.contact.KnowledgeBaseViews;
import io.github.supportkpi.contact.SelfServiceUtilization;
import io.github.supportkpi.contact.ServiceLevel;
import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.Priority;
import io.github.supportkpi.domain.SurveyResponse;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.experience.AverageCustomerEffort;
import io.github.supportkpi.experience.AverageCustomerSatisfaction;
import io.github.supportkpi.experience.AverageEmployeeSatisfaction;
import io.github.supportkpi.experience.CustomerEffort;
import io.github.supportkpi.experience.CustomerSatisfaction;
import io.github.supportkpi.experience.EmployeeNetPromoterScore;
import io.github.supportkpi.experience.EmployeeSatisfaction;
import io.github.supportkpi.experience.NetPromoterScore;
import io.github.supportkpi.metric.DurationStats.Summary;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.MetricSet;
import io.github.supportkpi.metric.Tally;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.quality.EscalationRate;
import io.github.supportkpi.quality.FirstContactResolution;
import io.github.supportkpi.quality.FirstContactResolutionWithoutRepeat;
import io.github.supportkpi.quality.OneTouchResolution;
import io.github.supportkpi.quality.ReopenRate;
import io.github.supportkpi.quality.RepeatContactRate;
import io.github.supportkpi.quality.ResolutionConsistency;
import io.github.supportkpi.quality.ResolutionRate;
import io.github.supportkpi.report.Trend;
import io.github.supportkpi.sla.SlaCompliance;
import io.github.supportkpi.sla.SlaCondition;
import io.github.supportkpi.sla.SlaDefinition;
import io.github.supportkpi.sla.SlaPolicies;
import io.github.supportkpi.sla.SlaPolicy;
import io.github.supportkpi.sla.SlaTarget;
import io.github.supportkpi.speed.AverageReplyTime;
import io.github.supportkpi.speed.FirstResponseTime;
import io.github.supportkpi.speed.ResolutionTime;
import io.github.supportkpi.speed.TimeInStatus;
import io.github.supportkpi.time.BusinessCalendar;
import io.github.supportkpi.time.Granularity;
import io.github.supportkpi.wire.MetricIdentity;
import io.github.supportkpi.workload.AgentTouches;
import io.github.supportkpi.workload.Occupancy;
import io.github.supportkpi.workload.RepliesPerTicket;
import io.github.supportkpi.workload.ResolvedTickets;
import io.github.supportkpi.workload.TicketVolume;
import io.github.supportkpi.workload.TicketsHandledPerHour;
import io.github.supportkpi.workload.TicketsPerAgent;
import io.github.supportkpi.workload.VolumeByCategory;
import io.github.supportkpi.workload.VolumeByChannel;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * For generated data, the Spark result equals the single-JVM result ({@code metric.over(records)}) for every
 * catalogue family, in both summary modes, for 1, 2 and 7 partitions, over the whole data and grouped by a
 * column.
 */
class SparkAgreementTest {
    private static final long SEED = 20240304L;
    private static final int RECORDS = 1200;
    /** The instant that SLA and backlog metrics are taken at: the middle of the generated weeks. */
    private static final Instant NOW = Generated.EPOCH.plus(Duration.ofDays(21));

    private static SparkSession spark;
    private static List<Ticket> tickets;
    private static List<Interaction> interactions;
    private static List<SurveyResponse> surveys;
    private static Dataset<Row> ticketRows;
    private static Dataset<Row> interactionRows;
    private static Dataset<Row> surveyRows;

    @BeforeAll
    static void start() {
        spark = LocalSpark.start("agreement");
        Generated g = new Generated(SEED);
        tickets = g.tickets(RECORDS);
        interactions = g.interactions(RECORDS);
        surveys = g.surveys(RECORDS);
        ticketRows = spark.createDataFrame(tickets.stream().map(TicketColumns::row).toList(),
                TicketColumns.standard().schema());
        interactionRows = spark.createDataFrame(interactions.stream().map(InteractionColumns::row).toList(),
                InteractionColumns.standard().schema());
        surveyRows = spark.createDataFrame(surveys.stream().map(SurveyColumns::row).toList(),
                SurveyColumns.standard().schema());
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    // The families, each a recipe that captures only the summary mode and the instant.

    static MetricSet<SurveyResponse> experience() {
        return MetricSet.of(CustomerSatisfaction.defaults(), AverageCustomerSatisfaction.defaults(),
                NetPromoterScore.defaults(), CustomerEffort.defaults(), AverageCustomerEffort.defaults(),
                EmployeeNetPromoterScore.defaults(), EmployeeSatisfaction.defaults(),
                AverageEmployeeSatisfaction.defaults());
    }

    static MetricSet<Ticket> speed() {
        return MetricSet.of(FirstResponseTime.defaults(), AverageReplyTime.defaults(), ResolutionTime.defaults(),
                TimeInStatus.customerWait(), TimeInStatus.onHold(), TimeInStatus.agentWait());
    }

    static MetricSet<Ticket> quality() {
        return MetricSet.of(FirstContactResolution.defaults(), FirstContactResolutionWithoutRepeat.defaults(),
                OneTouchResolution.defaults(), ResolutionRate.defaults(), ReopenRate.defaults(),
                EscalationRate.defaults(), RepeatContactRate.defaults(), ResolutionConsistency.defaults());
    }

    static MetricSet<Ticket> workload() {
        return MetricSet.of(TicketVolume.defaults(), ResolvedTickets.defaults(), TicketsPerAgent.defaults(),
                AgentTouches.defaults(), RepliesPerTicket.defaults(), VolumeByChannel.defaults(),
                VolumeByCategory.defaults(), TicketsHandledPerHour.defaults());
    }

    static MetricSet<Interaction> contact() {
        return MetricSet.of(AbandonmentRate.defaults(), ServiceLevel.defaults(),
                AverageSpeedOfAnswer.defaults(), SelfServiceUtilization.defaults(), AiUtilization.defaults(),
                KnowledgeBaseViews.defaults(), Occupancy.defaults());
    }

    static SlaCompliance sla(Instant now) {
        BusinessCalendar office = BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
                .weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0)).build();
        SlaPolicies policies = SlaPolicies.builder()
                .policy(SlaPolicy.of("Urgent", SlaCondition.priority(Priority.URGENT),
                                BusinessCalendar.twentyFourSeven(ZoneOffset.UTC))
                        .withTarget(SlaTarget.FIRST_RESPONSE, Duration.ofHours(1))
                        .withTarget(SlaTarget.RESOLUTION, Duration.ofHours(8)))
                .otherwise(SlaPolicy.of("Standard", SlaCondition.always(), office)
                        .withTarget(SlaTarget.FIRST_RESPONSE, Duration.ofHours(4))
                        .withTarget(SlaTarget.NEXT_RESPONSE, Duration.ofHours(8))
                        .withTarget(SlaTarget.RESOLUTION, Duration.ofDays(3)))
                .build();
        return SlaCompliance.of(SlaDefinition.of(policies, now));
    }

    static MetricSet<Ticket> backlog(Instant now) {
        return MetricSet.of(Backlog.at(now), NetFlow.between(Generated.EPOCH, Generated.END));
    }

    /** A metric to run, its column's name, and the records it reads. */
    private record Case<T, S extends Tally<S>>(String name, SparkMetric<T, S> metric, RowMapping<T> mapping,
            List<T> records) {
        Column column() {
            return metric.column(mapping).as(name);
        }
    }

    /** Every case over tickets: each ticket family, a business metric, and segmented, bucketed and filtered ones. */
    private static List<Case<Ticket, ?>> ticketCases(Summary summary, StructType schema) {
        Instant now = NOW;
        TicketColumns columns = TicketColumns.of(schema);
        List<Case<Ticket, ?>> cases = new ArrayList<>(List.of(
                new Case<>("speed", SparkMetric.of(() -> speed().withSummary(summary)), columns, tickets),
                new Case<>("quality", SparkMetric.of(() -> quality().withSummary(summary)), columns, tickets),
                new Case<>("workload", SparkMetric.of(() -> workload().withSummary(summary)), columns, tickets),
                new Case<>("sla", SparkMetric.of(() -> sla(now).withSummary(summary)), columns, tickets),
                new Case<>("backlog", SparkMetric.of(() -> backlog(now).withSummary(summary)), columns, tickets),
                new Case<>("contact", SparkMetric.of(() -> AverageHandleTime.defaults().withSummary(summary)), columns,
                        tickets),
                new Case<>("business", SparkMetric.of(() -> CostPerResolution.defaults().withSummary(summary)), columns,
                        tickets),
                new Case<>("frt_by_priority", SparkMetric.of(() -> FirstResponseTime.defaults().withSummary(summary)
                        .by(TicketDimensions.PRIORITY)), columns, tickets),
                new Case<>("backlog_by_age", SparkMetric.of(() -> Backlog.at(now).byAge(
                        AgeBands.of(Duration.ofHours(4), Duration.ofDays(1), Duration.ofDays(7)))), columns, tickets),
                new Case<>("volume_per_week", SparkMetric.of(() -> Trend.metric(TicketVolume.defaults(),
                        Generated.EPOCH, Generated.END, Granularity.WEEK, ZoneOffset.UTC)), columns, tickets),
                new Case<>("resolution_by_week", SparkMetric.of(() -> Trend.metric(
                        ResolutionTime.defaults().withSummary(summary), Generated.EPOCH, Generated.END,
                        Granularity.WEEK, ZoneOffset.UTC)), columns, tickets)));
        if (hasStableDefinition(escalatedResolutionTime(summary))) {
            cases.add(new Case<>("escalated_resolution", SparkMetric.of(() -> escalatedResolutionTime(summary)),
                    columns, tickets));
        }
        return cases;
    }

    private static Metric<Ticket, io.github.supportkpi.metric.DurationStats> escalatedResolutionTime(Summary summary) {
        return ResolutionTime.defaults().withSummary(summary).filter(Ticket::escalated);
    }

    private static boolean hasStableDefinition(Metric<?, ?> metric) {
        try {
            MetricIdentity.of(metric);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    static Stream<Arguments> runs() {
        List<Arguments> runs = new ArrayList<>();
        for (Summary summary : Summary.values()) {
            for (int partitions : new int[] {1, 2, 7}) {
                for (boolean grouped : new boolean[] {false, true}) {
                    runs.add(Arguments.of(summary, partitions, grouped));
                }
            }
        }
        return runs.stream();
    }

    @ParameterizedTest(name = "{0}, {1} partitions, grouped by channel: {2}")
    @MethodSource("runs")
    void spark_tallies_equal_the_single_jvm_tallies(Summary summary, int partitions, boolean grouped) {
        // GIVEN tickets, interactions and survey answers in that many partitions
        Dataset<Row> t = ticketRows.repartition(partitions);
        Dataset<Row> i = interactionRows.repartition(partitions);
        Dataset<Row> s = surveyRows.repartition(partitions);
        // WHEN every family runs on Spark, THEN each tally equals the one of a single pass over the records
        agree(t, ticketCases(summary, t.schema()), grouped, tk -> tk.channel().map(Channel::name).orElse(null));
        agree(i, List.of(new Case<>("contact", SparkMetric.of(() -> contact().withSummary(summary)),
                InteractionColumns.of(i.schema()), interactions)), grouped,
                in -> in.channel().map(Channel::name).orElse(null));
        agree(s, List.of(new Case<>("experience", SparkMetric.of(() -> experience().withSummary(summary)),
                SurveyColumns.of(s.schema()), surveys)), grouped, r -> r.channel().map(Channel::name).orElse(null));
    }

    private static <T> void agree(Dataset<Row> rows, List<? extends Case<T, ?>> cases, boolean grouped,
            Function<T, String> channel) {
        Column[] columns = cases.stream().map(Case::column).toArray(Column[]::new);
        Column first = columns[0];
        Column[] rest = java.util.Arrays.copyOfRange(columns, 1, columns.length);
        Dataset<Row> results = grouped ? rows.groupBy("channel").agg(first, rest) : rows.agg(first, rest);
        List<Row> collected = results.collectAsList();
        for (Case<T, ?> c : cases) {
            check(collected, c, grouped, channel);
        }
    }

    /** Checks one case against the collected results: one row in all, or one row per channel. */
    private static <T, S extends Tally<S>> void check(List<Row> results, Case<T, S> c, boolean grouped,
            Function<T, String> channel) {
        Metric<T, S> metric = c.metric().metric();
        if (!grouped) {
            assertThat(results).hasSize(1);
            Row result = results.get(0).getStruct(results.get(0).fieldIndex(c.name()));
            assertThat(c.metric().tally(result)).as(c.name()).isEqualTo(metric.over(c.records()));
            assertThat(c.metric().report(result).kept()).as(c.name()).isEqualTo(c.records().size());
            assertThat(c.metric().report(result).rejected()).as(c.name()).isZero();
            return;
        }
        Map<String, List<T>> byChannel = new LinkedHashMap<>();
        for (T r : c.records()) {
            byChannel.computeIfAbsent(channel.apply(r), k -> new ArrayList<>()).add(r);
        }
        Map<String, S> expected = new LinkedHashMap<>();
        byChannel.forEach((k, records) -> expected.put(k, metric.over(records)));
        Map<String, S> actual = new LinkedHashMap<>();
        for (Row r : results) {
            actual.put(r.getAs("channel"), c.metric().tally(r.getStruct(r.fieldIndex(c.name()))));
        }
        assertThat(actual).as(c.name()).containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Test
    void should_refuse_a_recipe_that_captures_what_cannot_be_serialized() {
        // GIVEN a recipe capturing a metric, which is not serializable
        Metric<Ticket, ?> frt = FirstResponseTime.defaults();
        // THEN it is refused on the driver, naming what it holds
        assertThatThrownBy(() -> SparkMetric.of(() -> frt.by(TicketDimensions.CHANNEL)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("recipe must be serializable to run on Spark's executors")
                .hasMessageContaining(FirstResponseTime.class.getName());
    }
}
