package io.github.supportkpi.business;

import io.github.supportkpi.domain.CustomerPeriod;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerAcquisitionCostTest {

    @Test
    void should_give_spend_over_new_customers() {
        // [000] names acquisition cost: spend / new customers
        // GIVEN 4 new customers (one already gone again) and 2 existing ones, spend $5,000
        List<CustomerPeriod> customers = List.of(CustomerPeriod.acquired("N-1", true), CustomerPeriod.acquired("N-2", true),
                CustomerPeriod.acquired("N-3", true), CustomerPeriod.acquired("N-4", false),
                CustomerPeriod.existing("C-1", true), CustomerPeriod.existing("C-2", false));
        // WHEN
        CostPerUnit cac = CustomerAcquisitionCost.defaults().over(customers).withCost(new BigDecimal("5000"));
        // THEN
        assertThat(cac.units()).isEqualTo(4);
        assertThat(cac.perUnit()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1250"));
        assertThat(CustomerAcquisitionCost.defaults().over(customers, new BigDecimal("5000")))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1250"));
    }

    @Test
    void should_be_undefined_with_no_new_customers() {
        assertThat(CustomerAcquisitionCost.defaults().over(List.of(CustomerPeriod.existing("C-1", true)),
                new BigDecimal("5000"))).isEmpty();
    }

    @Test
    void should_have_no_knobs() {
        assertThat(CustomerAcquisitionCost.defaults().id()).isEqualTo("cac");
    }
}
