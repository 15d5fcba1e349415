package io.github.supportkpi.backlog;

import io.github.supportkpi.domain.Priority;
import io.github.supportkpi.domain.ResolutionPoint;
import io.github.supportkpi.domain.Status;
import io.github.supportkpi.domain.StatusChange;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Segmented;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.time.Bucket;
import io.github.supportkpi.time.Granularity;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

// Worked numbers here are ours (hand-worked tickets over one week); the articles give none for net flow.
class NetFlowTest {
    private static Instant at(String s) {
        return Instant.parse(s);
    }

    /** A week, Monday 2024-03-04 to Sunday 2024-03-10 UTC, with nothing on Wednesday. */
    private static List<Ticket> week() {
        return List.of(
                Ticket.builder("a", at("2024-03-04T09:00:00Z")).resolved(at("2024-03-05T10:00:00Z")).build(),
                Ticket.builder("b", at("2024-03-04T11:00:00Z")).status(Status.OPEN).build(),
                Ticket.builder("c", at("2024-03-05T12:00:00Z")).resolved(at("2024-03-07T08:00:00Z")).build(),
                Ticket.builder("d", at("2024-03-07T09:00:00Z")).resolved(at("2024-03-07T09:30:00Z")).build(),
                // created the week before, resolved on Friday
                Ticket.builder("old", at("2024-02-28T09:00:00Z")).resolved(at("2024-03-08T16:00:00Z")).build(),
                // created on Sunday, resolved the week after
                Ticket.builder("late", at("2024-03-10T22:00:00Z")).resolved(at("2024-03-11T09:00:00Z")).build());
    }

    @Test
    void should_count_created_and_resolved_per_day_with_empty_days_as_zero() {
        // GIVEN the week
        // WHEN
        FlowSeries flow = NetFlow.defaults().over(week());
        SortedMap<Bucket, FlowTally> days = flow.between(at("2024-03-04T00:00:00Z"), at("2024-03-11T00:00:00Z"));
        // THEN Mon +2 -0, Tue +1 -1, Wed nothing, Thu +1 -2, Fri +0 -1, Sat nothing, Sun +1 -0
        assertThat(days).hasSize(7);
        assertThat(days.values()).containsExactly(FlowTally.of(2, 0), FlowTally.of(1, 1), FlowTally.EMPTY,
                FlowTally.of(1, 2), FlowTally.of(0, 1), FlowTally.EMPTY, FlowTally.of(1, 0));
        assertThat(days.values().stream().mapToLong(FlowTally::net)).containsExactly(2L, 0L, 0L, -1L, -1L, 0L, 1L);
        Bucket wednesday = Bucket.of(LocalDate.of(2024, 3, 6), Granularity.DAY, ZoneOffset.UTC);
        assertThat(flow.get(wednesday)).isEqualTo(FlowTally.EMPTY);
        assertThat(flow.buckets()).doesNotContainKey(wednesday);
        // AND over all buckets: 6 created, 5 resolved (one creation and one resolution outside the week)
        assertThat(flow.total()).isEqualTo(FlowTally.of(6, 5));
        assertThat(days.values().stream().reduce(FlowTally.EMPTY, FlowTally::plus)).isEqualTo(FlowTally.of(5, 4));
    }

    @Test
    void should_roll_days_up_into_weeks() {
        // GIVEN
        FlowSeries days = NetFlow.defaults().over(week());
        // WHEN
        FlowSeries weeks = days.rollUp(Granularity.WEEK);
        // THEN
        assertThat(weeks).isEqualTo(NetFlow.of(FlowDefinition.DEFAULT.withGranularity(Granularity.WEEK)).over(week()));
        assertThat(weeks.buckets()).hasToString("{2024-W09=+1 -0 = 1, 2024-W10=+5 -4 = 1, 2024-W11=+0 -1 = -1}");
    }

    @Test
    void should_count_a_reopened_ticket_once_at_its_final_resolution_by_default() {
        // GIVEN a ticket solved Monday, reopened Tuesday, solved again Thursday
        Ticket t = Ticket.builder("r", at("2024-03-04T09:00:00Z"))
                .statusChange(StatusChange.of(at("2024-03-04T10:00:00Z"), Status.SOLVED))
                .statusChange(StatusChange.of(at("2024-03-05T10:00:00Z"), Status.OPEN))
                .statusChange(StatusChange.of(at("2024-03-07T10:00:00Z"), Status.SOLVED))
                .resolved(at("2024-03-07T10:00:00Z"))
                .build();
        // WHEN
        FlowSeries last = NetFlow.defaults().over(List.of(t));
        FlowSeries first = NetFlow.of(FlowDefinition.DEFAULT.withResolution(ResolutionPoint.FIRST)).over(List.of(t));
        // THEN
        assertThat(last.buckets().values()).containsExactly(FlowTally.of(1, 0), FlowTally.of(0, 1));
        assertThat(last.buckets().lastKey()).hasToString("2024-03-07");
        assertThat(first.buckets().values()).containsExactly(FlowTally.of(1, 1));
    }

    @Test
    void should_bucket_in_the_report_zone() {
        // GIVEN a ticket created Monday 23:30 UTC, which is Tuesday in Berlin
        Ticket t = Ticket.builder("z", at("2024-03-04T23:30:00Z")).build();
        // WHEN
        FlowSeries berlin = NetFlow.of(FlowDefinition.DEFAULT.withZone(ZoneId.of("Europe/Berlin"))).over(List.of(t));
        // THEN
        assertThat(berlin.buckets().firstKey()).hasToString("2024-03-05");
    }

    @Test
    void should_segment_by_priority() {
        // GIVEN
        List<Ticket> tickets = new ArrayList<>();
        tickets.add(Ticket.builder("h", at("2024-03-04T09:00:00Z")).priority(Priority.HIGH).build());
        tickets.add(Ticket.builder("l", at("2024-03-04T09:00:00Z")).priority(Priority.LOW)
                .resolved(at("2024-03-04T12:00:00Z")).build());
        // WHEN
        Segmented<Priority, FlowSeries> byPriority = NetFlow.defaults().by(TicketDimensions.PRIORITY).over(tickets);
        // THEN
        assertThat(byPriority.get(Priority.HIGH).total()).isEqualTo(FlowTally.of(1, 0));
        assertThat(byPriority.get(Priority.LOW).total().net()).isZero();
        assertThat(byPriority.total()).isEqualTo(NetFlow.defaults().over(tickets));
    }

    @Test
    void should_refuse_invalid_values() {
        assertThatThrownBy(() -> FlowTally.of(-1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("created must not be negative: -1");
        assertThatThrownBy(() -> FlowTally.of(0, -2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("resolved must not be negative: -2");
        FlowSeries days = FlowSeries.empty(Granularity.DAY, ZoneOffset.UTC);
        assertThatThrownBy(() -> days.plus(FlowSeries.empty(Granularity.WEEK, ZoneOffset.UTC)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("granularity and zone must match to merge: DAY in Z and WEEK in Z");
        assertThatThrownBy(() -> FlowSeries.empty(Granularity.WEEK, ZoneOffset.UTC).rollUp(Granularity.DAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("granularity must contain WEEK buckets: DAY");
        Bucket week = Bucket.of(LocalDate.of(2024, 3, 4), Granularity.WEEK, ZoneOffset.UTC);
        assertThatThrownBy(() -> FlowSeries.of(Granularity.DAY, ZoneOffset.UTC, java.util.Map.of(week, FlowTally.of(1, 0))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bucket must be a DAY in Z: 2024-W10 (WEEK in Z)");
        assertThatThrownBy(() -> FlowDefinition.DEFAULT.withZone(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void should_give_an_empty_series_and_zero_rows_for_no_tickets() {
        FlowSeries none = NetFlow.defaults().over(List.<Ticket>of());
        assertThat(none.buckets()).isEmpty();
        assertThat(none.sampleSize()).isZero();
        assertThat(none.between(at("2024-03-04T00:00:00Z"), at("2024-03-06T00:00:00Z")).values())
                .containsExactly(FlowTally.EMPTY, FlowTally.EMPTY);
    }
}
