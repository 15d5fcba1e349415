package io.github.supportkpi.workload;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Count;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import java.util.List;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

class TicketVolumePropertiesTest implements TallyContract<Ticket, Count> {
    @Override
    public Metric<Ticket, Count> metric() {
        return TicketVolume.defaults();
    }

    @Override
    public Gen<List<Ticket>> records() {
        return Sources.tickets();
    }

    @Override
    public Dimension<? super Ticket, ?> dimension() {
        return TicketDimensions.PRIORITY;
    }

    @Override
    public DoubleStream values(Count tally) {
        return DoubleStream.of(tally.value());
    }

    @Test
    void should_count_every_ticket() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.tickets()).checkAssert(ts ->
                assertThat(TicketVolume.defaults().over(ts).value()).isEqualTo(ts.size()));
    }
}
