package io.github.supportkpi.quality;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.Frequencies;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import java.util.List;
import java.util.stream.DoubleStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

class ResolutionConsistencyPropertiesTest implements TallyContract<Ticket, ConsistencyTally> {
    @Override
    public Metric<Ticket, ConsistencyTally> metric() {
        return ResolutionConsistency.of(ConsistencyDefinition.DEFAULT.withMinimumTickets(3));
    }

    @Override
    public Gen<List<Ticket>> records() {
        return Sources.tickets();
    }

    @Override
    public Dimension<? super Ticket, ?> dimension() {
        return TicketDimensions.CHANNEL;
    }

    @Override
    public DoubleStream values(ConsistencyTally tally) {
        return Stream.concat(Stream.of(tally.overall()), tally.groups().keySet().stream().map(tally::share))
                .flatMapToDouble(r -> r.percent().stream());
    }

    @Test
    void should_be_percentages_with_every_resolved_ticket_counted() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.tickets(), integers().between(1, 6))
                .checkAssert((ts, min) -> {
                    ConsistencyTally c = ResolutionConsistency.of(new ConsistencyDefinition(min)).over(ts);
                    values(c).forEach(p -> assertThat(p).isBetween(0.0, 100.0));
                    long counted = c.ungrouped() + c.groups().values().stream().mapToLong(Frequencies::total).sum();
                    assertThat(counted).isEqualTo(ts.stream().filter(Ticket::isResolved).count());
                });
    }

    @Test
    void should_have_each_share_at_least_one_over_the_number_of_codes() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.tickets()).checkAssert(ts -> {
            ConsistencyTally c = ResolutionConsistency.defaults().over(ts);
            c.groups().forEach((g, f) -> {
                Ratio s = c.share(g);
                assertThat(s.numerator() * f.counts().size()).isGreaterThanOrEqualTo(s.denominator());
            });
        });
    }

    @Test
    void should_count_fewer_tickets_overall_as_the_minimum_rises() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.tickets(), integers().between(1, 6))
                .checkAssert((ts, min) -> {
                    long lower = ResolutionConsistency.of(new ConsistencyDefinition(min)).over(ts).sampleSize();
                    long higher = ResolutionConsistency.of(new ConsistencyDefinition(min + 1)).over(ts).sampleSize();
                    assertThat(higher).isLessThanOrEqualTo(lower);
                });
    }
}
