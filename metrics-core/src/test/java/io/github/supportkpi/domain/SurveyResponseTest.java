package io.github.supportkpi.domain;

import java.time.Instant;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SurveyResponseTest {
    private static final Instant AT = Instant.parse("2024-03-01T10:00:00Z");

    @Test
    void should_refuse_nps_scores_outside_0_to_10() {
        assertThatThrownBy(() -> SurveyResponse.nps(11, AT)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("NPS score must be within 0..10: 11");
        assertThatThrownBy(() -> SurveyResponse.nps(-1, AT)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("NPS score must be within 0..10: -1");
    }

    @Test
    void should_refuse_nps_kinds_on_another_scale() {
        assertThatThrownBy(() -> SurveyResponse.of(SurveyKind.NPS, 5, Scale.ONE_TO_TEN, AT))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("NPS scale must be 0..10: 1..10");
        assertThatThrownBy(() -> SurveyResponse.of(SurveyKind.EMPLOYEE_NPS, 5, Scale.ONE_TO_FIVE, AT))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("eNPS scale must be 0..10: 1..5");
    }

    @Test
    void should_refuse_a_score_off_its_scale() {
        assertThatThrownBy(() -> SurveyResponse.csat(6, AT)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CSAT score must be within 1..5: 6");
        assertThatThrownBy(() -> SurveyResponse.of(SurveyKind.CES, 0, Scale.ONE_TO_SEVEN, AT))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("CES score must be within 1..7: 0");
    }

    @Test
    void should_accept_thumbs_and_keep_optional_fields() {
        SurveyResponse r = SurveyResponse.builder(SurveyKind.CSAT, 1, Scale.THUMBS, AT).ticketId("T-1").agentId("ana")
                .comment("quick!").build();
        assertThat(r.ticketId()).contains("T-1");
        assertThat(r.agentId()).contains("ana");
        assertThat(r.comment()).contains("quick!");
        assertThat(r.customerId()).isEmpty();
    }

    @Test
    void should_refuse_an_empty_or_inverted_scale() {
        assertThatThrownBy(() -> Scale.of(5, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("scale max must be more than min: 5..5");
        assertThat(Scale.ONE_TO_FIVE.contains(5)).isTrue();
        assertThat(Scale.ONE_TO_FIVE.contains(0)).isFalse();
    }

    @Test
    void should_refuse_a_field_set_twice_to_different_values_and_accept_the_same_value_again() {
        // GIVEN / WHEN / THEN a second, different value is refused naming the response and both values
        assertThatThrownBy(() -> SurveyResponse.builder(SurveyKind.CSAT, 4, Scale.ONE_TO_FIVE, AT).id("S-1")
                        .agentId("ana").agentId("ben"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("agentId must not be set twice to different values: survey response S-1 (CSAT at"
                        + " 2024-03-01T10:00:00Z), agentId ana, then ben");
        assertThatThrownBy(() -> SurveyResponse.builder(SurveyKind.NPS, 9, Scale.ZERO_TO_TEN, AT).channel(Channel.CHAT)
                        .channel(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("channel must not be set twice to different values: survey response (no id) (NPS at"
                        + " 2024-03-01T10:00:00Z), channel chat, then null");
        assertThatThrownBy(() -> SurveyResponse.builder(SurveyKind.CSAT, 4, Scale.ONE_TO_FIVE, AT).id("S-1").id("S-2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("id must not be set twice to different values: survey response S-1 (CSAT at"
                        + " 2024-03-01T10:00:00Z), id S-1, then S-2");
        // AND the same value again is fine
        SurveyResponse r = SurveyResponse.builder(SurveyKind.CSAT, 4, Scale.ONE_TO_FIVE, AT).comment("thanks")
                .comment("thanks").ticketId("T-1").ticketId("T-1").build();
        assertThat(r.comment()).contains("thanks");
        assertThat(r.ticketId()).contains("T-1");
    }
}
