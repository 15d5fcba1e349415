package io.github.supportkpi.benchmarks;

import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.Priority;
import io.github.supportkpi.domain.Ticket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The benchmark's variants give the library's numbers on generated tickets, and its check catches a
 * difference. Timings are never asserted here.
 */
class StandardReportAgreementTest {
    private final LibraryReport library = new LibraryReport();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void should_give_the_library_numbers_by_every_variant(long seed) throws Exception {
        // GIVEN a few thousand generated tickets and the library's report of them
        List<Ticket> tickets = Tickets.generate(3_000, seed);
        StandardReport reference = library.over(tickets);

        // WHEN every other variant computes the report THEN each agrees exactly (check throws otherwise)
        reference.check("naive, seed " + seed, NaiveReport.over(tickets, Tickets.NOW), Tolerance.EXACT);
        try (DuckDbReport db = DuckDbReport.load(tickets, Tickets.NOW)) {
            db.threads(2);
            reference.check("duckdb, seed " + seed, db.report(), Tolerance.EXACT);
        }
        ForkJoinPool pool = new ForkJoinPool(2);
        try {
            StandardReport parallel = pool.submit(() -> library.collect(tickets.parallelStream())).join();
            reference.check("collector, seed " + seed, parallel, Tolerance.EXACT);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void should_generate_tickets_whose_sla_clocks_are_achieved_breached_and_still_running() {
        // GIVEN the generated tickets' report
        StandardReport report = library.over(Tickets.generate(20_000, StandardReportBenchmark.SEED));

        // THEN the SLA figures are not trivial: some achieved, some breached, some undecided at NOW
        for (ChannelFigures f : report.channels().values()) {
            assertThat(f.firstResponseAchieved()).isPositive();
            assertThat(f.firstResponseBreached()).isPositive();
            assertThat(f.resolutionAchieved()).isPositive();
            assertThat(f.resolutionBreached()).isPositive();
            assertThat(f.resolutionAchieved() + f.resolutionBreached()).isLessThan(f.volume());
            assertThat(f.reopened()).isPositive();
            assertThat(f.fcrResolved()).isBetween(1L, f.resolved() - 1);
        }
    }

    @Test
    void should_count_sla_outcomes_as_worked_by_hand_in_every_variant() throws Exception {
        // GIVEN three urgent email tickets (targets 1 h to the first reply, 8 h to the resolution), at NOW:
        Instant t0 = Tickets.NOW.minus(Duration.ofDays(2));
        List<Ticket> tickets = List.of(
                // answered after 30 min, resolved after 2 h: both achieved
                ticket("A", t0, t0.plusSeconds(1800), t0.plusSeconds(7200)),
                // never answered, resolved after 3 h: its first-response clock stopped at 3 h, past 1 h: breached;
                // resolution achieved
                ticket("B", t0, null, t0.plusSeconds(3 * 3600)),
                // created 30 min before NOW, answered and resolved after NOW: both clocks still running
                ticket("C", Tickets.NOW.minusSeconds(1800), Tickets.NOW.plusSeconds(60), Tickets.NOW.plusSeconds(600)));
        StandardReport reference = library.over(tickets);

        // THEN the library counts what the example says
        ChannelFigures email = reference.channels().get("email");
        assertThat(new long[] {email.firstResponseAchieved(), email.firstResponseBreached(),
                email.resolutionAchieved(), email.resolutionBreached()}).containsExactly(1, 1, 2, 0);
        // AND the naive streams and the SQL agree with it
        reference.check("naive", NaiveReport.over(tickets, Tickets.NOW), Tolerance.EXACT);
        try (DuckDbReport db = DuckDbReport.load(tickets, Tickets.NOW)) {
            reference.check("duckdb", db.report(), Tolerance.EXACT);
        }
    }

    private static Ticket ticket(String id, Instant created, Instant reply, Instant resolved) {
        Ticket.Builder b = Ticket.builder(id, created).channel(Channel.EMAIL).priority(Priority.URGENT)
                .interaction(Interaction.customerMessage(created));
        if (reply != null) {
            b.interaction(Interaction.agentReply(reply, "agent-1"));
        }
        return b.resolved(resolved).build();
    }

    @Test
    void should_name_the_variant_channel_and_first_differing_figure() {
        // GIVEN a report and a copy whose email median first response time is one nanosecond longer
        StandardReport reference = library.over(Tickets.generate(2_000, 7));
        ChannelFigures e = reference.channels().get("email");
        StandardReport off = with("email", new ChannelFigures(e.volume(), e.resolved(), e.resolutionRateNumerator(),
                e.resolutionRateDenominator(), e.frtCount(), e.frtMeanNanos(), e.frtMedianNanos() + 1,
                e.resolutionTimeCount(), e.resolutionTimeMeanNanos(), e.resolutionTimeP90Nanos(), e.fcrResolved(),
                e.fcrEligible(), e.reopened(), e.reopenEligible(), e.escalated(), e.escalationEligible(),
                e.firstResponseAchieved(), e.firstResponseBreached(), e.resolutionAchieved(), e.resolutionBreached()),
                reference);

        // WHEN it is checked exactly THEN the message names the variant, the channel, the figure and both values
        assertThatThrownBy(() -> reference.check("one off", off, Tolerance.EXACT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("\"one off\"")
                .hasMessageContaining("channel email, frt.median = " + (e.frtMedianNanos() + 1)
                        + ", reference " + e.frtMedianNanos());
        // AND within a relative tolerance of a sketch it passes
        reference.check("one off", off, Tolerance.percentilesWithin(0.004));
    }

    @Test
    void should_refuse_a_count_that_differs_even_within_a_tolerance() {
        // GIVEN a copy with one more escalated email ticket
        StandardReport reference = library.over(Tickets.generate(2_000, 8));
        ChannelFigures e = reference.channels().get("email");
        StandardReport off = with("email", new ChannelFigures(e.volume(), e.resolved(), e.resolutionRateNumerator(),
                e.resolutionRateDenominator(), e.frtCount(), e.frtMeanNanos(), e.frtMedianNanos(),
                e.resolutionTimeCount(), e.resolutionTimeMeanNanos(), e.resolutionTimeP90Nanos(), e.fcrResolved(),
                e.fcrEligible(), e.reopened(), e.reopenEligible(), e.escalated() + 1, e.escalationEligible(),
                e.firstResponseAchieved(), e.firstResponseBreached(), e.resolutionAchieved(), e.resolutionBreached()),
                reference);

        // THEN counts are compared exactly whatever the tolerance
        assertThatThrownBy(() -> reference.check("one more", off, Tolerance.percentilesWithin(0.5)))
                .hasMessageContaining("escalation.rate.numerator");
    }

    private static StandardReport with(String channel, ChannelFigures figures, StandardReport report) {
        TreeMap<String, ChannelFigures> m = new TreeMap<>(report.channels());
        m.put(channel, figures);
        return new StandardReport(m);
    }
}
