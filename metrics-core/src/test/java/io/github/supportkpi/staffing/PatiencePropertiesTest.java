package io.github.supportkpi.staffing;

import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.InteractionDimensions;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import java.time.Duration;
import java.util.List;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

/** The tally contract of {@link Patience}, and properties of its estimates over generated calls. */
class PatiencePropertiesTest implements TallyContract<Interaction, Patience> {
    @Override
    public Metric<Interaction, Patience> metric() {
        return Patience.metric();
    }

    @Override
    public Gen<List<Interaction>> records() {
        return Sources.calls();
    }

    @Override
    public Dimension<? super Interaction, ?> dimension() {
        return InteractionDimensions.CHANNEL;
    }

    @Override
    public DoubleStream values(Patience tally) {
        DoubleStream.Builder b = DoubleStream.builder();
        tally.mean().ifPresent(d -> b.add(d.toNanos() / 1e9));
        tally.percentile(50).ifPresent(d -> b.add(d.toNanos() / 1e9));
        return b.build();
    }

    @Test
    void should_estimate_a_mean_at_least_the_mean_abandoned_wait_and_percentiles_that_never_fall() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.calls()).checkAssert(calls -> {
            Patience p = Patience.metric().over(calls);
            p.mean().ifPresent(m -> assertThat(m).isGreaterThanOrEqualTo(p.abandoned().mean().orElseThrow()));
            Duration previous = Duration.ZERO;
            for (double q = 5; q < 100; q += 5) {
                Duration d = p.percentile(q).orElse(null);
                if (d == null) {
                    for (double r = q; r < 100; r += 5) {
                        assertThat(p.percentile(r)).as("p%s after an empty p%s", r, q).isEmpty();
                    }
                    break;
                }
                assertThat(d).isGreaterThanOrEqualTo(previous);
                previous = d;
            }
        });
    }
}
