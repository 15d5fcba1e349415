package io.github.supportkpi.backlog;

import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.Priority;
import io.github.supportkpi.domain.Status;
import io.github.supportkpi.domain.StatusChange;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Count;
import io.github.supportkpi.metric.Segmented;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.sla.SlaCondition;
import io.github.supportkpi.sla.SlaDefinition;
import io.github.supportkpi.sla.SlaPolicies;
import io.github.supportkpi.sla.SlaPolicy;
import io.github.supportkpi.sla.SlaTarget;
import io.github.supportkpi.time.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

// Worked numbers here are ours (hand-worked tickets); the catalogue gives no worked number for M33.
class BacklogTest {
    /** Monday 2024-03-04 09:00 UTC. */
    private static final Instant MON = Instant.parse("2024-03-04T09:00:00Z");
    private static final Instant NOW = Instant.parse("2024-03-08T17:00:00Z"); // Friday
    private static final BusinessCalendar NINE_TO_SIX = BusinessCalendar.builder(ZoneOffset.UTC)
            .weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0)).build();

    private static Ticket open(String id, Instant created) {
        return Ticket.builder(id, created).status(Status.OPEN).build();
    }

    @Test
    void should_count_every_ticket_unresolved_at_the_instant_by_default() {
        // GIVEN tickets without history around NOW
        List<Ticket> tickets = List.of(
                open("open", MON),
                open("created-at-now", NOW),
                open("created-after", NOW.plusSeconds(1)),
                Ticket.builder("resolved-before", MON).resolved(NOW.minusSeconds(1)).build(),
                Ticket.builder("resolved-at-now", MON).resolved(NOW).build(),
                Ticket.builder("resolved-after", MON).resolved(NOW.plusSeconds(3600)).build());
        // WHEN
        Count backlog = Backlog.at(NOW).over(tickets);
        // THEN open, created-at-now and resolved-after; a ticket resolved at the instant is resolved at it
        assertThat(backlog).isEqualTo(Count.of(3));
        assertThat(Backlog.at(NOW).over(List.<Ticket>of())).isEqualTo(Count.ZERO);
    }

    @Test
    void should_take_the_status_in_force_at_the_instant_from_the_history() {
        // GIVEN a ticket solved on Tuesday, reopened on Wednesday, solved again on Friday 12:00
        Instant tue = MON.plus(Duration.ofDays(1));
        Instant wed = MON.plus(Duration.ofDays(2));
        Instant fri = MON.plus(Duration.ofDays(4)).plus(Duration.ofHours(3));
        Ticket t = Ticket.builder("reopened", MON)
                .statusChange(StatusChange.of(MON, Status.OPEN))
                .statusChange(StatusChange.of(tue, Status.SOLVED))
                .statusChange(StatusChange.of(wed, Status.OPEN))
                .statusChange(StatusChange.of(fri, Status.SOLVED))
                .resolved(fri)
                .build();
        // WHEN / THEN in the backlog before Tuesday, not between Tuesday and Wednesday (the change at the
        // instant is in force), again from Wednesday, not from Friday 12:00
        assertThat(Backlog.at(MON).over(List.of(t)).value()).isEqualTo(1);
        assertThat(Backlog.at(tue).over(List.of(t)).value()).isZero();
        assertThat(Backlog.at(tue.plusSeconds(3600)).over(List.of(t)).value()).isZero();
        assertThat(Backlog.at(wed).over(List.of(t)).value()).isEqualTo(1);
        assertThat(Backlog.at(fri.minusSeconds(1)).over(List.of(t)).value()).isEqualTo(1);
        assertThat(Backlog.at(fri).over(List.of(t)).value()).isZero();
    }

    @Test
    void should_count_a_ticket_without_history_as_unresolved_until_its_latest_resolution() {
        // GIVEN a ticket without history, reopened once and resolved again on Friday: its first resolution
        // is unknown; and one reopened and open now
        Ticket resolvedAgain = Ticket.builder("again", MON).reopenCount(1).resolved(NOW).build();
        Ticket openNow = Ticket.builder("open-now", MON).reopenCount(1).status(Status.OPEN).build();
        // WHEN / THEN both count on Tuesday; only the open one at NOW
        Instant tue = MON.plus(Duration.ofDays(1));
        assertThat(Backlog.at(tue).over(List.of(resolvedAgain, openNow)).value()).isEqualTo(2);
        assertThat(Backlog.at(NOW).over(List.of(resolvedAgain, openNow)).value()).isEqualTo(1);
    }

    @Test
    void should_count_only_tickets_at_least_the_threshold_old() {
        // GIVEN tickets exactly 24 h old, one second younger and two days old
        List<Ticket> tickets = List.of(
                open("exactly-24h", NOW.minus(Duration.ofHours(24))),
                open("younger", NOW.minus(Duration.ofHours(24)).plusSeconds(1)),
                open("two-days", NOW.minus(Duration.ofDays(2))),
                Ticket.builder("old-but-resolved", MON).resolved(NOW.minusSeconds(60)).build());
        // WHEN
        Count old = Backlog.at(NOW, BacklogDefinition.olderThan(Duration.ofHours(24))).over(tickets);
        // THEN
        assertThat(old).isEqualTo(Count.of(2));
        assertThat(Backlog.at(NOW, BacklogDefinition.olderThan(Duration.ZERO)).over(tickets))
                .isEqualTo(Backlog.at(NOW).over(tickets));
    }

    @Test
    void should_count_tickets_not_updated_for_n_whole_business_days() {
        // GIVEN a ticket created Monday 09:00 and last updated by a reply Monday 10:00, and a reply after
        // the instants looked at (ignored)
        Ticket t = Ticket.builder("quiet", MON)
                .status(Status.OPEN)
                .interaction(Interaction.customerMessage(MON))
                .interaction(Interaction.agentReply(MON.plusSeconds(3600), "ana"))
                .interaction(Interaction.agentReply(Instant.parse("2024-03-14T10:00:00Z"), "ana"))
                .build();
        BacklogDefinition twoDays = BacklogDefinition.notUpdatedFor(2, NINE_TO_SIX);
        // WHEN / THEN Wednesday 17:59: only Tuesday has passed whole; Thursday 00:00: Tuesday and Wednesday
        assertThat(twoDays.test(t, Instant.parse("2024-03-06T17:59:00Z"))).isFalse();
        assertThat(twoDays.test(t, Instant.parse("2024-03-07T00:00:00Z"))).isTrue();
        assertThat(t.timeline().lastUpdate(Instant.parse("2024-03-07T00:00:00Z")))
                .isEqualTo(MON.plusSeconds(3600));
        // AND a status change counts as an update
        Ticket touched = t.toBuilder().statusChange(StatusChange.of(Instant.parse("2024-03-06T12:00:00Z"),
                Status.OPEN)).build();
        assertThat(twoDays.test(touched, Instant.parse("2024-03-08T12:00:00Z"))).isFalse();
        assertThat(twoDays.test(touched, Instant.parse("2024-03-11T00:00:00Z"))).isTrue(); // Thu, Fri
    }

    @Test
    void should_not_count_weekends_and_holidays_as_business_days() {
        // GIVEN a ticket last updated Friday 2024-03-08 16:00, a 9-18 weekday calendar with Monday a holiday
        Ticket t = open("friday", Instant.parse("2024-03-08T16:00:00Z"));
        BusinessCalendar withHoliday = BusinessCalendar.builder(ZoneOffset.UTC)
                .weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0)).holiday(LocalDate.of(2024, 3, 11)).build();
        Instant tuesday = Instant.parse("2024-03-12T12:00:00Z");
        Instant wednesday = Instant.parse("2024-03-13T12:00:00Z");
        // WHEN / THEN Saturday, Sunday and the holiday pass without counting; Tuesday counts once passed
        assertThat(BacklogDefinition.notUpdatedFor(1, NINE_TO_SIX).test(t, tuesday)).isTrue(); // Monday
        assertThat(BacklogDefinition.notUpdatedFor(1, withHoliday).test(t, tuesday)).isFalse();
        assertThat(BacklogDefinition.notUpdatedFor(1, withHoliday).test(t, wednesday)).isTrue(); // Tuesday
        assertThat(BacklogDefinition.notUpdatedFor(2, withHoliday).test(t, wednesday)).isFalse();
    }

    @Test
    void should_apply_a_rule_of_its_own_such_as_past_sla_only_to_unresolved_tickets() {
        // GIVEN a stand-in for an SLA: resolution due 8 h after creation
        BiPredicate<Ticket, Instant> pastSla = (t, at) -> at.isAfter(t.created().plus(Duration.ofHours(8)));
        List<Ticket> tickets = List.of(
                open("overdue", NOW.minus(Duration.ofHours(9))),
                open("in-time", NOW.minus(Duration.ofHours(7))),
                Ticket.builder("overdue-but-resolved", MON).resolved(NOW.minusSeconds(1)).build());
        // WHEN
        Count overdue = Backlog.at(NOW, BacklogDefinition.matching("resolution due within 8 h", pastSla)).over(tickets);
        // THEN
        assertThat(overdue).isEqualTo(Count.of(1));
    }

    @Test
    void should_define_the_backlog_past_its_resolution_deadline() {
        // GIVEN urgent tickets (24x7, resolution 4 h) created Monday 10:00: one still open, one resolved at 13:00
        SlaPolicies urgent = SlaPolicies.of(SlaPolicy.of("Urgent", SlaCondition.priority(Priority.URGENT),
                        BusinessCalendar.twentyFourSeven(ZoneOffset.UTC))
                .withTarget(SlaTarget.RESOLUTION, Duration.ofHours(4)));
        Instant mon10 = MON.plus(Duration.ofHours(1));
        Ticket open = Ticket.builder("U-1", mon10).priority(Priority.URGENT).build();
        Ticket solved = Ticket.builder("U-2", mon10).priority(Priority.URGENT).resolved(mon10.plus(Duration.ofHours(3)))
                .build();
        List<Ticket> tickets = List.of(open, solved);
        BacklogDefinition pastSla =
                BacklogDefinition.pastSlaDeadline(SlaDefinition.of(urgent, mon10), SlaTarget.RESOLUTION);
        // THEN at 13:30 nothing is past its deadline; at 14:30 the open one is; the resolved one never is
        assertThat(Backlog.at(mon10.plus(Duration.ofMinutes(210)), pastSla).over(tickets)).isEqualTo(Count.of(0));
        assertThat(Backlog.at(mon10.plus(Duration.ofMinutes(270)), pastSla).over(tickets)).isEqualTo(Count.of(1));
        assertThat(Backlog.at(mon10.plus(Duration.ofHours(2)), pastSla).over(tickets)).isEqualTo(Count.of(0));
        // AND the whole backlog at 12:00 holds both (U-2 was not resolved yet)
        assertThat(Backlog.at(mon10.plus(Duration.ofHours(2))).over(tickets)).isEqualTo(Count.of(2));
        // AND the definition is a value: equal for equal SLA definitions and targets
        assertThat(pastSla).isEqualTo(BacklogDefinition.pastSlaDeadline(SlaDefinition.of(urgent, mon10),
                SlaTarget.RESOLUTION));
        assertThat(pastSla).isNotEqualTo(BacklogDefinition.pastSlaDeadline(SlaDefinition.of(urgent, mon10),
                SlaTarget.FIRST_RESPONSE));
        assertThat(pastSla.toString()).startsWith("pastSlaDeadline(RESOLUTION, ");
    }

    @Test
    void should_break_the_backlog_down_by_age_band_and_priority() {
        // GIVEN five open tickets of various ages at NOW, and one created after NOW
        AgeBands bands = AgeBands.of(Duration.ofHours(4), Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(7));
        List<Ticket> tickets = List.of(
                Ticket.builder("1h", NOW.minus(Duration.ofHours(1))).priority(Priority.HIGH).build(),
                Ticket.builder("4h", NOW.minus(Duration.ofHours(4))).priority(Priority.HIGH).build(),
                Ticket.builder("24h", NOW.minus(Duration.ofHours(24))).priority(Priority.LOW).build(),
                Ticket.builder("2d", NOW.minus(Duration.ofDays(2))).build(),
                Ticket.builder("10d", NOW.minus(Duration.ofDays(10))).priority(Priority.LOW).build(),
                Ticket.builder("future", NOW.plusSeconds(1)).priority(Priority.LOW).build());
        // WHEN
        Segmented<AgeBand, Count> byAge = Backlog.at(NOW).byAge(bands).over(tickets);
        Segmented<Priority, Count> byPriority = Backlog.at(NOW).by(TicketDimensions.PRIORITY).over(tickets);
        // THEN exactly 4 h is in 4h-1d and exactly 24 h in 1d-3d: a band holds its lower bound
        assertThat(byAge.segments()).hasToString("{<4h=1, 4h-1d=1, 1d-3d=2, >=7d=1}");
        assertThat(byAge.get(bands.bands().get(3))).isEqualTo(Count.ZERO);
        assertThat(byAge.absent()).isEqualTo(Count.ZERO);
        assertThat(byAge.total()).isEqualTo(Count.of(5));
        assertThat(byPriority.segments()).isEqualTo(Map.of(Priority.HIGH, Count.of(2), Priority.LOW, Count.of(2)));
        assertThat(byPriority.absent()).isEqualTo(Count.of(1));
    }

    @Test
    void should_label_age_bands_and_find_the_band_of_an_age() {
        // GIVEN
        AgeBands bands = AgeBands.of(Duration.ofMinutes(90), Duration.ofHours(36), Duration.ofDays(7));
        // WHEN / THEN
        assertThat(bands.bands()).hasToString("[<1h30m, 1h30m-1d12h, 1d12h-7d, >=7d]");
        assertThat(bands.bandOf(Duration.ZERO).label()).isEqualTo("<1h30m");
        assertThat(bands.bandOf(Duration.ofMinutes(90)).label()).isEqualTo("1h30m-1d12h");
        assertThat(bands.bandOf(Duration.ofDays(7).minusNanos(1)).label()).isEqualTo("1d12h-7d");
        assertThat(bands.bandOf(Duration.ofDays(700)).label()).isEqualTo(">=7d");
        assertThat(AgeBands.of().bands()).hasToString("[all]");
    }

    @Test
    void should_refuse_invalid_knobs() {
        assertThatThrownBy(() -> BacklogDefinition.olderThan(Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("threshold must not be negative: PT-1H");
        assertThatThrownBy(() -> BacklogDefinition.notUpdatedFor(0, NINE_TO_SIX))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("businessDays must be at least 1: 0");
        assertThatThrownBy(() -> BacklogDefinition.matching("due", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("predicate");
        assertThatThrownBy(() -> BacklogDefinition.matching(null, (t, at) -> true))
                .isInstanceOf(NullPointerException.class).hasMessage("name");
        assertThatThrownBy(() -> BacklogDefinition.matching("", (t, at) -> true))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("name must not be blank: \"\"");
        assertThatThrownBy(() -> BacklogDefinition.pastSlaDeadline(null, SlaTarget.RESOLUTION))
                .isInstanceOf(NullPointerException.class).hasMessage("sla");
        assertThatThrownBy(() -> AgeBands.of(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("bound must be positive: PT0S");
        assertThatThrownBy(() -> AgeBands.of(Duration.ofDays(1), Duration.ofHours(4)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bounds must be strictly increasing: PT24H then PT4H");
        assertThatThrownBy(() -> AgeBands.of(Duration.ofHours(1)).bandOf(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("age must not be negative: PT-1S");
        assertThatThrownBy(() -> Backlog.at(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void should_be_equal_for_equal_instants_and_definitions() {
        assertThat(Backlog.at(NOW)).isEqualTo(Backlog.at(NOW, BacklogDefinition.allUnresolved()));
        assertThat(Backlog.at(NOW)).isNotEqualTo(Backlog.at(MON));
        assertThat(Backlog.at(NOW, BacklogDefinition.olderThan(Duration.ofHours(24))))
                .isEqualTo(Backlog.at(NOW, BacklogDefinition.olderThan(Duration.ofDays(1))));
        assertThat(Backlog.at(NOW).id()).isEqualTo("backlog");
        assertThat(Backlog.at(NOW).instant()).isEqualTo(NOW);
    }
}
