package io.github.supportkpi.quality;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

/** Late reopen rate and reopen rate under a reopen window, over tickets with a status history. */
class LateReopenRatePropertiesTest implements TallyContract<Ticket, Ratio> {
    private static final ReopenRateDefinition TWO_DAYS = ReopenRateDefinition.DEFAULT
            .withReopenWindow(Duration.ofDays(2));

    @Override
    public Metric<Ticket, Ratio> metric() {
        return LateReopenRate.of(TWO_DAYS);
    }

    /** Tickets with a status history (timed reopens) and tickets with a reopen count only. */
    @Override
    public Gen<List<Ticket>> records() {
        return Sources.ticketsWithHistory().zip(Sources.tickets(), (a, b) -> {
            List<Ticket> all = new ArrayList<>(a);
            all.addAll(b);
            return all;
        });
    }

    @Override
    public Dimension<? super Ticket, ?> dimension() {
        return TicketDimensions.CHANNEL;
    }

    @Override
    public DoubleStream values(Ratio tally) {
        return tally.percent().stream();
    }

    @Test
    void reopens_and_late_reopens_add_up_to_the_reopens_without_a_window() {
        AtomicLong late = new AtomicLong();
        qt().withExamples(EXAMPLES).forAll(records(), longs().between(1, 30L * 24 * 3600)).checkAssert((ts, s) -> {
            ReopenRateDefinition window = ReopenRateDefinition.DEFAULT.withReopenWindow(Duration.ofSeconds(s));
            for (TicketDenominator denominator : TicketDenominator.values()) {
                ReopenRateDefinition d = window.withDenominator(denominator);
                Ratio unbounded = ReopenRate.of(d.withoutReopenWindow()).over(ts);
                Ratio reopened = ReopenRate.of(d).over(ts);
                Ratio lateOnly = LateReopenRate.of(d).over(ts);
                assertThat(reopened.numerator() + lateOnly.numerator()).isEqualTo(unbounded.numerator());
                assertThat(reopened.denominator()).isEqualTo(unbounded.denominator())
                        .isEqualTo(lateOnly.denominator());
                late.addAndGet(lateOnly.numerator());
            }
            // per ticket: the reopens split, never more than the reopen count
            for (Ticket t : ts) {
                int within = window.reopens(t);
                assertThat(within).isBetween(0, t.reopenCount());
                assertThat(within + window.lateReopens(t)).isEqualTo(t.reopenCount());
            }
        });
        assertThat(late.get()).as("the generated tickets have late reopens").isPositive();
    }

    @Test
    void no_window_and_a_window_longer_than_any_ticket_change_nothing() {
        ReopenRateDefinition forever = ReopenRateDefinition.DEFAULT.withReopenWindow(Duration.ofDays(3650));
        qt().withExamples(EXAMPLES).forAll(records()).checkAssert(ts -> {
            Ratio today = ReopenRate.defaults().over(ts);
            assertThat(ReopenRate.of(ReopenRateDefinition.DEFAULT.withoutReopenWindow()).over(ts)).isEqualTo(today);
            assertThat(ReopenRate.of(forever).over(ts)).isEqualTo(today);
            assertThat(today.numerator()).isEqualTo(ts.stream().filter(Ticket::isReopened).count());
            assertThat(LateReopenRate.of(ReopenRateDefinition.DEFAULT).over(ts).numerator()).isZero();
            assertThat(LateReopenRate.of(forever).over(ts).numerator()).isZero();
        });
    }

    @Test
    void a_longer_window_never_counts_fewer_reopens() {
        qt().withExamples(EXAMPLES).forAll(records(), longs().between(1, 10L * 24 * 3600), longs().between(0, 10L * 24 * 3600))
                .checkAssert((ts, shortSeconds, more) -> {
                    ReopenRateDefinition shorter = ReopenRateDefinition.DEFAULT
                            .withReopenWindow(Duration.ofSeconds(shortSeconds));
                    ReopenRateDefinition longer = ReopenRateDefinition.DEFAULT
                            .withReopenWindow(Duration.ofSeconds(shortSeconds + more));
                    assertThat(ReopenRate.of(longer).over(ts).numerator())
                            .isGreaterThanOrEqualTo(ReopenRate.of(shorter).over(ts).numerator());
                    for (Ticket t : ts) {
                        assertThat(longer.reopens(t)).isGreaterThanOrEqualTo(shorter.reopens(t));
                    }
                });
    }

    @Test
    void reopen_rate_with_a_window_splits_and_merges_to_the_whole_in_any_order() {
        ReopenRate windowed = ReopenRate.of(TWO_DAYS);
        qt().withExamples(EXAMPLES).forAll(records(), records()).checkAssert((a, b) -> {
            List<Ticket> all = new ArrayList<>(a);
            all.addAll(b);
            assertThat(windowed.over(a).plus(windowed.over(b))).isEqualTo(windowed.over(all));
            List<Ticket> reversed = new ArrayList<>(all);
            Collections.reverse(reversed);
            assertThat(windowed.over(reversed)).isEqualTo(windowed.over(all));
            windowed.over(all).percent().ifPresent(p -> assertThat(p).isBetween(0.0, 100.0));
        });
    }
}
