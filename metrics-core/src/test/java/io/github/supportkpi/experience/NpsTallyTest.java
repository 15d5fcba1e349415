package io.github.supportkpi.experience;

import io.github.supportkpi.metric.Interval;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

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

    @Test
    void should_give_the_variance_and_margin_of_error_of_the_worked_example() {
        // GIVEN half promoters, a third passives, a sixth detractors: the worked example of the Cross Validated
        // answer to "How can I calculate margin of error in a NPS result?", NPS 1/3 and per-response variance
        // (1-1/3)^2/2 + (1/3)^2/3 + (4/3)^2/6 = 5/9
        NpsTally t = new NpsTally(300, 200, 100);
        // THEN
        assertThat(t.scoreVariance().getAsDouble()).isCloseTo(5.0 / 9, within(1e-15));
        // AND the margin is 1.959964 * sqrt(5/9 / 600) * 100 = 5.9640 points
        assertThat(t.marginOfError(0.95).getAsDouble()).isCloseTo(5.9640, within(0.00005));
        Interval i = t.interval(0.95).orElseThrow();
        assertThat(i.lower()).isCloseTo(100.0 / 3 - 5.9640, within(0.00005));
        assertThat(i.upper()).isCloseTo(100.0 / 3 + 5.9640, within(0.00005));
    }

    @Test
    void should_clip_the_interval_to_the_range_of_the_score() {
        // GIVEN 9 promoters and 1 passive: NPS 90, variance 0.9 - 0.81 = 0.09, margin 1.96 * 0.3 / sqrt 10 * 100
        NpsTally t = new NpsTally(9, 1, 0);
        assertThat(t.marginOfError(0.95).getAsDouble()).isCloseTo(18.594, within(0.0005));
        // THEN the upper bound stops at 100
        Interval i = t.interval(0.95).orElseThrow();
        assertThat(i.upper()).isEqualTo(100.0);
        assertThat(i.lower()).isCloseTo(90 - 18.594, within(0.0005));
    }

    @Test
    void should_have_no_margin_with_no_responses_and_none_when_all_agree() {
        assertThat(NpsTally.EMPTY.marginOfError(0.95)).isEmpty();
        assertThat(NpsTally.EMPTY.interval(0.95)).isEmpty();
        assertThat(NpsTally.EMPTY.scoreVariance()).isEmpty();
        assertThat(new NpsTally(0, 4, 0).marginOfError(0.95)).hasValue(0.0);
        assertThatThrownBy(() -> NpsTally.EMPTY.interval(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
