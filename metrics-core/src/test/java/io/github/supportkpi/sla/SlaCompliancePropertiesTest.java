package io.github.supportkpi.sla;

import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.Priority;
import io.github.supportkpi.domain.Status;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.UnrepliedResolution;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.testing.RandomRecords;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import io.github.supportkpi.time.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

class SlaCompliancePropertiesTest implements TallyContract<Ticket, SlaTally> {
    /** Four weeks into the six generated weeks: some tickets are created later. */
    private static final Instant NOW = RandomRecords.EPOCH.plus(Duration.ofDays(28));
    private static final BusinessCalendar BERLIN_NINE_TO_FIVE = BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
            .weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0)).build();
    private static final BusinessCalendar ALWAYS_OPEN = BusinessCalendar.twentyFourSeven(ZoneOffset.UTC);

    /** Urgent on the given calendar, high on business hours (or the given calendar), the rest a fallback. */
    private static SlaPolicies policies(BusinessCalendar business) {
        return SlaPolicies.builder()
                .policy(SlaPolicy.of("Urgent", SlaCondition.priority(Priority.URGENT), ALWAYS_OPEN)
                        .withTarget(SlaTarget.FIRST_RESPONSE, Duration.ofHours(4))
                        .withTarget(SlaTarget.RESOLUTION, Duration.ofDays(3)))
                .policy(SlaPolicy.of("High", SlaCondition.priority(Priority.HIGH), business)
                        .withTarget(SlaTarget.FIRST_RESPONSE, Duration.ofHours(8))
                        .withTarget(SlaTarget.NEXT_RESPONSE, Duration.ofHours(8))
                        .withTarget(SlaTarget.RESOLUTION, Duration.ofDays(2)))
                .otherwise(SlaPolicy.of("Other", SlaCondition.always(), business)
                        .withTarget(SlaTarget.FIRST_RESPONSE, Duration.ofDays(1))
                        .withTarget(SlaTarget.NEXT_RESPONSE, Duration.ofDays(1))
                        .withTarget(SlaTarget.RESOLUTION, Duration.ofDays(5)))
                .build();
    }

    private static final SlaDefinition DEFINITION = SlaDefinition.of(policies(BERLIN_NINE_TO_FIVE), NOW);

    @Override
    public Metric<Ticket, SlaTally> metric() {
        return SlaCompliance.of(DEFINITION);
    }

    /** Tickets with a status history, and tickets with interactions and recorded instants. */
    @Override
    public Gen<List<Ticket>> records() {
        return Sources.ticketsWithHistory().zip(Sources.tickets(), (a, b) -> {
            List<Ticket> all = new ArrayList<>(a);
            all.addAll(b);
            return new AbstractList<Ticket>() {
                @Override
                public Ticket get(int i) {
                    return all.get(i);
                }

                @Override
                public int size() {
                    return all.size();
                }

                @Override
                public String toString() {
                    return a + " and " + b;
                }
            };
        });
    }

    @Override
    public Dimension<? super Ticket, ?> dimension() {
        return TicketDimensions.PRIORITY;
    }

    @Override
    public DoubleStream values(SlaTally t) {
        DoubleStream.Builder b = DoubleStream.builder();
        for (SlaTarget target : SlaTarget.values()) {
            t.compliance(target).percent().ifPresent(b::add);
        }
        return b.build();
    }

    @Test
    void compliance_is_a_percentage_and_the_statuses_add_up_to_the_tickets() {
        qt().withExamples(EXAMPLES).forAll(records()).checkAssert(ts -> {
            SlaTally tally = metric().over(ts);
            for (SlaTarget target : SlaTarget.values()) {
                SlaCounts c = tally.counts(target);
                assertThat(c.achieved() + c.breached() + c.inProgress() + c.paused() + c.notApplicable())
                        .isEqualTo(ts.size());
                tally.compliance(target).percent().ifPresent(p -> assertThat(p).isBetween(0.0, 100.0));
                assertThat(tally.breaches(target)).isEqualTo(c.breached());
            }
            assertThat(tally.sampleSize()).isEqualTo(ts.size());
        });
    }

    @Test
    void the_tally_counts_each_tickets_status_against_each_target_under_any_definition() {
        // GIVEN definitions that pause or not, count bots or not, evaluate at different instants, on either calendar
        List<SlaDefinition> definitions = new ArrayList<>();
        for (BusinessCalendar business : List.of(BERLIN_NINE_TO_FIVE, ALWAYS_OPEN)) {
            for (Instant now : List.of(NOW, RandomRecords.EPOCH.plus(Duration.ofDays(3)), Instant.parse("2199-12-31T00:00:00Z"))) {
                SlaDefinition d = SlaDefinition.of(policies(business), now);
                definitions.add(d);
                definitions.add(d.withPausedStatuses(Set.of()).withIncludeBots(true));
                definitions.add(d.withPausedStatuses(EnumSet.of(Status.PENDING, Status.ON_HOLD)).withPauseFirstResponse(true)
                        .withOverdueAsBreached(false));
            }
        }
        qt().withExamples(EXAMPLES / 5).forAll(records()).checkAssert(ts -> {
            for (SlaDefinition d : definitions) {
                // WHEN tallied in one pass, THEN each count is the number of tickets the clock gives that status
                SlaCompliance sla = SlaCompliance.of(d);
                SlaTally tally = sla.over(ts);
                for (SlaTarget target : SlaTarget.values()) {
                    SlaCounts c = tally.counts(target);
                    long[] expected = new long[SlaStatus.values().length];
                    for (Ticket t : ts) {
                        expected[sla.clock().status(t, target).ordinal()]++;
                    }
                    assertThat(new long[] {c.achieved(), c.breached(), c.inProgress(), c.paused(), c.notApplicable()})
                            .as("%s %s", d, target)
                            .containsExactly(expected[SlaStatus.ACHIEVED.ordinal()], expected[SlaStatus.BREACHED.ordinal()],
                                    expected[SlaStatus.IN_PROGRESS.ordinal()], expected[SlaStatus.PAUSED.ordinal()],
                                    expected[SlaStatus.NOT_APPLICABLE.ordinal()]);
                }
            }
        });
    }

    @Test
    void pausing_never_increases_elapsed_sla_time_nor_turns_achieved_into_breached() {
        SlaDefinition unpaused = DEFINITION.withPausedStatuses(Set.of()).withPauseFirstResponse(true);
        SlaDefinition paused = unpaused.withPausedStatuses(EnumSet.of(Status.PENDING));
        SlaDefinition pausedMore = unpaused.withPausedStatuses(EnumSet.of(Status.PENDING, Status.ON_HOLD));
        qt().withExamples(EXAMPLES).forAll(records()).checkAssert(ts -> {
            for (Ticket t : ts) {
                for (SlaTarget target : SlaTarget.values()) {
                    SlaOutcome u = SlaCompliance.of(unpaused).outcome(t, target);
                    for (SlaDefinition d : List.of(paused, pausedMore)) {
                        SlaOutcome p = SlaCompliance.of(d).outcome(t, target);
                        if (u.status() == SlaStatus.ACHIEVED) {
                            assertThat(p.status()).as("%s %s", t, target).isEqualTo(SlaStatus.ACHIEVED);
                        }
                        if (p.status() == SlaStatus.BREACHED) {
                            assertThat(u.status()).as("%s %s", t, target).isEqualTo(SlaStatus.BREACHED);
                        }
                        if (target != SlaTarget.NEXT_RESPONSE) { // one clock: the same span is measured
                            assertThat(p.elapsed()).as("%s %s", t, target).isLessThanOrEqualTo(u.elapsed());
                        }
                    }
                }
            }
        });
    }

    @Test
    void with_a_24x7_calendar_and_no_pauses_elapsed_sla_time_is_calendar_time() {
        SlaCompliance sla = SlaCompliance.of(SlaDefinition.of(policies(ALWAYS_OPEN), NOW).withPausedStatuses(Set.of()));
        SlaCompliance solveEnds = SlaCompliance.of(sla.definedBy()
                .withUnrepliedResolution(UnrepliedResolution.SOLVE_ENDS_CLOCK));
        qt().withExamples(EXAMPLES).forAll(records()).checkAssert(ts -> {
            for (Ticket t : ts) {
                if (t.created().isAfter(NOW) || t.reopenCount() > 0) {
                    continue; // not applicable; a reopened ticket's clock stops while it is solved
                }
                // the clocks stop at the event or at now; a solve stops the first-response clock only when
                // it ends it, and the resolution clock at the (only) resolution
                Instant resolution = t.firstResolved().filter(r -> !r.isAfter(NOW)).orElse(NOW);
                Instant reply = firstReply(t);
                Instant replyOrNow = reply == null || reply.isAfter(NOW) ? NOW : reply;
                assertThat(sla.outcome(t, SlaTarget.FIRST_RESPONSE).elapsed()).as("%s", t)
                        .isEqualTo(Duration.between(t.created(), replyOrNow));
                Instant responseStop = min(resolution, replyOrNow);
                assertThat(solveEnds.outcome(t, SlaTarget.FIRST_RESPONSE).elapsed()).as("%s", t)
                        .isEqualTo(Duration.between(t.created(), responseStop));
                assertThat(sla.outcome(t, SlaTarget.RESOLUTION).elapsed()).as("%s", t)
                        .isEqualTo(Duration.between(t.created(), resolution));
                // and a decided first response's deadline is the creation plus the target
                SlaOutcome o = solveEnds.outcome(t, SlaTarget.FIRST_RESPONSE);
                if (o.status().isDecided() && !resolution.isBefore(o.deadline().orElseThrow())) {
                    assertThat(o.deadline()).contains(t.created().plus(o.allowed().orElseThrow()));
                }
            }
        });
    }

    @Test
    void elapsed_sla_time_never_exceeds_calendar_time_and_remaining_plus_elapsed_is_the_target() {
        SlaCompliance sla = SlaCompliance.of(DEFINITION);
        qt().withExamples(EXAMPLES).forAll(records()).checkAssert(ts -> {
            for (Ticket t : ts) {
                for (SlaOutcome o : sla.outcomes(t).values()) {
                    if (o.status() == SlaStatus.NOT_APPLICABLE) {
                        assertThat(o.elapsed()).isZero();
                        continue;
                    }
                    assertThat(o.elapsed()).isLessThanOrEqualTo(Duration.between(t.created(), NOW));
                    Duration allowed = o.allowed().orElseThrow();
                    assertThat(o.remaining().plus(o.elapsed()).minus(o.overdue())).isEqualTo(allowed);
                    assertThat(o.status() == SlaStatus.BREACHED).isEqualTo(o.isOverdue());
                    if (o.status() == SlaStatus.IN_PROGRESS || o.status().isDecided()) {
                        assertThat(o.deadline()).as("%s %s", t, o).isPresent();
                    }
                }
            }
        });
    }

    @Test
    void counting_overdue_clocks_as_breached_only_moves_them_from_in_progress_and_paused_to_breached() {
        SlaCompliance strict = SlaCompliance.of(DEFINITION);
        SlaCompliance lenient = SlaCompliance.of(DEFINITION.withOverdueAsBreached(false));
        qt().withExamples(EXAMPLES).forAll(records()).checkAssert(ts -> {
            SlaTally s = strict.over(ts);
            SlaTally l = lenient.over(ts);
            for (SlaTarget target : SlaTarget.values()) {
                SlaCounts a = s.counts(target);
                SlaCounts b = l.counts(target);
                assertThat(a.achieved()).isEqualTo(b.achieved());
                assertThat(a.notApplicable()).isEqualTo(b.notApplicable());
                assertThat(a.breached()).isGreaterThanOrEqualTo(b.breached());
                assertThat(a.breached() + a.inProgress() + a.paused()).isEqualTo(b.breached() + b.inProgress() + b.paused());
            }
        });
    }

    @Test
    void the_tally_counts_the_status_the_clock_gives_each_ticket_with_or_without_its_deadline() {
        SlaClock clock = SlaClock.of(DEFINITION);
        qt().withExamples(EXAMPLES).forAll(records()).checkAssert(ts -> {
            long[] achieved = new long[SlaTarget.values().length];
            for (Ticket t : ts) {
                for (SlaTarget target : SlaTarget.values()) {
                    SlaOutcome o = clock.outcome(t, target);
                    assertThat(clock.status(t, target)).as("%s %s", t, target).isEqualTo(o.status());
                    assertThat(clock.outcomes(t).get(target)).isEqualTo(o);
                    assertThat(SlaCompliance.of(DEFINITION).outcome(t, target)).isEqualTo(o);
                    if (o.status() == SlaStatus.ACHIEVED) {
                        achieved[target.ordinal()]++;
                    }
                }
            }
            SlaTally tally = metric().over(ts);
            for (SlaTarget target : SlaTarget.values()) {
                assertThat(tally.counts(target).achieved()).isEqualTo(achieved[target.ordinal()]);
            }
        });
    }

    private static Instant firstReply(Ticket t) {
        if (t.interactions().isEmpty()) {
            return t.firstResponse().orElse(null);
        }
        for (Interaction i : t.interactions()) {
            if (i.isReply(false)) {
                return i.at();
            }
        }
        return null;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
