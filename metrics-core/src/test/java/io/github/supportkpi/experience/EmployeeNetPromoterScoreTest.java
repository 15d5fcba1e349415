package io.github.supportkpi.experience;

import io.github.supportkpi.domain.Scale;
import io.github.supportkpi.domain.SurveyKind;
import io.github.supportkpi.domain.SurveyResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmployeeNetPromoterScoreTest {
    private static final Instant AT = Instant.parse("2024-03-04T10:00:00Z");

    private static SurveyResponse enps(int score) {
        return SurveyResponse.of(SurveyKind.EMPLOYEE_NPS, score, Scale.ZERO_TO_TEN, AT);
    }

    @Test
    void should_be_nps_over_employee_responses_only() {
        // [001] eNPS: NPS asked of employees
        // GIVEN 3 employee promoters, 1 employee detractor, and customer NPS answers that must be ignored
        List<SurveyResponse> responses = new ArrayList<>(List.of(enps(10), enps(9), enps(9), enps(4)));
        responses.add(SurveyResponse.nps(0, AT));
        responses.add(SurveyResponse.nps(1, AT));
        // WHEN
        NpsTally tally = EmployeeNetPromoterScore.defaults().over(responses);
        // THEN
        assertThat(tally).isEqualTo(new NpsTally(3, 0, 1));
        assertThat(tally.score().getAsDouble()).isEqualTo(50.0);
    }

    @Test
    void should_be_undefined_with_no_employee_responses() {
        assertThat(EmployeeNetPromoterScore.defaults().over(List.of(SurveyResponse.nps(10, AT))).score()).isEmpty();
    }

    @Test
    void should_have_its_scale_fixed_by_the_response() {
        assertThatThrownBy(() -> SurveyResponse.of(SurveyKind.EMPLOYEE_NPS, 4, Scale.ONE_TO_FIVE, AT))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("eNPS scale must be 0..10: 1..5");
    }

    @Test
    void should_have_no_knobs() {
        assertThat(EmployeeNetPromoterScore.defaults().id()).isEqualTo("enps");
    }
}
