package io.github.supportkpi.speed;

import io.github.supportkpi.domain.ResolutionPoint;
import io.github.supportkpi.domain.Status;
import io.github.supportkpi.domain.StatusChange;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.time.ElapsedTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResolutionTimeTest {
    private static final Instant T0 = Instant.parse("2024-03-04T09:00:00Z");
    private static final ResolutionTime FIRST =
            ResolutionTime.of(ResolutionTimeDefinition.DEFAULT.withPoint(ResolutionPoint.FIRST));

    private static Instant hours(long h) {
        return T0.plus(Duration.ofHours(h));
    }

    /** Solved after 2 h, reopened at 3 h, solved again at 10 h. */
    private static Ticket reopened() {
        return Ticket.builder("R", T0)
                .statusChange(StatusChange.of(hours(0), Status.OPEN))
                .statusChange(StatusChange.of(hours(2), Status.SOLVED))
                .statusChange(StatusChange.of(hours(3), Status.OPEN))
                .statusChange(StatusChange.of(hours(10), Status.SOLVED))
                .reopenCount(1).resolved(hours(10)).build();
    }

    @Test
    void should_divide_total_resolution_time_by_tickets_solved() {
        // GIVEN [001], [004] "total time / tickets solved": 2 h + 4 h + 9 h over 3 solved tickets, 1 open
        List<Ticket> tickets = List.of(
                Ticket.builder("A", T0).resolved(hours(2)).build(),
                Ticket.builder("B", T0).resolved(hours(4)).build(),
                Ticket.builder("C", T0).resolved(hours(9)).closed(hours(20)).build(),
                Ticket.builder("D", T0).status(Status.OPEN).build());
        // WHEN
        DurationStats s = ResolutionTime.defaults().over(tickets);
        // THEN
        assertThat(s.mean()).contains(Duration.ofHours(5));
        assertThat(s.count()).isEqualTo(3);
        assertThat(s.unmeasured()).isEqualTo(1);
    }

    @Test
    void should_run_to_the_final_resolution_by_default_and_the_first_when_asked() {
        // GIVEN
        List<Ticket> tickets = List.of(reopened());
        // WHEN / THEN
        assertThat(ResolutionTime.defaults().over(tickets).mean()).contains(Duration.ofHours(10));
        assertThat(FIRST.over(tickets).mean()).contains(Duration.ofHours(2));
    }

    @Test
    void should_use_the_resolved_instant_for_both_points_without_history() {
        // GIVEN
        Ticket t = Ticket.builder("A", T0).reopenCount(1).resolved(hours(7)).build();
        // WHEN / THEN
        assertThat(FIRST.over(List.of(t)).mean()).contains(Duration.ofHours(7));
        assertThat(ResolutionTime.defaults().over(List.of(t)).mean()).contains(Duration.ofHours(7));
    }

    @Test
    void should_measure_the_first_resolution_of_a_ticket_open_again() {
        // GIVEN solved at 2 h, reopened at 3 h, open now
        Ticket t = Ticket.builder("A", T0)
                .statusChange(StatusChange.of(hours(2), Status.CLOSED))
                .statusChange(StatusChange.of(hours(3), Status.OPEN))
                .status(Status.OPEN).reopenCount(1).build();
        // WHEN / THEN
        assertThat(FIRST.over(List.of(t)).mean()).contains(Duration.ofHours(2));
        DurationStats fin = ResolutionTime.defaults().over(List.of(t));
        assertThat(fin.count()).isZero();
        assertThat(fin.unmeasured()).isEqualTo(1);
    }

    @Test
    void should_be_undefined_with_no_resolved_ticket_and_zero_for_an_instant_resolution() {
        // GIVEN / WHEN
        DurationStats none = ResolutionTime.defaults().over(List.of(Ticket.builder("A", T0).build()));
        DurationStats instant = ResolutionTime.defaults().over(List.of(Ticket.builder("B", T0).resolved(T0).build()));
        // THEN
        assertThat(none.mean()).isEmpty();
        assertThat(none.unmeasured()).isEqualTo(1);
        assertThat(instant.mean()).contains(Duration.ZERO);
    }

    @Test
    void should_measure_with_the_given_elapsed_time() {
        // GIVEN an elapsed time counting a third of calendar time
        ElapsedTime third = (a, b) -> ElapsedTime.calendarNanos(a, b) / 3;
        // WHEN
        DurationStats s = ResolutionTime.of(ResolutionTimeDefinition.DEFAULT.withElapsedTime(third))
                .over(List.of(Ticket.builder("A", T0).resolved(hours(3)).build()));
        // THEN
        assertThat(s.mean()).contains(Duration.ofHours(1));
    }

    @Test
    void should_have_its_id_and_validate_its_definition() {
        assertThat(ResolutionTime.defaults().id()).isEqualTo("resolution.time");
        assertThat(ResolutionTimeDefinition.DEFAULT.point()).isEqualTo(ResolutionPoint.FINAL);
        assertThat(ResolutionTimeDefinition.DEFAULT.elapsedTime()).isSameAs(ElapsedTime.CALENDAR);
        assertThatThrownBy(() -> ResolutionTimeDefinition.DEFAULT.withPoint(null))
                .isInstanceOf(NullPointerException.class).hasMessage("point");
        assertThatThrownBy(() -> ResolutionTimeDefinition.DEFAULT.withElapsedTime(null))
                .isInstanceOf(NullPointerException.class).hasMessage("elapsedTime");
        assertThatThrownBy(() -> ResolutionTime.of(null))
                .isInstanceOf(NullPointerException.class).hasMessage("definition");
    }
}
