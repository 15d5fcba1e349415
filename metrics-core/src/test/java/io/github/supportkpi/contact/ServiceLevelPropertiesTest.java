package io.github.supportkpi.contact;

import io.github.supportkpi.contact.ServiceLevelDefinition.Abandons;
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

class ServiceLevelPropertiesTest implements TallyContract<Interaction, Ratio> {
    @Override
    public Metric<Interaction, Ratio> metric() {
        return ServiceLevel.defaults();
    }

    @Override
    public Gen<List<Interaction>> records() {
        return Sources.interactions();
    }

    @Override
    public Dimension<? super Interaction, ?> dimension() {
        return InteractionDimensions.CHANNEL;
    }

    @Override
    public DoubleStream values(Ratio tally) {
        return tally.percent().stream();
    }

    @Test
    void should_stay_within_0_and_100_percent() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.calls()).checkAssert(calls -> {
            for (Abandons a : Abandons.values()) {
                ServiceLevel.of(ServiceLevelDefinition.DEFAULT.withAbandons(a)).over(calls).percent()
                        .ifPresent(p -> assertThat(p).isBetween(0.0, 100.0));
            }
        });
    }

    @Test
    void should_never_fall_as_the_target_grows() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.calls()).checkAssert(calls -> {
            for (Abandons a : Abandons.values()) {
                ServiceLevelDefinition d = ServiceLevelDefinition.DEFAULT.withAbandons(a)
                        .withShortAbandonThreshold(Duration.ofSeconds(10));
                Ratio previous = ServiceLevel.of(d.withTarget(Duration.ZERO)).over(calls);
                for (long seconds : new long[] {5, 10, 20, 30, 60, 120, 300}) {
                    Ratio r = ServiceLevel.of(d.withTarget(Duration.ofSeconds(seconds))).over(calls);
                    assertThat(r.denominator()).isEqualTo(previous.denominator());
                    assertThat(r.numerator()).as("%s, target %d s", a, seconds)
                            .isGreaterThanOrEqualTo(previous.numerator());
                    previous = r;
                }
            }
        });
    }

    @Test
    void should_not_fall_when_abandons_within_target_count_as_met() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.calls()).checkAssert(calls -> {
            Ratio strict = ServiceLevel.defaults().over(calls);
            Ratio lenient = ServiceLevel.of(ServiceLevelDefinition.DEFAULT.withAbandonsWithinTargetMeet(true)).over(calls);
            assertThat(lenient.denominator()).isEqualTo(strict.denominator());
            assertThat(lenient.numerator()).isGreaterThanOrEqualTo(strict.numerator());
        });
    }
}
