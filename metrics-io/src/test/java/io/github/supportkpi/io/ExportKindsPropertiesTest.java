package io.github.supportkpi.io;

import io.github.supportkpi.contact.AbandonmentRate;
import io.github.supportkpi.contact.AverageHandleTime;
import io.github.supportkpi.contact.AverageSpeedOfAnswer;
import io.github.supportkpi.contact.HandleTimeDefinition;
import io.github.supportkpi.contact.ServiceLevel;
import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.CustomerPeriod;
import io.github.supportkpi.domain.DataQuality;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.InteractionKind;
import io.github.supportkpi.domain.Scale;
import io.github.supportkpi.domain.SurveyKind;
import io.github.supportkpi.domain.SurveyResponse;
import io.github.supportkpi.io.FieldMapping.DurationFormat;
import io.github.supportkpi.metric.Count;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.Metric;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/** Survey answers and aggregate rows over generated exports: written and read back, counted once, merged. */
class ExportKindsPropertiesTest {
    private static final int EXAMPLES = 200;
    private static final List<String> COMMENTS = List.of("", "fine", "a, comma", "a \"quote\"", "two\nlines");
    private static final List<Scale> SCALES = List.of(Scale.ONE_TO_FIVE, Scale.ONE_TO_SEVEN, Scale.THUMBS);

    static final Mapping SURVEYS = Mapping.builder(RecordKind.SURVEYS).zone(ZoneOffset.UTC)
            .field("id", "id").field("at", "at").field("kind", "kind").field("score", "score").field("scale", "scale")
            .field("ticketId", "ticket").field("agentId", "agent").field("customerId", "customer")
            .field("channel", "channel").field("comment", "comment").build();

    static final Mapping AGGREGATES = Mapping.builder(RecordKind.AGGREGATES)
            .field("agent", "agent").field("offered", "offered").field("answered", "answered")
            .field("abandoned", "abandoned").field("answeredWithin", "within")
            .field("answerWait", FieldMapping.builder("wait").duration(DurationFormat.SECONDS).build())
            .field("talk", FieldMapping.builder("talk").duration(DurationFormat.HMS).build())
            .field("hold", FieldMapping.builder("hold").duration(DurationFormat.ISO).build())
            .field("afterContact", FieldMapping.builder("acw").duration(DurationFormat.SECONDS).build())
            .build();

    /** A generated survey row: its cells, and the answer it must give, or null when spoiled. */
    record SurveyRow(List<String> cells, SurveyResponse expected) {}

    static List<SurveyRow> surveys(long seed, int n) {
        Random random = new Random(seed);
        List<SurveyRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            SurveyKind kind = SurveyKind.values()[random.nextInt(SurveyKind.values().length)];
            Scale scale = kind.isNps() ? Scale.ZERO_TO_TEN : SCALES.get(random.nextInt(SCALES.size()));
            int score = scale.min() + random.nextInt(scale.max() - scale.min() + 1);
            Instant at = Instant.parse("2020-01-01T00:00:00Z").plusSeconds(random.nextInt(5 * 365 * 86_400));
            String ticket = random.nextBoolean() ? "T-" + random.nextInt(100) : "";
            String agent = random.nextBoolean() ? "agent " + random.nextInt(5) : "";
            String customer = random.nextBoolean() ? "c" + random.nextInt(50) : "";
            Channel channel = random.nextBoolean() ? List.of(Channel.EMAIL, Channel.CHAT, Channel.PHONE)
                    .get(random.nextInt(3)) : null;
            String comment = COMMENTS.get(random.nextInt(COMMENTS.size()));
            String scoreText = String.valueOf(score);
            boolean spoiled = false;
            switch (random.nextInt(10)) {
                case 0:
                    scoreText = String.valueOf(scale.max() + 1 + random.nextInt(3));
                    spoiled = true;
                    break;
                case 1:
                    scoreText = random.nextBoolean() ? "" : score + ".5";
                    spoiled = true;
                    break;
                default:
            }
            List<String> cells = List.of("S-" + i, at.toString(), kind.name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    scoreText, scale.toString(), ticket, agent, customer, channel == null ? "" : channel.toString(),
                    comment);
            SurveyResponse expected = null;
            if (!spoiled) {
                SurveyResponse.Builder b = SurveyResponse.builder(kind, score, scale, at).id("S-" + i);
                b.ticketId(ticket.isEmpty() ? null : ticket).agentId(agent.isEmpty() ? null : agent)
                        .customerId(customer.isEmpty() ? null : customer).channel(channel)
                        .comment(comment.isEmpty() ? null : comment);
                expected = b.build();
            }
            rows.add(new SurveyRow(cells, expected));
        }
        return rows;
    }

    static String csv(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        line(out, header);
        rows.forEach(r -> line(out, r));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            out.append(i == 0 ? "" : ",").append('"').append(cells.get(i).replace("\"", "\"\"")).append('"');
        }
        out.append("\r\n");
    }

    static Records.Collected read(Mapping m, String text, List<DataQuality> quality) {
        Records.Collected out = Records.collect();
        try {
            quality.add(ExportReader.of(m).read(new StringReader(text), "gen.csv", out).quality());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Test
    void survey_answers_written_and_read_back_are_equal_and_every_spoiled_row_is_rejected_once() {
        qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(0, 60)).checkAssert((seed, n) -> {
            List<SurveyRow> rows = surveys(seed, n);
            List<DataQuality> q = new ArrayList<>();
            Records.Collected out = read(SURVEYS, csv(List.of("id", "at", "kind", "score", "scale", "ticket", "agent",
                    "customer", "channel", "comment"), rows.stream().map(SurveyRow::cells).toList()), q);

            List<SurveyResponse> expected = rows.stream().map(SurveyRow::expected).filter(s -> s != null).toList();
            assertThat(out.surveys()).isEqualTo(expected);
            assertThat(q.get(0).rows()).isEqualTo((long) n);
            assertThat(q.get(0).kept() + q.get(0).rejected()).isEqualTo((long) n);
            assertThat(q.get(0).rejected()).isEqualTo((long) (n - expected.size()));
        });
    }

    static final Mapping CUSTOMERS = Mapping.builder(RecordKind.CUSTOMERS).field("customerId", "customerID")
            .field("churned", "Churn").field("tenure", "tenure").field("revenue", "MonthlyCharges").build();

    @Test
    void a_churn_snapshot_gives_one_period_per_good_row_and_counts_every_other_row_once() {
        qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(0, 60)).checkAssert((seed, n) -> {
            Random random = new Random(seed);
            List<List<String>> cells = new ArrayList<>();
            List<CustomerPeriod> expected = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int tenure = random.nextInt(4) == 0 ? 0 : random.nextInt(72);
                boolean churn = tenure > 0 && random.nextInt(4) == 0;
                BigDecimal charge = BigDecimal.valueOf(1800 + random.nextInt(10_000), 2);
                String tenureText = String.valueOf(tenure);
                String churnText = churn ? "Yes" : "No";
                String chargeText = charge.toPlainString();
                boolean spoiled = true;
                switch (random.nextInt(12)) {
                    case 0: tenureText = "-" + (1 + random.nextInt(3)); break;
                    case 1: churnText = "Maybe"; break;
                    case 2: chargeText = "n/a?"; break;
                    default: spoiled = false;
                }
                // the total charges of a new customer are one space, as in the telco sample; never read
                cells.add(List.of("C-" + i, tenureText, chargeText, tenure == 0 ? " " : charge.toPlainString(),
                        churnText));
                if (!spoiled) {
                    expected.add(new CustomerPeriod("C-" + i, tenure > 0, tenure == 0, !churn,
                            tenure > 0 ? charge : BigDecimal.ZERO, churn ? BigDecimal.ZERO : charge));
                }
            }
            List<DataQuality> q = new ArrayList<>();
            Records.Collected out = read(CUSTOMERS, csv(List.of("customerID", "tenure", "MonthlyCharges",
                    "TotalCharges", "Churn"), cells), q);

            assertThat(out.customers()).isEqualTo(expected);
            assertThat(q.get(0).rows()).isEqualTo((long) n);
            assertThat(q.get(0).kept() + q.get(0).rejected()).isEqualTo((long) n);
            assertThat(q.get(0).kept()).isEqualTo((long) expected.size());
        });
    }

    /** Generated calls: answered or abandoned, waits of 0 to 60 s, some talk, hold and after-call work. */
    static List<Interaction> calls(long seed, int n) {
        Random random = new Random(seed);
        List<Interaction> calls = new ArrayList<>();
        Instant start = Instant.parse("2026-03-01T08:00:00Z");
        for (int i = 0; i < n; i++) {
            Interaction.Builder b = Interaction.builder(InteractionKind.CALL, start.plusSeconds(i * 60L))
                    .agentId("ana").queueWait(Duration.ofSeconds(random.nextInt(61)));
            if (random.nextInt(5) == 0) {
                b.abandoned(true);
            } else {
                b.talk(Duration.ofSeconds(1 + random.nextInt(900))).hold(Duration.ofSeconds(random.nextInt(3) * 30L))
                        .afterContact(Duration.ofSeconds(random.nextInt(120)));
            }
            calls.add(b.build());
        }
        return calls;
    }

    /** The row an export would hold for these calls: their counts and sums. */
    static AggregateRow rowOf(List<Interaction> calls) {
        long answered = 0;
        long within = 0;
        Duration wait = Duration.ZERO;
        Duration talk = Duration.ZERO;
        Duration hold = Duration.ZERO;
        Duration acw = Duration.ZERO;
        for (Interaction c : calls) {
            if (c.abandoned()) {
                continue;
            }
            answered++;
            Duration w = c.queueWait().orElseThrow();
            within += w.compareTo(Duration.ofSeconds(20)) <= 0 ? 1 : 0;
            wait = wait.plus(w);
            talk = talk.plus(c.talk());
            hold = hold.plus(c.hold());
            acw = acw.plus(c.afterContact());
        }
        return AggregateRow.builder().key("agent", "ana").offered(calls.size()).answered(answered)
                .abandoned(calls.size() - answered).answeredWithin(within).answerWait(wait).talk(talk).hold(hold)
                .afterContact(acw).build();
    }

    private static void sameTotals(DurationStats totals, DurationStats records) {
        assertThat(totals.count()).isEqualTo(records.count());
        assertThat(totals.sum()).isEqualTo(records.sum());
        assertThat(totals.unmeasured()).isEqualTo(records.unmeasured());
        assertThat(totals.mean()).isEqualTo(records.mean());
    }

    @Test
    void a_row_of_the_counts_of_calls_gives_the_tallies_of_the_calls_and_merges_with_them() {
        AbandonmentRate abandon = AbandonmentRate.defaults();
        ServiceLevel sl = ServiceLevel.defaults();
        AverageSpeedOfAnswer asa = AverageSpeedOfAnswer.defaults();
        Metric<Interaction, DurationStats> aht = AverageHandleTime.overInteractions(HandleTimeDefinition.DEFAULT);
        Metric<Interaction, Count> contacts = Count.metric("contacts", i -> true);
        qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(0, 60), integers().between(0, 60))
                .checkAssert((seed, n, cut) -> {
                    List<Interaction> calls = calls(seed, n);
                    int k = Math.min(cut, n);
                    List<Interaction> counted = calls.subList(0, k);
                    List<Interaction> rest = calls.subList(k, n);
                    AggregateRow whole = rowOf(calls);
                    AggregateRow part = rowOf(counted);

                    // the row alone gives what the calls give
                    assertThat(whole.abandonment(abandon).orElseThrow()).isEqualTo(abandon.over(calls));
                    assertThat(whole.serviceLevel(sl).orElseThrow()).isEqualTo(sl.over(calls));
                    assertThat(whole.contacts(contacts).orElseThrow()).isEqualTo(contacts.over(calls));
                    sameTotals(whole.speedOfAnswer(asa).orElseThrow(), asa.over(calls));
                    sameTotals(whole.handleTime(aht).orElseThrow(), aht.over(calls));

                    // a row of some of the calls merged with the others' tallies gives the whole
                    assertThat(part.tallyOf(abandon).orElseThrow().plus(abandon.over(rest)))
                            .isEqualTo(abandon.over(calls));
                    assertThat(part.tallyOf(sl).orElseThrow().plus(sl.over(rest))).isEqualTo(sl.over(calls));
                    assertThat(part.tallyOf(contacts).orElseThrow().plus(contacts.over(rest)))
                            .isEqualTo(contacts.over(calls));
                    sameTotals(part.tallyOf(asa).orElseThrow().plus(asa.over(rest)), asa.over(calls));
                    sameTotals(asa.over(rest).plus(part.tallyOf(asa).orElseThrow()), asa.over(calls));
                    sameTotals(part.tallyOf(aht).orElseThrow().plus(aht.over(rest)), aht.over(calls));
                });
    }

    @Test
    void aggregate_rows_written_and_read_back_are_equal_and_every_spoiled_row_is_rejected_once() {
        qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(0, 30)).checkAssert((seed, n) -> {
            Random random = new Random(seed);
            List<List<String>> cells = new ArrayList<>();
            List<AggregateRow> expected = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                AggregateRow row = rowOf(calls(random.nextLong(), random.nextInt(30)));
                long offered = row.offered().getAsLong();
                boolean spoiled = random.nextInt(6) == 0;
                String offeredText = String.valueOf(spoiled ? Math.max(0, offered - 1 - random.nextInt(3)) : offered);
                spoiled = spoiled && offered > 0;
                Duration talk = row.talk().orElseThrow();
                cells.add(List.of("ana", offeredText, String.valueOf(row.answered().getAsLong()),
                        String.valueOf(row.abandoned().getAsLong()), String.valueOf(row.answeredWithin().getAsLong()),
                        String.valueOf(row.answerWait().orElseThrow().toSeconds()),
                        String.format(Locale.ROOT, "%d:%02d:%02d", talk.toHours(), talk.toMinutesPart(),
                                talk.toSecondsPart()),
                        row.hold().orElseThrow().toString(), String.valueOf(row.afterContact().orElseThrow().toSeconds())));
                if (!spoiled) {
                    expected.add(row);
                }
            }
            List<DataQuality> q = new ArrayList<>();
            Records.Collected out = read(AGGREGATES, csv(List.of("agent", "offered", "answered", "abandoned", "within",
                    "wait", "talk", "hold", "acw"), cells), q);

            assertThat(out.aggregates()).isEqualTo(expected);
            assertThat(q.get(0).kept()).isEqualTo((long) expected.size());
            assertThat(q.get(0).kept() + q.get(0).rejected()).isEqualTo((long) n);
        });
    }
}
