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

class EmployeeSatisfactionPropertiesTest implements TallyContract<SurveyResponse, Ratio> {
    @Override
    public Metric<SurveyResponse, Ratio> metric() {
        return EmployeeSatisfaction.defaults();
    }

    @Override
    public Gen<List<SurveyResponse>> records() {
        return Sources.surveys();
    }

    @Override
    public Dimension<? super SurveyResponse, ?> dimension() {
        return SurveyDimensions.AGENT;
    }

    @Override
    public DoubleStream values(Ratio tally) {
        return tally.percent().stream();
    }

    @Test
    void esat_percent_is_within_0_and_100_and_never_falls_as_the_threshold_is_lowered() {
        qt().withExamples(EXAMPLES).forAll(Sources.surveys()).checkAssert(rs -> {
            long previous = -1;
            for (int threshold = 5; threshold >= 2; threshold--) {
                Ratio r = EmployeeSatisfaction.of(SatisfactionDefinition.DEFAULT.withSatisfiedThreshold(threshold))
                        .over(rs);
                r.percent().ifPresent(p -> assertThat(p).isBetween(0.0, 100.0));
                assertThat(r.numerator()).isGreaterThanOrEqualTo(previous);
                assertThat(r.denominator())
                        .isEqualTo(rs.stream().filter(x -> x.kind() == SurveyKind.EMPLOYEE_SATISFACTION).count());
                previous = r.numerator();
            }
        });
    }
}
