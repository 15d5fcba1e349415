package io.github.supportkpi.workload;

import io.github.supportkpi.domain.AgentSession;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.SessionDimensions;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import java.time.Duration;
import java.util.List;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

class LoggedInTimePropertiesTest implements TallyContract<AgentSession, AgentWork> {
    @Override
    public Metric<AgentSession, AgentWork> metric() {
        return LoggedInTime.defaults();
    }

    @Override
    public Gen<List<AgentSession>> records() {
        return Sources.sessions();
    }

    @Override
    public Dimension<? super AgentSession, ?> dimension() {
        return SessionDimensions.AGENT;
    }

    @Override
    public DoubleStream values(AgentWork tally) {
        return DoubleStream.concat(tally.ticketsPerHour().stream(), tally.occupancyPercent().stream());
    }

    @Test
    void should_add_up_the_session_lengths() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.sessions()).checkAssert(ss -> {
            AgentWork w = LoggedInTime.defaults().over(ss);
            assertThat(w.loggedIn()).isEqualTo(ss.stream().map(AgentSession::loggedIn).reduce(Duration.ZERO, Duration::plus));
            assertThat(w.sessions()).isEqualTo(ss.size());
        });
    }
}
