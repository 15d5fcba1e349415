package io.github.supportkpi.workload;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.Mean;
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

class AgentTouchesPropertiesTest implements TallyContract<Ticket, Mean> {
    @Override
    public Metric<Ticket, Mean> metric() {
        return AgentTouches.defaults();
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
    public DoubleStream values(Mean tally) {
        return tally.value().stream();
    }

    @Test
    void should_touch_at_least_as_often_as_it_replies() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.tickets()).checkAssert(ts -> {
            Mean touches = AgentTouches.defaults().over(ts);
            Mean replies = RepliesPerTicket.defaults().over(ts);
            assertThat(touches.count()).isEqualTo(replies.count()).isEqualTo(ts.size());
            assertThat(touches.sum()).isGreaterThanOrEqualTo(replies.sum());
            assertThat(AgentTouches.of(TouchDefinition.DEFAULT.withIncludeBots(true)).over(ts).sum())
                    .isGreaterThanOrEqualTo(touches.sum());
        });
    }

    @Test
    void should_count_exactly_the_status_changes_made_by_agents() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.ticketsWithHistory()).checkAssert(ts -> {
            long byAgents = ts.stream().flatMap(t -> t.statusHistory().stream())
                    .filter(c -> c.agentId().isPresent()).count();
            Mean with = AgentTouches.defaults().over(ts);
            Mean without = AgentTouches.of(TouchDefinition.DEFAULT.withStatusChanges(false)).over(ts);
            assertThat(with.sum() - without.sum()).isEqualTo(byAgents);
            assertThat(with.count()).isEqualTo(without.count()).isEqualTo(ts.size());
        });
    }
}
