package io.github.supportkpi.experience;

import io.github.supportkpi.domain.Scale;
import io.github.supportkpi.domain.SurveyKind;
import io.github.supportkpi.domain.SurveyResponse;
import io.github.supportkpi.metric.Mean;
import io.github.supportkpi.metric.Ratio;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CustomerSatisfactionTest {
    private static final Instant AT = Instant.parse("2024-03-04T10:00:00Z");

    static List<SurveyResponse> csat(int... scores) {
        List<SurveyResponse> list = new ArrayList<>();
        for (int s : scores) {
            list.add(SurveyResponse.csat(s, AT));
        }
        return list;
    }

    @Test
    void should_give_80_percent_when_160_of_200_answer_4_or_5() {
        // [004] "160 of 200 answer 4 or 5 -> 80%"
        // GIVEN 80 fives, 80 fours, 40 answers of 1 to 3
        List<SurveyResponse> responses = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            responses.add(SurveyResponse.csat(i < 80 ? 5 : i < 160 ? 4 : 1 + i % 3, AT));
        }
        // WHEN
        Ratio csat = CustomerSatisfaction.defaults().over(responses);
        // THEN
        assertThat(csat).isEqualTo(Ratio.of(160, 200));
        assertThat(csat.percent().getAsDouble()).isEqualTo(80.0, within(1e-12));
    }

    @Test
    void should_be_undefined_with_no_csat_responses() {
        // GIVEN only an NPS and a CES response, which CSAT ignores
        List<SurveyResponse> responses = List.of(SurveyResponse.nps(10, AT),
                SurveyResponse.of(SurveyKind.CES, 7, Scale.ONE_TO_SEVEN, AT));
        // WHEN
        Ratio csat = CustomerSatisfaction.defaults().over(responses);
        // THEN
        assertThat(csat).isEqualTo(Ratio.EMPTY);
        assertThat(csat.percent()).isEmpty();
    }

    @Test
    void should_ignore_responses_of_other_kinds() {
        // GIVEN two CSAT answers, an NPS 0 and an employee satisfaction 1
        List<SurveyResponse> responses = new ArrayList<>(csat(5, 2));
        responses.add(SurveyResponse.nps(0, AT));
        responses.add(SurveyResponse.of(SurveyKind.EMPLOYEE_SATISFACTION, 1, Scale.ONE_TO_FIVE, AT));
        // WHEN / THEN
        assertThat(CustomerSatisfaction.defaults().over(responses)).isEqualTo(Ratio.of(1, 2));
    }

    @Test
    void should_refuse_a_csat_response_on_another_scale() {
        // GIVEN a CSAT thumbs-up where the definition expects 1..5
        SurveyResponse thumb = SurveyResponse.builder(SurveyKind.CSAT, 1, Scale.THUMBS, AT).id("S-7").build();
        // WHEN / THEN
        assertThatThrownBy(() -> CustomerSatisfaction.defaults().over(List.of(thumb)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CSAT response scale must be 1..5: 0..1 (response S-7 at 2024-03-04T10:00:00Z, score 1)");
    }

    @Test
    void should_count_thumbs_up_on_the_thumbs_scale() {
        // GIVEN three thumbs up and one down
        List<SurveyResponse> responses = new ArrayList<>();
        for (int s : new int[] {1, 1, 0, 1}) {
            responses.add(SurveyResponse.of(SurveyKind.CSAT, s, Scale.THUMBS, AT));
        }
        // WHEN
        Ratio csat = CustomerSatisfaction.of(SatisfactionDefinition.THUMBS).over(responses);
        // THEN
        assertThat(csat.percent().getAsDouble()).isEqualTo(75.0);
    }

    @Test
    void should_use_the_threshold_of_the_definition() {
        // GIVEN scores 5, 4, 3 on 1..5
        List<SurveyResponse> responses = csat(5, 4, 3);
        // WHEN only 5 counts as satisfied (top-box)
        Ratio topBox = CustomerSatisfaction.of(SatisfactionDefinition.DEFAULT.withSatisfiedThreshold(5)).over(responses);
        // THEN
        assertThat(topBox).isEqualTo(Ratio.of(1, 3));
    }

    @Test
    void should_work_on_any_scale() {
        // GIVEN answers on 1..10, satisfied at 8
        SatisfactionDefinition tenPoint = SatisfactionDefinition.of(Scale.ONE_TO_TEN, 8);
        List<SurveyResponse> responses = List.of(SurveyResponse.of(SurveyKind.CSAT, 8, Scale.ONE_TO_TEN, AT),
                SurveyResponse.of(SurveyKind.CSAT, 7, Scale.ONE_TO_TEN, AT));
        // WHEN / THEN
        assertThat(CustomerSatisfaction.of(tenPoint).over(responses)).isEqualTo(Ratio.of(1, 2));
    }

    @Test
    void should_refuse_a_threshold_off_the_scale_or_at_its_minimum() {
        assertThatThrownBy(() -> SatisfactionDefinition.of(Scale.ONE_TO_FIVE, 6))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("satisfiedThreshold must be within 2..5 on scale 1..5: 6");
        assertThatThrownBy(() -> SatisfactionDefinition.of(Scale.ONE_TO_FIVE, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("satisfiedThreshold must be within 2..5 on scale 1..5: 1");
        assertThatThrownBy(() -> SatisfactionDefinition.DEFAULT.withScale(Scale.THUMBS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("satisfiedThreshold must be within 1..1 on scale 0..1: 4");
        assertThatThrownBy(() -> SatisfactionDefinition.of(null, 4))
                .isInstanceOf(NullPointerException.class).hasMessage("scale");
        assertThatThrownBy(() -> CustomerSatisfaction.of(null))
                .isInstanceOf(NullPointerException.class).hasMessage("definition");
    }

    @Test
    void should_default_to_top_2_box_on_1_to_5() {
        // GIVEN / WHEN
        CustomerSatisfaction csat = CustomerSatisfaction.defaults();
        // THEN
        assertThat(csat.id()).isEqualTo("csat");
        assertThat(csat.definedBy()).isEqualTo(SatisfactionDefinition.of(Scale.ONE_TO_FIVE, 4));
        assertThat(csat).isEqualTo(CustomerSatisfaction.of(SatisfactionDefinition.DEFAULT));
    }

    @Test
    void should_give_the_mean_score_in_the_mean_variant() {
        // GIVEN scores 5, 4, 4, 2
        // WHEN
        Mean mean = AverageCustomerSatisfaction.defaults().over(csat(5, 4, 4, 2));
        // THEN
        assertThat(mean).isEqualTo(Mean.of(15, 4, 25 + 16 + 16 + 4));
        assertThat(mean.value().getAsDouble()).isEqualTo(3.75);
        assertThat(AverageCustomerSatisfaction.defaults().id()).isEqualTo("csat.mean");
        assertThat(AverageCustomerSatisfaction.defaults().over(List.of()).value()).isEmpty();
    }

    @Test
    void should_refuse_a_response_on_another_scale_in_the_mean_variant() {
        SurveyResponse tenPoint = SurveyResponse.of(SurveyKind.CSAT, 9, Scale.ONE_TO_TEN, AT);
        assertThatThrownBy(() -> AverageCustomerSatisfaction.defaults().over(List.of(tenPoint)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CSAT response scale must be 1..5: 1..10 (response without id at 2024-03-04T10:00:00Z,"
                        + " score 9)");
        assertThat(AverageCustomerSatisfaction.of(Scale.ONE_TO_TEN).over(List.of(tenPoint))).isEqualTo(Mean.of(9, 1, 81));
    }
}
