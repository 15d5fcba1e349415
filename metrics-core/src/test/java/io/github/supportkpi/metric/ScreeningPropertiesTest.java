package io.github.supportkpi.metric;

import io.github.supportkpi.contact.AbandonmentRate;
import io.github.supportkpi.contact.AverageSpeedOfAnswer;
import io.github.supportkpi.contact.ServiceLevel;
import io.github.supportkpi.domain.DataQuality;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.Scale;
import io.github.supportkpi.domain.SurveyKind;
import io.github.supportkpi.domain.SurveyResponse;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.experience.AverageCustomerSatisfaction;
import io.github.supportkpi.experience.CustomerSatisfaction;
import io.github.supportkpi.experience.NetPromoterScore;
import io.github.supportkpi.quality.FirstContactResolution;
import io.github.supportkpi.quality.ReopenRate;
import io.github.supportkpi.speed.FirstResponseTime;
import io.github.supportkpi.speed.ResolutionTime;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import io.github.supportkpi.workload.Occupancy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

/**
 * Lenient and strict passes over generated records: over clean records both give the metric's tally and keep
 * every record; over messy ones the lenient pass accounts for every record fed, its tally is the strict tally of
 * the records it could use, and the results of the parts merge into the result of the whole.
 */
class ScreeningPropertiesTest {
    private static final int EXAMPLES = TallyContract.EXAMPLES;

    /** A CSAT answer moved to the 1..10 scale, which the default CSAT metrics refuse. */
    private static SurveyResponse onTenPoints(SurveyResponse r) {
        SurveyResponse.Builder b = SurveyResponse.builder(SurveyKind.CSAT, r.score(), Scale.ONE_TO_TEN, r.at());
        r.id().ifPresent(b::id);
        return b.build();
    }

    /** Generated survey answers of which every third CSAT answer or so (from a seeded offset) is on 1..10. */
    private static Gen<List<SurveyResponse>> messySurveys() {
        return Sources.surveys().zip(integers().between(0, 2), (rs, offset) -> {
            List<SurveyResponse> out = new ArrayList<>();
            for (int i = 0; i < rs.size(); i++) {
                SurveyResponse r = rs.get(i);
                out.add(r.kind() == SurveyKind.CSAT && (i + offset) % 3 == 0 ? onTenPoints(r) : r);
            }
            return out;
        });
    }

    private static boolean onDefaultScale(SurveyResponse r) {
        return r.kind() != SurveyKind.CSAT || r.scale().equals(Scale.ONE_TO_FIVE);
    }

    private static MetricSet<SurveyResponse> surveySet() {
        return MetricSet.of(CustomerSatisfaction.defaults(), AverageCustomerSatisfaction.defaults(),
                NetPromoterScore.defaults());
    }

    private static <T, S extends Tally<S>> void cleanIsStrict(Metric<T, S> metric, List<T> records) {
        S plain = metric.over(records);
        Screening.Result<S> lenient = metric.lenient(3).over(records);
        Screening.Result<S> strict = metric.strict().over(records);
        DataQuality allKept = new DataQuality(records.size(), Map.of(), Map.of(), 3);
        assertThat(lenient.tally()).isEqualTo(plain);
        assertThat(lenient.quality()).isEqualTo(allKept);
        assertThat(strict.tally()).isEqualTo(plain);
        assertThat(strict.quality().kept()).isEqualTo(records.size());
        assertThat(strict.quality().counts()).isEmpty();
    }

    @Test
    void over_clean_tickets_a_lenient_and_a_strict_pass_give_the_tally_of_the_pass_and_keep_every_ticket() {
        MetricSet<Ticket> set = MetricSet.of(FirstResponseTime.defaults(), ResolutionTime.defaults(),
                FirstContactResolution.defaults(), ReopenRate.defaults());
        qt().withExamples(EXAMPLES).forAll(Sources.tickets()).checkAssert(ts -> {
            cleanIsStrict(set, ts);
            cleanIsStrict(FirstResponseTime.defaults().by(TicketDimensions.CHANNEL), ts);
        });
    }

    @Test
    void over_clean_calls_and_surveys_a_lenient_pass_is_the_strict_pass() {
        MetricSet<Interaction> calls = MetricSet.of(AbandonmentRate.defaults(), ServiceLevel.defaults(),
                AverageSpeedOfAnswer.defaults(), Occupancy.defaults());
        qt().withExamples(EXAMPLES).forAll(Sources.calls(), Sources.surveys()).checkAssert((is, rs) -> {
            cleanIsStrict(calls, is);
            cleanIsStrict(surveySet(), rs);
            cleanIsStrict(CustomerSatisfaction.defaults(), rs);
        });
    }

    @Test
    void a_lenient_pass_accounts_for_every_record_fed_and_tallies_those_it_can_use() {
        qt().withExamples(EXAMPLES).forAll(messySurveys()).checkAssert(rs -> {
            CustomerSatisfaction csat = CustomerSatisfaction.defaults();
            List<SurveyResponse> usable = rs.stream().filter(ScreeningPropertiesTest::onDefaultScale).toList();
            long refused = rs.size() - usable.size();
            Screening.Result<Ratio> r = csat.lenient(2).over(rs);
            // rejected + kept = fed; rejected = the answers on 1..10; the tally is the strict one of the rest
            assertThat(r.quality().rows()).isEqualTo(rs.size());
            assertThat(r.quality().rejected()).isEqualTo(refused);
            assertThat(r.quality().kept()).isEqualTo(usable.size());
            assertThat(r.quality().ignored()).isZero();
            assertThat(r.tally()).isEqualTo(csat.over(usable));
            // values stay out of the reasons: one reason, whatever the scores
            assertThat(r.quality().counts()).hasSizeLessThanOrEqualTo(1);
        });
    }

    @Test
    void in_a_set_every_refusal_is_counted_once_and_each_metric_tallies_what_it_can_use() {
        qt().withExamples(EXAMPLES).forAll(messySurveys()).checkAssert(rs -> {
            MetricSet<SurveyResponse> set = surveySet();
            Screening.Result<Tallies<SurveyResponse>> r = set.lenient(2).over(rs);
            long refusals = 0;
            for (Metric<SurveyResponse, ?> m : set.metrics()) {
                Screening.Result<?> alone = m.lenient(2).over(rs);
                assertThat(r.tally().list().get(set.metrics().indexOf(m))).isEqualTo(alone.tally());
                refusals += alone.quality().rejected();
            }
            // NPS uses every answer, so no answer is refused by every metric: all kept, each refusal ignored
            assertThat(r.quality().rows()).isEqualTo(rs.size());
            assertThat(r.quality().kept()).isEqualTo(rs.size());
            assertThat(r.quality().rejected() + r.quality().ignored()).isEqualTo(refusals);
        });
    }

    @Test
    void the_results_of_the_parts_merge_into_the_result_of_the_whole() {
        qt().withExamples(EXAMPLES).forAll(messySurveys(), integers().between(0, Sources.MAX_SIZE),
                integers().between(1, 4)).checkAssert((rs, at, threads) -> {
                    int cut = Math.min(at, rs.size());
                    for (Metric<SurveyResponse, ?> m : List.<Metric<SurveyResponse, ?>>of(CustomerSatisfaction.defaults(),
                            surveySet())) {
                        assertMerges(m, rs, cut, threads);
                    }
                });
    }

    private static <S extends Tally<S>> void assertMerges(Metric<SurveyResponse, S> metric, List<SurveyResponse> rs,
            int cut, int threads) {
        Screening<SurveyResponse, S> lenient = metric.lenient(2);
        Screening.Result<S> whole = lenient.over(rs);
        Screening.Result<S> merged = lenient.over(rs.subList(0, cut)).plus(lenient.over(rs.subList(cut, rs.size())));
        assertThat(merged).isEqualTo(whole);
        assertThat(lenient.over(rs, threads)).isEqualTo(whole);
        assertThat(lenient.over(rs.stream())).isEqualTo(whole);
        assertThat(lenient.empty().plus(whole)).isEqualTo(whole);
        // the counts, not the examples, are order-free: the parallel stream gives the same counts
        assertThat(lenient.over(rs.parallelStream()).quality().counts()).isEqualTo(whole.quality().counts());
    }

    @Test
    void the_number_of_examples_never_changes_the_tally_or_the_counts() {
        qt().withExamples(EXAMPLES).forAll(messySurveys(), integers().between(0, 5)).checkAssert((rs, n) -> {
            Screening.Result<Ratio> few = CustomerSatisfaction.defaults().lenient(n).over(rs);
            Screening.Result<Ratio> none = CustomerSatisfaction.defaults().lenient(0).over(rs);
            assertThat(few.tally()).isEqualTo(none.tally());
            assertThat(few.quality().counts()).isEqualTo(none.quality().counts());
            few.quality().examples().values().forEach(l -> assertThat(l).hasSizeLessThanOrEqualTo(n));
        });
    }
}
