package io.github.supportkpi.workload;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.Mean;
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

class RepliesPerTicketPropertiesTest implements TallyContract<Ticket, Mean> {
    @Override
    public Metric<Ticket, Mean> metric() {
        return RepliesPerTicket.defaults();
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
    public DoubleStream values(Mean tally) {
        return tally.value().stream();
    }

    @Test
    void should_not_fall_when_bot_replies_count() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.tickets()).checkAssert(ts -> {
            Mean human = RepliesPerTicket.defaults().over(ts);
            Mean all = RepliesPerTicket.of(ReplyDefinition.DEFAULT.withIncludeBots(true)).over(ts);
            assertThat(all.count()).isEqualTo(human.count());
            assertThat(all.sum()).isGreaterThanOrEqualTo(human.sum());
            human.value().ifPresent(v -> assertThat(v).isNotNegative());
        });
    }
}
