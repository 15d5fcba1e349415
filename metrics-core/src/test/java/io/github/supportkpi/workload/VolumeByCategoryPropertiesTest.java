package io.github.supportkpi.workload;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.Frequencies;
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

class VolumeByCategoryPropertiesTest implements TallyContract<Ticket, Frequencies<String>> {
    @Override
    public Metric<Ticket, Frequencies<String>> metric() {
        return VolumeByCategory.defaults();
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
    public DoubleStream values(Frequencies<String> tally) {
        return tally.counts().keySet().stream().mapToDouble(k -> tally.share(k).percent().orElseThrow());
    }

    @Test
    void should_add_up_to_the_ticket_volume() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.tickets()).checkAssert(ts -> {
            Frequencies<String> byCategory = VolumeByCategory.defaults().over(ts);
            long sum = byCategory.absent() + byCategory.counts().values().stream().mapToLong(Long::longValue).sum();
            assertThat(sum).isEqualTo(TicketVolume.defaults().over(ts).value());
            assertThat(byCategory.top(3)).hasSizeLessThanOrEqualTo(3);
        });
    }
}
