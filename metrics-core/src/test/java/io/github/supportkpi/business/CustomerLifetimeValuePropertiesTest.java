package io.github.supportkpi.business;

import io.github.supportkpi.domain.CustomerPeriod;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

class CustomerLifetimeValuePropertiesTest implements TallyContract<CustomerPeriod, CustomerTally> {
    @Override
    public Metric<CustomerPeriod, CustomerTally> metric() {
        return CustomerLifetimeValue.defaults();
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
        return CustomerLifetimeValue.defaults().value(tally).stream().mapToDouble(BigDecimal::doubleValue);
    }

    @Test
    void lifetime_value_is_average_revenue_over_churn() {
        qt().withExamples(EXAMPLES).forAll(Sources.customers()).checkAssert(cs -> {
            CustomerTally t = CustomerLifetimeValue.defaults().over(cs);
            assertThat(CustomerLifetimeValue.defaults().value(t).isPresent()).isEqualTo(t.lost() > 0);
            CustomerLifetimeValue.defaults().value(t).ifPresent(clv -> {
                BigDecimal arpc = t.revenueAtStart().divide(BigDecimal.valueOf(t.atStart()), MathContext.DECIMAL128);
                BigDecimal viaChurn = CustomerLifetimeValue.ofChurn(arpc, t.churn()).orElseThrow();
                assertThat(clv.subtract(viaChurn).abs())
                        .isLessThanOrEqualTo(clv.multiply(new BigDecimal("1e-14")).add(new BigDecimal("1e-20")));
                assertThat(clv.signum()).isNotNegative();
            });
        });
    }
}
