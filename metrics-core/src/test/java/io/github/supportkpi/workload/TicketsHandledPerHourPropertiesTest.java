package io.github.supportkpi.workload;

import io.github.supportkpi.domain.Ticket;
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

class TicketsHandledPerHourPropertiesTest implements TallyContract<Ticket, AgentWork> {
    @Override
    public Metric<Ticket, AgentWork> metric() {
        return TicketsHandledPerHour.defaults();
    }

    @Override
    public Gen<List<Ticket>> records() {
        return Sources.tickets();
    }

    @Override
    public Dimension<? super Ticket, ?> dimension() {
        return TicketDimensions.AGENT;
    }

    @Override
    public DoubleStream values(AgentWork tally) {
        return DoubleStream.concat(tally.ticketsPerHour().stream(), tally.occupancyPercent().stream());
    }

    @Test
    void should_count_tickets_with_a_human_reply() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.tickets()).checkAssert(ts -> {
            AgentWork w = TicketsHandledPerHour.defaults().over(ts);
            assertThat(w.tickets()).isEqualTo(ts.stream().filter(t -> t.replyCount(false) > 0).count());
            assertThat(w.ticketsPerHour()).isEmpty();
        });
    }
}
