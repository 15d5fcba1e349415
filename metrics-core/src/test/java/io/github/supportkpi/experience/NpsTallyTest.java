package io.github.supportkpi.experience;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NpsTallyTest {

    @Test
    void should_score_60_percent_promoters_and_20_percent_detractors_as_40() {
        // GIVEN [004]: "60% promoters, 20% detractors -> 40"
        NpsTally t = new NpsTally(60, 20, 20);
        // THEN
        assertThat(t.score()).hasValue(40.0);
        assertThat(t.promoterShare().percent()).hasValue(60.0);
        assertThat(t.detractorShare().percent()).hasValue(20.0);
        assertThat(t.passiveShare().percent()).hasValue(20.0);
        assertThat(t.responses()).isEqualTo(100);
    }

    @Test
    void should_classify_the_boundaries_of_the_0_to_10_scale() {
        assertThat(NpsTally.ofScore(6)).isEqualTo(new NpsTally(0, 0, 1));
        assertThat(NpsTally.ofScore(7)).isEqualTo(new NpsTally(0, 1, 0));
        assertThat(NpsTally.ofScore(8)).isEqualTo(new NpsTally(0, 1, 0));
        assertThat(NpsTally.ofScore(9)).isEqualTo(new NpsTally(1, 0, 0));
        assertThat(NpsTally.ofScore(0)).isEqualTo(new NpsTally(0, 0, 1));
        assertThat(NpsTally.ofScore(10)).isEqualTo(new NpsTally(1, 0, 0));
    }

    @Test
    void should_reach_both_ends_of_minus_100_to_100() {
        // [001]: the range is -100..+100
        assertThat(new NpsTally(5, 0, 0).score()).hasValue(100.0);
        assertThat(new NpsTally(0, 0, 5).score()).hasValue(-100.0);
    }

    @Test
    void should_be_undefined_with_no_responses() {
        assertThat(NpsTally.EMPTY.score()).isEmpty();
        assertThat(NpsTally.EMPTY).hasToString("NPS n/a (promoters 0, passives 0, detractors 0)");
    }

    @Test
    void should_refuse_scores_outside_0_to_10_and_negative_counts() {
        assertThatThrownBy(() -> NpsTally.ofScore(11)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("NPS score must be within 0..10: 11");
        assertThatThrownBy(() -> new NpsTally(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("NPS counts must not be negative: promoters -1, passives 0, detractors 0");
    }
}
