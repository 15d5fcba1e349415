package io.github.supportkpi.experience;

import io.github.supportkpi.domain.SurveyResponse;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.Mean;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.SurveyDimensions;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import java.util.List;
import java.util.stream.DoubleStream;
import org.quicktheories.core.Gen;

class AverageCustomerEffortPropertiesTest implements TallyContract<SurveyResponse, Mean> {
    @Override
    public Metric<SurveyResponse, Mean> metric() {
        return AverageCustomerEffort.defaults();
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
    public DoubleStream values(Mean tally) {
        return tally.value().stream();
    }
}
