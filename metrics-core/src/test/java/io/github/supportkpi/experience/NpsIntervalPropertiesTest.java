package io.github.supportkpi.experience;

import io.github.supportkpi.metric.Interval;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

/** The margin of error and interval of generated NPS tallies. */
class NpsIntervalPropertiesTest {

    private static Gen<NpsTally> tallies() {
        return longs().between(0, 1_000_000_000L).zip(longs().between(0, 1_000_000_000L),
                longs().between(0, 1_000_000_000L), NpsTally::new).assuming(t -> t.responses() > 0);
    }

    private static Gen<Double> levels() {
        return doubles().between(0.5, 0.999);
    }

    @Test
    void should_contain_the_score_within_minus_100_and_100() {
        qt().forAll(tallies(), levels()).checkAssert((t, level) -> {
            Interval i = t.interval(level).orElseThrow();
            double score = t.score().getAsDouble();
            assertThat(i.contains(score)).as("%s contains %s", i, score).isTrue();
            assertThat(i.lower()).isGreaterThanOrEqualTo(-100.0);
            assertThat(i.upper()).isLessThanOrEqualTo(100.0);
            double moe = t.marginOfError(level).getAsDouble();
            assertThat(moe).isGreaterThanOrEqualTo(0.0)
                    .isLessThanOrEqualTo(Interval.normalCritical(level) * 100 / Math.sqrt(t.responses()) + 1e-9);
            assertThat(t.scoreVariance().getAsDouble()).isBetween(0.0, 1.0);
        });
    }

    @Test
    void should_halve_the_margin_with_four_times_the_responses() {
        qt().forAll(tallies(), levels()).checkAssert((t, level) -> {
            NpsTally four = new NpsTally(4 * t.promoters(), 4 * t.passives(), 4 * t.detractors());
            double moe = t.marginOfError(level).getAsDouble();
            assertThat(four.marginOfError(level).getAsDouble()).isCloseTo(moe / 2, within(1e-9 * (1 + moe)));
            assertThat(four.interval(level).orElseThrow().width())
                    .isLessThanOrEqualTo(t.interval(level).orElseThrow().width());
        });
    }

    @Test
    void should_equal_the_variance_of_the_scores_minus_1_0_and_1() {
        qt().forAll(longs().between(0, 50), longs().between(0, 50), longs().between(0, 50))
                .assuming((p, q, d) -> p + q + d > 0).checkAssert((p, q, d) -> {
                    NpsTally t = new NpsTally(p, q, d);
                    long n = p + q + d;
                    double mean = (double) (p - d) / n;
                    double variance = (p * Math.pow(1 - mean, 2) + q * mean * mean + d * Math.pow(1 + mean, 2)) / n;
                    assertThat(t.scoreVariance().getAsDouble()).isCloseTo(variance, within(1e-12));
                });
    }
}
