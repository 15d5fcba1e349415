package io.github.supportkpi.workload;

import io.github.supportkpi.domain.Actor;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.InteractionDimensions;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import java.util.List;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

class OccupancyPropertiesTest implements TallyContract<Interaction, AgentWork> {
    @Override
    public Metric<Interaction, AgentWork> metric() {
        return Occupancy.defaults();
    }

    @Override
    public Gen<List<Interaction>> records() {
        return Sources.interactions();
    }

    @Override
    public Dimension<? super Interaction, ?> dimension() {
        return InteractionDimensions.AGENT;
    }

    @Override
    public DoubleStream values(AgentWork tally) {
        return DoubleStream.concat(tally.ticketsPerHour().stream(), tally.occupancyPercent().stream());
    }

    @Test
    void should_be_non_negative_and_defined_exactly_with_logged_in_time() {
        // occupancy may exceed 100% (concurrent chats) and is not clamped, so only the lower bound holds
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.interactions(), Sources.sessions()).checkAssert((is, ss) -> {
            AgentWork w = Occupancy.defaults().over(is).plus(LoggedInTime.defaults().over(ss));
            assertThat(w.occupancyPercent().isPresent()).isEqualTo(w.loggedInNanos() > 0);
            w.occupancyPercent().ifPresent(p -> assertThat(p).isNotNegative());
            assertThat(w.interactions()).isEqualTo(is.stream().filter(i -> i.actor() == Actor.AGENT && !i.abandoned()).count());
        });
    }
}
