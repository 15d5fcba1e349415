package io.github.supportkpi.metric;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class MeanAndCountTest {

    @Test
    void should_give_the_mean_of_sum_and_count_and_merge_both() {
        assertThat(Mean.of(17, 4).value()).hasValue(4.25);
        assertThat(Mean.of(17, 4).plus(Mean.of(3, 1))).isEqualTo(Mean.of(20, 5));
        assertThat(Mean.of(17, 4)).hasToString("4.250 (n=4)");
    }

    @Test
    void should_be_undefined_with_no_values() {
        assertThat(Mean.EMPTY.value()).isEmpty();
        assertThat(Mean.EMPTY).hasToString("n/a (n=0)");
    }

    @Test
    void should_refuse_inconsistent_means_and_negative_counts() {
        assertThatThrownBy(() -> Mean.of(1, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Mean count must not be negative: -1");
        assertThatThrownBy(() -> Mean.of(5, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Mean sum must be 0 when count is 0: 5");
        assertThatThrownBy(() -> Count.of(-2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("count must not be negative: -2");
    }

    @Test
    void should_count_zero_as_a_defined_answer() {
        assertThat(Count.ZERO.value()).isZero();
        assertThat(Count.of(2).plus(Count.of(3))).isEqualTo(Count.of(5));
    }

    @Test
    void should_give_the_t_interval_of_the_mean_from_the_sum_of_squares() {
        // GIVEN 2, 4, 4, 4, 5, 5, 7, 9: mean 5, sample variance 32/7
        Mean m = Mean.ofValues(2, 4, 4, 4, 5, 5, 7, 9);
        assertThat(m).isEqualTo(Mean.of(40, 8, 232));
        assertThat(m.variance().getAsDouble()).isCloseTo(32.0 / 7, within(1e-12));
        // THEN 5 +- t(0.975, 7) * sqrt(32/7 / 8); computed independently with SciPy 1.17,
        // stats.t.interval(0.95, 7, loc=5, scale=stats.sem(x)) = (3.21251208176379, 6.787487918236209)
        Interval i = m.interval(0.95).orElseThrow();
        assertThat(i.lower()).isCloseTo(3.21251208176379, within(1e-9));
        assertThat(i.upper()).isCloseTo(6.787487918236209, within(1e-9));
    }

    @Test
    void should_know_no_interval_without_the_sum_of_squares_or_with_fewer_than_two_values() {
        assertThat(Mean.of(17, 4).sumOfSquares()).isEmpty();
        assertThat(Mean.of(17, 4).variance()).isEmpty();
        assertThat(Mean.of(17, 4).interval(0.95)).isEmpty();
        assertThat(Mean.ofValues(3).interval(0.95)).isEmpty();
        assertThat(Mean.EMPTY.interval(0.95)).isEmpty();
        // AND a merge with a mean of unknown squares does not know them
        assertThat(Mean.ofValues(1, 2).plus(Mean.of(3, 1)).sumOfSquares()).isEmpty();
        // AND no values: the squares are known, 0, however the mean is made
        assertThat(Mean.of(0, 0)).isEqualTo(Mean.EMPTY);
        assertThat(new Mean(0, 0, OptionalLong.empty()).sumOfSquares()).hasValue(0);
        // AND equal values: a single point
        Interval same = Mean.ofValues(4, 4, 4).interval(0.95).orElseThrow();
        assertThat(same.lower()).isEqualTo(4.0);
        assertThat(same.upper()).isEqualTo(4.0);
        assertThatThrownBy(() -> Mean.ofValues(1, 2).interval(1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("level must be strictly between 0 and 1: 1.0");
    }

    @Test
    void should_refuse_a_sum_of_squares_no_whole_numbers_have() {
        assertThatThrownBy(() -> Mean.of(0, 0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Mean sumOfSquares must be 0 when count is 0: 1");
        assertThatThrownBy(() -> Mean.of(1, 1, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Mean sumOfSquares must not be negative: -1");
        // one value 3 has square 9, not 5; two values summing to 3 have squares of at least 4.5
        assertThatThrownBy(() -> Mean.of(3, 1, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Mean sumOfSquares must be at least |sum| and sum^2 / count: 5 with sum 3 and count 1");
        assertThatThrownBy(() -> Mean.of(3, 2, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Mean.of(3, 2, 5).variance()).hasValue(0.5);
        // exact in 128 bits: count * squares = sum^2 beyond a long
        long half = 1_500_000_000L; // four values of 1.5e9: sum 6e9, squares 9e18, count * squares 3.6e19
        assertThat(Mean.of(4 * half, 4, 4 * half * half).variance()).hasValue(0.0);
        assertThatThrownBy(() -> Mean.of(4 * half, 4, 4 * half * half - 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_refuse_a_sum_of_squares_beyond_a_long_rather_than_wrap() {
        long root = 3_037_000_499L; // root^2 = 9223372030926249001, just below Long.MAX_VALUE
        Mean near = Mean.ofValues(root);
        assertThatThrownBy(() -> near.plus(near)).isInstanceOf(ArithmeticException.class)
                .hasMessage("Mean sum of squares exceeds 9223372036854775807: 9223372030926249001 + 9223372030926249001");
        assertThatThrownBy(() -> Mean.ofValues(root, 77_000)).isInstanceOf(ArithmeticException.class)
                .hasMessage("Mean sum of squares exceeds 9223372036854775807: adding the square of 77000 to"
                        + " 9223372030926249001");
        assertThatThrownBy(() -> Mean.ofValues(root + 1)).isInstanceOf(ArithmeticException.class)
                .hasMessageStartingWith("Mean sum of squares exceeds");
        assertThatThrownBy(() -> Mean.metric("m", (Long v) -> true, (Long v) -> v).over(java.util.List.of(root, root)))
                .isInstanceOf(ArithmeticException.class).hasMessageStartingWith("Mean sum of squares exceeds");
    }
}
