package io.github.supportkpi.speed;

import io.github.supportkpi.domain.Assignment;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.time.ElapsedTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimeToFirstAssignmentTest {
    private static final Instant T0 = Instant.parse("2024-03-04T09:00:00Z");

    @Test
    void should_measure_creation_to_the_first_assignment_to_an_agent() {
        // GIVEN A routed to tier1 at once and taken by ana after 10 min; B assigned after 30 min; C at creation
        Ticket a = Ticket.builder("A", T0).assignment(Assignment.toGroup(T0, "tier1"))
                .assignment(Assignment.of(T0.plusSeconds(600), "ana", "tier1"))
                .assignment(Assignment.of(T0.plusSeconds(5000), "ben", "tier1")).build();
        Ticket b = Ticket.builder("B", T0).assignment(Assignment.of(T0.plusSeconds(1800), "ben")).build();
        Ticket c = Ticket.builder("C", T0).assignment(Assignment.of(T0, "cy")).build();
        // WHEN
        DurationStats ttfa = TimeToFirstAssignment.defaults().over(List.of(a, b, c));
        // THEN 600 s, 1800 s, 0 s: mean 800 s, median 600 s (the group routing does not end the wait)
        assertThat(ttfa.count()).isEqualTo(3);
        assertThat(ttfa.mean()).contains(Duration.ofSeconds(800));
        assertThat(ttfa.median()).contains(Duration.ofSeconds(600));
        assertThat(ttfa.min()).contains(Duration.ZERO);
        assertThat(ttfa.unmeasured()).isZero();
    }

    @Test
    void should_count_tickets_never_assigned_or_without_history_as_unmeasured() {
        // GIVEN a ticket in a group only, one with an assignee but no history, and none measured
        Ticket groupOnly = Ticket.builder("A", T0).assignment(Assignment.toGroup(T0.plusSeconds(60), "tier1")).build();
        Ticket noHistory = Ticket.builder("B", T0).assignee("ana").build();
        // WHEN
        DurationStats ttfa = TimeToFirstAssignment.defaults().over(List.of(groupOnly, noHistory));
        // THEN
        assertThat(ttfa.count()).isZero();
        assertThat(ttfa.unmeasured()).isEqualTo(2);
        assertThat(ttfa.mean()).isEmpty();
    }

    @Test
    void should_measure_time_the_definition_s_way() {
        // GIVEN a clock that counts half the calendar time
        ElapsedTime half = (x, y) -> ElapsedTime.calendarNanos(x, y) / 2;
        Ticket t = Ticket.builder("A", T0).assignment(Assignment.of(T0.plusSeconds(600), "ana")).build();
        // WHEN
        DurationStats ttfa = TimeToFirstAssignment.of(AssignmentTimeDefinition.DEFAULT.withElapsedTime(half))
                .over(List.of(t));
        // THEN
        assertThat(ttfa.mean()).contains(Duration.ofSeconds(300));
        assertThat(AssignmentTimeDefinition.DEFAULT.elapsedTime()).isSameAs(ElapsedTime.CALENDAR);
    }
}
