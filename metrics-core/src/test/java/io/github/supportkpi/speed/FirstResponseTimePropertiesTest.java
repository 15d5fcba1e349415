package io.github.supportkpi.speed;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import java.time.Duration;
import java.util.List;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

class FirstResponseTimePropertiesTest implements TallyContract<Ticket, DurationStats> {
    private static final FirstResponseTime HUMAN = FirstResponseTime.defaults();
    private static final FirstResponseTime WITH_BOTS =
            FirstResponseTime.of(ResponseDefinition.DEFAULT.withIncludeBots(true));

    @Override
    public Metric<Ticket, DurationStats> metric() {
        return HUMAN;
    }

    @Override
    public Gen<List<Ticket>> records() {
        return Sources.tickets();
    }

    @Override
    public Dimension<? super Ticket, ?> dimension() {
        return TicketDimensions.CHANNEL;
    }

    @Override
    public DoubleStream values(DurationStats tally) {
        return tally.meanSeconds().stream();
    }

    @Test
    void should_respond_no_later_with_bots_for_every_ticket() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.tickets()).checkAssert(ts -> {
            for (Ticket t : ts) {
                DurationStats human = HUMAN.over(List.of(t));
                DurationStats bots = WITH_BOTS.over(List.of(t));
                assertThat(bots.count()).isGreaterThanOrEqualTo(human.count());
                if (human.count() == 1) {
                    assertThat(bots.mean().get()).isLessThanOrEqualTo(human.mean().get());
                }
            }
            assertThat(WITH_BOTS.over(ts).count()).isGreaterThanOrEqualTo(HUMAN.over(ts).count());
        });
    }

    @Test
    void should_measure_or_count_every_ticket() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.tickets()).checkAssert(ts -> {
            DurationStats s = HUMAN.over(ts);
            assertThat(s.count() + s.unmeasured()).isEqualTo(ts.size());
        });
    }

    @Test
    void should_have_percentiles_monotone_in_p_and_mean_within_min_max() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.tickets(), doubles().between(0, 100),
                doubles().between(0, 100)).checkAssert((ts, p, q) -> {
            DurationStats s = HUMAN.over(ts);
            if (s.count() == 0) {
                assertThat(s.percentile(p)).isEmpty();
                return;
            }
            Duration lo = s.percentile(Math.min(p, q)).get();
            Duration hi = s.percentile(Math.max(p, q)).get();
            assertThat(lo).isLessThanOrEqualTo(hi);
            assertThat(s.mean().get()).isBetween(s.min().get(), s.max().get());
        });
    }
}
