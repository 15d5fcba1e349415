package io.github.supportkpi.business;

import io.github.supportkpi.domain.CustomerPeriod;
import io.github.supportkpi.metric.Ratio;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CustomerChurnTest {

    /** A lost at 100; B shrinks 200 -> 150; C grows 300 -> 400; D is new at 500. */
    static List<CustomerPeriod> fourCustomers() {
        return List.of(
                new CustomerPeriod("A", true, false, false, new BigDecimal("100.00"), BigDecimal.ZERO),
                new CustomerPeriod("B", true, false, true, new BigDecimal("200.00"), new BigDecimal("150.00")),
                new CustomerPeriod("C", true, false, true, new BigDecimal("300.00"), new BigDecimal("400.00")),
                new CustomerPeriod("D", false, true, true, BigDecimal.ZERO, new BigDecimal("500.00")));
    }

    @Test
    void should_give_customers_lost_over_customers_at_start() {
        // [001] "customers lost / customers at start x 100"
        // GIVEN 3 customers at the start, 1 lost, 1 new
        // WHEN
        CustomerTally tally = CustomerChurn.defaults().over(fourCustomers());
        // THEN
        assertThat(tally.churn()).isEqualTo(Ratio.of(1, 3));
        assertThat(CustomerChurn.defaults().percent(tally).getAsDouble()).isEqualTo(100.0 / 3, within(1e-12));
    }

    @Test
    void should_count_lost_revenue_and_contraction_in_gross_revenue_churn_by_default() {
        // GIVEN revenue at start 600: A's 100 lost, B contracts by 50, C's expansion does not offset, D is new
        // WHEN
        CustomerTally tally = CustomerChurn.defaults().over(fourCustomers());
        // THEN (100 + 50) / 600 = 25%
        assertThat(tally.revenueAtStart()).isEqualByComparingTo("600");
        assertThat(tally.revenueLost(RevenueLoss.LOST_CUSTOMERS_AND_CONTRACTION)).isEqualByComparingTo("150");
        assertThat(CustomerChurn.defaults().revenueChurnPercent(tally).getAsDouble()).isEqualTo(25.0, within(1e-12));
    }

    @Test
    void should_count_only_lost_customers_revenue_when_told() {
        // GIVEN the same customers, revenue lost = lost customers' start revenue only
        CustomerChurn churn = CustomerChurn.of(ChurnDefinition.DEFAULT.withRevenueLoss(RevenueLoss.LOST_CUSTOMERS));
        // WHEN
        CustomerTally tally = churn.over(fourCustomers());
        // THEN 100 / 600
        assertThat(churn.revenueChurnPercent(tally).getAsDouble()).isEqualTo(100.0 / 6, within(1e-12));
    }

    @Test
    void should_be_undefined_with_no_customers_or_no_revenue_at_the_start() {
        // GIVEN customers without revenue tracked
        CustomerTally tally = CustomerChurn.defaults().over(List.of(CustomerPeriod.existing("A", false)));
        // WHEN / THEN churn is defined, revenue churn is not
        assertThat(CustomerChurn.defaults().percent(tally).getAsDouble()).isEqualTo(100.0);
        assertThat(CustomerChurn.defaults().revenueChurnPercent(tally)).isEmpty();
        assertThat(CustomerChurn.defaults().percent(CustomerTally.EMPTY)).isEmpty();
    }

    @Test
    void should_take_revenue_from_aggregates() {
        // GIVEN start 50 customers, 5 lost, none new; revenue 10,000 at start, 800 lost, 200 contraction
        CustomerTally tally = CustomerTally.ofCounts(50, 45, 0, 5)
                .withRevenue(new BigDecimal("10000"), new BigDecimal("800"), new BigDecimal("200"));
        // WHEN / THEN
        assertThat(CustomerChurn.defaults().percent(tally).getAsDouble()).isEqualTo(10.0);
        assertThat(CustomerChurn.defaults().revenueChurnPercent(tally).getAsDouble()).isEqualTo(10.0, within(1e-12));
        assertThat(tally.revenueChurnPercent(RevenueLoss.LOST_CUSTOMERS).getAsDouble()).isEqualTo(8.0, within(1e-12));
    }

    @Test
    void should_default_to_lost_customers_and_contraction() {
        assertThat(CustomerChurn.defaults().id()).isEqualTo("churn.rate");
        assertThat(CustomerChurn.defaults().definedBy().revenueLoss())
                .isEqualTo(RevenueLoss.LOST_CUSTOMERS_AND_CONTRACTION);
        assertThatThrownBy(() -> new ChurnDefinition(null))
                .isInstanceOf(NullPointerException.class).hasMessage("revenueLoss");
    }
}
