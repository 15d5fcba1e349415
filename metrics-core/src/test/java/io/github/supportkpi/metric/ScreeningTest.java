package io.github.supportkpi.metric;

import io.github.supportkpi.domain.DataQuality;
import io.github.supportkpi.domain.DataQuality.Kind;
import io.github.supportkpi.domain.DataQuality.Reason;
import io.github.supportkpi.domain.Scale;
import io.github.supportkpi.domain.SurveyKind;
import io.github.supportkpi.domain.SurveyResponse;
import io.github.supportkpi.experience.AverageCustomerSatisfaction;
import io.github.supportkpi.experience.CustomerSatisfaction;
import io.github.supportkpi.experience.NetPromoterScore;
import io.github.supportkpi.experience.NpsTally;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ScreeningTest {
    private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");
    private static final Reason CSAT_SCALE = new Reason(Kind.REJECTED, "csat", "CSAT response scale must be 1..5");

    private static SurveyResponse csat(String id, int score, Scale scale) {
        return SurveyResponse.builder(SurveyKind.CSAT, score, scale, AT).id(id).build();
    }

    /** Five answers on 1..5 (5, 4, 4, 2, 1: 3 satisfied) and one on 1..10 (r6, a 9). */
    private static List<SurveyResponse> mixedScales() {
        List<SurveyResponse> list = new ArrayList<>();
        int[] scores = {5, 4, 4, 2, 1};
        for (int i = 0; i < scores.length; i++) {
            list.add(csat("r" + (i + 1), scores[i], Scale.ONE_TO_FIVE));
        }
        list.add(csat("r6", 9, Scale.ONE_TO_TEN));
        return list;
    }

    @Test
    void should_finish_a_csat_pass_with_one_answer_on_another_scale_and_count_it() {
        // GIVEN five answers on 1..5 and one on 1..10, which strict CSAT refuses
        List<SurveyResponse> responses = mixedScales();
        assertThatThrownBy(() -> CustomerSatisfaction.defaults().over(responses))
                .isInstanceOf(IllegalArgumentException.class);
        // WHEN the pass is lenient
        Screening.Result<Ratio> r = CustomerSatisfaction.defaults().lenient(3).over(responses);
        // THEN 3 of the 5 usable answers are satisfied: 60%; the 1..10 answer is counted, by reason, not value
        assertThat(r.tally()).isEqualTo(Ratio.of(3, 5));
        assertThat(r.tally().percent().getAsDouble()).isEqualTo(60.0, within(1e-12));
        DataQuality q = r.quality();
        assertThat(q.rows()).isEqualTo(6);
        assertThat(q.kept()).isEqualTo(5);
        assertThat(q.rejectedByReason()).containsExactly(
                java.util.Map.entry("csat CSAT response scale must be 1..5", 1L));
        assertThat(q.examples(CSAT_SCALE)).singleElement().asString()
                .startsWith("response r6 at 2026-03-02T10:00:00Z: CSAT response scale must be 1..5: 1..10");
    }

    @Test
    void should_name_the_metric_and_the_record_in_strict_mode() {
        // GIVEN the same answers, screened strictly
        // WHEN / THEN the pass ends at r6, naming csat and the response, the metric's refusal as the cause
        assertThatThrownBy(() -> CustomerSatisfaction.defaults().strict().over(mixedScales()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("csat cannot use response r6 at 2026-03-02T10:00:00Z: CSAT response scale"
                        + " must be 1..5: 1..10")
                .hasCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_give_the_plain_tally_and_every_record_kept_in_strict_mode_over_clean_answers() {
        // GIVEN the five answers on 1..5
        List<SurveyResponse> clean = mixedScales().subList(0, 5);
        // WHEN
        Screening.Result<Ratio> r = CustomerSatisfaction.defaults().strict().over(clean);
        // THEN 3 of 5, and the report says 5 rows, 5 kept
        assertThat(r.tally()).isEqualTo(Ratio.of(3, 5));
        assertThat(r.quality()).isEqualTo(new DataQuality(5, java.util.Map.of(), java.util.Map.of(), 0));
    }

    @Test
    void should_keep_at_most_the_examples_asked_for_and_count_every_refusal() {
        // GIVEN four answers on 1..10 and one on 1..5 (a 5)
        List<SurveyResponse> responses = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            responses.add(csat("t" + i, 7, Scale.ONE_TO_TEN));
        }
        responses.add(csat("ok", 5, Scale.ONE_TO_FIVE));
        // WHEN two examples are kept per reason
        Screening.Result<Ratio> r = CustomerSatisfaction.defaults().lenient(2).over(responses);
        // THEN 1 of 1 satisfied; 4 rejected under one reason, the first two as examples
        assertThat(r.tally()).isEqualTo(Ratio.of(1, 1));
        assertThat(r.quality().rejected()).isEqualTo(4);
        assertThat(r.quality().examples(CSAT_SCALE)).hasSize(2)
                .allSatisfy(e -> assertThat(e).matches("response t[12] at .*"));
    }

    @Test
    void should_merge_the_results_of_the_parts_in_order() {
        // GIVEN the six answers split after the 1..10 answer would be (r1..r3 | r4..r6)
        List<SurveyResponse> all = mixedScales();
        Screening<SurveyResponse, Ratio> lenient = CustomerSatisfaction.defaults().lenient(3);
        // WHEN the parts' results are merged, and the list is screened on 2 threads
        Screening.Result<Ratio> merged = lenient.over(all.subList(0, 3)).plus(lenient.over(all.subList(3, 6)));
        // THEN both equal the whole: 3 of 5, 1 rejected of 6
        assertThat(merged).isEqualTo(lenient.over(all));
        assertThat(lenient.over(all, 2)).isEqualTo(lenient.over(all));
        assertThat(lenient.over(all.parallelStream())).isEqualTo(lenient.over(all));
        assertThat(merged.quality().rows()).isEqualTo(6);
    }

    @Test
    void should_let_the_other_metrics_of_a_set_use_a_record_one_of_them_refuses() {
        // GIVEN CSAT share, CSAT mean and NPS in one set; the 1..10 CSAT answer r6 is refused by both CSAT
        // metrics, and passed over by NPS (not its kind); an NPS 10 is used by NPS only
        CustomerSatisfaction share = CustomerSatisfaction.defaults();
        AverageCustomerSatisfaction mean = AverageCustomerSatisfaction.defaults();
        NetPromoterScore nps = NetPromoterScore.defaults();
        MetricSet<SurveyResponse> set = MetricSet.of(share, mean, nps);
        List<SurveyResponse> responses = new ArrayList<>(mixedScales());
        responses.add(SurveyResponse.nps(10, AT));
        // WHEN
        Screening.Result<Tallies<SurveyResponse>> r = set.lenient(3).over(responses);
        // THEN share 3/5, mean (5+4+4+2+1)/5 = 16/5, NPS one promoter
        assertThat(r.tally().get(share)).isEqualTo(Ratio.of(3, 5));
        assertThat(r.tally().get(mean)).isEqualTo(Mean.of(16, 5, 25 + 16 + 16 + 4 + 1));
        assertThat(r.tally().get(nps)).isEqualTo(new NpsTally(1, 0, 0));
        // AND r6 is kept (NPS used it, by passing it over) and counted as ignored by each CSAT metric, once each:
        // 7 rows, 7 kept, 0 rejected, 2 ignored
        DataQuality q = r.quality();
        assertThat(q.rows()).isEqualTo(7);
        assertThat(q.kept()).isEqualTo(7);
        assertThat(q.ignoredByReason()).containsOnlyKeys("csat CSAT response scale must be 1..5",
                "csat.mean CSAT response scale must be 1..5").containsValues(1L);
    }

    @Test
    void should_reject_once_a_record_every_metric_of_a_set_refuses() {
        // GIVEN CSAT share and mean, and the six answers: r6 is refused by both
        MetricSet<SurveyResponse> set = MetricSet.of(CustomerSatisfaction.defaults(),
                AverageCustomerSatisfaction.defaults());
        // WHEN
        DataQuality q = set.lenient(1).over(mixedScales()).quality();
        // THEN rejected once, under the first metric's reason; the second's refusal counted as ignored
        assertThat(q.rows()).isEqualTo(6);
        assertThat(q.kept()).isEqualTo(5);
        assertThat(q.rejectedByReason()).containsExactly(java.util.Map.entry("csat CSAT response scale must be 1..5",
                1L));
        assertThat(q.ignoredByReason()).containsExactly(java.util.Map.entry(
                "csat.mean CSAT response scale must be 1..5", 1L));
    }

    @Test
    void should_feed_records_one_at_a_time() {
        // GIVEN a feed of the lenient pass
        Screening<SurveyResponse, Ratio>.Feed feed = CustomerSatisfaction.defaults().lenient(0).newFeed();
        // WHEN the six answers are fed
        mixedScales().forEach(feed::accept);
        // THEN as over: 3 of 5, 1 rejected, no example kept
        assertThat(feed.result().tally()).isEqualTo(Ratio.of(3, 5));
        assertThat(feed.result().quality().rejected()).isEqualTo(1);
        assertThat(feed.result().quality().examples(CSAT_SCALE)).isEmpty();
    }

    @Test
    void should_name_a_field_exception_by_its_field_and_rule_under_the_metric() {
        // GIVEN a metric of one's own refusing a record with a FieldException
        Metric<String, Count> digits = Count.metric("digits", s -> {
            if (!s.chars().allMatch(Character::isDigit)) {
                throw new io.github.supportkpi.domain.FieldException("code", "must be digits", s);
            }
            return true;
        });
        // WHEN
        DataQuality q = digits.lenient(2).locatedBy(s -> "code " + s).over(List.of("12", "x1", "7", "yy")).quality();
        // THEN counted under digits + "code must be digits", the values in the examples only
        assertThat(q.rejectedByReason()).containsExactly(java.util.Map.entry("digits code must be digits", 2L));
        assertThat(q.examples(new Reason(Kind.REJECTED, "digits", "code must be digits")))
                .containsExactly("code x1: code must be digits: \"x1\"", "code yy: code must be digits: \"yy\"");
    }

    @Test
    void should_refuse_a_negative_number_of_examples() {
        assertThatThrownBy(() -> CustomerSatisfaction.defaults().lenient(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("examplesPerReason must not be negative: -1");
    }
}
