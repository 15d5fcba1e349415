package io.github.supportkpi.sla;

import io.github.supportkpi.domain.Status;
import io.github.supportkpi.domain.StatusChange;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.time.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SLA clock walking a hand-worked status timeline, 24x7 in UTC, on Monday 2024-03-04. */
class SlaClockTest {
    /** Every ticket: 24x7, resolution 4 h. */
    private static final SlaPolicies POLICIES = SlaPolicies.of(
            SlaPolicy.of("All", SlaCondition.always(), BusinessCalendar.twentyFourSeven(ZoneOffset.UTC))
                    .withTarget(SlaTarget.RESOLUTION, Duration.ofHours(4)));

    private static Instant at(String time) {
        return Instant.parse("2024-03-04T" + time + ":00Z");
    }

    private static SlaClock clock(String now) {
        return SlaClock.of(SlaDefinition.of(POLICIES, at(now)));
    }

    /** Created 10:00; pending 11:00-13:00; solved 14:00, reopened 15:00, solved again 16:00. */
    private static final Ticket TICKET = Ticket.builder("T-1", at("10:00"))
            .statusChange(StatusChange.of(at("11:00"), Status.PENDING))
            .statusChange(StatusChange.of(at("13:00"), Status.OPEN))
            .statusChange(StatusChange.of(at("14:00"), Status.SOLVED))
            .statusChange(StatusChange.of(at("15:00"), Status.OPEN))
            .statusChange(StatusChange.of(at("16:00"), Status.SOLVED))
            .resolved(at("16:00"))
            .build();

    @Test
    void should_stop_the_resolution_clock_at_the_final_resolution_outside_pending_and_solved_time() {
        // WHEN evaluated at 18:00
        SlaOutcome o = clock("18:00").outcome(TICKET, SlaTarget.RESOLUTION);
        // THEN 10:00-11:00, 13:00-14:00 and 15:00-16:00 ran: 3 h of 4 h, resolved finally at 16:00; the
        // deadline is where the last hour would have run out had the clock gone on
        assertThat(o.status()).isEqualTo(SlaStatus.ACHIEVED);
        assertThat(o.elapsed()).isEqualTo(Duration.ofHours(3));
        assertThat(o.event()).contains(at("16:00"));
        assertThat(o.deadline()).contains(at("17:00"));
        assertThat(o.remaining()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void should_see_the_ticket_as_it_stood_at_now() {
        // WHEN evaluated at 15:30, reopened: the clock runs again, 2.5 h used, 1.5 h left from 15:30
        SlaOutcome reopened = clock("15:30").outcome(TICKET, SlaTarget.RESOLUTION);
        // THEN
        assertThat(reopened.status()).isEqualTo(SlaStatus.IN_PROGRESS);
        assertThat(reopened.elapsed()).isEqualTo(Duration.ofMinutes(150));
        assertThat(reopened.event()).isEmpty();
        assertThat(reopened.deadline()).contains(at("17:00"));
        // AND at 14:30 it was solved at 14:00, 2 h used
        SlaOutcome solved = clock("14:30").outcome(TICKET, SlaTarget.RESOLUTION);
        assertThat(solved.status()).isEqualTo(SlaStatus.ACHIEVED);
        assertThat(solved.event()).contains(at("14:00"));
        assertThat(solved.elapsed()).isEqualTo(Duration.ofHours(2));
        // AND at 12:00 it was pending: paused after 1 h, no deadline until it resumes
        SlaOutcome pending = clock("12:00").outcome(TICKET, SlaTarget.RESOLUTION);
        assertThat(pending.status()).isEqualTo(SlaStatus.PAUSED);
        assertThat(pending.elapsed()).isEqualTo(Duration.ofHours(1));
        assertThat(pending.deadline()).isEmpty();
        assertThat(clock("12:00").status(TICKET, SlaTarget.RESOLUTION)).isEqualTo(SlaStatus.PAUSED);
    }

    @Test
    void should_give_every_target_an_outcome_and_not_apply_where_the_policy_sets_none() {
        // WHEN
        var outcomes = clock("18:00").outcomes(TICKET);
        // THEN the policy sets only a resolution target
        assertThat(outcomes.keySet()).containsExactly(SlaTarget.values());
        assertThat(outcomes.get(SlaTarget.FIRST_RESPONSE))
                .isEqualTo(SlaOutcome.notApplicable(SlaTarget.FIRST_RESPONSE, Optional.of("All")));
        assertThat(outcomes.get(SlaTarget.RESOLUTION).status()).isEqualTo(SlaStatus.ACHIEVED);
        // AND a ticket created after now is not applicable to any target
        assertThat(clock("09:00").status(TICKET, SlaTarget.RESOLUTION)).isEqualTo(SlaStatus.NOT_APPLICABLE);
    }

    @Test
    void should_be_equal_for_equal_definitions_and_refuse_nulls() {
        assertThat(clock("12:00")).isEqualTo(clock("12:00")).hasSameHashCodeAs(clock("12:00"))
                .isNotEqualTo(clock("13:00"));
        assertThat(clock("12:00").definition()).isEqualTo(SlaDefinition.of(POLICIES, at("12:00")));
        assertThat(SlaCompliance.of(SlaDefinition.of(POLICIES, at("12:00"))).clock()).isEqualTo(clock("12:00"));
        assertThatThrownBy(() -> SlaClock.of(null)).isInstanceOf(NullPointerException.class).hasMessage("definition");
        assertThatThrownBy(() -> clock("12:00").outcome(null, SlaTarget.RESOLUTION))
                .isInstanceOf(NullPointerException.class).hasMessage("ticket");
        assertThatThrownBy(() -> clock("12:00").status(TICKET, null))
                .isInstanceOf(NullPointerException.class).hasMessage("target");
    }
}
