package io.github.supportkpi.business;

import io.github.supportkpi.domain.CustomerPeriod;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import java.util.List;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;

class CustomerRetentionPropertiesTest implements TallyContract<CustomerPeriod, CustomerTally> {
    /** Three segments by customer id, as a region or tier would split them. */
    static final Dimension<CustomerPeriod, Integer> SEGMENT =
            Dimension.of("segment", p -> Math.floorMod(p.customerId().hashCode(), 3));

    @Override
    public Metric<CustomerPeriod, CustomerTally> metric() {
        return CustomerRetention.defaults();
    }

    @Override
    public Gen<List<CustomerPeriod>> records() {
        return Sources.customers();
    }

    @Override
    public Dimension<? super CustomerPeriod, ?> dimension() {
        return SEGMENT;
    }

    @Override
    public DoubleStream values(CustomerTally tally) {
        return DoubleStream.concat(tally.retention().percent().stream(), tally.churn().percent().stream());
    }

    @Test
    void churn_plus_retention_is_100_when_no_customer_is_new() {
        qt().withExamples(EXAMPLES).forAll(Sources.existingCustomers()).checkAssert(cs -> {
            CustomerTally t = CustomerRetention.defaults().over(cs);
            assertThat(t.acquired()).isZero();
            t.retention().percent().ifPresent(r -> assertThat(r + t.churn().percent().getAsDouble())
                    .isEqualTo(100.0, within(1e-9)));
            assertThat(t.retention().percent().isPresent()).isEqualTo(!cs.isEmpty());
        });
    }

    @Test
    void churn_plus_retention_is_at_most_100_with_new_customers() {
        // with new customers still there at the end subtracted, the sum is in fact exactly 100
        qt().withExamples(EXAMPLES).forAll(Sources.customers()).checkAssert(cs -> {
            CustomerTally t = CustomerRetention.defaults().over(cs);
            t.retention().percent().ifPresent(r -> {
                assertThat(r).isBetween(0.0, 100.0);
                assertThat(r + t.churn().percent().getAsDouble()).isLessThanOrEqualTo(100.0 + 1e-9);
            });
        });
    }

    @Test
    void retention_follows_the_catalogue_formula() {
        // (customers at end - new customers still there at end) / customers at start
        qt().withExamples(EXAMPLES).forAll(Sources.customers()).checkAssert(cs -> {
            CustomerTally t = CustomerRetention.defaults().over(cs);
            long atEnd = cs.stream().filter(CustomerPeriod::activeAtEnd).count();
            long newAtEnd = cs.stream().filter(c -> c.acquired() && c.activeAtEnd()).count();
            long atStart = cs.stream().filter(CustomerPeriod::activeAtStart).count();
            assertThat(t.atEnd()).isEqualTo(atEnd);
            assertThat(t.retention()).isEqualTo(Ratio.of(atEnd - newAtEnd, atStart));
        });
    }

    @Test
    void aggregate_counts_give_the_same_counts() {
        qt().withExamples(EXAMPLES).forAll(Sources.customers()).checkAssert(cs -> {
            CustomerTally t = CustomerRetention.defaults().over(cs);
            assertThat(CustomerTally.ofCounts(t.atStart(), t.atEnd(), t.acquired(), t.lost())
                    .withRevenue(t.revenueAtStart(), t.revenueLost(), t.contraction())).isEqualTo(t);
        });
    }
}
