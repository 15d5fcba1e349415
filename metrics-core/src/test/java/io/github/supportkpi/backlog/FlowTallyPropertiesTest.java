package io.github.supportkpi.backlog;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Accumulator;
import io.github.supportkpi.metric.BucketSeries;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.testing.RandomRecords;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

/** The contract of {@link FlowTally} itself, over a metric of the whole flow (the total of {@link NetFlow}). */
class FlowTallyPropertiesTest implements TallyContract<Ticket, FlowTally> {
    /** Three of the six weeks of generated tickets: the total counts the events outside them too. */
    private static final Instant FROM = RandomRecords.EPOCH.plus(Duration.ofDays(14));
    private static final Instant TO = RandomRecords.EPOCH.plus(Duration.ofDays(35));

    @Override
    public Metric<Ticket, FlowTally> metric() {
        return Metric.of("flow.total", FlowTally.EMPTY, () -> new Accumulator<Ticket, FlowTally>() {
            private final Accumulator<Ticket, BucketSeries<FlowTally>> inner = NetFlow.between(FROM, TO)
                    .newAccumulator();

            @Override
            public void accept(Ticket t) {
                inner.accept(t);
            }

            @Override
            public FlowTally tally() {
                return inner.tally().total();
            }
        });
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
    public DoubleStream values(FlowTally tally) {
        return DoubleStream.of(tally.net());
    }

    @Test
    void should_merge_counts_and_keep_net_as_their_difference() {
        Gen<Long> counts = longs().between(0, 1_000_000);
        qt().forAll(counts, counts, counts, counts).checkAssert((a, b, c, d) -> {
            FlowTally sum = FlowTally.of(a, b).plus(FlowTally.of(c, d));
            assertThat(sum).isEqualTo(FlowTally.of(a + c, b + d));
            assertThat(sum.net()).isEqualTo(FlowTally.of(a, b).net() + FlowTally.of(c, d).net());
            assertThat(sum.sampleSize()).isEqualTo(a + b + c + d);
        });
    }
}
