package io.github.supportkpi.speed;

import io.github.supportkpi.domain.InteractionKind;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import java.util.List;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

class AverageReplyTimePropertiesTest implements TallyContract<Ticket, DurationStats> {
    @Override
    public Metric<Ticket, DurationStats> metric() {
        return AverageReplyTime.defaults();
    }

    @Override
    public Gen<List<Ticket>> records() {
        return Sources.tickets();
    }

    @Override
    public Dimension<? super Ticket, ?> dimension() {
        return TicketDimensions.PRIORITY;
    }

    @Override
    public DoubleStream values(DurationStats tally) {
        return tally.meanSeconds().stream();
    }

    @Test
    void should_make_no_more_pairs_than_customer_messages_nor_than_replies() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.tickets()).checkAssert(ts -> {
            DurationStats s = AverageReplyTime.defaults().over(ts);
            long messages = ts.stream().flatMap(t -> t.interactions().stream())
                    .filter(i -> i.kind() == InteractionKind.CUSTOMER_MESSAGE).count();
            long replies = ts.stream().mapToLong(t -> t.replyCount(false)).sum();
            assertThat(s.count() + s.unmeasured()).isLessThanOrEqualTo(messages);
            assertThat(s.count()).isLessThanOrEqualTo(replies);
        });
    }

    @Test
    void should_measure_at_least_as_many_pairs_with_bots() {
        Metric<Ticket, DurationStats> bots = AverageReplyTime.of(ResponseDefinition.DEFAULT.withIncludeBots(true));
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.tickets()).checkAssert(ts -> {
            for (Ticket t : ts) {
                assertThat(bots.over(List.of(t)).count())
                        .isGreaterThanOrEqualTo(AverageReplyTime.defaults().over(List.of(t)).count());
            }
        });
    }

    @Test
    void should_have_its_mean_within_min_and_max() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.tickets()).checkAssert(ts -> {
            DurationStats s = AverageReplyTime.defaults().over(ts);
            s.mean().ifPresent(m -> assertThat(m).isBetween(s.min().get(), s.max().get()));
        });
    }
}
