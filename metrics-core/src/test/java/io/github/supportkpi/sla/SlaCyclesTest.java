package io.github.supportkpi.sla;

import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.testing.RandomRecords;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.time.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

/**
 * "Ever breached" against "last cycle" for the next-response target, whose every unanswered customer message
 * and its reply is a cycle: 24x7 in UTC on Monday 2024-03-04, a 1 h target.
 */
class SlaCyclesTest {
    private static final BusinessCalendar ALWAYS_OPEN = BusinessCalendar.twentyFourSeven(ZoneOffset.UTC);

    private static SlaPolicies policies(Duration target) {
        return SlaPolicies.of(SlaPolicy.of("All", SlaCondition.always(), ALWAYS_OPEN)
                .withTarget(SlaTarget.FIRST_RESPONSE, target)
                .withTarget(SlaTarget.NEXT_RESPONSE, target)
                .withTarget(SlaTarget.RESOLUTION, target.multipliedBy(8)));
    }

    private static Instant at(String time) {
        return Instant.parse("2024-03-04T" + time + ":00Z");
    }

    private static SlaDefinition definition(String now) {
        return SlaDefinition.of(policies(Duration.ofHours(1)), at(now));
    }

    /** Customer 09:00, reply 11:00 (2 h: breached); customer 12:00, reply 12:30 (30 min: met). */
    private static final Ticket BREACHED_THEN_MET = Ticket.builder("T-1", at("09:00"))
            .interaction(Interaction.customerMessage(at("09:00")))
            .interaction(Interaction.agentReply(at("11:00"), "ann"))
            .interaction(Interaction.customerMessage(at("12:00")))
            .interaction(Interaction.agentReply(at("12:30"), "ann"))
            .build();

    /** Customer 09:00, reply 09:20 (met); customer 10:00, reply 12:00 (2 h: breached). */
    private static final Ticket MET_THEN_BREACHED = Ticket.builder("T-2", at("09:00"))
            .interaction(Interaction.customerMessage(at("09:00")))
            .interaction(Interaction.agentReply(at("09:20"), "ann"))
            .interaction(Interaction.customerMessage(at("10:00")))
            .interaction(Interaction.agentReply(at("12:00"), "ann"))
            .build();

    /** Customer 09:00, reply 11:00 (breached); customer 13:00, unanswered. */
    private static final Ticket BREACHED_THEN_OPEN = Ticket.builder("T-3", at("09:00"))
            .interaction(Interaction.customerMessage(at("09:00")))
            .interaction(Interaction.agentReply(at("11:00"), "ann"))
            .interaction(Interaction.customerMessage(at("13:00")))
            .build();

    @Test
    void should_count_a_breach_in_any_cycle_by_default_as_everbreached_does() {
        SlaCompliance ever = SlaCompliance.of(definition("13:30"));
        // THEN each ticket breached a cycle: breached
        SlaOutcome first = ever.outcome(BREACHED_THEN_MET, SlaTarget.NEXT_RESPONSE);
        assertThat(first.status()).isEqualTo(SlaStatus.BREACHED);
        assertThat(first.event()).contains(at("11:00"));            // the first breached pair
        assertThat(first.elapsed()).isEqualTo(Duration.ofHours(2));
        assertThat(ever.outcome(MET_THEN_BREACHED, SlaTarget.NEXT_RESPONSE).status()).isEqualTo(SlaStatus.BREACHED);
        assertThat(ever.outcome(BREACHED_THEN_OPEN, SlaTarget.NEXT_RESPONSE).status()).isEqualTo(SlaStatus.BREACHED);
        assertThat(ever.over(List.of(BREACHED_THEN_MET, MET_THEN_BREACHED, BREACHED_THEN_OPEN)).nextResponse())
                .isEqualTo(new SlaCounts(0, 3, 0, 0, 0));
        assertThat(definition("13:30").everBreached()).isTrue();
    }

    @Test
    void should_stand_as_the_last_cycle_when_only_the_last_counts_as_breached_does() {
        SlaCompliance last = SlaCompliance.of(definition("13:30").withEverBreached(false));
        // THEN T-1's last pair 12:00 -> 12:30 met the hour: achieved, 30 min used
        SlaOutcome first = last.outcome(BREACHED_THEN_MET, SlaTarget.NEXT_RESPONSE);
        assertThat(first.status()).isEqualTo(SlaStatus.ACHIEVED);
        assertThat(first.event()).contains(at("12:30"));
        assertThat(first.elapsed()).isEqualTo(Duration.ofMinutes(30));
        // AND T-2's last pair 10:00 -> 12:00 breached: 2 h used
        SlaOutcome second = last.outcome(MET_THEN_BREACHED, SlaTarget.NEXT_RESPONSE);
        assertThat(second.status()).isEqualTo(SlaStatus.BREACHED);
        assertThat(second.event()).contains(at("12:00"));
        // AND T-3's open pair from 13:00 is 30 min in, in progress, due 14:00
        SlaOutcome third = last.outcome(BREACHED_THEN_OPEN, SlaTarget.NEXT_RESPONSE);
        assertThat(third.status()).isEqualTo(SlaStatus.IN_PROGRESS);
        assertThat(third.deadline()).contains(at("14:00"));
        // AND the tally: 1 achieved, 1 breached, 1 in progress; compliance 1 / 2
        SlaCounts c = last.over(List.of(BREACHED_THEN_MET, MET_THEN_BREACHED, BREACHED_THEN_OPEN)).nextResponse();
        assertThat(c).isEqualTo(new SlaCounts(1, 1, 1, 0, 0));
        assertThat(c.compliance().percent()).hasValue(50.0);
        // AND at 14:30 T-3's open pair is overdue: breached
        assertThat(SlaCompliance.of(definition("14:30").withEverBreached(false))
                .outcome(BREACHED_THEN_OPEN, SlaTarget.NEXT_RESPONSE).status()).isEqualTo(SlaStatus.BREACHED);
    }

    // ---- properties ----

    private static final Instant NOW = RandomRecords.EPOCH.plus(Duration.ofDays(28));

    private static List<Ticket> both(List<Ticket> a, List<Ticket> b) {
        List<Ticket> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void ever_breached_counts_at_least_the_last_cycle_breaches_and_one_cycle_targets_do_not_change() {
        AtomicLong differ = new AtomicLong();
        qt().withExamples(150).forAll(Sources.ticketsWithHistory(), Sources.tickets(), integers().between(1, 48))
                .checkAssert((a, b, hours) -> {
                    List<Ticket> ts = both(a, b);
                    SlaDefinition ever = SlaDefinition.of(policies(Duration.ofHours(hours)), NOW);
                    SlaDefinition last = ever.withEverBreached(false);
                    SlaTally e = SlaCompliance.of(ever).over(ts);
                    SlaTally l = SlaCompliance.of(last).over(ts);
                    // more breaches, never more achieved; the undecided and not applicable are the same
                    assertThat(e.breaches(SlaTarget.NEXT_RESPONSE))
                            .isGreaterThanOrEqualTo(l.breaches(SlaTarget.NEXT_RESPONSE));
                    assertThat(e.nextResponse().achieved()).isLessThanOrEqualTo(l.nextResponse().achieved());
                    assertThat(e.nextResponse().notApplicable()).isEqualTo(l.nextResponse().notApplicable());
                    // first response and resolution have one cycle: the knob changes nothing there
                    assertThat(l.firstResponse()).isEqualTo(e.firstResponse());
                    assertThat(l.resolution()).isEqualTo(e.resolution());
                    for (Ticket t : ts) {
                        SlaStatus se = SlaCompliance.of(ever).clock().status(t, SlaTarget.NEXT_RESPONSE);
                        SlaStatus sl = SlaCompliance.of(last).clock().status(t, SlaTarget.NEXT_RESPONSE);
                        if (se != sl) {
                            differ.incrementAndGet();
                            // only a ticket breached in an earlier cycle can differ
                            assertThat(se).as("%s", t).isEqualTo(SlaStatus.BREACHED);
                        }
                        if (sl == SlaStatus.BREACHED) {
                            assertThat(se).as("%s", t).isEqualTo(SlaStatus.BREACHED);
                        }
                    }
                    // AND the default is ever breached
                    assertThat(SlaCompliance.of(ever.withEverBreached(true)).over(ts)).isEqualTo(e);
                });
        assertThat(differ.get()).as("the generated tickets have a breached cycle before a met one").isPositive();
    }

    @Test
    void the_last_cycle_tally_splits_and_merges_to_the_whole() {
        SlaCompliance last = SlaCompliance.of(SlaDefinition.of(policies(Duration.ofHours(4)), NOW)
                .withEverBreached(false));
        qt().withExamples(150).forAll(Sources.ticketsWithHistory(), Sources.tickets()).checkAssert((a, b) -> {
            List<Ticket> ts = both(a, b);
            assertThat(last.over(a).plus(last.over(b))).isEqualTo(last.over(ts));
            List<Ticket> reversed = new ArrayList<>(ts);
            Collections.reverse(reversed);
            assertThat(last.over(reversed)).isEqualTo(last.over(ts));
        });
    }
}
