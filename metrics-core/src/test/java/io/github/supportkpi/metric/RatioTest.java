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
}
