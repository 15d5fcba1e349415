package io.github.supportkpi.contact;

import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.InteractionDimensions;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import java.util.List;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

class SelfServiceUtilizationPropertiesTest implements TallyContract<Interaction, Ratio> {
    @Override
    public Metric<Interaction, Ratio> metric() {
        return SelfServiceUtilization.defaults();
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
    void should_stay_within_0_and_100_percent_and_not_overlap_ai_utilization() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.interactions()).checkAssert(is -> {
            Ratio self = SelfServiceUtilization.defaults().over(is);
            Ratio ai = AiUtilization.defaults().over(is);
            self.percent().ifPresent(p -> assertThat(p).isBetween(0.0, 100.0));
            assertThat(self.denominator()).isEqualTo(is.size()).isEqualTo(ai.denominator());
            assertThat(self.numerator() + ai.numerator()).isLessThanOrEqualTo(is.size());
        });
    }
}
