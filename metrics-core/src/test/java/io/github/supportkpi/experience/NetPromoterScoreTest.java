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
import static org.assertj.core.api.Assertions.within;

class NetPromoterScoreTest {
    private static final Instant AT = Instant.parse("2024-03-04T10:00:00Z");

    static List<SurveyResponse> nps(int... scores) {
        List<SurveyResponse> list = new ArrayList<>();
        for (int s : scores) {
            list.add(SurveyResponse.nps(s, AT));
        }
        return list;
    }

    @Test
    void should_give_40_with_60_percent_promoters_and_20_percent_detractors() {
        // [004] "60% promoters, 20% detractors -> 40"
        // GIVEN 6 promoters, 2 passives, 2 detractors
        List<SurveyResponse> responses = nps(9, 10, 9, 10, 9, 10, 7, 8, 6, 0);
        // WHEN
        NpsTally tally = NetPromoterScore.defaults().over(responses);
        // THEN
        assertThat(tally).isEqualTo(new NpsTally(6, 2, 2));
        assertThat(tally.score().getAsDouble()).isEqualTo(40.0, within(1e-12));
        assertThat(tally.promoterShare().percent().getAsDouble()).isEqualTo(60.0);
        assertThat(tally.passiveShare().percent().getAsDouble()).isEqualTo(20.0);
        assertThat(tally.detractorShare().percent().getAsDouble()).isEqualTo(20.0);
    }

    @Test
    void should_range_from_minus_100_to_plus_100() {
        // [001] "range -100..+100"
        assertThat(NetPromoterScore.defaults().over(nps(9, 10, 10)).score().getAsDouble()).isEqualTo(100.0);
        assertThat(NetPromoterScore.defaults().over(nps(0, 3, 6)).score().getAsDouble()).isEqualTo(-100.0);
        assertThat(NetPromoterScore.defaults().over(nps(7, 8)).score().getAsDouble()).isEqualTo(0.0);
    }

    @Test
    void should_classify_the_boundaries_of_the_0_to_10_scale() {
        // GIVEN each score from 0 to 10 once
        // WHEN
        NpsTally tally = NetPromoterScore.defaults().over(nps(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
        // THEN 0-6 detract, 7-8 are passive, 9-10 promote
        assertThat(tally).isEqualTo(new NpsTally(2, 2, 7));
    }

    @Test
    void should_be_undefined_with_no_nps_responses() {
        // GIVEN a CSAT answer and an employee NPS answer, which customer NPS ignores
        List<SurveyResponse> responses = List.of(SurveyResponse.csat(5, AT),
                SurveyResponse.of(SurveyKind.EMPLOYEE_NPS, 10, Scale.ZERO_TO_TEN, AT));
        // WHEN
        NpsTally tally = NetPromoterScore.defaults().over(responses);
        // THEN
        assertThat(tally).isEqualTo(NpsTally.EMPTY);
        assertThat(tally.score()).isEmpty();
        assertThat(tally.sampleSize()).isZero();
    }

    @Test
    void should_have_scores_outside_0_to_10_refused_by_the_response() {
        assertThatThrownBy(() -> SurveyResponse.nps(11, AT))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("NPS score must be within 0..10: 11");
        assertThatThrownBy(() -> SurveyResponse.of(SurveyKind.NPS, 5, Scale.ONE_TO_TEN, AT))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("NPS scale must be 0..10: 1..10");
    }

    @Test
    void should_have_no_knobs() {
        assertThat(NetPromoterScore.defaults().id()).isEqualTo("nps");
    }
}
