package io.github.supportkpi.business;

import io.github.supportkpi.domain.CustomerPeriod;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

class CustomerAcquisitionCostPropertiesTest implements TallyContract<CustomerPeriod, CostPerUnit> {
    @Override
    public Metric<CustomerPeriod, CostPerUnit> metric() {
        return CustomerAcquisitionCost.defaults();
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
    public DoubleStream values(CostPerUnit tally) {
        return tally.withCost(new BigDecimal("5000")).perUnit().stream().mapToDouble(BigDecimal::doubleValue);
    }

    @Test
    void new_customers_are_the_acquired_ones() {
        qt().withExamples(EXAMPLES).forAll(Sources.customers()).checkAssert(cs -> assertThat(
                CustomerAcquisitionCost.defaults().over(cs).units())
                .isEqualTo(CustomerRetention.defaults().over(cs).acquired()));
    }
}
