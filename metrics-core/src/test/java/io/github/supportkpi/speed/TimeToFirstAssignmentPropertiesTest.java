package io.github.supportkpi.speed;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import io.github.supportkpi.time.BusinessCalendar;
import io.github.supportkpi.time.ElapsedTime;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

class TimeToFirstAssignmentPropertiesTest implements TallyContract<Ticket, DurationStats> {
    @Override
    public Metric<Ticket, DurationStats> metric() {
        return TimeToFirstAssignment.defaults();
    }

    @Override
    public Gen<List<Ticket>> records() {
        return Sources.ticketsWithAssignments();
    }

    @Override
    public Dimension<? super Ticket, ?> dimension() {
        return TicketDimensions.TEAM;
    }

    @Override
    public DoubleStream values(DurationStats tally) {
        return tally.meanSeconds().stream();
    }

    @Test
    void should_measure_exactly_the_tickets_ever_assigned_to_an_agent_and_never_negative() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.ticketsWithAssignments()).checkAssert(ts -> {
            DurationStats ttfa = TimeToFirstAssignment.defaults().over(ts);
            long assigned = ts.stream()
                    .filter(t -> t.assignments().stream().anyMatch(a -> a.assignee().isPresent())).count();
            assertThat(ttfa.count()).isEqualTo(assigned);
            assertThat(ttfa.count() + ttfa.unmeasured()).isEqualTo(ts.size());
            ttfa.min().ifPresent(d -> assertThat(d).isGreaterThanOrEqualTo(Duration.ZERO));
        });
    }

    @Test
    void should_measure_the_same_in_a_round_the_clock_calendar_and_fall_in_business_hours() {
        BusinessCalendar always = BusinessCalendar.twentyFourSeven(ZoneOffset.UTC);
        BusinessCalendar office = BusinessCalendar.builder(ZoneOffset.UTC)
                .weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0))
                .build();
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.ticketsWithAssignments()).checkAssert(ts -> {
            DurationStats calendar = TimeToFirstAssignment.defaults().over(ts);
            // the knob at its default is the default metric, and a 24/7 calendar measures calendar time
            assertThat(TimeToFirstAssignment.of(new AssignmentTimeDefinition(ElapsedTime.CALENDAR,
                    DurationStats.Summary.EXACT)).over(ts)).isEqualTo(calendar);
            DurationStats allHours = TimeToFirstAssignment.of(AssignmentTimeDefinition.DEFAULT.withElapsedTime(always))
                    .over(ts);
            assertThat(allHours.sum()).isEqualTo(calendar.sum());
            assertThat(allHours.count()).isEqualTo(calendar.count());
            // office hours count no more time, and the same tickets
            DurationStats business = TimeToFirstAssignment.of(AssignmentTimeDefinition.DEFAULT.withElapsedTime(office))
                    .over(ts);
            assertThat(business.count()).isEqualTo(calendar.count());
            assertThat(business.unmeasured()).isEqualTo(calendar.unmeasured());
            assertThat(business.sum()).isLessThanOrEqualTo(calendar.sum());
        });
    }

    @Test
    void should_add_tickets_without_history_as_unmeasured_only() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.ticketsWithAssignments(), Sources.tickets())
                .checkAssert((withHistory, without) -> {
                    List<Ticket> all = new ArrayList<>(withHistory);
                    all.addAll(without);
                    DurationStats before = TimeToFirstAssignment.defaults().over(withHistory);
                    DurationStats after = TimeToFirstAssignment.defaults().over(all);
                    assertThat(after.count()).isEqualTo(before.count());
                    assertThat(after.mean()).isEqualTo(before.mean());
                    assertThat(after.unmeasured()).isEqualTo(before.unmeasured() + without.size());
                });
    }

    @Test
    void should_leave_first_response_time_unchanged_by_an_assignment_history() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.ticketsWithAssignments()).checkAssert(ts -> {
            // GIVEN the same tickets without their assignment histories
            List<Ticket> stripped = new ArrayList<>();
            for (Ticket t : ts) {
                stripped.add(strip(t));
            }
            // THEN first response time, by agent and by first replier, is the same
            assertThat(FirstResponseTime.defaults().over(ts)).isEqualTo(FirstResponseTime.defaults().over(stripped));
            assertThat(FirstResponseTime.defaults().by(TicketDimensions.FIRST_REPLIER).over(ts))
                    .isEqualTo(FirstResponseTime.defaults().by(TicketDimensions.FIRST_REPLIER).over(stripped));
            assertThat(ResolutionTime.defaults().by(TicketDimensions.AGENT).over(ts))
                    .isEqualTo(ResolutionTime.defaults().by(TicketDimensions.AGENT).over(stripped));
        });
    }

    /** The ticket with the same values and no assignment history. */
    private static Ticket strip(Ticket t) {
        Ticket.Builder b = Ticket.builder(t.id(), t.created()).status(t.status())
                .assignee(t.assignee().orElse(null)).team(t.team().orElse(null))
                .customerId(t.customerId().orElse(null)).channel(t.channel().orElse(null))
                .priority(t.priority().orElse(null)).category(t.category().orElse(null))
                .firstResponse(t.firstResponse().orElse(null)).resolved(t.resolved().orElse(null))
                .closed(t.closed().orElse(null)).reopenCount(t.reopenCount()).interactions(t.interactions());
        t.statusHistory().forEach(b::statusChange);
        Ticket s = b.build();
        assertThat(s.assignments()).isEmpty();
        return s;
    }
}
