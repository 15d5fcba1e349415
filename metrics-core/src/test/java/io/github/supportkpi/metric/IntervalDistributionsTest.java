package io.github.supportkpi.metric;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * The normal and Student t distribution functions behind the intervals. Reference values are from the
 * published tables (Abramowitz and Stegun, tables 26.1, 26.5 and 26.10; the t table of the NIST/SEMATECH
 * e-Handbook of Statistical Methods, 1.3.6.7.2) to the digits printed there, and to more digits as computed
 * independently with SciPy 1.17 ({@code scipy.stats.norm.ppf}, {@code norm.cdf}, {@code t.ppf}).
 */
class IntervalDistributionsTest {

    @ParameterizedTest(name = "z({0}) = {1}")
    @CsvSource({
        "0.975, 1.959963984540054",
        "0.995, 2.5758293035489004",
        "0.95, 1.6448536269514722",
        "0.999, 3.090232306167813",
        "0.5, 0",
        "0.01, -2.3263478740408408",
        "1e-10, -6.361340902404056",
    })
    void should_give_the_normal_quantiles_of_the_tables(double p, double expected) {
        assertThat(Interval.normalQuantile(p)).isCloseTo(expected, within(1e-12));
    }

    @ParameterizedTest(name = "Phi({0}) = {1}")
    @CsvSource({
        "1, 0.8413447460685429",
        "-1.959963984540054, 0.025",
        "-3, 0.0013498980316300933",
        "2.9999, 0.998649658717045",
        "3.0001, 0.9986505450867392",
        "0, 0.5",
    })
    void should_give_the_normal_cdf_of_the_tables(double x, double expected) {
        assertThat(Interval.normalCdf(x)).isCloseTo(expected, within(1e-15));
    }

    @Test
    void should_keep_relative_precision_far_in_the_lower_tail() {
        // SciPy: norm.cdf(-5) = 2.866515718791933e-07, norm.cdf(-10) = 7.61985302416047e-24
        assertThat(Interval.normalCdf(-5)).isCloseTo(2.866515718791933e-07, within(1e-20));
        assertThat(Interval.normalCdf(-10) / 7.61985302416047e-24).isCloseTo(1, within(1e-12));
        assertThat(Interval.normalCdf(-40)).isZero();
        assertThat(Interval.normalCdf(40)).isEqualTo(1.0);
    }

    @ParameterizedTest(name = "t({0}, {1}) = {2}")
    @CsvSource({
        // NIST/SEMATECH table: 12.706, 4.303, 2.571, 2.228, 2.042, 1.725, 5.841, 1.980, 1.962
        "0.975, 1, 12.706204736174694",
        "0.975, 2, 4.302652729749462",
        "0.975, 5, 2.5705818356363146",
        "0.975, 10, 2.228138851986274",
        "0.975, 30, 2.0422724563012378",
        "0.95, 20, 1.7247182429207866",
        "0.995, 3, 5.840909309733355",
        "0.995, 29, 2.756385903670605",
        "0.975, 120, 1.9799304050824402",
        "0.975, 1000, 1.9623390808264083",
        "0.9995, 999, 3.3002924403987666",
        "0.975, 1001, 1.9623367052808798",
        "0.9995, 1001, 3.3002728760660403",
        "0.975, 100000, 1.9599877075346095",
    })
    void should_give_the_student_quantiles_of_the_tables(double p, long df, double expected) {
        assertThat(Interval.studentQuantile(p, df)).isCloseTo(expected, within(1e-9));
        assertThat(Interval.studentQuantile(1 - p, df)).isCloseTo(-expected, within(1e-9));
    }

    @Test
    void should_give_the_two_sided_critical_values() {
        assertThat(Interval.normalCritical(0.95)).isCloseTo(1.959963984540054, within(1e-13));
        assertThat(Interval.studentCritical(0.95, 10)).isCloseTo(2.228138851986274, within(1e-10));
    }

    @Test
    void should_invert_the_cdf() {
        // above 5 the upper tail 1 - p keeps too few digits in a double to invert to 1e-8
        qt().forAll(doubles().between(-8, 5)).checkAssert(x -> {
            double p = Interval.normalCdf(x);
            if (p > 0 && p < 1) {
                assertThat(Interval.normalQuantile(p)).isCloseTo(x, within(1e-8 * Math.max(1, Math.abs(x))));
            }
        });
    }

    @Test
    void should_rise_with_p_and_fall_towards_the_normal_with_the_degrees_of_freedom() {
        qt().forAll(doubles().between(0.5, 0.9999), longs().between(1, 3000)).checkAssert((p, df) -> {
            double t = Interval.studentQuantile(p, df);
            assertThat(t).isGreaterThanOrEqualTo(Interval.normalQuantile(p) - 1e-12);
            assertThat(Interval.studentQuantile(p, df + 1)).isLessThanOrEqualTo(t + 1e-12);
            assertThat(Interval.studentQuantile(Math.min(0.99995, p + 0.00005), df)).isGreaterThan(t);
        });
    }

    @Test
    void should_agree_across_the_change_of_method_at_the_series_limit() {
        long limit = Interval.STUDENT_SERIES_LIMIT;
        for (double p : new double[] {0.9, 0.975, 0.995, 0.9995}) {
            double series = Interval.studentQuantile(p, limit);
            double expansion = Interval.studentQuantile(p, limit + 1);
            assertThat(series - expansion).isBetween(0.0, 1e-4);
        }
    }

    @Test
    void should_refuse_probabilities_and_levels_outside_0_to_1() {
        assertThatThrownBy(() -> Interval.normalQuantile(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("p must be strictly between 0 and 1: 0.0");
        assertThatThrownBy(() -> Interval.normalQuantile(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Interval.studentQuantile(1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Interval.studentQuantile(0.9, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("degreesOfFreedom must be at least 1: 0");
        assertThatThrownBy(() -> Interval.normalCritical(1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("level must be strictly between 0 and 1: 1.0");
        assertThatThrownBy(() -> Interval.normalCdf(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("x must be finite: Infinity");
    }
}
