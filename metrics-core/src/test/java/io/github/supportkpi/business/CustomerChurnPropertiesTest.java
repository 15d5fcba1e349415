package io.github.supportkpi.business;

import io.github.supportkpi.domain.CustomerPeriod;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import java.util.List;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

class CustomerChurnPropertiesTest implements TallyContract<CustomerPeriod, CustomerTally> {
    @Override
    public Metric<CustomerPeriod, CustomerTally> metric() {
        return CustomerChurn.defaults();
    }

    @Override
    public Gen<List<CustomerPeriod>> records() {
        return Sources.customers();
    }

    @Override
    public Dimension<? super CustomerPeriod, ?> dimension() {
        return CustomerRetentionPropertiesTest.SEGMENT;
    }

    @Override
    public DoubleStream values(CustomerTally tally) {
        return DoubleStream.concat(tally.churn().percent().stream(),
                DoubleStream.concat(tally.revenueChurnPercent(RevenueLoss.LOST_CUSTOMERS).stream(),
                        tally.revenueChurnPercent(RevenueLoss.LOST_CUSTOMERS_AND_CONTRACTION).stream()));
    }

    @Test
    void churn_and_revenue_churn_are_within_0_and_100() {
        qt().withExamples(EXAMPLES).forAll(Sources.customers()).checkAssert(cs -> {
            CustomerTally t = CustomerChurn.defaults().over(cs);
            t.churn().percent().ifPresent(c -> assertThat(c).isBetween(0.0, 100.0));
            for (RevenueLoss loss : RevenueLoss.values()) {
                t.revenueChurnPercent(loss).ifPresent(r -> assertThat(r).isBetween(0.0, 100.0));
            }
        });
    }

    @Test
    void contraction_never_lowers_revenue_churn() {
        CustomerChurn lostOnly = CustomerChurn.of(ChurnDefinition.DEFAULT.withRevenueLoss(RevenueLoss.LOST_CUSTOMERS));
        qt().withExamples(EXAMPLES).forAll(Sources.customers()).checkAssert(cs -> {
            CustomerTally t = CustomerChurn.defaults().over(cs);
            assertThat(lostOnly.over(cs)).isEqualTo(t);
            CustomerChurn.defaults().revenueChurnPercent(t).ifPresent(gross ->
                    assertThat(gross).isGreaterThanOrEqualTo(lostOnly.revenueChurnPercent(t).getAsDouble()));
        });
    }

    @Test
    void revenue_churn_is_undefined_exactly_when_there_is_no_revenue_at_start() {
        qt().withExamples(EXAMPLES).forAll(Sources.existingCustomers()).checkAssert(cs ->
                assertThat(CustomerChurn.defaults().revenueChurnPercent(CustomerChurn.defaults().over(cs))).isEmpty());
    }
}
