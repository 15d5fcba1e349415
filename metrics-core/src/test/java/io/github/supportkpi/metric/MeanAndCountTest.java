package io.github.supportkpi.metric;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
