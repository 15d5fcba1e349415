package io.github.supportkpi.workload;

import io.github.supportkpi.time.ElapsedTime;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

import static io.github.supportkpi.testing.WorkloadFixtures.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoggedInTimeTest {
    @Test
    void should_measure_sessions_with_the_elapsed_time_knob() {
        // GIVEN a calendar that counts half of every span (a stand-in for business hours)
        ElapsedTime half = (start, end) -> ElapsedTime.calendarNanos(start, end) / 2;
        // WHEN
        AgentWork work =
                LoggedInTime.of(LoggedInDefinition.DEFAULT.withElapsedTime(half)).over(List.of(session("ana", 8)));
        // THEN
        assertThat(work.loggedIn()).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void should_reject_invalid_definitions_and_tallies() {
        assertThatThrownBy(() -> LoggedInDefinition.DEFAULT.withElapsedTime(null))
                .isInstanceOf(NullPointerException.class).hasMessage("elapsedTime");
        assertThatThrownBy(() -> new AgentWork(-1, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tickets must not be negative: -1");
        assertThatThrownBy(() -> new AgentWork(0, 0, 0, 0, -5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("loggedInNanos must not be negative: -5");
    }

    @Test
    void should_have_their_ids() {
        assertThat(TicketsHandledPerHour.defaults().id()).isEqualTo("tickets.handled.per.hour");
        assertThat(TicketsSolvedPerHour.defaults().id()).isEqualTo("tickets.solved.per.hour");
        assertThat(LoggedInTime.defaults().id()).isEqualTo("agent.logged.in");
        assertThat(LoggedInTime.of(LoggedInDefinition.DEFAULT)).isEqualTo(LoggedInTime.defaults());
    }
}
