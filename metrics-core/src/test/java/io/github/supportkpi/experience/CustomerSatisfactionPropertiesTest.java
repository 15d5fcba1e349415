package io.github.supportkpi.experience;

import io.github.supportkpi.domain.SurveyKind;
import io.github.supportkpi.domain.SurveyResponse;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.metric.SurveyDimensions;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import java.util.List;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

class CustomerSatisfactionPropertiesTest implements TallyContract<SurveyResponse, Ratio> {
    @Override
    public Metric<SurveyResponse, Ratio> metric() {
        return CustomerSatisfaction.defaults();
    }

    @Override
    public Gen<List<SurveyResponse>> records() {
        return Sources.surveys();
    }

    @Override
    public Dimension<? super SurveyResponse, ?> dimension() {
        return SurveyDimensions.CHANNEL;
    }

    @Override
    public DoubleStream values(Ratio tally) {
        return DoubleStream.concat(tally.percent().stream(), tally.value().stream());
    }

    @Test
    void csat_percent_is_within_0_and_100() {
        qt().withExamples(EXAMPLES).forAll(Sources.surveys()).checkAssert(rs ->
                CustomerSatisfaction.defaults().over(rs).percent().ifPresent(p -> assertThat(p).isBetween(0.0, 100.0)));
    }

    @Test
    void csat_never_falls_as_the_threshold_is_lowered() {
        qt().withExamples(EXAMPLES).forAll(Sources.surveys()).checkAssert(rs -> {
            Ratio previous = null;
            for (int threshold = 5; threshold >= 2; threshold--) {
                Ratio r = CustomerSatisfaction.of(SatisfactionDefinition.DEFAULT.withSatisfiedThreshold(threshold)).over(rs);
                if (previous != null) {
                    assertThat(r.denominator()).isEqualTo(previous.denominator());
                    assertThat(r.numerator()).isGreaterThanOrEqualTo(previous.numerator());
                }
                previous = r;
            }
        });
    }

    @Test
    void csat_counts_every_csat_response_and_nothing_else() {
        qt().withExamples(EXAMPLES).forAll(Sources.surveys()).checkAssert(rs -> assertThat(
                CustomerSatisfaction.defaults().over(rs).denominator())
                .isEqualTo(rs.stream().filter(r -> r.kind() == SurveyKind.CSAT).count()));
    }

    @Test
    void csat_mean_is_within_the_scale() {
        qt().withExamples(EXAMPLES).forAll(Sources.surveys()).checkAssert(rs ->
                AverageCustomerSatisfaction.defaults().over(rs).value()
                        .ifPresent(m -> assertThat(m).isBetween(1.0, 5.0)));
    }
}
