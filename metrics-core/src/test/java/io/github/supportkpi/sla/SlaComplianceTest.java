package io.github.supportkpi.sla;

import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.Priority;
import io.github.supportkpi.domain.Status;
import io.github.supportkpi.domain.StatusChange;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.metric.Segmented;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.time.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Hand-worked SLA outcomes. The catalogue gives no worked numbers for M34 ([000] and [002] only name it):
 * every number here is worked by hand on a 09:00-17:00 Monday-to-Friday calendar in UTC, from Monday
 * 2024-03-04.
 */
class SlaComplianceTest {
    private static final BusinessCalendar NINE_TO_FIVE =
            BusinessCalendar.builder(ZoneOffset.UTC).weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0)).build();
    private static final BusinessCalendar ALWAYS_OPEN = BusinessCalendar.twentyFourSeven(ZoneOffset.UTC);

    /** Urgent: 24x7, first response 1 h, resolution 4 h. */
    private static final SlaPolicy URGENT = SlaPolicy.of("Urgent", SlaCondition.priority(Priority.URGENT), ALWAYS_OPEN)
            .withTarget(SlaTarget.FIRST_RESPONSE, Duration.ofHours(1))
            .withTarget(SlaTarget.RESOLUTION, Duration.ofHours(4));
    /** High and medium: business hours, first response 2 h, next response 4 h, resolution 16 h. */
    private static final SlaPolicy STANDARD =
            SlaPolicy.of("Standard", SlaCondition.priority(Priority.HIGH, Priority.MEDIUM), NINE_TO_FIVE)
                    .withTarget(SlaTarget.FIRST_RESPONSE, Duration.ofHours(2))
                    .withTarget(SlaTarget.NEXT_RESPONSE, Duration.ofHours(4))
                    .withTarget(SlaTarget.RESOLUTION, Duration.ofHours(16));
    /** Every other ticket: business hours, first response 8 h only. */
    private static final SlaPolicy BASIC = SlaPolicy.of("Basic", SlaCondition.always(), NINE_TO_FIVE)
            .withTarget(SlaTarget.FIRST_RESPONSE, Duration.ofHours(8));
    private static final SlaPolicies POLICIES =
            SlaPolicies.builder().policy(URGENT).policy(STANDARD).otherwise(BASIC).build();

    private static Instant at(String dayAndTime) {
        return Instant.parse("2024-03-" + dayAndTime + ":00Z");
    }

    private static SlaCompliance sla(String now) {
        return SlaCompliance.of(SlaDefinition.of(POLICIES, at(now)));
    }

    /** A high-priority ticket created Monday 16:30. */
    private static Ticket.Builder high(String id) {
        return Ticket.builder(id, at("04T16:30")).priority(Priority.HIGH);
    }

    @Test
    void should_achieve_a_first_response_within_the_business_hours_target() {
        // GIVEN created Monday 16:30, answered Tuesday 09:45: 30 min on Monday + 45 min on Tuesday
        Ticket t = high("A").interaction(Interaction.agentReply(at("05T09:45"), "ana")).build();
        // WHEN
        SlaOutcome o = sla("05T12:00").outcome(t, SlaTarget.FIRST_RESPONSE);
        // THEN 75 min of 2 h used; the deadline Tuesday 10:30; 45 min to spare
        assertThat(o.status()).isEqualTo(SlaStatus.ACHIEVED);
        assertThat(o.policy()).contains("Standard");
        assertThat(o.allowed()).contains(Duration.ofHours(2));
        assertThat(o.elapsed()).isEqualTo(Duration.ofMinutes(75));
        assertThat(o.deadline()).contains(at("05T10:30"));
        assertThat(o.event()).contains(at("05T09:45"));
        assertThat(o.remaining()).isEqualTo(Duration.ofMinutes(45));
        assertThat(o.overdue()).isZero();
    }

    @Test
    void should_breach_a_first_response_after_the_deadline() {
        // GIVEN created Monday 16:30, answered Tuesday 11:00: 30 min + 2 h
        Ticket t = high("B").interaction(Interaction.agentReply(at("05T11:00"), "ana")).build();
        // WHEN
        SlaOutcome o = sla("05T12:00").outcome(t, SlaTarget.FIRST_RESPONSE);
        // THEN 2 h 30 min used, 30 min overdue, the deadline was Tuesday 10:30
        assertThat(o.status()).isEqualTo(SlaStatus.BREACHED);
        assertThat(o.elapsed()).isEqualTo(Duration.ofMinutes(150));
        assertThat(o.overdue()).isEqualTo(Duration.ofMinutes(30));
        assertThat(o.remaining()).isZero();
        assertThat(o.deadline()).contains(at("05T10:30"));
    }

    @Test
    void should_achieve_a_response_exactly_at_the_deadline() {
        // GIVEN answered Tuesday 10:30, the deadline itself
        Ticket t = high("C").interaction(Interaction.agentReply(at("05T10:30"), "ana")).build();
        // THEN achieved with nothing to spare
        SlaOutcome o = sla("05T12:00").outcome(t, SlaTarget.FIRST_RESPONSE);
        assertThat(o.status()).isEqualTo(SlaStatus.ACHIEVED);
        assertThat(o.remaining()).isZero();
    }

    @Test
    void should_be_in_progress_with_time_remaining_before_the_deadline() {
        // GIVEN not answered; now Tuesday 10:00: 30 min + 1 h used
        Ticket t = high("D").build();
        // WHEN
        SlaOutcome o = sla("05T10:00").outcome(t, SlaTarget.FIRST_RESPONSE);
        // THEN in progress, 30 min remaining, due Tuesday 10:30
        assertThat(o.status()).isEqualTo(SlaStatus.IN_PROGRESS);
        assertThat(o.elapsed()).isEqualTo(Duration.ofMinutes(90));
        assertThat(o.remaining()).isEqualTo(Duration.ofMinutes(30));
        assertThat(o.deadline()).contains(at("05T10:30"));
        assertThat(o.event()).isEmpty();
    }

    @Test
    void should_count_an_overdue_ticket_in_progress_as_breached_by_default_and_in_progress_when_asked() {
        // GIVEN not answered; now Tuesday 12:00: 30 min + 3 h used, 1 h 30 min past the 2 h target
        Ticket t = high("E").build();
        SlaDefinition d = SlaDefinition.of(POLICIES, at("05T12:00"));
        // WHEN counted as breached (the default)
        SlaOutcome breached = SlaCompliance.of(d).outcome(t, SlaTarget.FIRST_RESPONSE);
        SlaTally asBreached = SlaCompliance.of(d).over(List.of(t));
        // AND counted as in progress
        SlaCompliance lenient = SlaCompliance.of(d.withOverdueAsBreached(false));
        SlaOutcome running = lenient.outcome(t, SlaTarget.FIRST_RESPONSE);
        SlaTally asRunning = lenient.over(List.of(t));
        // THEN both are 1 h 30 min overdue past the Tuesday 10:30 deadline
        assertThat(breached.status()).isEqualTo(SlaStatus.BREACHED);
        assertThat(running.status()).isEqualTo(SlaStatus.IN_PROGRESS);
        for (SlaOutcome o : List.of(breached, running)) {
            assertThat(o.overdue()).isEqualTo(Duration.ofMinutes(90));
            assertThat(o.isOverdue()).isTrue();
            assertThat(o.deadline()).contains(at("05T10:30"));
        }
        // AND compliance is 0/1 when breached, undefined (0/0, not 0) when in progress
        assertThat(asBreached.compliance(SlaTarget.FIRST_RESPONSE)).isEqualTo(Ratio.of(0, 1));
        assertThat(asBreached.breaches(SlaTarget.FIRST_RESPONSE)).isEqualTo(1);
        assertThat(asRunning.compliance(SlaTarget.FIRST_RESPONSE)).isEqualTo(Ratio.of(0, 0));
        assertThat(asRunning.compliance(SlaTarget.FIRST_RESPONSE).percent()).isEmpty();
        assertThat(asRunning.counts(SlaTarget.FIRST_RESPONSE).inProgress()).isEqualTo(1);
    }

    @Test
    void should_pause_the_resolution_clock_while_waiting_on_the_customer() {
        // GIVEN created Monday 09:00, opened, pending from 11:00; now Tuesday 12:00
        Ticket t = Ticket.builder("F", at("04T09:00")).priority(Priority.MEDIUM)
                .statusChange(StatusChange.of(at("04T09:00"), Status.OPEN))
                .statusChange(StatusChange.of(at("04T11:00"), Status.PENDING)).status(Status.PENDING).build();
        // WHEN
        SlaOutcome o = sla("05T12:00").outcome(t, SlaTarget.RESOLUTION);
        // THEN paused after 2 h of 16 h; no deadline while paused
        assertThat(o.status()).isEqualTo(SlaStatus.PAUSED);
        assertThat(o.elapsed()).isEqualTo(Duration.ofHours(2));
        assertThat(o.remaining()).isEqualTo(Duration.ofHours(14));
        assertThat(o.deadline()).isEmpty();
    }

    @Test
    void should_resume_the_clock_after_a_pause_and_walk_the_deadline_past_it() {
        // GIVEN open Monday 09:00-11:00, pending to Tuesday 10:00, open, solved Tuesday 15:00
        Ticket t = Ticket.builder("G", at("04T09:00")).priority(Priority.MEDIUM)
                .statusChange(StatusChange.of(at("04T09:00"), Status.OPEN))
                .statusChange(StatusChange.of(at("04T11:00"), Status.PENDING))
                .statusChange(StatusChange.of(at("05T10:00"), Status.OPEN))
                .statusChange(StatusChange.of(at("05T15:00"), Status.SOLVED))
                .resolved(at("05T15:00")).build();
        // WHEN
        SlaOutcome o = sla("08T12:00").outcome(t, SlaTarget.RESOLUTION);
        // THEN 2 h + 5 h = 7 h of 16 h: achieved. The deadline: 9 h left at Tuesday 15:00 -> 2 h on Tuesday,
        // 7 h on Wednesday -> Wednesday 16:00
        assertThat(o.status()).isEqualTo(SlaStatus.ACHIEVED);
        assertThat(o.elapsed()).isEqualTo(Duration.ofHours(7));
        assertThat(o.event()).contains(at("05T15:00"));
        assertThat(o.deadline()).contains(at("06T16:00"));
        // AND with no paused statuses the pending spell counts
        SlaCompliance unpaused = SlaCompliance.of(SlaDefinition.of(POLICIES, at("08T12:00")).withPausedStatuses(Set.of()));
        SlaOutcome u = unpaused.outcome(t, SlaTarget.RESOLUTION);
        // Monday 09:00-17:00 8 h + Tuesday 09:00-15:00 6 h = 14 h: achieved; 2 h left -> due Tuesday 17:00
        assertThat(u.status()).isEqualTo(SlaStatus.ACHIEVED);
        assertThat(u.elapsed()).isEqualTo(Duration.ofHours(14));
        assertThat(u.deadline()).contains(at("05T17:00"));
    }

    @Test
    void should_resolve_at_the_final_resolution_and_not_count_time_while_solved() {
        // GIVEN solved Monday 10:00, reopened Tuesday 09:00, solved again Tuesday 10:00, then closed
        Ticket t = Ticket.builder("H", at("04T09:00")).priority(Priority.HIGH)
                .statusChange(StatusChange.of(at("04T10:00"), Status.SOLVED))
                .statusChange(StatusChange.of(at("05T09:00"), Status.OPEN))
                .statusChange(StatusChange.of(at("05T10:00"), Status.SOLVED))
                .statusChange(StatusChange.of(at("05T11:00"), Status.CLOSED))
                .resolved(at("05T10:00")).closed(at("05T11:00")).build();
        // WHEN
        SlaOutcome o = sla("06T09:00").outcome(t, SlaTarget.RESOLUTION);
        // THEN 1 h + 1 h of SLA time, resolved at the final resolution (not the closing)
        assertThat(o.status()).isEqualTo(SlaStatus.ACHIEVED);
        assertThat(o.elapsed()).isEqualTo(Duration.ofHours(2));
        assertThat(o.event()).contains(at("05T10:00"));
        // AND evaluated between the two resolutions (Monday 12:00), it is resolved at the first one
        assertThat(sla("04T12:00").outcome(t, SlaTarget.RESOLUTION).event()).contains(at("04T10:00"));
        // AND during the reopen (Tuesday 09:30) it is in progress again, 1 h 30 min used
        SlaOutcome reopened = sla("05T09:30").outcome(t, SlaTarget.RESOLUTION);
        assertThat(reopened.status()).isEqualTo(SlaStatus.IN_PROGRESS);
        assertThat(reopened.elapsed()).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void should_not_apply_a_target_the_policy_does_not_set_or_when_no_policy_matches() {
        // GIVEN a low-priority ticket (the Basic fallback: first response only) and a ticket with no priority
        Ticket low = Ticket.builder("L", at("04T09:00")).priority(Priority.LOW).build();
        Ticket none = Ticket.builder("N", at("04T09:00")).build();
        SlaCompliance sla = sla("04T12:00");
        // THEN next response and resolution do not apply to the low ticket; first response does
        assertThat(sla.outcome(low, SlaTarget.RESOLUTION).status()).isEqualTo(SlaStatus.NOT_APPLICABLE);
        assertThat(sla.outcome(low, SlaTarget.RESOLUTION).policy()).contains("Basic");
        assertThat(sla.outcome(low, SlaTarget.FIRST_RESPONSE).status()).isEqualTo(SlaStatus.IN_PROGRESS);
        // AND without a fallback, the ticket with no priority has no policy at all
        SlaCompliance noFallback = SlaCompliance.of(SlaDefinition.of(SlaPolicies.of(URGENT, STANDARD), at("04T12:00")));
        SlaOutcome o = noFallback.outcome(none, SlaTarget.FIRST_RESPONSE);
        assertThat(o.status()).isEqualTo(SlaStatus.NOT_APPLICABLE);
        assertThat(o.policy()).isEmpty();
        assertThat(o.deadline()).isEmpty();
        assertThat(o.remaining()).isZero();
        assertThat(o.overdue()).isZero();
        // AND a ticket created after now is not applicable yet
        Ticket later = high("LATER").build();
        assertThat(sla.outcomes(later).values()).extracting(SlaOutcome::status)
                .containsOnly(SlaStatus.NOT_APPLICABLE);
    }

    @Test
    void should_pick_the_first_matching_policy() {
        // GIVEN a chat policy listed before the urgent one; and an urgent e-mail
        SlaPolicy chat = SlaPolicy.of("Chat", SlaCondition.channel(Channel.CHAT), ALWAYS_OPEN)
                .withTarget(SlaTarget.FIRST_RESPONSE, Duration.ofMinutes(5));
        SlaPolicies policies = SlaPolicies.builder().policy(chat).policy(URGENT).otherwise(BASIC).build();
        Ticket urgentChat = Ticket.builder("UC", at("04T09:00")).priority(Priority.URGENT).channel(Channel.CHAT).build();
        Ticket urgentMail = Ticket.builder("UM", at("04T09:00")).priority(Priority.URGENT).channel(Channel.EMAIL).build();
        Ticket lowMail = Ticket.builder("LM", at("04T09:00")).priority(Priority.LOW).channel(Channel.EMAIL).build();
        // THEN the chat wins for the urgent chat, urgent for the urgent e-mail, the fallback for the rest
        assertThat(policies.policyFor(urgentChat)).contains(chat);
        assertThat(policies.policyFor(urgentMail)).contains(URGENT);
        assertThat(policies.policyFor(lowMail)).contains(BASIC);
        // AND in the other order the urgent policy wins for the urgent chat
        assertThat(SlaPolicies.of(URGENT, chat).policyFor(urgentChat)).contains(URGENT);
        // AND conditions combine
        SlaCondition urgentChats = SlaCondition.priority(Priority.URGENT).and(SlaCondition.channel(Channel.CHAT));
        assertThat(urgentChats.test(urgentChat)).isTrue();
        assertThat(urgentChats.test(urgentMail)).isFalse();
        assertThat(SlaCondition.priority(Priority.HIGH).and(SlaCondition.priority(Priority.LOW)).test(lowMail)).isFalse();
        assertThat(SlaCondition.matching("enterprise", t -> t.attribute("tier").isPresent()).test(lowMail)).isFalse();
        assertThat(SlaCondition.priority(Priority.HIGH, Priority.URGENT))
                .isEqualTo(SlaCondition.priority(Priority.URGENT, Priority.HIGH));
        // AND the urgent policy runs 24x7: created Monday 16:30, answered 17:45 is 75 min > 1 h
        Ticket urgent = Ticket.builder("U", at("04T16:30")).priority(Priority.URGENT)
                .interaction(Interaction.agentReply(at("04T17:45"), "ana")).build();
        SlaOutcome o = sla("05T12:00").outcome(urgent, SlaTarget.FIRST_RESPONSE);
        assertThat(o.status()).isEqualTo(SlaStatus.BREACHED);
        assertThat(o.deadline()).contains(at("04T17:30"));
    }

    @Test
    void should_not_pause_the_first_response_clock_by_default_and_pause_it_when_asked() {
        // GIVEN created Monday 09:00, pending 09:30-13:00, answered 13:30
        Ticket t = Ticket.builder("P", at("04T09:00")).priority(Priority.HIGH)
                .statusChange(StatusChange.of(at("04T09:30"), Status.PENDING))
                .statusChange(StatusChange.of(at("04T13:00"), Status.OPEN))
                .interaction(Interaction.agentReply(at("04T13:30"), "ana")).status(Status.OPEN).build();
        SlaDefinition d = SlaDefinition.of(POLICIES, at("04T16:00"));
        // WHEN
        SlaOutcome byDefault = SlaCompliance.of(d).outcome(t, SlaTarget.FIRST_RESPONSE);
        SlaOutcome paused = SlaCompliance.of(d.withPauseFirstResponse(true)).outcome(t, SlaTarget.FIRST_RESPONSE);
        // THEN by default 4 h 30 min of 2 h: breached; pausing, 30 min + 30 min: achieved
        assertThat(byDefault.status()).isEqualTo(SlaStatus.BREACHED);
        assertThat(byDefault.elapsed()).isEqualTo(Duration.ofMinutes(270));
        assertThat(paused.status()).isEqualTo(SlaStatus.ACHIEVED);
        assertThat(paused.elapsed()).isEqualTo(Duration.ofHours(1));
        assertThat(paused.deadline()).contains(at("04T14:30"));
    }

    @Test
    void should_time_every_reply_and_breach_the_ticket_if_any_pair_breaches() {
        // GIVEN message 09:00 -> reply 09:30; messages 10:00, 11:00 -> reply 15:00 (5 h from 10:00, over 4 h)
        Ticket t = Ticket.builder("R", at("04T09:00")).priority(Priority.HIGH)
                .interaction(Interaction.customerMessage(at("04T09:00")))
                .interaction(Interaction.agentReply(at("04T09:30"), "ana"))
                .interaction(Interaction.customerMessage(at("04T10:00")))
                .interaction(Interaction.customerMessage(at("04T11:00")))
                .interaction(Interaction.agentReply(at("04T15:00"), "ana"))
                .interaction(Interaction.customerMessage(at("04T16:00"))).build();
        // WHEN
        SlaOutcome o = sla("05T09:00").outcome(t, SlaTarget.NEXT_RESPONSE);
        // THEN breached by the second pair, due Monday 14:00
        assertThat(o.status()).isEqualTo(SlaStatus.BREACHED);
        assertThat(o.elapsed()).isEqualTo(Duration.ofHours(5));
        assertThat(o.deadline()).contains(at("04T14:00"));
        assertThat(o.event()).contains(at("04T15:00"));
        // AND before that reply (Monday 13:00) the ticket is in progress on the open pair, 3 h used
        SlaOutcome before = sla("04T13:00").outcome(t, SlaTarget.NEXT_RESPONSE);
        assertThat(before.status()).isEqualTo(SlaStatus.IN_PROGRESS);
        assertThat(before.elapsed()).isEqualTo(Duration.ofHours(3));
        assertThat(before.remaining()).isEqualTo(Duration.ofHours(1));
        // AND at Monday 09:45 the first pair was achieved
        assertThat(sla("04T09:45").outcome(t, SlaTarget.NEXT_RESPONSE).status()).isEqualTo(SlaStatus.ACHIEVED);
        // AND before any customer message there is nothing to respond to
        Ticket silent = Ticket.builder("S", at("04T09:00")).priority(Priority.HIGH).build();
        assertThat(sla("04T12:00").outcome(silent, SlaTarget.NEXT_RESPONSE).status()).isEqualTo(SlaStatus.NOT_APPLICABLE);
    }

    @Test
    void should_fall_back_to_the_recorded_first_response_and_resolution_without_interactions_or_history() {
        // GIVEN a ticket with only recorded instants: responded Monday 10:00, resolved Tuesday 10:00
        Ticket t = Ticket.builder("X", at("04T09:00")).priority(Priority.HIGH).firstResponse(at("04T10:00"))
                .status(Status.SOLVED).resolved(at("05T10:00")).build();
        // THEN first response 1 h achieved; resolution 8 h + 1 h = 9 h achieved
        Map<SlaTarget, SlaOutcome> o = sla("06T09:00").outcomes(t);
        assertThat(o.get(SlaTarget.FIRST_RESPONSE).elapsed()).isEqualTo(Duration.ofHours(1));
        assertThat(o.get(SlaTarget.RESOLUTION).elapsed()).isEqualTo(Duration.ofHours(9));
        assertThat(o.get(SlaTarget.RESOLUTION).status()).isEqualTo(SlaStatus.ACHIEVED);
        assertThat(o.get(SlaTarget.NEXT_RESPONSE).status()).isEqualTo(SlaStatus.NOT_APPLICABLE);
    }

    @Test
    void should_print_the_compliance_table_per_priority() {
        // GIVEN as of Tuesday 12:00: two high tickets (achieved, breached), one overdue medium, one urgent
        // answered in time, one low answered in time, one without priority answered late under Basic
        List<Ticket> tickets = List.of(
                high("A").interaction(Interaction.agentReply(at("05T09:45"), "ana")).build(),
                high("B").interaction(Interaction.agentReply(at("05T11:00"), "ana")).build(),
                Ticket.builder("M", at("04T16:30")).priority(Priority.MEDIUM).build(),
                Ticket.builder("U", at("04T16:30")).priority(Priority.URGENT)
                        .interaction(Interaction.agentReply(at("04T17:00"), "ana")).build(),
                Ticket.builder("L", at("04T16:30")).priority(Priority.LOW)
                        .interaction(Interaction.agentReply(at("05T09:00"), "ana")).build(),
                Ticket.builder("N", at("04T09:00"))
                        .interaction(Interaction.agentReply(at("05T10:00"), "ana")).build());
        // WHEN
        Segmented<Priority, SlaTally> byPriority = sla("05T12:00").by(TicketDimensions.PRIORITY).over(tickets);
        // THEN first response: high 1/2, medium 0/1 (overdue), urgent 1/1, low 1/1, none 0/1 (9 h of 8 h)
        assertThat(byPriority.get(Priority.HIGH).compliance(SlaTarget.FIRST_RESPONSE)).isEqualTo(Ratio.of(1, 2));
        assertThat(byPriority.get(Priority.MEDIUM).compliance(SlaTarget.FIRST_RESPONSE)).isEqualTo(Ratio.of(0, 1));
        assertThat(byPriority.get(Priority.URGENT).compliance(SlaTarget.FIRST_RESPONSE)).isEqualTo(Ratio.of(1, 1));
        assertThat(byPriority.get(Priority.LOW).compliance(SlaTarget.FIRST_RESPONSE)).isEqualTo(Ratio.of(1, 1));
        assertThat(byPriority.absent().compliance(SlaTarget.FIRST_RESPONSE)).isEqualTo(Ratio.of(0, 1));
        assertThat(byPriority.total().compliance(SlaTarget.FIRST_RESPONSE)).isEqualTo(Ratio.of(3, 6));
        assertThat(byPriority.total().breaches(SlaTarget.FIRST_RESPONSE)).isEqualTo(3);
        // AND resolution: urgent 4 h 24x7 from Monday 16:30 is overdue by Tuesday 12:00
        assertThat(byPriority.get(Priority.URGENT).breaches(SlaTarget.RESOLUTION)).isEqualTo(1);
        assertThat(byPriority.get(Priority.HIGH).counts(SlaTarget.RESOLUTION).inProgress()).isEqualTo(2);
        // AND the table prints one row per priority and target, then (none) and total
        String table = SlaTable.of(byPriority);
        assertThat(table.lines().count()).isEqualTo(1 + 6 * 3);
        assertThat(table.lines().findFirst().orElseThrow())
                .startsWith("priority  target          compliance");
        assertThat(table).contains("HIGH      first_response  50.00% (1/2)               1         1"
                + "            0       0     0");
        assertThat(table).contains("LOW       resolution      n/a                        0         0"
                + "            0       0     1");
        assertThat(table).contains("(none)    first_response  0.00% (0/1)");
        assertThat(table).contains("total     first_response  50.00% (3/6)");
    }

    @Test
    void should_segment_by_policy_name() {
        List<Ticket> tickets = List.of(high("A").build(), Ticket.builder("N", at("04T09:00")).build());
        SlaCompliance sla = sla("05T12:00");
        Segmented<String, SlaTally> byPolicy = sla.by(sla.policy()).over(tickets);
        assertThat(byPolicy.segments().keySet()).containsExactly("Basic", "Standard");
        assertThat(byPolicy.dimension()).isEqualTo("sla.policy");
    }

    @Test
    void should_have_its_id_and_definition() {
        SlaDefinition d = SlaDefinition.of(POLICIES, at("05T12:00"));
        assertThat(SlaCompliance.of(d).id()).isEqualTo("sla.compliance");
        assertThat(SlaCompliance.of(d)).isEqualTo(SlaCompliance.of(d));
        assertThat(d.pausedStatuses()).containsExactly(Status.PENDING);
        assertThat(d.pauseFirstResponse()).isFalse();
        assertThat(d.overdueAsBreached()).isTrue();
        assertThat(d.includeBots()).isFalse();
        assertThat(SlaCompliance.of(d).empty()).isEqualTo(SlaTally.EMPTY);
        assertThat(SlaTally.EMPTY.compliance(SlaTarget.RESOLUTION).value()).isEmpty();
    }

    @Test
    void should_count_bot_replies_only_when_asked() {
        Ticket t = high("BOT").interaction(Interaction.botReply(at("04T16:31"))).build();
        SlaDefinition d = SlaDefinition.of(POLICIES, at("05T09:00"));
        assertThat(SlaCompliance.of(d).outcome(t, SlaTarget.FIRST_RESPONSE).status()).isEqualTo(SlaStatus.IN_PROGRESS);
        assertThat(SlaCompliance.of(d.withIncludeBots(true)).outcome(t, SlaTarget.FIRST_RESPONSE).status())
                .isEqualTo(SlaStatus.ACHIEVED);
    }

    @Test
    void should_refuse_invalid_policies_conditions_and_counts() {
        assertThatThrownBy(() -> SlaPolicy.of(" ", SlaCondition.always(), ALWAYS_OPEN))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("name must not be blank: \" \"");
        assertThatThrownBy(() -> BASIC.withTarget(SlaTarget.RESOLUTION, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("target RESOLUTION must be positive: policy Basic, PT0S");
        assertThatThrownBy(() -> BASIC.withTarget(SlaTarget.RESOLUTION, Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("target RESOLUTION must be positive: policy Basic, PT-1H");
        assertThatThrownBy(() -> SlaPolicies.builder().policy(BASIC).otherwise(BASIC).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("policy names must be unique: \"Basic\" twice");
        assertThatThrownBy(() -> SlaCondition.matching("", t -> true))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("description must not be blank: \"\"");
        assertThatThrownBy(() -> SlaDefinition.of(POLICIES, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("now");
        assertThatThrownBy(() -> new SlaCounts(0, -1, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("breached must not be negative: -1");
        assertThatThrownBy(() -> new SlaTally(new SlaCounts(1, 0, 0, 0, 0), SlaCounts.EMPTY, SlaCounts.EMPTY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("every target must count the same tickets: first response 1, next response 0, resolution 0");
        assertThatThrownBy(() -> new SlaOutcome(SlaTarget.RESOLUTION, SlaStatus.ACHIEVED, Optional.empty(),
                Optional.empty(), Duration.ZERO, Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("allowed must be present when status is ACHIEVED: RESOLUTION");
        assertThatThrownBy(() -> new SlaOutcome(SlaTarget.RESOLUTION, SlaStatus.NOT_APPLICABLE, Optional.empty(),
                Optional.empty(), Duration.ofSeconds(-1), Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("elapsed must not be negative: PT-1S");
    }
}
