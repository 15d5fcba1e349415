package io.github.supportkpi.quality;

import io.github.supportkpi.domain.Status;
import io.github.supportkpi.domain.StatusChange;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Ratio;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reopen rate with a 7-day reopen window, on hand-worked tickets from day 0 (2024-03-01). */
class ReopenWindowTest {
    private static final ReopenRateDefinition WEEK = ReopenRateDefinition.DEFAULT.withReopenWindow(Duration.ofDays(7));

    private static Instant day(int d) {
        return Instant.parse("2024-03-01T00:00:00Z").plus(Duration.ofDays(d));
    }

    /** Solved day 1, reopened day 3 (2 days on), solved day 4, reopened day 40 (36 days on), solved day 41. */
    private static final Ticket EARLY_AND_LATE = Ticket.builder("T-1", day(0))
            .statusChange(StatusChange.of(day(1), Status.SOLVED))
            .statusChange(StatusChange.of(day(3), Status.OPEN))
            .statusChange(StatusChange.of(day(4), Status.SOLVED))
            .statusChange(StatusChange.of(day(40), Status.OPEN))
            .statusChange(StatusChange.of(day(41), Status.SOLVED))
            .resolved(day(41))
            .build();

    /** Solved day 1, closed day 5, reopened day 20 (19 days after the solve), open now. */
    private static final Ticket LATE_ONLY = Ticket.builder("T-2", day(0))
            .statusChange(StatusChange.of(day(1), Status.SOLVED))
            .statusChange(StatusChange.of(day(5), Status.CLOSED))
            .statusChange(StatusChange.of(day(20), Status.OPEN))
            .status(Status.OPEN)
            .build();

    /** Solved day 1, reopened exactly 7 days later, solved day 9. */
    private static final Ticket AT_THE_WINDOW = Ticket.builder("T-3", day(0))
            .statusChange(StatusChange.of(day(1), Status.SOLVED))
            .statusChange(StatusChange.of(day(8), Status.OPEN))
            .statusChange(StatusChange.of(day(9), Status.SOLVED))
            .resolved(day(9))
            .build();

    /** Solved day 2, never reopened. */
    private static final Ticket NEVER = Ticket.builder("T-4", day(0))
            .statusChange(StatusChange.of(day(2), Status.SOLVED))
            .resolved(day(2))
            .build();

    /** Reopened once by its count, without a status history: the reopen has no instant. */
    private static final Ticket UNTIMED = Ticket.builder("T-5", day(0)).status(Status.SOLVED).resolved(day(30))
            .reopenCount(1).build();

    private static final List<Ticket> TICKETS = List.of(EARLY_AND_LATE, LATE_ONLY, AT_THE_WINDOW, NEVER, UNTIMED);

    @Test
    void should_split_each_tickets_reopens_at_the_window_after_the_solve_they_leave() {
        assertThat(WEEK.reopens(EARLY_AND_LATE)).isEqualTo(1);       // day 3, 2 days after day 1
        assertThat(WEEK.lateReopens(EARLY_AND_LATE)).isEqualTo(1);   // day 40, 36 days after day 4
        // the run SOLVED day 1, CLOSED day 5 is left day 20: 19 days after the solve, not after the close
        assertThat(WEEK.reopens(LATE_ONLY)).isZero();
        assertThat(WEEK.lateReopens(LATE_ONLY)).isEqualTo(1);
        assertThat(WEEK.reopens(AT_THE_WINDOW)).isEqualTo(1);        // exactly 7 days: within
        assertThat(WEEK.reopens(NEVER)).isZero();
        assertThat(WEEK.lateReopens(NEVER)).isZero();
        assertThat(WEEK.reopens(UNTIMED)).isEqualTo(1);              // no instant: the window cannot place it
        assertThat(WEEK.lateReopens(UNTIMED)).isZero();
        // AND a day's window makes T-1's first reopen (2 days on) late too
        ReopenRateDefinition day = ReopenRateDefinition.DEFAULT.withReopenWindow(Duration.ofDays(1));
        assertThat(day.reopens(EARLY_AND_LATE)).isZero();
        assertThat(day.lateReopens(EARLY_AND_LATE)).isEqualTo(2);
    }

    @Test
    void should_count_reopened_tickets_within_the_window_and_late_ones_apart_over_the_same_denominator() {
        // WHEN
        Ratio unbounded = ReopenRate.defaults().over(TICKETS);
        Ratio reopened = ReopenRate.of(WEEK).over(TICKETS);
        Ratio late = ReopenRate.of(WEEK).lateReopens().over(TICKETS);
        // THEN every ticket was resolved at some point: denominator 5. Without a window T-1, T-2, T-3 and T-5
        // are reopened: 4/5 = 80%. With 7 days T-2 (only a late reopen) is a new contact: 3/5 = 60%
        // reopened, 1/5 = 20% late; 3 + 1 = 4
        assertThat(unbounded).isEqualTo(new Ratio(4, 5));
        assertThat(reopened).isEqualTo(new Ratio(3, 5));
        assertThat(late).isEqualTo(new Ratio(1, 5));
        assertThat(reopened.percent()).hasValue(60.0);
        assertThat(late.percent()).hasValue(20.0);
        // AND without a window nothing is late
        assertThat(LateReopenRate.of(ReopenRateDefinition.DEFAULT).over(TICKETS)).isEqualTo(new Ratio(0, 5));
        // AND over every ticket the denominator is the same 5 here
        assertThat(LateReopenRate.of(WEEK.withDenominator(TicketDenominator.ALL)).over(TICKETS))
                .isEqualTo(new Ratio(1, 5));
    }

    @Test
    void should_default_to_no_window_and_refuse_a_window_that_is_not_positive() {
        assertThat(ReopenRateDefinition.DEFAULT.reopenWindow()).isEmpty();
        assertThat(new ReopenRateDefinition(TicketDenominator.RESOLVED)).isEqualTo(ReopenRateDefinition.DEFAULT);
        assertThat(WEEK.withoutReopenWindow()).isEqualTo(ReopenRateDefinition.DEFAULT);
        assertThat(WEEK.withDenominator(TicketDenominator.ALL).reopenWindow()).contains(Duration.ofDays(7));
        assertThatThrownBy(() -> ReopenRateDefinition.DEFAULT.withReopenWindow(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("reopenWindow must be positive: PT0S");
        assertThatThrownBy(() -> new ReopenRateDefinition(TicketDenominator.ALL, Optional.of(Duration.ofHours(-1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("reopenWindow must be positive: PT-1H");
        assertThatThrownBy(() -> ReopenRateDefinition.DEFAULT.withReopenWindow(null))
                .isInstanceOf(NullPointerException.class).hasMessage("reopenWindow");
        assertThat(ReopenRate.of(WEEK).definition()).isNotEqualTo(ReopenRate.defaults().definition());
        assertThat(LateReopenRate.of(WEEK).id()).isEqualTo("reopen.late");
    }
}
