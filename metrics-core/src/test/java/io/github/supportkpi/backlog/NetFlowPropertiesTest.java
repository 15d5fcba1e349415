package io.github.supportkpi.backlog;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import io.github.supportkpi.time.Granularity;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

class NetFlowPropertiesTest implements TallyContract<Ticket, FlowSeries> {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Override
    public Metric<Ticket, FlowSeries> metric() {
        return NetFlow.of(FlowDefinition.DEFAULT.withZone(BERLIN));
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
    public DoubleStream values(FlowSeries tally) {
        return tally.buckets().values().stream().mapToDouble(FlowTally::net);
    }

    private static boolean in(Instant t, Instant from, Instant to) {
        return !t.isBefore(from) && t.isBefore(to);
    }

    @Test
    void should_sum_over_the_buckets_of_a_range_to_created_minus_resolved_in_the_range() {
        Gen<Integer> days = integers().between(0, 50);
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.ticketsWithHistory(), days, days).checkAssert((ts, a, b) -> {
            // Berlin midnights: 23:00 UTC before 2024-03-31, 22:00 UTC after (a 23-hour day between)
            LocalDate first = LocalDate.of(2024, 3, 4);
            Instant from = first.plusDays(Math.min(a, b)).atStartOfDay(BERLIN).toInstant();
            Instant to = first.plusDays(Math.max(a, b)).atStartOfDay(BERLIN).toInstant();
            FlowSeries flow = metric().over(ts);
            FlowTally sum = flow.between(from, to).values().stream().reduce(FlowTally.EMPTY, FlowTally::plus);
            long created = ts.stream().filter(t -> in(t.created(), from, to)).count();
            long resolved = ts.stream().filter(t -> t.resolved().isPresent() && in(t.resolved().get(), from, to)).count();
            assertThat(sum).isEqualTo(FlowTally.of(created, resolved));
            assertThat(sum.net()).isEqualTo(created - resolved);
        });
    }

    @Test
    void should_count_every_ticket_created_once_and_every_resolved_one_once() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.tickets()).checkAssert(ts ->
                assertThat(NetFlow.defaults().over(ts).total()).isEqualTo(FlowTally.of(ts.size(),
                        ts.stream().filter(t -> t.resolved().isPresent()).count())));
    }

    @Test
    void should_equal_bucketing_by_week_when_days_are_rolled_up_and_merged() {
        FlowDefinition days = FlowDefinition.DEFAULT.withZone(BERLIN);
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.tickets(), Sources.tickets()).checkAssert((a, b) -> {
            FlowSeries rolled = NetFlow.of(days).over(a).rollUp(Granularity.WEEK)
                    .plus(NetFlow.of(days).over(b).rollUp(Granularity.WEEK));
            FlowSeries weekly = NetFlow.of(days.withGranularity(Granularity.WEEK))
                    .over(java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
            assertThat(rolled).isEqualTo(weekly);
            assertThat(NetFlow.of(days.withGranularity(Granularity.HOUR)).over(a).rollUp(Granularity.MONTH))
                    .isEqualTo(NetFlow.of(days.withGranularity(Granularity.MONTH)).over(a));
        });
    }
}
