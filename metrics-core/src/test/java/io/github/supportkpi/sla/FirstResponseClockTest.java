package io.github.supportkpi.sla;

import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.Status;
import io.github.supportkpi.domain.StatusChange;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.UnrepliedResolution;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.speed.FirstResponseTime;
import io.github.supportkpi.speed.ResponseDefinition;
import io.github.supportkpi.testing.RandomRecords;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.time.BusinessCalendar;
import io.github.supportkpi.time.ElapsedTime;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

/**
 * First response time and the SLA first-response target under the one rule they share for a ticket solved
 * before its first reply ({@link UnrepliedResolution}), 24x7 in UTC on Monday 2024-03-04 with a 2 h target.
 */
class FirstResponseClockTest {
    private static final BusinessCalendar ALWAYS_OPEN = BusinessCalendar.twentyFourSeven(ZoneOffset.UTC);

    private static SlaPolicies policies(Duration target) {
        return SlaPolicies.of(SlaPolicy.of("All", SlaCondition.always(), ALWAYS_OPEN)
                .withTarget(SlaTarget.FIRST_RESPONSE, target));
    }

    private static final SlaPolicies TWO_HOURS = policies(Duration.ofHours(2));

    private static Instant at(String time) {
        return Instant.parse("2024-03-04T" + time + ":00Z");
    }

    /** Created 09:00; solved 10:00 without a reply; reopened 11:30 and replied to 12:00; solved 12:30. */
    private static final Ticket SOLVED_BEFORE_REPLY = Ticket.builder("T-1", at("09:00"))
            .interaction(Interaction.customerMessage(at("09:00")))
            .statusChange(StatusChange.of(at("10:00"), Status.SOLVED))
            .statusChange(StatusChange.of(at("11:30"), Status.OPEN))
            .interaction(Interaction.customerMessage(at("11:30")))
            .interaction(Interaction.agentReply(at("12:00"), "ann"))
            .statusChange(StatusChange.of(at("12:30"), Status.SOLVED))
            .resolved(at("12:30"))
            .build();

    /** Created 09:00; solved 10:00 and never replied to. */
    private static final Ticket SOLVED_WITHOUT_REPLY = Ticket.builder("T-2", at("09:00"))
            .interaction(Interaction.customerMessage(at("09:00")))
            .statusChange(StatusChange.of(at("10:00"), Status.SOLVED))
            .resolved(at("10:00"))
            .build();

    private static DurationStats frt(UnrepliedResolution rule, Ticket... tickets) {
        return FirstResponseTime.of(ResponseDefinition.DEFAULT.withUnrepliedResolution(rule)).over(List.of(tickets));
    }

    private static SlaCompliance sla(UnrepliedResolution rule, String now) {
        return SlaCompliance.of(SlaDefinition.of(TWO_HOURS, at(now)).withUnrepliedResolution(rule));
    }

    @Test
    void should_by_default_let_a_solve_leave_the_customer_waiting_in_frt_and_in_the_sla_alike() {
        // WHEN first response time and the 2 h target under the default rule
        DurationStats frt = FirstResponseTime.defaults().over(List.of(SOLVED_BEFORE_REPLY));
        SlaOutcome o = SlaCompliance.of(SlaDefinition.of(TWO_HOURS, at("18:00")))
                .outcome(SOLVED_BEFORE_REPLY, SlaTarget.FIRST_RESPONSE);
        // THEN FRT runs 09:00 -> 12:00 = 3 h, and so does the SLA clock, through the solved 10:00-11:30: 3 h > 2 h
        assertThat(frt.mean()).contains(Duration.ofHours(3));
        assertThat(o.status()).isEqualTo(SlaStatus.BREACHED);
        assertThat(o.elapsed()).isEqualTo(Duration.ofHours(3));
        assertThat(o.event()).contains(at("12:00"));
        assertThat(o.deadline()).contains(at("11:00"));
        assertThat(o.overdue()).isEqualTo(Duration.ofHours(1));
        // AND the tally counts it breached
        assertThat(SlaCompliance.of(SlaDefinition.of(TWO_HOURS, at("18:00"))).over(List.of(SOLVED_BEFORE_REPLY))
                .firstResponse()).isEqualTo(new SlaCounts(0, 1, 0, 0, 0));
    }

    @Test
    void should_end_the_clock_at_the_solve_in_frt_and_in_the_sla_alike_when_the_rule_says_so() {
        // WHEN a solve ends the clock
        DurationStats frt = frt(UnrepliedResolution.SOLVE_ENDS_CLOCK, SOLVED_BEFORE_REPLY);
        SlaOutcome o = sla(UnrepliedResolution.SOLVE_ENDS_CLOCK, "18:00")
                .outcome(SOLVED_BEFORE_REPLY, SlaTarget.FIRST_RESPONSE);
        // THEN both end at the solve at 10:00: 1 h <= 2 h
        assertThat(frt.mean()).contains(Duration.ofHours(1));
        assertThat(o.status()).isEqualTo(SlaStatus.ACHIEVED);
        assertThat(o.elapsed()).isEqualTo(Duration.ofHours(1));
        assertThat(o.event()).contains(at("10:00"));
        assertThat(o.remaining()).isEqualTo(Duration.ofHours(1));
        assertThat(sla(UnrepliedResolution.SOLVE_ENDS_CLOCK, "18:00").over(List.of(SOLVED_BEFORE_REPLY))
                .firstResponse()).isEqualTo(new SlaCounts(1, 0, 0, 0, 0));
        // AND the trend bucket of first response time is that solve
        assertThat(FirstResponseTime.of(ResponseDefinition.DEFAULT
                .withUnrepliedResolution(UnrepliedResolution.SOLVE_ENDS_CLOCK)).bucketInstant().orElseThrow()
                .apply(SOLVED_BEFORE_REPLY)).isEqualTo(at("10:00"));
    }

    @Test
    void should_keep_a_ticket_solved_without_a_reply_unanswered_by_default() {
        // WHEN never replied to: FRT has nothing to measure
        DurationStats frt = FirstResponseTime.defaults().over(List.of(SOLVED_WITHOUT_REPLY));
        assertThat(frt.count()).isZero();
        assertThat(frt.unmeasured()).isEqualTo(1);
        assertThat(frt.mean()).isEmpty();
        // THEN the SLA clock runs on through the solve: at 10:30, 1.5 h of 2 h used, in progress
        SlaOutcome early = sla(UnrepliedResolution.STAYS_UNANSWERED, "10:30")
                .outcome(SOLVED_WITHOUT_REPLY, SlaTarget.FIRST_RESPONSE);
        assertThat(early.status()).isEqualTo(SlaStatus.IN_PROGRESS);
        assertThat(early.elapsed()).isEqualTo(Duration.ofMinutes(90));
        assertThat(early.deadline()).contains(at("11:00"));
        // AND at 18:00, 9 h used: overdue, breached; never achieved
        SlaOutcome late = sla(UnrepliedResolution.STAYS_UNANSWERED, "18:00")
                .outcome(SOLVED_WITHOUT_REPLY, SlaTarget.FIRST_RESPONSE);
        assertThat(late.status()).isEqualTo(SlaStatus.BREACHED);
        assertThat(late.elapsed()).isEqualTo(Duration.ofHours(9));
        assertThat(late.event()).isEmpty();
        assertThat(sla(UnrepliedResolution.STAYS_UNANSWERED, "18:00").clock()
                .status(SOLVED_WITHOUT_REPLY, SlaTarget.FIRST_RESPONSE)).isEqualTo(SlaStatus.BREACHED);
    }

    @Test
    void should_measure_a_ticket_solved_without_a_reply_to_its_solve_when_a_solve_ends_the_clock() {
        // WHEN the solve at 10:00 is the first response
        DurationStats frt = frt(UnrepliedResolution.SOLVE_ENDS_CLOCK, SOLVED_WITHOUT_REPLY, SOLVED_BEFORE_REPLY);
        SlaOutcome o = sla(UnrepliedResolution.SOLVE_ENDS_CLOCK, "18:00")
                .outcome(SOLVED_WITHOUT_REPLY, SlaTarget.FIRST_RESPONSE);
        // THEN both tickets measure 1 h, and the target is achieved at 10:00
        assertThat(frt.count()).isEqualTo(2);
        assertThat(frt.unmeasured()).isZero();
        assertThat(frt.mean()).contains(Duration.ofHours(1));
        assertThat(o.status()).isEqualTo(SlaStatus.ACHIEVED);
        assertThat(o.event()).contains(at("10:00"));
        assertThat(o.elapsed()).isEqualTo(Duration.ofHours(1));
        // AND before the solve, at 09:30, the clock runs
        assertThat(sla(UnrepliedResolution.SOLVE_ENDS_CLOCK, "09:30")
                .outcome(SOLVED_WITHOUT_REPLY, SlaTarget.FIRST_RESPONSE).status()).isEqualTo(SlaStatus.IN_PROGRESS);
    }

    @Test
    void should_apply_the_rule_to_a_ticket_without_a_status_history() {
        // GIVEN created 09:00, resolved 10:00 (no history: NEW, then SOLVED from 10:00), replied to at 12:00
        Ticket t = Ticket.builder("T-3", at("09:00")).status(Status.SOLVED).resolved(at("10:00"))
                .interaction(Interaction.customerMessage(at("09:00")))
                .interaction(Interaction.agentReply(at("12:00"), "ann"))
                .build();
        // THEN by default 3 h in both; with a solve ending the clock 1 h in both
        assertThat(FirstResponseTime.defaults().over(List.of(t)).mean()).contains(Duration.ofHours(3));
        assertThat(sla(UnrepliedResolution.STAYS_UNANSWERED, "18:00").outcome(t, SlaTarget.FIRST_RESPONSE).elapsed())
                .isEqualTo(Duration.ofHours(3));
        assertThat(sla(UnrepliedResolution.STAYS_UNANSWERED, "18:00").clock().status(t, SlaTarget.FIRST_RESPONSE))
                .isEqualTo(SlaStatus.BREACHED);
        assertThat(frt(UnrepliedResolution.SOLVE_ENDS_CLOCK, t).mean()).contains(Duration.ofHours(1));
        assertThat(sla(UnrepliedResolution.SOLVE_ENDS_CLOCK, "18:00").clock().status(t, SlaTarget.FIRST_RESPONSE))
                .isEqualTo(SlaStatus.ACHIEVED);
    }

    @Test
    void should_still_pause_the_first_response_clock_in_paused_statuses_only_when_asked() {
        // GIVEN created 09:00, pending 09:30-10:30, replied to 11:00
        Ticket t = Ticket.builder("T-4", at("09:00"))
                .interaction(Interaction.customerMessage(at("09:00")))
                .statusChange(StatusChange.of(at("09:30"), Status.PENDING))
                .statusChange(StatusChange.of(at("10:30"), Status.OPEN))
                .interaction(Interaction.agentReply(at("11:00"), "ann"))
                .status(Status.OPEN)
                .build();
        SlaDefinition d = SlaDefinition.of(TWO_HOURS, at("18:00"));
        // THEN 2 h by default (pending does not stop it); 1 h when the first-response clock pauses
        assertThat(SlaCompliance.of(d).outcome(t, SlaTarget.FIRST_RESPONSE).elapsed()).isEqualTo(Duration.ofHours(2));
        assertThat(SlaCompliance.of(d.withPauseFirstResponse(true)).outcome(t, SlaTarget.FIRST_RESPONSE).elapsed())
                .isEqualTo(Duration.ofHours(1));
        // AND a resolved status stops the other clocks but not the first-response one
        assertThat(d.stops(Status.SOLVED, SlaTarget.FIRST_RESPONSE)).isFalse();
        assertThat(d.stops(Status.SOLVED, SlaTarget.NEXT_RESPONSE)).isTrue();
        assertThat(d.stops(Status.CLOSED, SlaTarget.RESOLUTION)).isTrue();
        assertThat(d.withPauseFirstResponse(true).stops(Status.PENDING, SlaTarget.FIRST_RESPONSE)).isTrue();
    }

    @Test
    void should_default_to_the_same_rule_in_both_definitions_and_refuse_null() {
        SlaDefinition d = SlaDefinition.of(TWO_HOURS, at("18:00"));
        assertThat(d.unrepliedResolution()).isEqualTo(UnrepliedResolution.STAYS_UNANSWERED)
                .isEqualTo(ResponseDefinition.DEFAULT.unrepliedResolution());
        assertThat(new SlaDefinition(TWO_HOURS, EnumSet.of(Status.PENDING), false, true, false, at("18:00")))
                .isEqualTo(d);
        assertThat(new ResponseDefinition(false, ElapsedTime.CALENDAR)).isEqualTo(ResponseDefinition.DEFAULT);
        assertThatThrownBy(() -> d.withUnrepliedResolution(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("unrepliedResolution");
        assertThatThrownBy(() -> ResponseDefinition.DEFAULT.withUnrepliedResolution(null))
                .isInstanceOf(NullPointerException.class).hasMessage("unrepliedResolution");
        assertThat(FirstResponseTime.defaults().definition()).isNotEqualTo(FirstResponseTime.of(ResponseDefinition
                .DEFAULT.withUnrepliedResolution(UnrepliedResolution.SOLVE_ENDS_CLOCK)).definition());
    }

    // ---- properties ----

    private static final Instant NOW = RandomRecords.EPOCH.plus(Duration.ofDays(28));

    /** Tickets with a status history and tickets with recorded instants. */
    private static List<Ticket> both(List<Ticket> a, List<Ticket> b) {
        List<Ticket> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void frt_within_the_target_iff_the_sla_first_response_is_achieved_under_either_rule() {
        AtomicLong rulesDiffer = new AtomicLong();
        AtomicLong unanswered = new AtomicLong();
        for (UnrepliedResolution rule : UnrepliedResolution.values()) {
            qt().withExamples(100).forAll(Sources.ticketsWithHistory(), Sources.tickets(), integers().between(1, 72))
                    .checkAssert((a, b, hours) -> {
                        Duration target = Duration.ofHours(hours);
                        SlaCompliance sla = SlaCompliance.of(SlaDefinition.of(policies(target), NOW)
                                .withUnrepliedResolution(rule));
                        FirstResponseTime frt = FirstResponseTime.of(ResponseDefinition.DEFAULT
                                .withUnrepliedResolution(rule));
                        long within = 0;
                        long beyond = 0;
                        long open = 0;
                        List<Ticket> tickets = both(a, b);
                        for (Ticket t : tickets) {
                            if (t.created().isAfter(NOW)) {
                                continue;
                            }
                            Optional<Instant> first = rule.firstResponse(t, false);
                            if (!first.equals(UnrepliedResolution.SOLVE_ENDS_CLOCK.firstResponse(t, false))) {
                                rulesDiffer.incrementAndGet();
                            }
                            SlaOutcome o = sla.outcome(t, SlaTarget.FIRST_RESPONSE);
                            assertThat(sla.clock().status(t, SlaTarget.FIRST_RESPONSE)).as("%s", t)
                                    .isEqualTo(o.status());
                            DurationStats measured = frt.over(List.of(t));
                            if (first.isPresent() && !first.get().isAfter(NOW)) {
                                Duration d = measured.mean().orElseThrow();
                                // the SLA time is the first response time, and the status follows it
                                assertThat(o.elapsed()).as("%s", t).isEqualTo(d);
                                assertThat(o.status() == SlaStatus.ACHIEVED).as("%s", t)
                                        .isEqualTo(d.compareTo(target) <= 0);
                                assertThat(o.status() == SlaStatus.BREACHED).as("%s", t)
                                        .isEqualTo(d.compareTo(target) > 0);
                                if (d.compareTo(target) <= 0) {
                                    within++;
                                } else {
                                    beyond++;
                                }
                            } else {
                                // no first response by now: never achieved
                                assertThat(o.status()).as("%s", t).isIn(SlaStatus.IN_PROGRESS, SlaStatus.BREACHED);
                                open++;
                                if (first.isEmpty()) {
                                    unanswered.incrementAndGet();
                                    assertThat(measured.count()).as("%s", t).isZero();
                                    assertThat(measured.unmeasured()).as("%s", t).isEqualTo(1);
                                }
                            }
                        }
                        // AND the tally of the pass counts the same
                        SlaCounts c = sla.over(tickets).firstResponse();
                        assertThat(c.achieved()).isEqualTo(within);
                        assertThat(c.breached() + c.inProgress()).isEqualTo(beyond + open);
                        assertThat(c.paused()).isZero();
                    });
        }
        // the generated tickets include both cases the rule decides
        assertThat(rulesDiffer.get()).isPositive();
        assertThat(unanswered.get()).isPositive();
    }

    @Test
    void a_solve_ending_the_clock_never_measures_longer_and_measures_every_ticket_the_default_does() {
        ResponseDefinition solveEnds = ResponseDefinition.DEFAULT
                .withUnrepliedResolution(UnrepliedResolution.SOLVE_ENDS_CLOCK);
        qt().withExamples(150).forAll(Sources.ticketsWithHistory(), Sources.tickets()).checkAssert((a, b) -> {
            List<Ticket> tickets = both(a, b);
            DurationStats stays = FirstResponseTime.defaults().over(tickets);
            DurationStats ends = FirstResponseTime.of(solveEnds).over(tickets);
            // the same tickets are counted; a solve can only turn unmeasured into measured
            assertThat(ends.count() + ends.unmeasured()).isEqualTo(stays.count() + stays.unmeasured());
            assertThat(ends.count()).isGreaterThanOrEqualTo(stays.count());
            for (Ticket t : tickets) {
                Optional<Duration> s = FirstResponseTime.defaults().over(List.of(t)).mean();
                Optional<Duration> e = FirstResponseTime.of(solveEnds).over(List.of(t)).mean();
                s.ifPresent(v -> assertThat(e.orElseThrow()).as("%s", t).isLessThanOrEqualTo(v));
            }
            // AND the default rule is the first reply, as before the knob
            assertThat(stays).isEqualTo(FirstResponseTime.of(new ResponseDefinition(false, ElapsedTime.CALENDAR))
                    .over(tickets));
        });
    }

    @Test
    void either_rule_splits_and_merges_to_the_whole_and_the_default_changes_nothing() {
        SlaDefinition d = SlaDefinition.of(policies(Duration.ofHours(4)), NOW);
        SlaCompliance solveEnds = SlaCompliance.of(d.withUnrepliedResolution(UnrepliedResolution.SOLVE_ENDS_CLOCK));
        qt().withExamples(150).forAll(Sources.ticketsWithHistory(), Sources.tickets()).checkAssert((a, b) -> {
            List<Ticket> all = both(a, b);
            assertThat(solveEnds.over(a).plus(solveEnds.over(b))).isEqualTo(solveEnds.over(all));
            // the default rule, named or not, gives the same tally
            assertThat(SlaCompliance.of(d.withUnrepliedResolution(UnrepliedResolution.STAYS_UNANSWERED)).over(all))
                    .isEqualTo(SlaCompliance.of(d).over(all));
            // a solve ending the clock never achieves fewer first responses, and never touches the others
            SlaTally stays = SlaCompliance.of(d).over(all);
            SlaTally ends = solveEnds.over(all);
            assertThat(ends.firstResponse().achieved()).isGreaterThanOrEqualTo(stays.firstResponse().achieved());
            assertThat(ends.nextResponse()).isEqualTo(stays.nextResponse());
            assertThat(ends.resolution()).isEqualTo(stays.resolution());
        });
    }
}
