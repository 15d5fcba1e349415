package io.github.supportkpi.backlog;

import io.github.supportkpi.domain.Priority;
import io.github.supportkpi.domain.ResolutionPoint;
import io.github.supportkpi.domain.Status;
import io.github.supportkpi.domain.StatusChange;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.BucketSeries;
import io.github.supportkpi.metric.Segmented;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.time.Bucket;
import io.github.supportkpi.time.BucketRange;
import io.github.supportkpi.time.Granularity;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

// Worked numbers here are ours (hand-worked tickets over one week); the articles give none for net flow.
class NetFlowTest {
    private static final Instant MONDAY = Instant.parse("2024-03-04T00:00:00Z");
    private static final Instant NEXT_MONDAY = Instant.parse("2024-03-11T00:00:00Z");
    /** The week of {@link #week()}. */
    private static final FlowDefinition WEEK = FlowDefinition.between(MONDAY, NEXT_MONDAY);

    private static Instant at(String s) {
        return Instant.parse(s);
    }

    private static Bucket day(String date) {
        return Bucket.of(LocalDate.parse(date), Granularity.DAY, ZoneOffset.UTC);
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
        BucketSeries<FlowTally> flow = NetFlow.of(WEEK).over(week());
        // THEN Mon +2 -0, Tue +1 -1, Wed nothing, Thu +1 -2, Fri +0 -1, Sat nothing, Sun +1 -0
        assertThat(flow.buckets()).hasSize(7);
        assertThat(flow.buckets().values()).containsExactly(FlowTally.of(2, 0), FlowTally.of(1, 1), FlowTally.EMPTY,
                FlowTally.of(1, 2), FlowTally.of(0, 1), FlowTally.EMPTY, FlowTally.of(1, 0));
        assertThat(flow.buckets().values().stream().mapToLong(FlowTally::net))
                .containsExactly(2L, 0L, 0L, -1L, -1L, 0L, 1L);
        assertThat(flow.get(day("2024-03-06"))).isEqualTo(FlowTally.EMPTY);
        // AND in the week: 5 created, 4 resolved; one creation and one resolution outside it, not dropped
        assertThat(flow.inRange()).isEqualTo(FlowTally.of(5, 4));
        assertThat(flow.buckets().values().stream().reduce(FlowTally.EMPTY, FlowTally::plus))
                .isEqualTo(FlowTally.of(5, 4));
        assertThat(flow.outOfRange()).isEqualTo(FlowTally.of(1, 1));
        assertThat(flow.absent()).isEqualTo(FlowTally.EMPTY);
        // AND over all: 6 created, 5 resolved
        assertThat(flow.total()).isEqualTo(FlowTally.of(6, 5));
    }

    @Test
    void should_count_events_of_a_partial_bucket_outside_the_range_as_out_of_range() {
        // GIVEN the week from Monday noon to the next Monday noon
        FlowDefinition noon = WEEK.withRange(at("2024-03-04T12:00:00Z"), at("2024-03-11T12:00:00Z"));
        // WHEN
        BucketSeries<FlowTally> flow = NetFlow.of(noon).over(week());
        // THEN eight days overlap it; Monday morning's two creations (and the one the week before) are out of it,
        // the next Monday's 09:00 resolution is in it
        assertThat(flow.buckets()).hasSize(8);
        assertThat(flow.get(day("2024-03-04"))).isEqualTo(FlowTally.EMPTY);
        assertThat(flow.get(day("2024-03-11"))).isEqualTo(FlowTally.of(0, 1));
        assertThat(flow.inRange()).isEqualTo(FlowTally.of(3, 5));
        assertThat(flow.outOfRange()).isEqualTo(FlowTally.of(3, 0));
        assertThat(flow.total()).isEqualTo(FlowTally.of(6, 5));
    }

    @Test
    void should_roll_days_up_into_weeks() {
        // GIVEN the three weeks from Monday 2024-02-26
        FlowDefinition threeWeeks = WEEK.withRange(at("2024-02-26T00:00:00Z"), at("2024-03-18T00:00:00Z"));
        BucketSeries<FlowTally> days = NetFlow.of(threeWeeks).over(week());
        // WHEN
        BucketSeries<FlowTally> weeks = days.rollUp(Granularity.WEEK);
        // THEN
        assertThat(weeks).isEqualTo(NetFlow.of(threeWeeks.withGranularity(Granularity.WEEK)).over(week()));
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
        BucketSeries<FlowTally> last = NetFlow.of(WEEK).over(List.of(t));
        BucketSeries<FlowTally> first = NetFlow.of(WEEK.withResolution(ResolutionPoint.FIRST)).over(List.of(t));
        // THEN
        assertThat(last.buckets().values()).filteredOn(f -> !f.equals(FlowTally.EMPTY))
                .containsExactly(FlowTally.of(1, 0), FlowTally.of(0, 1));
        assertThat(last.get(day("2024-03-07"))).isEqualTo(FlowTally.of(0, 1));
        assertThat(last.total()).isEqualTo(FlowTally.of(1, 1));
        assertThat(first.buckets().values()).filteredOn(f -> !f.equals(FlowTally.EMPTY))
                .containsExactly(FlowTally.of(1, 1));
        assertThat(first.get(day("2024-03-04"))).isEqualTo(FlowTally.of(1, 1));
    }

    @Test
    void should_bucket_in_the_report_zone() {
        // GIVEN a ticket created Monday 23:30 UTC, which is Tuesday in Berlin
        Ticket t = Ticket.builder("z", at("2024-03-04T23:30:00Z")).build();
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        // WHEN
        BucketSeries<FlowTally> flow = NetFlow.of(WEEK.withZone(berlin)).over(List.of(t));
        // THEN
        assertThat(flow.get(Bucket.of(LocalDate.of(2024, 3, 5), Granularity.DAY, berlin))).isEqualTo(FlowTally.of(1, 0));
        assertThat(flow.inRange()).isEqualTo(FlowTally.of(1, 0));
    }

    @Test
    void should_segment_by_priority() {
        // GIVEN
        List<Ticket> tickets = new ArrayList<>();
        tickets.add(Ticket.builder("h", at("2024-03-04T09:00:00Z")).priority(Priority.HIGH).build());
        tickets.add(Ticket.builder("l", at("2024-03-04T09:00:00Z")).priority(Priority.LOW)
                .resolved(at("2024-03-04T12:00:00Z")).build());
        // WHEN
        Segmented<Priority, BucketSeries<FlowTally>> byPriority = NetFlow.of(WEEK).by(TicketDimensions.PRIORITY)
                .over(tickets);
        // THEN
        assertThat(byPriority.get(Priority.HIGH).total()).isEqualTo(FlowTally.of(1, 0));
        assertThat(byPriority.get(Priority.LOW).total().net()).isZero();
        assertThat(byPriority.total()).isEqualTo(NetFlow.of(WEEK).over(tickets));
    }

    @Test
    void should_refuse_invalid_values() {
        assertThatThrownBy(() -> FlowTally.of(-1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("created must not be negative: -1");
        assertThatThrownBy(() -> FlowTally.of(0, -2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("resolved must not be negative: -2");
        BucketSeries<FlowTally> days = NetFlow.of(WEEK).over(List.of());
        BucketSeries<FlowTally> weeks = NetFlow.of(WEEK.withGranularity(Granularity.WEEK)).over(List.of());
        assertThatThrownBy(() -> days.plus(weeks))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("range must match to merge: DAY buckets in Z from 2024-03-04T00:00:00Z to "
                        + "2024-03-11T00:00:00Z and WEEK buckets in Z from 2024-03-04T00:00:00Z to "
                        + "2024-03-11T00:00:00Z");
        assertThatThrownBy(() -> weeks.rollUp(Granularity.DAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("granularity must contain WEEK buckets: DAY");
        Bucket week = Bucket.of(LocalDate.of(2024, 3, 4), Granularity.WEEK, ZoneOffset.UTC);
        BucketRange range = WEEK.range();
        assertThatThrownBy(() -> BucketSeries.of(range, FlowTally.EMPTY, Map.of(week, FlowTally.of(1, 0)),
                FlowTally.EMPTY, FlowTally.EMPTY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bucket must be one of the 7 DAY buckets in Z from 2024-03-04T00:00:00Z to "
                        + "2024-03-11T00:00:00Z: 2024-W10");
        assertThatThrownBy(() -> WEEK.withZone(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> FlowDefinition.between(NEXT_MONDAY, MONDAY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("to must not be before from: 2024-03-11T00:00:00Z/2024-03-04T00:00:00Z");
    }

    @Test
    void should_give_zero_rows_for_no_tickets() {
        BucketSeries<FlowTally> none = NetFlow.between(at("2024-03-04T00:00:00Z"), at("2024-03-06T00:00:00Z"))
                .over(List.<Ticket>of());
        assertThat(none.sampleSize()).isZero();
        assertThat(none.buckets().values()).containsExactly(FlowTally.EMPTY, FlowTally.EMPTY);
        assertThat(none.total()).isEqualTo(FlowTally.EMPTY);
    }
}
