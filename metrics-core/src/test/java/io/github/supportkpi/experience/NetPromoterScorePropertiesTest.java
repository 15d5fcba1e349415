package io.github.supportkpi.experience;

import io.github.supportkpi.domain.SurveyKind;
import io.github.supportkpi.domain.SurveyResponse;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.SurveyDimensions;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import java.util.List;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;

class NetPromoterScorePropertiesTest implements TallyContract<SurveyResponse, NpsTally> {
    @Override
    public Metric<SurveyResponse, NpsTally> metric() {
        return NetPromoterScore.defaults();
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
    public DoubleStream values(NpsTally tally) {
        return DoubleStream.concat(tally.score().stream(), DoubleStream.concat(
                tally.promoterShare().percent().stream(), tally.detractorShare().percent().stream()));
    }

    @Test
    void nps_is_percent_promoters_minus_percent_detractors() {
        qt().withExamples(EXAMPLES).forAll(Sources.surveys()).checkAssert(rs -> {
            NpsTally t = NetPromoterScore.defaults().over(rs);
            t.score().ifPresent(nps -> assertThat(nps).isEqualTo(
                    t.promoterShare().percent().getAsDouble() - t.detractorShare().percent().getAsDouble(),
                    within(1e-9)));
            assertThat(t.responses()).isEqualTo(rs.stream().filter(r -> r.kind() == SurveyKind.NPS).count());
        });
    }

    @Test
    void nps_is_within_minus_100_and_100() {
        qt().withExamples(EXAMPLES).forAll(Sources.surveys()).checkAssert(rs ->
                NetPromoterScore.defaults().over(rs).score().ifPresent(s -> assertThat(s).isBetween(-100.0, 100.0)));
    }
}
