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

class ResolvedTicketsPropertiesTest implements TallyContract<Ticket, Count> {
    @Override
    public Metric<Ticket, Count> metric() {
        return ResolvedTickets.defaults();
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
    public DoubleStream values(Count tally) {
        return DoubleStream.of(tally.value());
    }

    @Test
    void should_never_exceed_the_ticket_volume() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.tickets()).checkAssert(ts ->
                assertThat(ResolvedTickets.defaults().over(ts).value())
                        .isEqualTo(ts.stream().filter(Ticket::isResolved).count())
                        .isLessThanOrEqualTo(TicketVolume.defaults().over(ts).value()));
    }
}
