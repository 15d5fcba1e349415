package io.github.supportkpi.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.supportkpi.domain.AgentSession;
import java.time.Duration;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import java.util.List;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

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
