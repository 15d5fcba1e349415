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

class CustomerEffortTest {
    private static final Instant AT = Instant.parse("2024-03-04T10:00:00Z");

    static List<SurveyResponse> ces(Scale scale, int... scores) {
        List<SurveyResponse> list = new ArrayList<>();
        for (int s : scores) {
            list.add(SurveyResponse.of(SurveyKind.CES, s, scale, AT));
        }
        return list;
    }

    @Test
    void should_count_easy_answers_at_or_above_the_threshold_by_default() {
        // [004] names both forms: % easy and mean score
        // GIVEN agreement answers 7, 5, 4, 1 on 1..7
        List<SurveyResponse> responses = ces(Scale.ONE_TO_SEVEN, 7, 5, 4, 1);
        // WHEN
        Ratio easy = CustomerEffort.defaults().over(responses);
        // THEN 7 and 5 are easy
        assertThat(easy).isEqualTo(Ratio.of(2, 4));
        assertThat(easy.percent().getAsDouble()).isEqualTo(50.0);
    }

    @Test
    void should_count_low_scores_as_easy_when_higher_is_harder() {
        // [001] "a lower CES means customers are breezing through"
        // GIVEN effort answers 1, 2, 3, 5 on 1..5, easy at 2 or less
        EffortDefinition effort = EffortDefinition.of(Scale.ONE_TO_FIVE, EffortDirection.HIGHER_IS_HARDER, 2);
        // WHEN
        Ratio easy = CustomerEffort.of(effort).over(ces(Scale.ONE_TO_FIVE, 1, 2, 3, 5));
        // THEN
        assertThat(easy).isEqualTo(Ratio.of(2, 4));
    }

    @Test
    void should_give_the_mean_of_the_raw_scores() {
        // GIVEN 1, 2, 3, 5 on 1..5 (either direction: the mean is of the raw scores)
        EffortDefinition effort = EffortDefinition.of(Scale.ONE_TO_FIVE, EffortDirection.HIGHER_IS_HARDER, 2);
        // WHEN
        Mean mean = AverageCustomerEffort.of(effort).over(ces(Scale.ONE_TO_FIVE, 1, 2, 3, 5));
        // THEN
        assertThat(mean.value().getAsDouble()).isEqualTo(2.75);
        assertThat(AverageCustomerEffort.defaults().id()).isEqualTo("ces.mean");
    }

    @Test
    void should_work_on_a_1_to_10_scale() {
        EffortDefinition tenPoint = EffortDefinition.DEFAULT.withScale(Scale.ONE_TO_TEN).withEasyThreshold(8);
        assertThat(CustomerEffort.of(tenPoint).over(ces(Scale.ONE_TO_TEN, 10, 8, 7))).isEqualTo(Ratio.of(2, 3));
    }

    @Test
    void should_be_undefined_with_no_ces_responses() {
        // GIVEN only CSAT and NPS answers, which CES ignores
        List<SurveyResponse> responses = List.of(SurveyResponse.csat(5, AT), SurveyResponse.nps(10, AT));
        // WHEN / THEN
        assertThat(CustomerEffort.defaults().over(responses).percent()).isEmpty();
        assertThat(AverageCustomerEffort.defaults().over(responses).value()).isEmpty();
    }

    @Test
    void should_refuse_a_ces_response_on_another_scale() {
        SurveyResponse fivePoint = SurveyResponse.builder(SurveyKind.CES, 4, Scale.ONE_TO_FIVE, AT).id("S-9").build();
        assertThatThrownBy(() -> CustomerEffort.defaults().over(List.of(fivePoint)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CES response scale must be 1..7: 1..5 (response S-9 at 2024-03-04T10:00:00Z, score 4)");
        assertThatThrownBy(() -> AverageCustomerEffort.defaults().over(List.of(fivePoint)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("CES response scale must be 1..7: 1..5");
    }

    @Test
    void should_refuse_a_threshold_that_makes_every_answer_easy_or_is_off_the_scale() {
        assertThatThrownBy(() -> EffortDefinition.DEFAULT.withEasyThreshold(1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("easyThreshold must be within 2..7 on scale 1..7 HIGHER_IS_EASIER: 1");
        assertThatThrownBy(() -> EffortDefinition.DEFAULT.withEasyThreshold(8))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("easyThreshold must be within 2..7 on scale 1..7 HIGHER_IS_EASIER: 8");
        assertThatThrownBy(() -> EffortDefinition.of(Scale.ONE_TO_FIVE, EffortDirection.HIGHER_IS_HARDER, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("easyThreshold must be within 1..4 on scale 1..5 HIGHER_IS_HARDER: 5");
        assertThatThrownBy(() -> EffortDefinition.DEFAULT.withDirection(null))
                .isInstanceOf(NullPointerException.class).hasMessage("direction");
    }

    @Test
    void should_default_to_agreement_on_1_to_7_easy_at_5() {
        assertThat(CustomerEffort.defaults().id()).isEqualTo("ces.easy");
        assertThat(CustomerEffort.defaults().definedBy())
                .isEqualTo(EffortDefinition.of(Scale.ONE_TO_SEVEN, EffortDirection.HIGHER_IS_EASIER, 5));
        assertThat(CustomerEffort.of(EffortDefinition.DEFAULT)).isEqualTo(CustomerEffort.defaults());
    }
}
