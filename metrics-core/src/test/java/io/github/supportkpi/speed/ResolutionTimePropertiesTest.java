package io.github.supportkpi.speed;

import io.github.supportkpi.domain.ResolutionPoint;
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

class ResolutionTimePropertiesTest implements TallyContract<Ticket, DurationStats> {
    private static final ResolutionTime FIRST =
            ResolutionTime.of(ResolutionTimeDefinition.DEFAULT.withPoint(ResolutionPoint.FIRST));

    @Override
    public Metric<Ticket, DurationStats> metric() {
        return ResolutionTime.defaults();
    }

    @Override
    public Gen<List<Ticket>> records() {
        return Sources.tickets();
    }

    @Override
    public Dimension<? super Ticket, ?> dimension() {
        return TicketDimensions.CATEGORY;
    }

    @Override
    public DoubleStream values(DurationStats tally) {
        return tally.meanSeconds().stream();
    }

    @Test
    void should_be_between_zero_and_the_age_at_resolution_in_calendar_time() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.tickets()).checkAssert(ts -> {
            for (Ticket t : ts) {
                DurationStats s = ResolutionTime.defaults().over(List.of(t));
                if (t.isResolved()) {
                    Duration age = Duration.between(t.created(), t.resolved().get());
                    assertThat(s.count()).isEqualTo(1);
                    assertThat(s.min().get()).isBetween(Duration.ZERO, age);
                } else {
                    assertThat(s.unmeasured()).isEqualTo(1);
                }
            }
        });
    }

    @Test
    void should_measure_every_resolved_ticket_and_count_the_rest() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.tickets()).checkAssert(ts -> {
            DurationStats s = ResolutionTime.defaults().over(ts);
            long resolved = ts.stream().filter(Ticket::isResolved).count();
            assertThat(s.count()).isEqualTo(resolved);
            assertThat(s.unmeasured()).isEqualTo(ts.size() - resolved);
        });
    }

    @Test
    void should_reach_the_first_resolution_no_later_than_the_final() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.ticketsWithHistory()).checkAssert(generated -> {
            for (Ticket t : generated) {
                DurationStats fin = ResolutionTime.defaults().over(List.of(t));
                DurationStats first = FIRST.over(List.of(t));
                assertThat(first.count()).isGreaterThanOrEqualTo(fin.count());
                if (fin.count() == 1) {
                    assertThat(first.max().get()).isLessThanOrEqualTo(fin.max().get());
                }
                assertThat(first.count()).isEqualTo(t.firstResolved().isPresent() ? 1 : 0);
            }
        });
    }
}
