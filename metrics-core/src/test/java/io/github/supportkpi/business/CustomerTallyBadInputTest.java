package io.github.supportkpi.business;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad input to the customer tally: refused with the field and the value, never a negative count. */
class CustomerTallyBadInputTest {
    private static final BigDecimal ZERO = BigDecimal.ZERO;

    private static CustomerTally tally(long atStart, long acquired, long lost, long acquiredLost) {
        return new CustomerTally(atStart, acquired, lost, acquiredLost, ZERO, ZERO, ZERO);
    }

    @Test
    void should_refuse_customers_at_end_beyond_a_long_instead_of_a_negative_count() {
        assertThatThrownBy(() -> tally(Long.MAX_VALUE, 1, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("customers at end (atStart - lost + acquired - acquiredLost) must be at most"
                        + " 9223372036854775807: 9223372036854775807 - 0 + 1 - 0");
        // AND the same counts with the newcomer lost again fit
        assertThat(tally(Long.MAX_VALUE, 1, 0, 1).atEnd()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void should_refuse_a_merge_whose_customers_at_end_overflow_naming_both() {
        CustomerTally a = tally(Long.MAX_VALUE - 1, 0, 0, 0);
        CustomerTally b = tally(0, 2, 0, 0);
        assertThatThrownBy(() -> a.plus(b))
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("customers at end must be at most 9223372036854775807 when merged:"
                        + " 9223372036854775806 + 2");
    }

    @Test
    void should_refuse_a_merge_whose_count_overflows_naming_it() {
        CustomerTally a = tally(Long.MAX_VALUE, 0, Long.MAX_VALUE, 0);
        CustomerTally b = tally(1, 0, 1, 0);
        assertThatThrownBy(() -> a.plus(b))
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("atStart must be at most 9223372036854775807 when merged: 9223372036854775807 + 1");
    }

    @Test
    void should_name_the_bounds_of_at_end_even_when_they_overflow() {
        assertThatThrownBy(() -> CustomerTally.ofCounts(Long.MAX_VALUE, 0, Long.MAX_VALUE, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("atEnd must be within atStart - lost .. atStart - lost + acquired"
                        + " (9223372036854775807..9223372036854775807 + 9223372036854775807): 0");
    }

    @Test
    void should_refuse_each_negative_count_and_sum_naming_it() {
        assertThatThrownBy(() -> tally(-1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("atStart must not be negative: -1");
        assertThatThrownBy(() -> tally(0, -2, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("acquired must not be negative: -2");
        assertThatThrownBy(() -> tally(0, 0, -3, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lost must not be negative: -3");
        assertThatThrownBy(() -> tally(0, 0, 0, -4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("acquiredLost must not be negative: -4");
        BigDecimal minus = new BigDecimal("-0.5");
        assertThatThrownBy(() -> new CustomerTally(0, 0, 0, 0, minus, ZERO, ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("revenueAtStart must not be negative: -0.5");
        assertThatThrownBy(() -> new CustomerTally(0, 0, 0, 0, ZERO, minus, ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("revenueLost must not be negative: -0.5");
        assertThatThrownBy(() -> new CustomerTally(0, 0, 0, 0, ZERO, ZERO, minus))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("contraction must not be negative: -0.5");
        assertThatThrownBy(() -> CustomerTally.ofCounts(0, -1, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("atEnd must not be negative: -1");
    }
}
