package io.github.supportkpi.workload;

import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Count;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.Frequencies;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.Segmented;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import java.util.List;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

class VolumeByChannelPropertiesTest implements TallyContract<Ticket, Frequencies<Channel>> {
    @Override
    public Metric<Ticket, Frequencies<Channel>> metric() {
        return VolumeByChannel.defaults();
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
    public DoubleStream values(Frequencies<Channel> tally) {
        return tally.counts().keySet().stream().mapToDouble(k -> tally.share(k).percent().orElseThrow());
    }

    @Test
    void should_add_up_to_the_ticket_volume() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.tickets()).checkAssert(ts -> {
            Frequencies<Channel> byChannel = VolumeByChannel.defaults().over(ts);
            long sum = byChannel.absent() + byChannel.counts().values().stream().mapToLong(Long::longValue).sum();
            assertThat(sum).isEqualTo(byChannel.total()).isEqualTo(TicketVolume.defaults().over(ts).value());
            Segmented<Channel, Count> segmented = TicketVolume.defaults().by(TicketDimensions.CHANNEL).over(ts);
            byChannel.counts().forEach((c, n) -> assertThat(segmented.get(c).value()).isEqualTo(n));
            assertThat(segmented.absent().value()).isEqualTo(byChannel.absent());
        });
    }

    @Test
    void should_give_shares_within_0_and_100_percent() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.tickets()).checkAssert(ts -> {
            Frequencies<Channel> byChannel = VolumeByChannel.defaults().over(ts);
            byChannel.counts().keySet().forEach(c ->
                    assertThat(byChannel.share(c).percent().orElseThrow()).isBetween(0.0, 100.0));
        });
    }
}
