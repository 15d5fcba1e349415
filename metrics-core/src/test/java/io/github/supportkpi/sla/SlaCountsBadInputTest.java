package io.github.supportkpi.sla;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad input to SLA counts: refused with the field and the value, never a negative total. */
class SlaCountsBadInputTest {
    @Test
    void should_refuse_counts_whose_total_exceeds_a_long_instead_of_a_negative_total() {
        assertThatThrownBy(() -> new SlaCounts(Long.MAX_VALUE, 1, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("achieved + breached + inProgress + paused + notApplicable must be at most"
                        + " 9223372036854775807: 9223372036854775807 + 1 + 0 + 0 + 0");
    }

    @Test
    void should_refuse_a_merge_whose_total_overflows_naming_both_totals() {
        SlaCounts many = new SlaCounts(Long.MAX_VALUE - 1, 0, 0, 0, 0);
        SlaCounts two = new SlaCounts(0, 0, 1, 0, 1);
        assertThatThrownBy(() -> many.plus(two))
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("total must be at most 9223372036854775807 when merged: 9223372036854775806 + 2");
        // AND a merge that just fits keeps every count
        SlaCounts one = new SlaCounts(0, 1, 0, 0, 0);
        SlaCounts sum = many.plus(one);
        assertThat(sum.total()).isEqualTo(Long.MAX_VALUE);
        assertThat(sum.compliance().denominator()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void should_refuse_each_negative_count_naming_it() {
        assertThatThrownBy(() -> new SlaCounts(-1, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("achieved must not be negative: -1");
        assertThatThrownBy(() -> new SlaCounts(0, -2, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("breached must not be negative: -2");
        assertThatThrownBy(() -> new SlaCounts(0, 0, -3, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("inProgress must not be negative: -3");
        assertThatThrownBy(() -> new SlaCounts(0, 0, 0, -4, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("paused must not be negative: -4");
        assertThatThrownBy(() -> new SlaCounts(0, 0, 0, 0, -5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("notApplicable must not be negative: -5");
    }
}
