package io.github.supportkpi.domain;

import io.github.supportkpi.time.BusinessCalendar;
import io.github.supportkpi.time.ElapsedTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Hand-worked timelines, from Monday 2024-03-04 in UTC. */
class StatusTimelineTest {
    private static Instant at(String dayAndTime) {
        return Instant.parse("2024-03-" + dayAndTime + ":00Z");
    }

    private static long hours(long h) {
        return Duration.ofHours(h).toNanos();
    }

    /**
     * Created Monday 09:00 and opened at once; pending 11:00-14:00, open again, solved 16:00; reopened
     * Tuesday 10:00, solved 12:00, closed 13:00.
     */
    private static Ticket reopened() {
        return Ticket.builder("T-1", at("04T09:00"))
                .statusChange(StatusChange.of(at("04T09:00"), Status.OPEN))
                .statusChange(StatusChange.of(at("04T11:00"), Status.PENDING))
                .statusChange(StatusChange.of(at("04T14:00"), Status.OPEN))
                .statusChange(StatusChange.of(at("04T16:00"), Status.SOLVED))
                .statusChange(StatusChange.of(at("05T10:00"), Status.OPEN))
                .statusChange(StatusChange.of(at("05T12:00"), Status.SOLVED))
                .statusChange(StatusChange.of(at("05T13:00"), Status.CLOSED))
                .interaction(Interaction.customerMessage(at("04T09:00")))
                .interaction(Interaction.agentReply(at("04T10:30"), "ana"))
                .interaction(Interaction.internalNote(at("05T12:30"), "ana"))
                .firstResponse(at("04T10:30"))
                .resolved(at("05T12:00"))
                .closed(at("05T13:00"))
                .build();
    }

    @Test
    void should_read_a_recorded_history_as_segments_starting_in_new_at_creation() {
        // GIVEN
        StatusTimeline tl = reopened().timeline();
        // THEN segment 0 (NEW) is empty: the ticket was opened at its creation
        assertThat(tl.isRecorded()).isTrue();
        assertThat(tl.segmentCount()).isEqualTo(8);
        assertThat(tl.segmentStart(0)).isEqualTo(at("04T09:00"));
        assertThat(tl.segmentStatus(0)).isEqualTo(Status.NEW);
        assertThat(tl.segmentStart(1)).isEqualTo(at("04T09:00"));
        assertThat(tl.segmentStatus(1)).isEqualTo(Status.OPEN);
        assertThat(tl.segmentStart(7)).isEqualTo(at("05T13:00"));
        assertThat(tl.segmentStatus(7)).isEqualTo(Status.CLOSED);
    }

    @Test
    void should_take_the_status_in_force_from_the_last_segment_starting_at_or_before_the_instant() {
        // GIVEN
        StatusTimeline tl = reopened().timeline();
        // THEN a change exactly at the instant is in force
        assertThat(tl.statusAt(at("04T09:00"))).isEqualTo(Status.OPEN);
        assertThat(tl.statusAt(at("04T12:00"))).isEqualTo(Status.PENDING);
        assertThat(tl.statusAt(at("04T16:00"))).isEqualTo(Status.SOLVED);
        assertThat(tl.statusAt(at("05T09:00"))).isEqualTo(Status.SOLVED);
        assertThat(tl.statusAt(at("05T11:00"))).isEqualTo(Status.OPEN);
        assertThat(tl.statusAt(at("20T00:00"))).isEqualTo(Status.CLOSED);
        assertThat(tl.segmentAt(at("04T12:00"))).isEqualTo(2);
        // AND before the creation no status is in force
        assertThat(tl.segmentAt(at("04T08:59"))).isEqualTo(-1);
        assertThatThrownBy(() -> tl.statusAt(at("04T08:59"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("at must not be before created: created 2024-03-04T09:00:00Z, at 2024-03-04T08:59:00Z");
    }

    @Test
    void should_measure_the_time_in_a_set_of_statuses_between_two_instants() {
        // GIVEN
        StatusTimeline tl = reopened().timeline();
        Instant created = at("04T09:00");
        Instant closed = at("05T13:00");
        // THEN open 09:00-11:00, 14:00-16:00 and Tuesday 10:00-12:00: 6 h; pending 11:00-14:00: 3 h
        assertThat(tl.nanosIn(Set.of(Status.OPEN), created, closed, ElapsedTime.CALENDAR)).isEqualTo(hours(6));
        assertThat(tl.nanosIn(Set.of(Status.PENDING), created, closed, ElapsedTime.CALENDAR)).isEqualTo(hours(3));
        // AND solved Monday 16:00 to Tuesday 10:00 and 12:00-13:00: 19 h; never in NEW (empty segment)
        assertThat(tl.nanosIn(Set.of(Status.SOLVED), created, closed, ElapsedTime.CALENDAR)).isEqualTo(hours(19));
        assertThat(tl.nanosIn(Set.of(Status.NEW), created, closed, ElapsedTime.CALENDAR)).isZero();
        // AND the last segment runs on: closed from 13:00 to 15:00 is 2 h
        assertThat(tl.nanosIn(Set.of(Status.CLOSED), created, at("05T15:00"), ElapsedTime.CALENDAR))
                .isEqualTo(hours(2));
        // AND a span inside the history: open or pending from 10:00 to 15:00 is 1 + 3 + 1 h
        assertThat(tl.nanosIn(EnumSet.of(Status.OPEN, Status.PENDING), at("04T10:00"), at("04T15:00"),
                ElapsedTime.CALENDAR)).isEqualTo(hours(5));
        // AND an empty set or an empty span measures zero
        assertThat(tl.nanosIn(Set.of(), created, closed, ElapsedTime.CALENDAR)).isZero();
        assertThat(tl.nanosIn(Set.of(Status.OPEN), at("04T10:00"), at("04T10:00"), ElapsedTime.CALENDAR)).isZero();
    }

    @Test
    void should_measure_time_in_status_in_business_hours_and_count_nothing_before_creation() {
        // GIVEN open Monday 16:00 to Tuesday 10:00 on a 09:00-17:00 weekday calendar
        BusinessCalendar nineToFive = BusinessCalendar.builder(ZoneOffset.UTC)
                .weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0)).build();
        Ticket t = Ticket.builder("T-2", at("04T16:00"))
                .statusChange(StatusChange.of(at("04T16:00"), Status.OPEN))
                .statusChange(StatusChange.of(at("05T10:00"), Status.SOLVED))
                .resolved(at("05T10:00")).build();
        // WHEN
        long open = t.timeline().nanosIn(Set.of(Status.OPEN), at("04T00:00"), at("06T00:00"), nineToFive);
        // THEN 16:00-17:00 on Monday and 09:00-10:00 on Tuesday; nothing before the creation
        assertThat(open).isEqualTo(hours(2));
        assertThat(t.timeline().nanosIn(EnumSet.allOf(Status.class), at("04T00:00"), at("04T16:00"),
                ElapsedTime.CALENDAR)).isZero();
    }

    @Test
    void should_find_the_first_and_final_resolution_and_count_the_reopen() {
        // GIVEN
        StatusTimeline tl = reopened().timeline();
        // THEN first solved Monday 16:00; finally resolved from Tuesday 12:00 (solved, then closed)
        assertThat(tl.resolution(ResolutionPoint.FIRST)).contains(at("04T16:00"));
        assertThat(tl.resolution(ResolutionPoint.FINAL)).contains(at("05T12:00"));
        assertThat(tl.reopens()).isEqualTo(1);
        // AND as of an instant: before the first resolution there is none; while reopened there is a first
        // resolution but no final one
        assertThat(tl.resolution(ResolutionPoint.FIRST, at("04T15:00"))).isEmpty();
        assertThat(tl.resolution(ResolutionPoint.FINAL, at("04T20:00"))).contains(at("04T16:00"));
        assertThat(tl.resolution(ResolutionPoint.FIRST, at("05T11:00"))).contains(at("04T16:00"));
        assertThat(tl.resolution(ResolutionPoint.FINAL, at("05T11:00"))).isEmpty();
        assertThat(tl.resolutionSegment(ResolutionPoint.FINAL, at("05T11:00"))).isEqualTo(-1);
        assertThat(tl.resolution(ResolutionPoint.FINAL, at("05T12:00"))).contains(at("05T12:00"));
        assertThat(tl.resolutionSegment(ResolutionPoint.FINAL, at("05T14:00"))).isEqualTo(6);
    }

    @Test
    void should_take_the_last_update_from_creation_interactions_changes_and_first_response() {
        // GIVEN
        StatusTimeline tl = reopened().timeline();
        // THEN the reply at 10:30; the change to pending at 11:00; the note on Tuesday 12:30; the closing
        assertThat(tl.lastUpdate(at("04T10:45"))).isEqualTo(at("04T10:30"));
        assertThat(tl.lastUpdate(at("04T12:00"))).isEqualTo(at("04T11:00"));
        assertThat(tl.lastUpdate(at("05T12:45"))).isEqualTo(at("05T12:30"));
        assertThat(tl.lastUpdate(at("20T00:00"))).isEqualTo(at("05T13:00"));
        // AND the recorded first response counts on a ticket without interactions; the creation otherwise
        Ticket recorded = Ticket.builder("T-3", at("04T09:00")).firstResponse(at("04T09:20")).build();
        assertThat(recorded.timeline().lastUpdate(at("04T09:10"))).isEqualTo(at("04T09:00"));
        assertThat(recorded.timeline().lastUpdate(at("04T10:00"))).isEqualTo(at("04T09:20"));
    }

    @Test
    void should_imply_new_from_creation_then_the_current_status_from_the_resolution_without_a_history() {
        // GIVEN a ticket without history, solved Monday 15:00, and one closed (resolved 15:00, closed 18:00)
        Ticket solved = Ticket.builder("T-4", at("04T09:00")).resolved(at("04T15:00")).build();
        Ticket closed = Ticket.builder("T-5", at("04T09:00")).resolved(at("04T15:00")).closed(at("04T18:00")).build();
        StatusTimeline tl = solved.timeline();
        // THEN two segments: NEW from 09:00, SOLVED from 15:00
        assertThat(tl.isRecorded()).isFalse();
        assertThat(tl.segmentCount()).isEqualTo(2);
        assertThat(tl.segmentStatus(0)).isEqualTo(Status.NEW);
        assertThat(tl.segmentStart(1)).isEqualTo(at("04T15:00"));
        assertThat(tl.segmentStatus(1)).isEqualTo(Status.SOLVED);
        assertThat(tl.statusAt(at("04T14:59"))).isEqualTo(Status.NEW);
        assertThat(tl.statusAt(at("04T15:00"))).isEqualTo(Status.SOLVED);
        assertThat(tl.nanosIn(Set.of(Status.NEW), at("04T09:00"), at("04T17:00"), ElapsedTime.CALENDAR))
                .isEqualTo(hours(6));
        assertThat(tl.resolution(ResolutionPoint.FIRST)).contains(at("04T15:00"));
        assertThat(tl.resolution(ResolutionPoint.FINAL)).contains(at("04T15:00"));
        // AND a closed ticket is closed from its resolution: its current status
        assertThat(closed.timeline().segmentStatus(1)).isEqualTo(Status.CLOSED);
        assertThat(closed.timeline().segmentStart(1)).isEqualTo(at("04T15:00"));
    }

    @Test
    void should_imply_new_for_ever_and_no_reopen_for_an_open_ticket_without_a_history() {
        // GIVEN a ticket without history, reopened once (so the count says) and open now
        Ticket t = Ticket.builder("T-6", at("04T09:00")).status(Status.OPEN).reopenCount(1).build();
        StatusTimeline tl = t.timeline();
        // THEN one segment, NEW; no resolution; the implied timeline knows of no reopen
        assertThat(tl.segmentCount()).isEqualTo(1);
        assertThat(tl.statusAt(at("30T00:00"))).isEqualTo(Status.NEW);
        assertThat(tl.resolution(ResolutionPoint.FIRST)).isEmpty();
        assertThat(tl.resolution(ResolutionPoint.FINAL)).isEmpty();
        assertThat(tl.reopens()).isZero();
        assertThat(t.reopensInHistory()).isZero();
    }

    @Test
    void should_refuse_a_segment_out_of_range_and_a_span_that_ends_before_it_starts() {
        StatusTimeline tl = Ticket.builder("T-7", at("04T09:00")).build().timeline();
        assertThatThrownBy(() -> tl.segmentStart(1)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("segment must be in [0, 1): 1");
        assertThatThrownBy(() -> tl.segmentStatus(-1)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("segment must be in [0, 1): -1");
        assertThatThrownBy(() -> tl.nanosIn(Set.of(Status.NEW), at("04T10:00"), at("04T09:00"), ElapsedTime.CALENDAR))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("to must not be before from: from 2024-03-04T10:00:00Z, to 2024-03-04T09:00:00Z");
        assertThatThrownBy(() -> tl.statusAt(null)).isInstanceOf(NullPointerException.class).hasMessage("at");
    }

    @Test
    void should_be_equal_every_time_and_for_equal_tickets() {
        // GIVEN
        Ticket t = reopened();
        // THEN an equal timeline every time (a view of the ticket), equal to that of an equal ticket, readable
        assertThat(t.timeline()).isEqualTo(t.timeline()).hasSameHashCodeAs(t.timeline());
        assertThat(t.timeline()).isEqualTo(reopened().timeline()).hasSameHashCodeAs(reopened().timeline());
        assertThat(t.statusHistory()).isEqualTo(reopened().statusHistory());
        assertThat(Ticket.builder("T-8", at("04T09:00")).resolved(at("04T12:00")).build().timeline())
                .hasToString("StatusTimeline[implied: NEW from 2024-03-04T09:00:00Z, SOLVED from 2024-03-04T12:00:00Z]");
        assertThat(t.timeline().resolution(ResolutionPoint.FIRST)).isEqualTo(t.firstResolved());
        // AND the history it is read from cannot change
        assertThatThrownBy(() -> t.statusHistory().add(StatusChange.of(at("06T09:00"), Status.OPEN)))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
