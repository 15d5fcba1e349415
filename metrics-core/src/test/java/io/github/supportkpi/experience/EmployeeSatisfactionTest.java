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

class EmployeeSatisfactionTest {
    private static final Instant AT = Instant.parse("2024-03-04T10:00:00Z");

    private static SurveyResponse esat(int score) {
        return SurveyResponse.builder(SurveyKind.EMPLOYEE_SATISFACTION, score, Scale.ONE_TO_FIVE, AT)
                .agentId("alice").build();
    }

    @Test
    void should_be_like_csat_over_agent_answers_only() {
        // [001] employee satisfaction, "like CSAT"
        // GIVEN agents answer 5, 4, 2 and a customer's CSAT 1 that must be ignored
        List<SurveyResponse> responses = new ArrayList<>(List.of(esat(5), esat(4), esat(2)));
        responses.add(SurveyResponse.csat(1, AT));
        // WHEN
        Ratio satisfied = EmployeeSatisfaction.defaults().over(responses);
        Mean mean = AverageEmployeeSatisfaction.defaults().over(responses);
        // THEN
        assertThat(satisfied).isEqualTo(Ratio.of(2, 3));
        assertThat(mean).isEqualTo(Mean.of(11, 3, 25 + 16 + 4));
    }

    @Test
    void should_be_undefined_with_no_agent_answers() {
        List<SurveyResponse> responses = List.of(SurveyResponse.csat(5, AT));
        assertThat(EmployeeSatisfaction.defaults().over(responses).percent()).isEmpty();
        assertThat(AverageEmployeeSatisfaction.defaults().over(responses).value()).isEmpty();
    }

    @Test
    void should_refuse_an_agent_answer_on_another_scale() {
        SurveyResponse thumb = SurveyResponse.of(SurveyKind.EMPLOYEE_SATISFACTION, 0, Scale.THUMBS, AT);
        assertThatThrownBy(() -> EmployeeSatisfaction.defaults().over(List.of(thumb)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("employee satisfaction response scale must be 1..5: 0..1"
                        + " (response without id at 2024-03-04T10:00:00Z, score 0)");
        assertThat(EmployeeSatisfaction.of(SatisfactionDefinition.THUMBS).over(List.of(thumb)))
                .isEqualTo(Ratio.of(0, 1));
    }

    @Test
    void should_have_its_ids() {
        assertThat(EmployeeSatisfaction.defaults().id()).isEqualTo("esat");
        assertThat(AverageEmployeeSatisfaction.defaults().id()).isEqualTo("esat.mean");
        assertThat(EmployeeSatisfaction.defaults().definedBy()).isEqualTo(SatisfactionDefinition.DEFAULT);
    }
}
