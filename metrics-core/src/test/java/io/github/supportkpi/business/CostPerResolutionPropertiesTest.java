package io.github.supportkpi.business;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

class CostPerResolutionPropertiesTest implements TallyContract<Ticket, CostPerUnit> {
    @Override
    public Metric<Ticket, CostPerUnit> metric() {
        return CostPerResolution.defaults();
    }

    @Override
    public Gen<List<Ticket>> records() {
        return Sources.tickets();
    }

    @Override
    public Dimension<? super Ticket, ?> dimension() {
        return TicketDimensions.TEAM;
    }

    @Override
    public DoubleStream values(CostPerUnit tally) {
        return tally.withCost(new BigDecimal("12345.67")).perUnit().stream().mapToDouble(BigDecimal::doubleValue);
    }

    @Test
    void cost_per_resolution_times_resolved_is_the_total_cost_within_rounding() {
        qt().withExamples(EXAMPLES).forAll(Sources.tickets(), longs().between(0, 1_000_000_000_000L))
                .checkAssert((ts, cents) -> {
                    BigDecimal cost = BigDecimal.valueOf(cents, 2);
                    CostPerUnit t = CostPerResolution.defaults().over(ts).withCost(cost);
                    assertThat(t.units()).isEqualTo(ts.stream().filter(Ticket::isResolved).count());
                    t.perUnit().ifPresent(per -> {
                        BigDecimal error = per.multiply(BigDecimal.valueOf(t.units())).subtract(cost).abs();
                        // DECIMAL64 keeps 16 significant digits: relative error below 1e-15
                        assertThat(error).isLessThanOrEqualTo(cost.multiply(new BigDecimal("1e-15")));
                    });
                    assertThat(t.perUnit().isPresent()).isEqualTo(t.units() > 0);
                });
    }

    @Test
    void all_tickets_is_never_fewer_than_resolved_tickets() {
        CostPerResolution all = CostPerResolution.of(CostPerResolutionDefinition.DEFAULT.withDenominator(CostDenominator.ALL));
        qt().withExamples(EXAMPLES).forAll(Sources.tickets()).checkAssert(ts -> {
            assertThat(all.over(ts).units()).isEqualTo(ts.size());
            assertThat(all.over(ts).units()).isGreaterThanOrEqualTo(CostPerResolution.defaults().over(ts).units());
        });
    }
}
