package io.github.supportkpi.contact;

import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.InteractionDimensions;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import java.time.Duration;
import java.util.List;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

class AbandonmentRatePropertiesTest implements TallyContract<Interaction, Ratio> {
    @Override
    public Metric<Interaction, Ratio> metric() {
        return AbandonmentRate.of(AbandonmentDefinition.DEFAULT.withShortAbandonThreshold(Duration.ofSeconds(5)));
    }

    @Override
    public Gen<List<Interaction>> records() {
        return Sources.calls();
    }

    @Override
    public Dimension<? super Interaction, ?> dimension() {
        return InteractionDimensions.AGENT;
    }

    @Override
    public DoubleStream values(Ratio tally) {
        return tally.percent().stream();
    }

    @Test
    void should_stay_within_0_and_100_percent() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.interactions()).checkAssert(is ->
                AbandonmentRate.defaults().over(is).percent().ifPresent(p -> assertThat(p).isBetween(0.0, 100.0)));
    }

    @Test
    void should_never_rise_as_the_short_abandon_threshold_grows() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.calls()).checkAssert(calls -> {
            Ratio previous = AbandonmentRate.defaults().over(calls);
            for (long seconds : new long[] {1, 5, 10, 30, 60, 120, 300, 600}) {
                Ratio r = AbandonmentRate.of(
                        AbandonmentDefinition.DEFAULT.withShortAbandonThreshold(Duration.ofSeconds(seconds))).over(calls);
                if (r.denominator() > 0) {
                    // a/n >= (a-k)/(n-k): compare exactly as a * (n-k) >= (a-k) * n
                    assertThat(previous.numerator() * r.denominator())
                            .as("threshold %d s: %s then %s", seconds, previous, r)
                            .isGreaterThanOrEqualTo(r.numerator() * previous.denominator());
                }
                assertThat(r.denominator() - r.numerator()).as("answered calls stay").isEqualTo(
                        previous.denominator() - previous.numerator());
                previous = r;
            }
        });
    }

    @Test
    void should_count_every_offered_call_without_a_threshold() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.calls()).checkAssert(calls -> {
            Ratio r = AbandonmentRate.defaults().over(calls);
            assertThat(r.denominator()).isEqualTo(calls.stream().filter(Interaction::isOffered).count());
            assertThat(r.numerator()).isEqualTo(calls.stream().filter(i -> i.isOffered() && i.abandoned()).count());
        });
    }
}
