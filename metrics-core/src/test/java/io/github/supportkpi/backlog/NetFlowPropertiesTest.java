package io.github.supportkpi.backlog;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.BucketSeries;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

/**
 * Net flow over a range obeys the tally contract; over the range it is the tickets created minus those
 * resolved in it, the rest out of range; every ticket counts once as created and once per resolution; days
 * rolled up and merged equal bucketing by week. Ranges are Berlin days around the six weeks of generated
 * tickets (clocks go forward on 2024-03-31).
 */
class NetFlowPropertiesTest implements TallyContract<Ticket, BucketSeries<FlowTally>> {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate FIRST = LocalDate.of(2024, 3, 4);
    /** Berlin days from 2024-03-07 to 2024-04-03, so that some tickets are created or resolved outside. */
    private static final FlowDefinition DAYS = FlowDefinition.between(midnight(3), midnight(30)).withZone(BERLIN);

    /** Berlin midnights: 23:00 UTC before 2024-03-31, 22:00 UTC after (a 23-hour day between). */
    private static Instant midnight(int daysAfterFirst) {
        return FIRST.plusDays(daysAfterFirst).atStartOfDay(BERLIN).toInstant();
    }

    @Override
    public Metric<Ticket, BucketSeries<FlowTally>> metric() {
        return NetFlow.of(DAYS);
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
    public DoubleStream values(BucketSeries<FlowTally> tally) {
        return tally.buckets().values().stream().mapToDouble(FlowTally::net);
    }

    private static boolean in(Instant t, Instant from, Instant to) {
        return !t.isBefore(from) && t.isBefore(to);
    }

    @Test
    void should_sum_over_the_buckets_of_a_range_to_created_minus_resolved_in_the_range() {
        Gen<Integer> days = integers().between(0, 50);
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.ticketsWithHistory(), days, days).checkAssert((ts, a, b) -> {
            Instant from = midnight(Math.min(a, b));
            Instant to = midnight(Math.max(a, b));
            BucketSeries<FlowTally> flow = NetFlow.of(DAYS.withRange(from, to)).over(ts);
            FlowTally sum = flow.buckets().values().stream().reduce(FlowTally.EMPTY, FlowTally::plus);
            long created = ts.stream().filter(t -> in(t.created(), from, to)).count();
            long resolved = ts.stream().filter(t -> t.resolved().isPresent() && in(t.resolved().get(), from, to)).count();
            assertThat(sum).isEqualTo(FlowTally.of(created, resolved)).isEqualTo(flow.inRange());
            assertThat(sum.net()).isEqualTo(created - resolved);
            long everResolved = ts.stream().filter(t -> t.resolved().isPresent()).count();
            assertThat(flow.outOfRange()).isEqualTo(FlowTally.of(ts.size() - created, everResolved - resolved));
        });
    }

    @Test
    void should_count_every_ticket_created_once_and_every_resolved_one_once() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.tickets()).checkAssert(ts ->
                assertThat(NetFlow.of(DAYS).over(ts).total()).isEqualTo(FlowTally.of(ts.size(),
                        ts.stream().filter(t -> t.resolved().isPresent()).count())));
    }

    @Test
    void should_equal_bucketing_by_week_when_days_are_rolled_up_and_merged() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.tickets(), Sources.tickets()).checkAssert((a, b) -> {
            BucketSeries<FlowTally> rolled = NetFlow.of(DAYS).over(a).rollUp(Granularity.WEEK)
                    .plus(NetFlow.of(DAYS).over(b).rollUp(Granularity.WEEK));
            BucketSeries<FlowTally> weekly = NetFlow.of(DAYS.withGranularity(Granularity.WEEK))
                    .over(Stream.concat(a.stream(), b.stream()).toList());
            assertThat(rolled).isEqualTo(weekly);
            assertThat(NetFlow.of(DAYS.withGranularity(Granularity.HOUR)).over(a).rollUp(Granularity.MONTH))
                    .isEqualTo(NetFlow.of(DAYS.withGranularity(Granularity.MONTH)).over(a));
        });
    }
}
