package io.github.supportkpi.spark;

import io.github.supportkpi.backlog.Backlog;
import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.DataQuality;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.InteractionKind;
import io.github.supportkpi.domain.Scale;
import io.github.supportkpi.domain.SurveyKind;
import io.github.supportkpi.domain.SurveyResponse;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.experience.CustomerSatisfaction;
import io.github.supportkpi.experience.NetPromoterScore;
import io.github.supportkpi.metric.Count;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.DurationStats.Summary;
import io.github.supportkpi.metric.MetricSet;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.metric.Segmented;
import io.github.supportkpi.metric.Tallies;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.quality.FirstContactResolution;
import io.github.supportkpi.speed.FirstResponseTime;
import io.github.supportkpi.speed.ResolutionTime;
import io.github.supportkpi.wire.TallyFormat;
import io.github.supportkpi.domain.Priority;
import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Refused rows, strict mode, typed datasets, the values table, and tallies that merge with tallies made elsewhere. */
class SparkMetricTest {
    private static final int TICKETS = 600;
    /** Counts the builds of a recipe that builds another definition each time. */
    private static final AtomicInteger BUILDS = new AtomicInteger();

    private static SparkSession spark;
    private static List<Ticket> tickets;
    private static Dataset<Row> ticketRows;

    @BeforeAll
    static void start() {
        spark = LocalSpark.start("metric");
        tickets = new Generated(7).tickets(TICKETS);
        ticketRows = spark.createDataFrame(tickets.stream().map(TicketColumns::row).toList(),
                TicketColumns.standard().schema()).repartition(3);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static final int ID = 0;
    private static final int CREATED = 1;
    private static final int STATUS = 2;
    private static final int RESOLVED = 4;
    private static final int CLOSED = 5;
    private static final int INTERACTIONS = 18;

    /** The standard row of a ticket with some values replaced. */
    private static Row changed(Ticket t, Map<Integer, Object> values) {
        Row row = TicketColumns.row(t);
        Object[] v = new Object[row.length()];
        for (int i = 0; i < v.length; i++) {
            v[i] = values.containsKey(i) ? values.get(i) : row.get(i);
        }
        return RowFactory.create(v);
    }

    private static Map<Integer, Object> resolvedBeforeCreated(Ticket t) {
        Map<Integer, Object> m = new LinkedHashMap<>();
        m.put(STATUS, "solved");
        m.put(RESOLVED, Timestamp.from(t.created().minus(Duration.ofHours(1))));
        m.put(CLOSED, null);
        return m;
    }

    @Test
    void should_count_corrupt_rows_by_reason_and_tally_the_rest() {
        // GIVEN the tickets, and five corrupt rows made from five more tickets
        List<Ticket> more = new Generated(8, "X").tickets(5);
        List<Row> rows = new ArrayList<>(tickets.stream().map(TicketColumns::row).toList());
        rows.add(changed(more.get(0), resolvedBeforeCreated(more.get(0))));
        rows.add(changed(more.get(1), resolvedBeforeCreated(more.get(1))));
        Map<Integer, Object> noCreated = new LinkedHashMap<>();
        noCreated.put(CREATED, null);
        rows.add(changed(more.get(2), noCreated));
        rows.add(changed(more.get(3), Map.of(STATUS, "waiting for godot")));
        Map<Integer, Object> noId = new LinkedHashMap<>();
        noId.put(ID, null);
        rows.add(changed(more.get(4), noId));
        Dataset<Row> df = spark.createDataFrame(rows, TicketColumns.standard().schema()).repartition(2);
        SparkMetric<Ticket, Ratio> fcr = SparkMetric.of(FirstContactResolution::defaults);

        // WHEN tallied on Spark
        Dataset<Row> results = df.agg(fcr.column(TicketColumns.of(df.schema())));
        Row result = results.collectAsList().get(0).getStruct(0);

        // THEN the job finishes: the valid rows are tallied, the corrupt ones counted under the rule they broke
        assertThat(fcr.tally(result)).isEqualTo(FirstContactResolution.defaults().over(tickets));
        DataQuality report = fcr.report(result);
        assertThat(report.kept()).isEqualTo(TICKETS);
        assertThat(report.rejected()).isEqualTo(5);
        assertThat(report.rejectedByReason())
                .containsEntry("resolved must not be before created", 2L)
                .containsEntry("created must not be null", 1L)
                .containsEntry("ticket_id must not be null", 1L);
        assertThat(report.rejectedByReason().keySet()).filteredOn(r -> r.startsWith("status must be a known status name"))
                .hasSize(1);
        // AND no reason carries a value: neither a ticket id nor the status text
        assertThat(report.rejectedByReason().keySet()).noneMatch(r -> r.contains("X") || r.contains("godot"));
        assertThat(fcr.report(results, fcr.columnName())).isEqualTo(report);
        // AND grouped, the refusals are listed per group
        Dataset<Row> grouped = df.groupBy("channel").agg(fcr.column(TicketColumns.of(df.schema())).as("fcr"));
        long listed = fcr.refusals(grouped, "fcr").agg(functions.sum("rows")).collectAsList().get(0).getLong(0);
        assertThat(listed).isEqualTo(5);
        assertThat(fcr.report(grouped, "fcr")).isEqualTo(report);
    }

    @Test
    void should_fail_the_job_in_strict_mode_naming_the_rule_the_row_broke() {
        // GIVEN the tickets and one whose resolution is before its creation
        Ticket bad = new Generated(9, "Y").ticket();
        List<Row> rows = new ArrayList<>(tickets.stream().map(TicketColumns::row).toList());
        rows.add(changed(bad, resolvedBeforeCreated(bad)));
        Dataset<Row> df = spark.createDataFrame(rows, TicketColumns.standard().schema()).repartition(2);
        SparkMetric<Ticket, Ratio> strict = SparkMetric.of(FirstContactResolution::defaults).strict();
        assertThat(strict.isStrict()).isTrue();
        // WHEN tallied in strict mode, THEN the job fails with the row's rule and the row named
        assertThatThrownBy(() -> df.agg(strict.column(TicketColumns.of(df.schema()))).collectAsList())
                .hasStackTraceContaining("resolved must not be before created: ticket " + bad.id());
        // AND the same job in lenient mode finishes, counting it
        Row result = df.agg(strict.lenient().column(TicketColumns.of(df.schema()))).collectAsList().get(0).getStruct(0);
        assertThat(strict.lenient().report(result).rejectedByReason())
                .isEqualTo(Map.of("resolved must not be before created", 1L));
    }

    @Test
    void should_fail_the_job_when_an_executor_builds_another_definition_than_the_driver() {
        // GIVEN a recipe that builds another backlog instant each time it runs, as one reading the clock would
        SparkMetric<Ticket, Count> drifting = SparkMetric.of(
                () -> Backlog.at(Generated.EPOCH.plusSeconds(BUILDS.incrementAndGet())));
        // THEN the executors refuse to tally with it
        assertThatThrownBy(() -> ticketRows.agg(drifting.column(TicketColumns.standard())).collectAsList())
                .hasStackTraceContaining("recipe must build the same metric on every machine");
    }

    /** A survey answer as a bean, as a typed dataset of one's own type holds it. */
    public static final class Answer implements Serializable {
        private static final long serialVersionUID = 1L;
        private String kind;
        private int score;
        private Timestamp at;
        private String channel;

        /** For the bean encoder. */
        public Answer() {
        }

        Answer(SurveyResponse r) {
            kind = r.kind().name();
            score = r.score();
            at = Timestamp.from(r.at());
            channel = r.channel().map(Channel::name).orElse(null);
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public int getScore() {
            return score;
        }

        public void setScore(int score) {
            this.score = score;
        }

        public Timestamp getAt() {
            return at;
        }

        public void setAt(Timestamp at) {
            this.at = at;
        }

        public String getChannel() {
            return channel;
        }

        public void setChannel(String channel) {
            this.channel = channel;
        }

        SurveyResponse response() {
            SurveyKind k = SurveyKind.valueOf(kind);
            Scale scale = k.isNps() ? Scale.ZERO_TO_TEN : k == SurveyKind.CES ? Scale.ONE_TO_SEVEN : Scale.ONE_TO_FIVE;
            SurveyResponse.Builder b = SurveyResponse.builder(k, score, scale, at.toInstant());
            return channel == null ? b.build() : b.channel(Channel.of(channel)).build();
        }
    }

    @Test
    void should_tally_a_typed_dataset_of_ones_own_type_grouped_by_key() {
        // GIVEN survey answers as beans of a typed dataset
        List<SurveyResponse> surveys = new Generated(11).surveys(800).stream()
                .map(r -> new Answer(r).response()).toList();
        Dataset<Answer> answers = spark.createDataset(surveys.stream().map(Answer::new).toList(),
                Encoders.bean(Answer.class)).repartition(3);
        SparkMetric<SurveyResponse, Tallies<SurveyResponse>> experience = SparkMetric.of(
                () -> MetricSet.of(CustomerSatisfaction.defaults(), NetPromoterScore.defaults()));
        TallyAggregator<Answer, SurveyResponse, Tallies<SurveyResponse>> aggregator =
                experience.aggregator(Answer::response);

        // WHEN aggregated over the whole dataset and by channel
        List<Row> whole = answers.select(aggregator.toColumn()).collectAsList();
        List<Tuple2<String, Row>> byChannel = answers
                .groupByKey((MapFunction<Answer, String>) a -> a.getChannel() == null ? "none" : a.getChannel(),
                        Encoders.STRING())
                .agg(aggregator.toColumn()).collectAsList();

        // THEN each tally equals a single pass over the same answers
        assertThat(experience.tally(whole.get(0))).isEqualTo(experience.metric().over(surveys));
        Set<String> seen = new HashSet<>();
        for (Tuple2<String, Row> group : byChannel) {
            List<SurveyResponse> part = surveys.stream()
                    .filter(r -> r.channel().map(Channel::name).orElse("none").equals(group._1())).toList();
            assertThat(experience.tally(group._2())).as(group._1()).isEqualTo(experience.metric().over(part));
            seen.add(group._1());
        }
        assertThat(seen).hasSize((int) surveys.stream().map(r -> r.channel().map(Channel::name).orElse("none"))
                .distinct().count());
    }

    @Test
    void should_tally_dataframe_rows_with_a_typed_aggregator_reading_columns_by_name() {
        SparkMetric<Ticket, DurationStats> frt = SparkMetric.of(FirstResponseTime::defaults);
        // GIVEN the ticket rows with their columns in another order
        String[] reversed = ticketRows.columns().clone();
        java.util.Collections.reverse(java.util.Arrays.asList(reversed));
        Dataset<Row> shuffled = ticketRows.selectExpr(reversed);
        // WHEN the typed aggregator reads them by column name
        Row result = shuffled.select(frt.aggregator(TicketColumns.standard()).toColumn()).collectAsList().get(0);
        // THEN the tally is the single pass's
        assertThat(frt.tally(result)).isEqualTo(FirstResponseTime.defaults().over(tickets));
    }

    @Test
    void spark_tallies_merge_with_tallies_computed_elsewhere() {
        // GIVEN half the tickets tallied on Spark and half on one machine, by separately built equal sets
        List<Ticket> first = tickets.subList(0, TICKETS / 2);
        List<Ticket> second = tickets.subList(TICKETS / 2, TICKETS);
        SparkMetric<Ticket, Tallies<Ticket>> kpis = SparkMetric.of(SparkMetricTest::executive);
        Dataset<Row> half = spark.createDataFrame(first.stream().map(TicketColumns::row).toList(),
                TicketColumns.standard().schema());
        Row result = half.agg(kpis.column(TicketColumns.standard()).as("kpis")).collectAsList().get(0).getStruct(0);
        Tallies<Ticket> elsewhere = executive().over(second);

        // WHEN merged, THEN they equal one pass over all the tickets
        assertThat(kpis.tally(result).plus(elsewhere)).isEqualTo(executive().over(tickets));
        // AND the stored bytes read back with a separately built set, as on any other machine
        byte[] stored = result.getAs("tally");
        assertThat(TallyFormat.standard().fromBytes(executive(), stored).plus(elsewhere))
                .isEqualTo(executive().over(tickets));
    }

    private static MetricSet<Ticket> executive() {
        return MetricSet.of(FirstResponseTime.defaults(), ResolutionTime.defaults(), FirstContactResolution.defaults());
    }

    @Test
    void values_are_the_tallies_values_with_their_sample_sizes_per_group() {
        // GIVEN FCR, FRT and FRT by priority, per channel
        SparkMetric<Ticket, Ratio> fcr = SparkMetric.of(FirstContactResolution::defaults);
        SparkMetric<Ticket, DurationStats> frt = SparkMetric.of(FirstResponseTime::defaults);
        SparkMetric<Ticket, Segmented<Priority, DurationStats>> byPriority = SparkMetric.of(
                () -> FirstResponseTime.defaults().by(TicketDimensions.PRIORITY));
        Dataset<Row> results = ticketRows.groupBy("channel").agg(fcr.column(TicketColumns.standard()).as("fcr"),
                frt.column(TicketColumns.standard()).as("frt"), byPriority.column(TicketColumns.standard()).as("p"));
        Map<String, Ratio> fcrByChannel = new LinkedHashMap<>();
        fcr.tallies(results.select("channel", "fcr"), "fcr").forEach((k, v) -> fcrByChannel.put((String) k.get(0), v));
        Map<String, DurationStats> frtByChannel = new LinkedHashMap<>();
        frt.tallies(results, "frt").forEach((k, v) -> frtByChannel.put((String) k.get(0), v));

        // WHEN the values are taken
        List<Row> fcrValues = fcr.values(results.select("channel", "fcr"), "fcr").collectAsList();
        Dataset<Row> frtTable = frt.values(results, "frt");
        List<Row> frtValues = frtTable.collectAsList();
        List<Row> segmented = byPriority.values(results, "p").collectAsList();

        // THEN the group columns are the columns that are not results
        assertThat(frtTable.columns()).containsExactly("channel", "metric", "dimension", "segment", "bucket",
                "statistic", "value", "sample_size", "numerator", "denominator");
        // AND each group has the rate with numerator and denominator, and the durations' statistics in seconds
        assertThat(fcrValues).hasSize(fcrByChannel.size());
        for (Row v : fcrValues) {
            Ratio r = fcrByChannel.get(v.<String>getAs("channel"));
            assertThat(v.<String>getAs("metric")).isEqualTo("fcr.rate");
            assertThat(v.<String>getAs("statistic")).isEqualTo("percent");
            assertThat(v.<Long>getAs("numerator")).isEqualTo(r.numerator());
            assertThat(v.<Long>getAs("denominator")).isEqualTo(r.denominator());
            assertThat(v.<Long>getAs("sample_size")).isEqualTo(r.denominator());
            assertThat(v.<Double>getAs("value")).isCloseTo(100.0 * r.numerator() / r.denominator(), within(1e-9));
        }
        for (Row v : frtValues) {
            DurationStats d = frtByChannel.get(v.<String>getAs("channel"));
            String statistic = v.getAs("statistic");
            if (statistic.equals("median")) {
                Duration median = d.median().orElseThrow();
                assertThat(v.<Double>getAs("value")).isEqualTo(median.toNanos() / 1e9);
                assertThat(v.<Long>getAs("sample_size")).isEqualTo(d.count());
            }
        }
        assertThat(frtValues).extracting(v -> v.<String>getAs("statistic")).contains("mean", "median", "p90");
        // AND a segmented tally gives its total, each priority and the tickets without one
        Row high = segmented.stream().filter(v -> Objects.equals(v.getAs("segment"), Priority.HIGH.toString())
                && v.getAs("statistic").equals("median") && Objects.equals(v.getAs("channel"), "email")).findFirst().orElseThrow();
        assertThat(high.<String>getAs("dimension")).isEqualTo("priority");
        List<Ticket> emailHigh = tickets.stream().filter(t -> t.channel().equals(java.util.Optional.of(Channel.EMAIL))
                && t.priority().equals(java.util.Optional.of(Priority.HIGH))).toList();
        DurationStats expected = FirstResponseTime.defaults().over(emailHigh);
        assertThat(high.<Long>getAs("sample_size")).isEqualTo(expected.count());
        assertThat(high.<Double>getAs("value")).isEqualTo(expected.median().orElseThrow().toNanos() / 1e9);
        assertThat(segmented).filteredOn(v -> v.getAs("dimension") == null && v.getAs("statistic").equals("median"))
                .hasSize(frtByChannel.size());
    }

    @Test
    void nest_puts_a_table_of_interactions_into_the_tickets() {
        // GIVEN tickets whose interactions are at distinct instants, and their interactions in a table of their own
        List<Ticket> distinct = tickets.stream()
                .filter(t -> t.interactions().stream().map(Interaction::at).distinct().count() == t.interactions().size())
                .toList();
        List<Row> flat = new ArrayList<>();
        List<Ticket> expected = new ArrayList<>();
        for (Ticket t : distinct) {
            List<Row> own = new ArrayList<>();
            for (Interaction i : t.interactions()) {
                Object[] v = InteractionColumns.values(i);
                v[InteractionColumns.TICKET] = t.id();
                flat.add(RowFactory.create(v));
                own.add(RowFactory.create(v));
            }
            // the same ticket, each of its interactions naming it, as a table of interactions keyed by ticket does
            Object[] ticket = new Object[TicketColumns.standard().schema().size()];
            Row row = TicketColumns.row(t);
            for (int i = 0; i < ticket.length; i++) {
                ticket[i] = row.get(i);
            }
            ticket[INTERACTIONS] = scala.jdk.javaapi.CollectionConverters.asScala(own).toSeq();
            expected.add(TicketColumns.standard().record(RowFactory.create(ticket)));
        }
        Dataset<Row> interactionRows = spark.createDataFrame(flat, InteractionColumns.standard().schema());
        Dataset<Row> bare = spark.createDataFrame(distinct.stream().map(TicketColumns::row).toList(),
                TicketColumns.standard().schema()).drop("interactions");
        // WHEN nested and mapped
        Dataset<Row> nested = TicketColumns.nest(bare, interactionRows);
        List<Ticket> read = nested.collectAsList().stream().map(TicketColumns.of(nested.schema())::record).toList();
        // THEN the tickets are the same, and so are their tallies
        assertThat(read).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(FirstResponseTime.defaults().over(read)).isEqualTo(FirstResponseTime.defaults().over(distinct));
    }

    @Test
    void nest_keeps_the_attributes_of_the_interactions() {
        // GIVEN a ticket with a sales call and a reply without attributes, in a table of interactions
        Instant t0 = Instant.parse("2024-03-04T09:00:00Z");
        Interaction call = Interaction.builder(InteractionKind.CALL, t0).ticketId("T-A").agentId("ana")
                .talk(Duration.ofMinutes(3)).attribute("queue", "sales").attribute("skill", "spanish").build();
        Interaction reply = Interaction.builder(InteractionKind.AGENT_REPLY, t0.plusSeconds(60)).ticketId("T-A")
                .agentId("ana").build();
        Ticket ticket = Ticket.builder("T-A", t0).interaction(reply).interaction(call).build();
        Dataset<Row> interactionRows = spark.createDataFrame(List.of(InteractionColumns.row(reply),
                InteractionColumns.row(call)), InteractionColumns.standard().schema());
        Dataset<Row> bare = spark.createDataFrame(List.of(TicketColumns.row(ticket)), TicketColumns.standard().schema())
                .drop("interactions");
        // WHEN nested and mapped
        Dataset<Row> nested = TicketColumns.nest(bare, interactionRows);
        List<Ticket> read = nested.collectAsList().stream().map(TicketColumns.of(nested.schema())::record).toList();
        // THEN the ticket is the same, its call's attributes in order
        assertThat(read).containsExactly(ticket);
        assertThat(List.copyOf(read.get(0).interactions().get(0).attributes().keySet())).containsExactly("queue", "skill");
        assertThat(read.get(0).interactions().get(1).attributes()).isEmpty();
    }

    @Test
    void the_readme_example_runs_and_its_results_agree() {
        Dataset<Row> tickets = ticketRows.withColumn("tenant",
                functions.when(functions.col("priority").equalTo("urgent"), "acme").otherwise("globex"));
        // README "Spark", word for word from here
        SparkMetric<Ticket, Tallies<Ticket>> kpis = SparkMetric.of(() -> MetricSet.of(
                FirstResponseTime.defaults(), ResolutionTime.defaults(), FirstContactResolution.defaults())
                .withSummary(Summary.SKETCH));                                    // built on every executor
        Dataset<Row> results = tickets.groupBy("tenant", "channel")
                .agg(kpis.column(TicketColumns.of(tickets.schema())).as("kpis"));  // one tally per group

        Dataset<Row> values = kpis.values(results, "kpis");   // tenant, channel, metric, statistic, value, sample_size, ...
        Map<List<Object>, Tallies<Ticket>> byGroup = kpis.tallies(results, "kpis");   // collected to the driver
        Tallies<Ticket> all = kpis.total(results, "kpis");     // merges with tallies computed anywhere
        DataQuality rows = kpis.report(results, "kpis");  // rows kept, rows refused by reason
        byte[] stored = results.first().<Row>getAs("kpis").getAs("tally");   // TallyFormat's bytes, to store
        // to here

        MetricSet<Ticket> set = MetricSet.of(FirstResponseTime.defaults(), ResolutionTime.defaults(),
                FirstContactResolution.defaults()).withSummary(Summary.SKETCH);
        assertThat(all).isEqualTo(set.over(tickets.collectAsList().stream()
                .map(TicketColumns.of(tickets.schema())::record).toList()));
        assertThat(all).isEqualTo(set.over(SparkMetricTest.tickets));
        assertThat(byGroup.values().stream().reduce(set.empty(), Tallies::plus)).isEqualTo(all);
        assertThat(rows.kept()).isEqualTo(TICKETS);
        assertThat(TallyFormat.standard().fromBytes(set, stored)).isIn(byGroup.values());
        assertThat(values.columns()).startsWith("tenant", "channel", "metric");
    }

    @Test
    void the_readme_shows_the_example_word_for_word() throws java.io.IOException {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("..", "README.md"));
        String section = readme.substring(readme.indexOf("## Spark\n"));
        int start = section.indexOf("```java\n") + "```java\n".length();
        List<String> shown = section.substring(start, section.indexOf("```", start)).lines().map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
        String source = java.nio.file.Files.readString(
                java.nio.file.Path.of("src", "test", "java", "io", "github", "supportkpi", "spark", "SparkMetricTest.java"));
        int from = source.indexOf("// README \"Spark\", word for word from here");
        List<String> tested = source.substring(source.indexOf('\n', from) + 1, source.indexOf("// to here", from))
                .lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        assertThat(shown).isEqualTo(tested);
    }

    @Test
    void the_default_column_name_is_the_id_in_underscores() {
        assertThat(SparkMetric.of(FirstContactResolution::defaults).columnName()).isEqualTo("fcr_rate");
        assertThat(SparkMetric.of(SparkMetricTest::executive).columnName()).isEqualTo("frt_resolution_time_fcr_rate");
    }
}
