package io.github.supportkpi.business;

import io.github.supportkpi.domain.CustomerPeriod;
import io.github.supportkpi.metric.Ratio;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CustomerLifetimeValueTest {

    @Test
    void should_multiply_average_revenue_by_expected_lifetime() {
        // [000] names CLV: average revenue per customer x lifetime
        // GIVEN $50 a month for 24 months
        // WHEN / THEN
        assertThat(CustomerLifetimeValue.ofLifetime(new BigDecimal("50"), new BigDecimal("24")))
                .isEqualByComparingTo("1200");
    }

    @Test
    void should_divide_average_revenue_by_churn() {
        // GIVEN $50 a month and 5 of 100 customers lost a month: lifetime 20 months
        // WHEN / THEN
        assertThat(CustomerLifetimeValue.ofChurn(new BigDecimal("50"), Ratio.of(5, 100)))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1000"));
    }

    @Test
    void should_derive_from_customer_periods() {
        // GIVEN 3 customers at the start with 600 of monthly revenue (200 each on average), 1 lost: churn 1/3
        List<CustomerPeriod> customers = CustomerChurnTest.fourCustomers();
        // WHEN
        CustomerTally tally = CustomerLifetimeValue.defaults().over(customers);
        // THEN 200 / (1/3) = 600
        assertThat(CustomerLifetimeValue.defaults().value(tally))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("600"));
    }

    @Test
    void should_be_undefined_without_churn_or_customers() {
        assertThat(CustomerLifetimeValue.ofChurn(new BigDecimal("50"), Ratio.of(0, 100))).isEmpty();
        assertThat(CustomerLifetimeValue.ofChurn(new BigDecimal("50"), Ratio.EMPTY)).isEmpty();
        assertThat(CustomerLifetimeValue.defaults().value(CustomerTally.EMPTY)).isEmpty();
        assertThat(CustomerLifetimeValue.defaults().value(CustomerTally.ofCounts(10, 10, 0, 0))).isEmpty();
    }

    @Test
    void should_refuse_negative_inputs() {
        assertThatThrownBy(() -> CustomerLifetimeValue.ofLifetime(new BigDecimal("-1"), BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("averageRevenue must not be negative: -1");
        assertThatThrownBy(() -> CustomerLifetimeValue.ofLifetime(BigDecimal.ONE, new BigDecimal("-2.5")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("expectedLifetime must not be negative: -2.5");
        assertThatThrownBy(() -> CustomerLifetimeValue.ofChurn(BigDecimal.ONE, null))
                .isInstanceOf(NullPointerException.class).hasMessage("churn");
    }

    @Test
    void should_have_no_knobs() {
        assertThat(CustomerLifetimeValue.defaults().id()).isEqualTo("clv");
    }
}
