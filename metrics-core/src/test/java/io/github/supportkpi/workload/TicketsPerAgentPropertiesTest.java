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

class TicketsPerAgentPropertiesTest implements TallyContract<Ticket, AgentLoad> {
    @Override
    public Metric<Ticket, AgentLoad> metric() {
        return TicketsPerAgent.defaults();
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
    public DoubleStream values(AgentLoad tally) {
        return tally.value().stream();
    }

    @Test
    void should_be_at_least_one_when_defined_and_count_every_ticket() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.tickets()).checkAssert(ts -> {
            AgentLoad load = TicketsPerAgent.defaults().over(ts);
            load.value().ifPresent(v -> assertThat(v).isGreaterThanOrEqualTo(1.0));
            assertThat(load.value().isPresent()).isEqualTo(load.assigned() > 0);
            assertThat(load.assigned() + load.unassigned()).isEqualTo(TicketVolume.defaults().over(ts).value());
        });
    }
}
