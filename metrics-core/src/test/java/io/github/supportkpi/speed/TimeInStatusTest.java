package io.github.supportkpi.speed;

import io.github.supportkpi.domain.Status;
import io.github.supportkpi.domain.StatusChange;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.time.ElapsedTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimeInStatusTest {
    private static final Instant T0 = Instant.parse("2024-03-04T09:00:00Z");

    private static Instant h(long hours) {
        return T0.plus(Duration.ofHours(hours));
    }

    /** NEW 1 h, OPEN 2 h, PENDING 10 h, OPEN 3 h, ON_HOLD 4 h, OPEN 1 h, SOLVED. */
    private static Ticket worked() {
        return Ticket.builder("T-1", T0)
                .statusChange(StatusChange.of(h(1), Status.OPEN))
                .statusChange(StatusChange.of(h(3), Status.PENDING))
                .statusChange(StatusChange.of(h(13), Status.OPEN))
                .statusChange(StatusChange.of(h(16), Status.ON_HOLD))
                .statusChange(StatusChange.of(h(20), Status.OPEN))
                .statusChange(StatusChange.of(h(21), Status.SOLVED))
                .resolved(h(21)).build();
    }

    @Test
    void should_sum_the_time_in_waiting_statuses_of_a_hand_worked_history() {
        // GIVEN the history above
        List<Ticket> tickets = List.of(worked());
        // THEN customer wait = NEW 1 + OPEN 2 + 3 + 1 + ON_HOLD 4 = 11 h; agent wait = PENDING 10 h; on hold 4 h
        assertThat(TimeInStatus.customerWait().over(tickets).mean()).contains(Duration.ofHours(11));
        assertThat(TimeInStatus.agentWait().over(tickets).mean()).contains(Duration.ofHours(10));
        assertThat(TimeInStatus.onHold().over(tickets).mean()).contains(Duration.ofHours(4));
        assertThat(TimeInStatus.customerWait().id()).isEqualTo("wait.customer");
    }

    @Test
    void should_leave_open_tickets_unmeasured_without_as_of_and_measure_them_up_to_it() {
        // GIVEN a ticket opened at creation, pending after 2 h, still pending
        Ticket open = Ticket.builder("T-2", T0).statusChange(StatusChange.of(T0, Status.OPEN))
                .statusChange(StatusChange.of(h(2), Status.PENDING)).status(Status.PENDING).build();
        // WHEN / THEN without asOf: unmeasured
        DurationStats plain = TimeInStatus.agentWait().over(List.of(open));
        assertThat(plain.count()).isZero();
        assertThat(plain.unmeasured()).isEqualTo(1);
        // AND as of 5 h: 3 h pending so far, 2 h of customer wait (no time in NEW: opened at creation)
        assertThat(TimeInStatus.of(StatusTimeDefinition.AGENT_WAIT.withAsOf(h(5))).over(List.of(open)).mean())
                .contains(Duration.ofHours(3));
        assertThat(TimeInStatus.of(StatusTimeDefinition.CUSTOMER_WAIT.withAsOf(h(5))).over(List.of(open)).mean())
                .contains(Duration.ofHours(2));
        // AND as of 1 h, the history after asOf is cut off
        assertThat(TimeInStatus.of(StatusTimeDefinition.CUSTOMER_WAIT.withAsOf(h(1))).over(List.of(worked())).mean())
                .contains(Duration.ofHours(1));
    }

    @Test
    void should_leave_tickets_without_history_or_created_after_as_of_unmeasured() {
        Ticket noHistory = Ticket.builder("T-3", T0).resolved(h(1)).build();
        DurationStats s = TimeInStatus.of(StatusTimeDefinition.CUSTOMER_WAIT.withAsOf(T0.minusSeconds(1)))
                .over(List.of(noHistory, worked()));
        assertThat(s.count()).isZero();
        assertThat(s.unmeasured()).isEqualTo(2);
    }

    @Test
    void should_measure_with_any_elapsed_time() {
        // GIVEN an elapsed time that counts only half of every span (a stand-in for a business calendar)
        StatusTimeDefinition half = StatusTimeDefinition.AGENT_WAIT.withElapsedTime((a, b) ->
                io.github.supportkpi.time.ElapsedTime.calendarNanos(a, b) / 2);
        assertThat(TimeInStatus.of(half).over(List.of(worked())).mean()).contains(Duration.ofHours(5));
        assertThat(TimeInStatus.of(half).id()).isEqualTo("wait.agent");
        assertThat(TimeInStatus.of(half.withStatuses(Set.of(Status.NEW))).id()).isEqualTo("time.in.status");
    }

    @Test
    void should_refuse_an_empty_set_of_statuses() {
        assertThatThrownBy(() -> StatusTimeDefinition.CUSTOMER_WAIT.withStatuses(Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("statuses must not be empty: []");
    }
}
