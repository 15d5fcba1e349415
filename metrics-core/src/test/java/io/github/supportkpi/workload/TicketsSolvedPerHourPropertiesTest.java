package io.github.supportkpi.workload;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.Segmented;
import io.github.supportkpi.metric.SessionDimensions;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import java.util.List;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

class TicketsSolvedPerHourPropertiesTest implements TallyContract<Ticket, AgentWork> {
    @Override
    public Metric<Ticket, AgentWork> metric() {
        return TicketsSolvedPerHour.defaults();
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
    void should_merge_with_sessions_per_agent_into_the_total() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.tickets(), Sources.sessions()).checkAssert((ts, ss) -> {
            Segmented<String, AgentWork> byAgent = TicketsSolvedPerHour.defaults().by(TicketDimensions.AGENT).over(ts)
                    .plus(LoggedInTime.defaults().by(SessionDimensions.AGENT).over(ss));
            AgentWork whole = TicketsSolvedPerHour.defaults().over(ts).plus(LoggedInTime.defaults().over(ss));
            assertThat(byAgent.total()).isEqualTo(whole);
            assertThat(whole.ticketsPerHour().isPresent()).isEqualTo(whole.loggedInNanos() > 0);
            whole.ticketsPerHour().ifPresent(v -> assertThat(v).isNotNegative());
            assertThat(whole.tickets()).isEqualTo(ts.stream().filter(Ticket::isResolved).count());
        });
    }
}
