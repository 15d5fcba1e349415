package io.github.supportkpi.experience;

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

class CustomerEffortPropertiesTest implements TallyContract<SurveyResponse, Ratio> {
    @Override
    public Metric<SurveyResponse, Ratio> metric() {
        return CustomerEffort.defaults();
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
        return tally.percent().stream();
    }

    @Test
    void ces_mean_is_within_the_scale() {
        qt().withExamples(EXAMPLES).forAll(Sources.surveys()).checkAssert(rs ->
                AverageCustomerEffort.defaults().over(rs).value().ifPresent(m -> assertThat(m).isBetween(1.0, 7.0)));
    }

    @Test
    void ces_percent_easy_is_within_0_and_100() {
        qt().withExamples(EXAMPLES).forAll(Sources.surveys()).checkAssert(rs ->
                CustomerEffort.defaults().over(rs).percent().ifPresent(p -> assertThat(p).isBetween(0.0, 100.0)));
    }

    @Test
    void reversing_the_direction_at_the_neighbouring_threshold_gives_the_complement() {
        // easy = score >= 5 (agreement) is the complement of easy = score <= 4 (effort)
        EffortDefinition effort = EffortDefinition.DEFAULT.withDirection(EffortDirection.HIGHER_IS_HARDER)
                .withEasyThreshold(4);
        qt().withExamples(EXAMPLES).forAll(Sources.surveys()).checkAssert(rs -> assertThat(
                CustomerEffort.of(effort).over(rs)).isEqualTo(CustomerEffort.defaults().over(rs).complement()));
    }
}
