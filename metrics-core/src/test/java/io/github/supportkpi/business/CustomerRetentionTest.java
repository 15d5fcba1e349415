package io.github.supportkpi.business;

import io.github.supportkpi.domain.CustomerPeriod;
import io.github.supportkpi.metric.Ratio;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CustomerRetentionTest {

    /** 100 customers at the start, 10 of them lost; 20 acquired, 2 of those lost again. */
    static List<CustomerPeriod> hundredCustomers() {
        List<CustomerPeriod> list = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            list.add(CustomerPeriod.existing("C-" + i, i >= 10));
        }
        for (int i = 0; i < 20; i++) {
            list.add(CustomerPeriod.acquired("N-" + i, i >= 2));
        }
        return list;
    }

    @Test
    void should_give_the_share_of_start_customers_still_there_at_the_end() {
        // [001] "(customers at end - new customers) / customers at start x 100"
        // GIVEN 100 at the start, 10 lost, 20 new of whom 18 are still there: 108 at the end
        List<CustomerPeriod> customers = hundredCustomers();
        // WHEN
        CustomerTally tally = CustomerRetention.defaults().over(customers);
        // THEN (108 - 18) / 100 = 90%; the literal (108 - 20) / 100 = 88% would count the 2 new customers
        // lost again against the start customers
        assertThat(tally.atEnd()).isEqualTo(108);
        assertThat(tally.retention()).isEqualTo(Ratio.of(90, 100));
        assertThat(CustomerRetention.defaults().percent(tally).getAsDouble()).isEqualTo(90.0);
    }

    @Test
    void should_give_the_same_tally_from_aggregate_counts() {
        // GIVEN the counts of the example above: start 100, end 108, new 20, lost 10
        // WHEN
        CustomerTally fromCounts = CustomerTally.ofCounts(100, 108, 20, 10);
        // THEN
        assertThat(fromCounts).isEqualTo(CustomerRetention.defaults().over(hundredCustomers()));
        assertThat(fromCounts.acquiredLost()).isEqualTo(2);
    }

    @Test
    void should_be_undefined_with_no_customers_at_the_start() {
        // GIVEN only customers acquired during the period
        List<CustomerPeriod> customers = List.of(CustomerPeriod.acquired("N-1", true));
        // WHEN
        CustomerTally tally = CustomerRetention.defaults().over(customers);
        // THEN
        assertThat(CustomerRetention.defaults().percent(tally)).isEmpty();
        assertThat(CustomerRetention.defaults().percent(CustomerTally.EMPTY)).isEmpty();
        assertThat(tally.sampleSize()).isZero();
    }

    @Test
    void should_refuse_inconsistent_aggregate_counts() {
        assertThatThrownBy(() -> CustomerTally.ofCounts(100, 80, 20, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("atEnd must be within atStart - lost .. atStart - lost + acquired (90..110): 80");
        assertThatThrownBy(() -> CustomerTally.ofCounts(100, 120, 20, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("atEnd must be within atStart - lost .. atStart - lost + acquired (90..110): 120");
        assertThatThrownBy(() -> CustomerTally.ofCounts(10, 0, 0, 11))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("lost must be at most atStart (10): 11");
        assertThatThrownBy(() -> CustomerTally.ofCounts(-1, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("atStart must not be negative: -1");
        assertThatThrownBy(() -> CustomerTally.ofCounts(1, -1, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("atEnd must not be negative: -1");
    }

    @Test
    void should_refuse_inconsistent_tallies() {
        BigDecimal zero = BigDecimal.ZERO;
        assertThatThrownBy(() -> new CustomerTally(1, 1, 0, 2, zero, zero, zero))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("acquiredLost must be at most acquired (1): 2");
        assertThatThrownBy(() -> CustomerTally.EMPTY.withRevenue(new BigDecimal("100"), new BigDecimal("60"),
                new BigDecimal("50.5")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("revenueLost + contraction must be at most revenueAtStart (100): 110.5");
        assertThatThrownBy(() -> CustomerTally.EMPTY.withRevenue(new BigDecimal("-1"), zero, zero))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("revenueAtStart must not be negative: -1");
        assertThatThrownBy(() -> CustomerTally.EMPTY.withRevenue(zero, new BigDecimal("-2.50"), zero))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("revenueLost must not be negative: -2.50");
        assertThatThrownBy(() -> CustomerTally.EMPTY.withRevenue(zero, zero, new BigDecimal("-3")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("contraction must not be negative: -3");
        assertThatThrownBy(() -> new CustomerTally(1, 0, 2, 0, zero, zero, zero))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("lost must be at most atStart (1): 2");
        assertThatThrownBy(() -> CustomerTally.EMPTY.withRevenue(null, zero, zero))
                .isInstanceOf(NullPointerException.class).hasMessage("revenueAtStart");
    }

    @Test
    void should_compare_revenue_by_value() {
        // GIVEN the same revenue written with different scales
        CustomerTally a = CustomerTally.ofCounts(1, 1, 0, 0).withRevenue(new BigDecimal("10.50"), BigDecimal.ZERO,
                new BigDecimal("0.00"));
        CustomerTally b = CustomerTally.ofCounts(1, 1, 0, 0).withRevenue(new BigDecimal("10.5"), BigDecimal.ZERO,
                BigDecimal.ZERO);
        // WHEN / THEN
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    }

    @Test
    void should_have_no_knobs() {
        assertThat(CustomerRetention.defaults().id()).isEqualTo("retention.rate");
    }
}
