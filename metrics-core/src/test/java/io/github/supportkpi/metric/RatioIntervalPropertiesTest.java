package io.github.supportkpi.metric;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

/** The Wilson score interval of generated ratios. */
class RatioIntervalPropertiesTest {

    private static Gen<Ratio> ratios() {
        return longs().between(1, 1_000_000_000_000L)
                .flatMap(n -> longs().between(0, n).map(k -> Ratio.of(k, n)));
    }

    private static Gen<Double> levels() {
        return doubles().between(0.5, 0.999);
    }

    @Test
    void should_contain_the_proportion_within_0_and_1() {
        qt().forAll(ratios(), levels()).checkAssert((r, level) -> {
            Interval i = r.wilson(level).orElseThrow();
            assertThat(i.contains(r.value().getAsDouble())).as("%s contains %s", i, r).isTrue();
            assertThat(i.lower()).isBetween(0.0, 1.0);
            assertThat(i.upper()).isBetween(0.0, 1.0);
            assertThat(i.width()).isPositive();
            assertThat(i.level()).isEqualTo(level);
            Interval percent = r.wilsonPercent(level).orElseThrow();
            assertThat(percent.contains(r.percent().getAsDouble())).isTrue();
            assertThat(percent.upper()).isLessThanOrEqualTo(100.0);
        });
    }

    @Test
    void should_narrow_as_the_sample_grows_at_the_same_proportion() {
        qt().forAll(longs().between(1, 100_000_000L).flatMap(n -> longs().between(0, n).map(k -> Ratio.of(k, n))),
                levels()).checkAssert((r, level) -> {
                    Ratio four = Ratio.of(4 * r.numerator(), 4 * r.denominator());
                    assertThat(four.wilson(level).orElseThrow().width())
                            .isLessThan(r.wilson(level).orElseThrow().width());
                });
    }

    @Test
    void should_widen_with_the_level() {
        qt().forAll(ratios(), levels()).checkAssert((r, level) -> {
            Interval i = r.wilson(level).orElseThrow();
            Interval wider = r.wilson(level + (1 - level) / 2).orElseThrow();
            assertThat(wider.lower()).isLessThanOrEqualTo(i.lower());
            assertThat(wider.upper()).isGreaterThanOrEqualTo(i.upper());
        });
    }

    @Test
    void should_be_symmetric_under_the_complement() {
        qt().forAll(ratios(), levels()).checkAssert((r, level) -> {
            Interval i = r.wilson(level).orElseThrow();
            Interval c = r.complement().wilson(level).orElseThrow();
            assertThat(c.lower()).isCloseTo(1 - i.upper(), org.assertj.core.api.Assertions.within(1e-12));
            assertThat(c.upper()).isCloseTo(1 - i.lower(), org.assertj.core.api.Assertions.within(1e-12));
        });
    }
}
