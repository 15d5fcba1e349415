package io.github.supportkpi.io;

import io.github.supportkpi.contact.AbandonmentRate;
import io.github.supportkpi.contact.AverageHandleTime;
import io.github.supportkpi.contact.AverageSpeedOfAnswer;
import io.github.supportkpi.contact.HandleTimeDefinition;
import io.github.supportkpi.contact.ServiceLevel;
import io.github.supportkpi.contact.ServiceLevelDefinition;
import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.CustomerPeriod;
import io.github.supportkpi.domain.DataQuality;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.InteractionKind;
import io.github.supportkpi.domain.Scale;
import io.github.supportkpi.domain.SurveyKind;
import io.github.supportkpi.domain.SurveyResponse;
import io.github.supportkpi.metric.Count;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.Ratio;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/** Survey answers, customers' periods and pre-aggregated rows read from small fixtures, worked by hand. */
class ExportKindsTest {

    private static Records.Collected read(String mapping, String file, DataQuality[] quality) throws IOException {
        Records.Collected out = Records.collect();
        try (Reader in = ExportReaderTest.resource(file)) {
            quality[0] = ExportReader.of(ExportReaderTest.mapping(mapping)).read(in, file, out).quality();
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------------
    // Surveys

    @Test
    void should_read_survey_answers_rejecting_a_row_without_a_score_on_its_scale() throws IOException {
        // GIVEN nine answers on 1..5 unless the row or the kind says otherwise
        DataQuality[] q = new DataQuality[1];
        Records.Collected out = read("surveys-mapping.json", "surveys.csv", q);

        // THEN S-1 (CSAT 5), S-2 (NPS 9), S-3 (CES 6 on 1..7) and S-9 (NPS 0: an NPS is on 0..10 whatever the
        // scale column says) are kept; S-4 (6 > 5), S-8 (4.5) are off 1..5, S-5 (11) off 0..10, S-6 has no
        // score and S-7 no known kind
        assertThat(out.surveys()).extracting(s -> s.id().orElseThrow()).containsExactly("S-1", "S-2", "S-3", "S-9");
        assertThat(q[0].rows()).isEqualTo(9);
        assertThat(q[0].kept()).isEqualTo(4);
        assertThat(q[0].rejectedByReason()).containsOnly(
                entry("Score must be a whole score within 1..5", 2L),
                entry("Score must be a whole score within 0..10", 1L),
                entry("Score must have a value", 1L),
                entry("Question must be a survey kind (csat, nps, ces, employee nps, employee satisfaction)", 1L));
        assertThat(out.surveys().get(0)).isEqualTo(SurveyResponse.builder(SurveyKind.CSAT, 5, Scale.ONE_TO_FIVE,
                Instant.parse("2026-03-02T09:15:00Z")).id("S-1").ticketId("T-1").agentId("ana")
                .channel(Channel.of("email")).comment("Quick, thanks").build());
        assertThat(out.surveys().get(1).kind()).isEqualTo(SurveyKind.NPS);
        assertThat(out.surveys().get(1).scale()).isEqualTo(Scale.ZERO_TO_TEN);
        assertThat(out.surveys().get(2).scale()).isEqualTo(Scale.of(1, 7));
        assertThat(out.surveys().get(2).score()).isEqualTo(6);
        assertThat(out.surveys().get(3).scale()).isEqualTo(Scale.ZERO_TO_TEN);
        assertThat(out.interactions()).isEmpty();
        assertThat(out.tickets()).isEmpty();
    }

    @Test
    void should_end_a_strict_read_at_the_first_score_off_its_scale() throws IOException {
        ExportReader reader = ExportReader.of(ExportReaderTest.mapping("surveys-mapping.json")).strict();
        try (Reader in = ExportReaderTest.resource("surveys.csv")) {
            assertThatThrownBy(() -> reader.read(in, "surveys.csv", Records.collect()))
                    .isInstanceOf(RowException.class)
                    .hasMessageContaining("surveys.csv row 5")
                    .hasMessageContaining("Score must be a whole score within 1..5: \"6\"");
        }
    }

    @Test
    void should_refuse_a_survey_mapping_without_a_score_naming_the_field() {
        assertThatThrownBy(() -> Mapping.builder(RecordKind.SURVEYS).field("at", "When").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fields must map score, required for surveys");
    }

    @Test
    void should_read_an_export_of_one_nps_question_with_the_mapping_naming_the_kind() throws IOException {
        // GIVEN an airline's NPS export: a score column and no kind column
        String json = "{\"records\": \"surveys\", \"zone\": \"UTC\", \"survey\": \"nps\", \"fields\": {"
                + "\"customerId\": \"CustomerID\", \"at\": \"Date\","
                + " \"score\": \"How likely are you to recommend this airline?\"}}";
        Mapping m = Mapping.read(new StringReader(json));
        String csv = "Airline,CustomerID,Date,How likely are you to recommend this airline?\n"
                + "Prep Air,e3bd6ff,2024-01-02,9\n"
                + "Prep Air,77a4aca,2024-01-02,10\n"
                + "Prep Air,a40df8a,2024-01-03,8\n";
        Records.Collected out = Records.collect();
        ExportReader.Result r = ExportReader.of(m).read(new StringReader(csv), "nps.csv", out);

        // THEN every answer is an NPS answer on 0..10, and the mapping writes back the kind
        assertThat(out.surveys()).extracting(SurveyResponse::kind, SurveyResponse::score, SurveyResponse::scale)
                .containsExactly(Tuple.tuple(SurveyKind.NPS, 9, Scale.ZERO_TO_TEN),
                        Tuple.tuple(SurveyKind.NPS, 10, Scale.ZERO_TO_TEN),
                        Tuple.tuple(SurveyKind.NPS, 8, Scale.ZERO_TO_TEN));
        assertThat(r.unmapped()).containsExactly("Airline");
        assertThat(m.survey()).isEqualTo(SurveyKind.NPS);
        assertThat(Mapping.read(new StringReader(m.toJson()))).isEqualTo(m);
        assertThatThrownBy(() -> Mapping.read(new StringReader(json.replace("\"nps\"", "\"mood\""))))
                .hasMessage("survey must be a survey kind (csat, nps, ces, employee nps, employee satisfaction):"
                        + " \"mood\"");
        assertThatThrownBy(() -> Mapping.builder(RecordKind.TICKETS).survey(SurveyKind.NPS).field("id", "id")
                .field("created", "c").build())
                .hasMessage("survey must be given for survey answers only, not tickets: NPS");
    }

    @Test
    void should_refuse_attributes_on_aggregate_rows_keyed_by_their_keys_only() {
        assertThatThrownBy(() -> Mapping.builder(RecordKind.AGGREGATES).field("agent", "a")
                .attribute("plan", FieldMapping.column("Plan")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attributes are read for tickets, interactions, surveys and customers, not aggregates"
                        + " (a row is keyed by period, agent, queue, team, channel only): [plan]");
    }

    @Test
    void should_read_attributes_of_survey_answers_leaving_out_blank_and_sentinel_cells() throws IOException {
        // GIVEN a survey mapping with two attributes, one of them under two column names
        Mapping m = Mapping.builder(RecordKind.SURVEYS).none("N/A").field("score", "score").field("at", "at")
                .field("id", "id").attribute("wave", FieldMapping.column("wave"))
                .attribute("team", FieldMapping.builder("group").or("team").build()).build();
        String csv = "id,score,at,wave,team\n"
                + "s1,5,2026-03-02T10:00:00Z,spring,billing\n"
                + "s2,2,2026-03-02T11:00:00Z,,N/A\n";
        Records.Collected out = Records.collect();

        // WHEN it is read
        ExportReader.of(m).read(new StringReader(csv), "s.csv", out);

        // THEN each answer carries the attributes it has a value of, from the column the header has
        assertThat(out.surveys()).extracting(SurveyResponse::attributes).containsExactly(
                Map.of("wave", "spring", "team", "billing"), Map.of());
        assertThat(Mapping.read(new StringReader(m.toJson()))).isEqualTo(m);
    }

    @Test
    void should_read_attributes_of_customers_periods() throws IOException {
        Mapping m = Mapping.builder(RecordKind.CUSTOMERS).field("customerId", "id").field("churned", "churned")
                .attribute("contract", FieldMapping.column("Contract")).build();
        String csv = "id,churned,Contract\na,no,Month-to-month\nb,yes,\n";
        Records.Collected out = Records.collect();

        ExportReader.of(m).read(new StringReader(csv), "c.csv", out);

        assertThat(out.customers()).containsExactly(
                new CustomerPeriod("a", true, false, true, BigDecimal.ZERO, BigDecimal.ZERO,
                        Map.of("contract", "Month-to-month")),
                new CustomerPeriod("b", true, false, false, BigDecimal.ZERO, BigDecimal.ZERO, Map.of()));
    }

    // ---------------------------------------------------------------------------------------------------
    // Customers

    @Test
    void should_read_a_churn_snapshot_as_customer_periods() throws IOException {
        // GIVEN a snapshot in the shape of a telco churn export: Churn Yes/No, tenure in months, one monthly charge
        DataQuality[] q = new DataQuality[1];
        Records.Collected out = read("customers-mapping.json", "customers.csv", q);

        // THEN tenure 0 is acquired in the period, more is a customer at the start; Churn Yes is gone at the end;
        // the monthly charge is the revenue at the start of a customer there then, and at the end of one still there
        BigDecimal zero = BigDecimal.ZERO;
        assertThat(out.customers()).containsExactly(
                new CustomerPeriod("7590-VHVEG", true, false, true, new BigDecimal("29.85"), new BigDecimal("29.85")),
                new CustomerPeriod("5575-GNVDE", true, false, true, new BigDecimal("56.95"), new BigDecimal("56.95")),
                new CustomerPeriod("3668-QPYBK", true, false, false, new BigDecimal("53.85"), zero),
                new CustomerPeriod("4472-LVYGI", false, true, true, zero, new BigDecimal("52.55")),
                new CustomerPeriod("9305-CDSKC", true, false, false, new BigDecimal("99.65"), zero));
        // AND a charge that is no number, a churn flag that is neither yes nor no and a negative tenure are rejected
        assertThat(q[0].rows()).isEqualTo(8);
        assertThat(q[0].rejectedByReason()).containsOnly(
                entry("MonthlyCharges must be a decimal number", 1L),
                entry("Churn must be 1 or true or y or yes (yes), or 0 or false or n or no (no)", 1L),
                entry("tenure must not be negative", 1L));
    }

    @Test
    void should_read_explicit_flags_and_revenues_with_blank_revenue_as_not_tracked() throws IOException {
        Mapping m = Mapping.builder(RecordKind.CUSTOMERS).field("customerId", "id").field("activeAtStart", "start")
                .field("activeAtEnd", "end").field("churned", "churned").field("revenueAtStart", "r0")
                .field("revenueAtEnd", "r1").build();
        String csv = "id,start,end,churned,r0,r1\n"
                + "a,yes,no,,100,\n"        // lost: revenue at the end blank, zero
                + "b,no,yes,,,40\n"          // acquired
                + "c,yes,yes,yes,10,10\n"    // churned contradicts active at the end: rejected
                + "d,no,no,,5,\n"            // acquired and lost; a revenue at the start contradicts it: left out
                + "e,yes,no,,10,20\n";       // gone at the end, yet revenue at the end: left out
        Records.Collected out = Records.collect();
        DataQuality q = ExportReader.of(m).read(new StringReader(csv), "c.csv", out).quality();

        assertThat(out.customers()).containsExactly(
                new CustomerPeriod("a", true, false, false, new BigDecimal("100"), BigDecimal.ZERO),
                new CustomerPeriod("b", false, true, true, BigDecimal.ZERO, new BigDecimal("40")),
                new CustomerPeriod("d", false, true, false, BigDecimal.ZERO, BigDecimal.ZERO),
                new CustomerPeriod("e", true, false, false, new BigDecimal("10"), BigDecimal.ZERO));
        assertThat(q.rejectedByReason()).containsOnly(entry("churned must not contradict end", 1L));
        assertThat(q.ignoredByReason()).containsOnly(
                entry("r0 must be absent for a customer acquired in the period", 1L),
                entry("r1 must be absent for a customer gone at the end", 1L));
    }

    @Test
    void a_sink_without_customers_refuses_one() {
        Records sink = new Records() {};
        assertThatThrownBy(() -> sink.customer(CustomerPeriod.existing("c-1", true)))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("c-1");
        assertThatThrownBy(() -> sink.aggregate(AggregateRow.builder().key("agent", "ana").build()))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("ana");
    }

    // ---------------------------------------------------------------------------------------------------
    // Aggregates

    @Test
    void should_read_pre_aggregated_rows_rejecting_counts_that_do_not_add_up() throws IOException {
        DataQuality[] q = new DataQuality[1];
        Records.Collected out = read("aggregates-mapping.json", "aggregates.csv", q);

        // THEN ana, bo and eve are kept; cy (45 + 10 > 50), dee (41 in 20 s of 40 answered), fay (a wait with
        // nothing answered) and gus (12.5 offered) are rejected, naming both columns where two disagree
        assertThat(out.aggregates()).extracting(r -> r.keys().get("agent")).containsExactly("ana", "bo", "eve");
        assertThat(q[0].rows()).isEqualTo(7);
        assertThat(q[0].rejectedByReason()).containsOnly(
                entry("Answered plus Abandoned must not exceed Offered", 1L),
                entry("Answered in 20s must not exceed Answered", 1L),
                entry("Wait (s) must be zero when Answered is 0", 1L),
                entry("Offered must be a whole count", 1L));
        AggregateRow ana = out.aggregates().get(0);
        assertThat(ana.keys()).containsExactly(entry("period", "2026-03"), entry("agent", "ana"),
                entry("queue", "billing"));
        // handle = talk 9:10:00 + hold 0:30:00 + wrap 0:20:00 = 10 h
        assertThat(ana.handle()).contains(Duration.ofHours(10));
        AggregateRow eve = out.aggregates().get(2);
        assertThat(eve.offered()).isEqualTo(OptionalLong.of(30));
        assertThat(eve.answered()).isEmpty();
        assertThat(eve.handle()).isEmpty();
    }

    @Test
    void should_make_tallies_of_the_contact_metrics_from_the_rows() throws IOException {
        DataQuality[] q = new DataQuality[1];
        List<AggregateRow> rows = read("aggregates-mapping.json", "aggregates.csv", q).aggregates();
        AbandonmentRate abandon = AbandonmentRate.defaults();
        ServiceLevel sl = ServiceLevel.defaults();
        AverageSpeedOfAnswer asa = AverageSpeedOfAnswer.defaults();
        Metric<Interaction, DurationStats> aht = AverageHandleTime.overInteractions(HandleTimeDefinition.DEFAULT);
        Metric<Interaction, Count> contacts = Count.metric("contacts", i -> true);

        Ratio abandons = abandon.empty();
        Ratio level = sl.empty();
        DurationStats speed = asa.empty();
        DurationStats handle = aht.empty();
        Count all = contacts.empty();
        for (AggregateRow r : rows) {
            abandons = abandons.plus(r.abandonment(abandon).orElse(abandon.empty()));
            level = level.plus(r.serviceLevel(sl).orElse(sl.empty()));
            speed = speed.plus(r.speedOfAnswer(asa).orElse(asa.empty()));
            handle = handle.plus(r.handleTime(aht).orElse(aht.empty()));
            all = all.plus(r.contacts(contacts).orElse(contacts.empty()));
        }
        // abandoned (10 + 10) of offered (120 + 80); eve's abandons are unknown, so her row adds nothing
        assertThat(abandons).isEqualTo(Ratio.of(20, 200));
        // answered in 20 s (99 + 56) of offered (120 + 80)
        assertThat(level).isEqualTo(Ratio.of(155, 200));
        // waits 2,200 s + 2,100 s over 110 + 70 answered; the 20 abandoned unmeasured
        assertThat(speed.count()).isEqualTo(180);
        assertThat(speed.sum()).isEqualTo(Duration.ofSeconds(4300));
        assertThat(speed.unmeasured()).isEqualTo(20);
        assertThat(speed.median()).isEmpty();
        // handle 36,000 s + 21,600 s over 180: 320 s
        assertThat(handle.mean()).contains(Duration.ofSeconds(320));
        // offered 120 + 80 + 30
        assertThat(all).isEqualTo(Count.of(230));
        assertThat(rows.get(2).abandonment(abandon)).isEmpty();
    }

    @Test
    void a_row_merges_with_the_tallies_of_records() {
        AggregateRow row = AggregateRow.builder().key("agent", "ana").offered(120).answered(110).abandoned(10)
                .answeredWithin(99).answerWait(Duration.ofSeconds(2200)).handle(Duration.ofSeconds(33_000)).build();
        Instant at = Instant.parse("2026-04-01T09:00:00Z");
        Interaction slow = Interaction.builder(InteractionKind.CALL, at).queueWait(Duration.ofSeconds(30))
                .talk(Duration.ofSeconds(300)).build();
        Interaction left = Interaction.builder(InteractionKind.CALL, at).queueWait(Duration.ofSeconds(5))
                .abandoned(true).build();
        AbandonmentRate abandon = AbandonmentRate.defaults();
        ServiceLevel sl = ServiceLevel.defaults();
        Metric<Interaction, DurationStats> aht = AverageHandleTime.overInteractions(HandleTimeDefinition.DEFAULT);

        // 10 + 1 abandoned of 120 + 2 offered; 99 + 0 in 20 s of 122
        assertThat(row.tallyOf(abandon).orElseThrow().plus(abandon.over(List.of(slow, left))))
                .isEqualTo(Ratio.of(11, 122));
        assertThat(row.tallyOf(sl).orElseThrow().plus(sl.over(List.of(slow, left)))).isEqualTo(Ratio.of(99, 122));
        // 33,000 s + 300 s over 111 answered: 300 s; 10 + 1 unmeasured
        DurationStats merged = row.tallyOf(aht).orElseThrow().plus(aht.over(List.of(slow, left)));
        assertThat(merged.mean()).contains(Duration.ofSeconds(300));
        assertThat(merged.unmeasured()).isEqualTo(11);
        // with abandons left out, the service level is of the answered
        ServiceLevel answeredOnly = ServiceLevel.of(new ServiceLevelDefinition(Duration.ofSeconds(20),
                ServiceLevelDefinition.Abandons.EXCLUDED, Duration.ZERO, false, ServiceLevelDefinition.DEFAULT.kinds(),
                ServiceLevelDefinition.DEFAULT.unknownWait()));
        assertThat(row.serviceLevel(answeredOnly)).contains(Ratio.of(99, 110));
    }

    @Test
    void should_refuse_a_row_whose_counts_do_not_add_up() {
        assertThatThrownBy(() -> AggregateRow.builder().offered(10).answered(8).abandoned(3).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("answered + abandoned must not exceed offered: answered 8, abandoned 3, offered 10");
        assertThatThrownBy(() -> AggregateRow.builder().answered(8).answeredWithin(9).build())
                .hasMessage("answeredWithin must not exceed answered: answeredWithin 9, answered 8");
        assertThatThrownBy(() -> AggregateRow.builder().answered(-1).build())
                .hasMessage("answered must not be negative: -1");
        assertThatThrownBy(() -> AggregateRow.builder().answered(0).talk(Duration.ofSeconds(1)).build())
                .hasMessage("talk must be zero when no contact is answered: PT1S");
        assertThatThrownBy(() -> new AggregateRow(Map.of("region", "north"), Optional.empty(), OptionalLong.empty(),
                OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty()))
                .hasMessage("key must be one of [period, agent, queue, team, channel]: region");
        assertThatThrownBy(() -> AggregateRow.builder().offered(1).build().handleTime(AverageSpeedOfAnswer.defaults()))
                .hasMessage("metric must be aht: asa");
    }
}
