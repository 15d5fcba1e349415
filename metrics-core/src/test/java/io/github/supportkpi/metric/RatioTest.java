package io.github.supportkpi.metric;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class RatioTest {

    @Test
    void should_give_value_and_percent_from_the_counts() {
        // GIVEN 144 of 213, the FCR example of [001]
        Ratio r = Ratio.of(144, 213);
        // THEN
        assertThat(r.value().getAsDouble()).isCloseTo(0.67606, within(1e-5));
        assertThat(r.percent().getAsDouble()).isCloseTo(67.606, within(1e-3));
        assertThat(r.sampleSize()).isEqualTo(213);
        assertThat(r).hasToString("144/213 (67.61%)");
    }

    @Test
    void should_be_undefined_not_nan_and_not_zero_with_no_denominator() {
        assertThat(Ratio.EMPTY.value()).isEmpty();
        assertThat(Ratio.EMPTY.percent()).isEmpty();
        assertThat(Ratio.EMPTY).hasToString("0/0 (n/a)");
    }

    @Test
    void should_merge_counts_not_percentages() {
        // GIVEN 1 of 1 (100%) and 0 of 3 (0%)
        Ratio merged = Ratio.of(1, 1).plus(Ratio.of(0, 3));
        // THEN the merge is 1 of 4 (25%), not the mean of percentages (50%)
        assertThat(merged).isEqualTo(Ratio.of(1, 4));
        assertThat(merged.percent().getAsDouble()).isEqualTo(25.0);
    }

    @Test
    void should_give_the_complement_with_the_same_denominator() {
        assertThat(Ratio.of(3, 10).complement()).isEqualTo(Ratio.of(7, 10));
    }

    @Test
    void should_refuse_numerator_above_denominator_or_negative_counts() {
        assertThatThrownBy(() -> Ratio.of(5, 4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Ratio requires 0 <= numerator <= denominator: 5/4");
        assertThatThrownBy(() -> Ratio.of(-1, 4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Ratio requires 0 <= numerator <= denominator: -1/4");
    }

    @Test
    void should_refuse_to_overflow_when_merging() {
        assertThatThrownBy(() -> Ratio.of(0, Long.MAX_VALUE).plus(Ratio.of(0, 1)))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void should_give_the_wilson_intervals_of_newcombe_1998() {
        // Newcombe (1998), "Two-sided confidence intervals for the single proportion", Statistics in Medicine
        // 17:857-872, Table I, method 3 (score interval without continuity correction), 95%
        assertWilson(Ratio.of(81, 263), 0.2553, 0.3662);
        assertWilson(Ratio.of(15, 148), 0.0624, 0.1605);
        assertWilson(Ratio.of(0, 20), 0.0000, 0.1611);
        assertWilson(Ratio.of(1, 29), 0.0061, 0.1718);
    }

    private static void assertWilson(Ratio r, double lower, double upper) {
        Interval i = r.wilson(0.95).orElseThrow();
        assertThat(i.lower()).isCloseTo(lower, within(0.00005));
        assertThat(i.upper()).isCloseTo(upper, within(0.00005));
        assertThat(i.level()).isEqualTo(0.95);
    }

    @Test
    void should_give_exact_bounds_at_0_and_100_percent() {
        // GIVEN 0 of 10 and 10 of 10: the upper bound of 0/n is z^2 / (n + z^2) = 3.8415 / 13.8415
        Interval none = Ratio.of(0, 10).wilson(0.95).orElseThrow();
        Interval all = Ratio.of(10, 10).wilson(0.95).orElseThrow();
        // THEN
        assertThat(none.lower()).isZero();
        assertThat(none.upper()).isCloseTo(0.2775, within(0.00005));
        assertThat(all.upper()).isEqualTo(1.0);
        assertThat(all.lower()).isCloseTo(1 - 0.2775, within(0.00005));
    }

    @Test
    void should_give_the_wilson_interval_in_percent() {
        Interval i = Ratio.of(81, 263).wilsonPercent(0.95).orElseThrow();
        assertThat(i.lower()).isCloseTo(25.53, within(0.005));
        assertThat(i.upper()).isCloseTo(36.62, within(0.005));
    }

    @Test
    void should_have_no_interval_without_a_denominator() {
        assertThat(Ratio.EMPTY.wilson(0.95)).isEmpty();
        assertThat(Ratio.EMPTY.wilsonPercent(0.95)).isEmpty();
        assertThatThrownBy(() -> Ratio.EMPTY.wilson(1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("level must be strictly between 0 and 1: 1.5");
    }
}
