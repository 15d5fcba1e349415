package io.github.supportkpi.report;

import io.github.supportkpi.metric.Interval;
import io.github.supportkpi.report.ReportFormat.DurationStyle;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportFormatTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ReportFormat ROOT = ReportFormat.defaults(BERLIN);
    private static final ReportFormat GERMAN = ROOT.withLocale(Locale.GERMANY);

    @Test
    void should_write_counts_whole_and_grouped() {
        assertThat(ROOT.value(Unit.COUNT, 0)).isEqualTo("0");
        assertThat(ROOT.value(Unit.COUNT, 1234)).isEqualTo("1,234");
        assertThat(ROOT.value(Unit.COUNT, 1_234_567)).isEqualTo("1,234,567");
        assertThat(GERMAN.value(Unit.COUNT, 1_234_567)).isEqualTo("1.234.567");
    }

    @Test
    void should_write_percentages_with_the_percent_decimals_rounded_half_even() {
        assertThat(ROOT.value(Unit.PERCENT, 87.5)).isEqualTo("87.5%");
        assertThat(ROOT.value(Unit.PERCENT, 200.0 / 3)).isEqualTo("66.7%");
        assertThat(ROOT.value(Unit.PERCENT, 100)).isEqualTo("100.0%");
        assertThat(ROOT.value(Unit.PERCENT, 0.25)).isEqualTo("0.2%");
        assertThat(ROOT.value(Unit.PERCENT, 0.35)).isEqualTo("0.4%");
        assertThat(ROOT.withPercentDecimals(0).value(Unit.PERCENT, 87.5)).isEqualTo("88%");
        assertThat(ROOT.withPercentDecimals(3).value(Unit.PERCENT, 87.5)).isEqualTo("87.500%");
        assertThat(GERMAN.value(Unit.PERCENT, 87.5)).isEqualTo("87,5%");
    }

    @Test
    void should_never_write_a_negative_zero() {
        assertThat(ROOT.value(Unit.PERCENT, -0.04)).isEqualTo("0.0%");
        assertThat(ROOT.value(Unit.NUMBER, -0.001)).isEqualTo("0.00");
        assertThat(ROOT.value(Unit.POINTS, -0.001)).isEqualTo("0.00");
        assertThat(ROOT.value(Unit.POINTS, 0.001)).isEqualTo("0.00");
        assertThat(ROOT.value(Unit.MONEY, -0.004)).isEqualTo("0.00");
        assertThat(ROOT.value(Unit.DURATION, -0.0004)).isEqualTo("0.000s");
        assertThat(ROOT.value(Unit.DURATION, -0.4)).isEqualTo("-0.400s");
        assertThat(ROOT.value(Unit.DURATION, -0.0)).isEqualTo("0s");
        assertThat(ROOT.withDurations(DurationStyle.HOURS).value(Unit.DURATION, -1)).isEqualTo("0.00h");
    }

    @Test
    void should_write_points_with_their_sign() {
        assertThat(ROOT.value(Unit.POINTS, 18)).isEqualTo("+18.00");
        assertThat(ROOT.value(Unit.POINTS, -18)).isEqualTo("-18.00");
        assertThat(ROOT.value(Unit.POINTS, 0)).isEqualTo("0.00");
        assertThat(ROOT.withNumberDecimals(1).value(Unit.POINTS, 30)).isEqualTo("+30.0");
        assertThat(GERMAN.value(Unit.POINTS, 12.5)).isEqualTo("+12,50");
    }

    @Test
    void should_write_numbers_and_money() {
        assertThat(ROOT.value(Unit.NUMBER, 3.4166)).isEqualTo("3.42");
        // half-even on the decimal value: 2.345 -> 2.34, 2.355 -> 2.36
        assertThat(ROOT.value(Unit.NUMBER, 2.345)).isEqualTo("2.34");
        assertThat(ROOT.value(Unit.NUMBER, 2.355)).isEqualTo("2.36");
        assertThat(ROOT.value(Unit.NUMBER, 12345.678)).isEqualTo("12345.68");
        assertThat(ROOT.withNumberDecimals(0).value(Unit.NUMBER, 2.5)).isEqualTo("2");
        assertThat(ROOT.value(Unit.MONEY, 1234.5)).isEqualTo("1,234.50");
        assertThat(GERMAN.value(Unit.MONEY, 1234.5)).isEqualTo("1.234,50");
        assertThat(ROOT.value(Unit.MONEY, -1234.5)).isEqualTo("-1,234.50");
    }

    @Test
    void should_write_compact_durations_with_the_two_largest_units() {
        assertThat(ROOT.value(Unit.DURATION, 0)).isEqualTo("0s");
        assertThat(ROOT.value(Unit.DURATION, 0.25)).isEqualTo("0.250s");
        assertThat(ROOT.value(Unit.DURATION, 0.0004)).isEqualTo("0.000s");
        assertThat(ROOT.value(Unit.DURATION, 0.9996)).isEqualTo("1.000s");
        assertThat(ROOT.value(Unit.DURATION, 1)).isEqualTo("1s");
        assertThat(ROOT.value(Unit.DURATION, 12.4)).isEqualTo("12s");
        assertThat(ROOT.value(Unit.DURATION, 59.5)).isEqualTo("1m 00s");
        assertThat(ROOT.value(Unit.DURATION, 250)).isEqualTo("4m 10s");
        assertThat(ROOT.value(Unit.DURATION, 3600)).isEqualTo("1h 00m");
        assertThat(ROOT.value(Unit.DURATION, 11_100)).isEqualTo("3h 05m");
        // the smaller unit is cut, not rounded: 3h 05m 59s is 3h 05m
        assertThat(ROOT.value(Unit.DURATION, 11_159)).isEqualTo("3h 05m");
        assertThat(ROOT.value(Unit.DURATION, 187_200)).isEqualTo("2d 4h");
        assertThat(ROOT.value(Unit.DURATION, 187_200 + 3599)).isEqualTo("2d 4h");
        assertThat(ROOT.value(Unit.DURATION, 40 * 86_400)).isEqualTo("40d 0h");
        assertThat(GERMAN.value(Unit.DURATION, 0.25)).isEqualTo("0,250s");
    }

    @Test
    void should_write_negative_durations_with_a_leading_minus() {
        assertThat(ROOT.value(Unit.DURATION, -0.25)).isEqualTo("-0.250s");
        assertThat(ROOT.value(Unit.DURATION, -250)).isEqualTo("-4m 10s");
        assertThat(ROOT.value(Unit.DURATION, -11_100)).isEqualTo("-3h 05m");
        assertThat(ROOT.value(Unit.DURATION, -187_200)).isEqualTo("-2d 4h");
        assertThat(ROOT.value(Unit.DURATION, -0.4999)).isEqualTo("-0.500s");
    }

    @Test
    void should_write_iso_and_hour_durations() {
        ReportFormat iso = ROOT.withDurations(DurationStyle.ISO);
        assertThat(iso.value(Unit.DURATION, 11_100)).isEqualTo("PT3H5M");
        assertThat(iso.value(Unit.DURATION, 0.25)).isEqualTo("PT0.25S");
        assertThat(iso.value(Unit.DURATION, -0.25)).isEqualTo("PT-0.25S");
        assertThat(iso.value(Unit.DURATION, 187_200)).isEqualTo("PT52H");
        // beyond the 292 years a long of nanoseconds holds
        assertThat(iso.value(Unit.DURATION, 1e10)).isEqualTo("PT2777777H46M40S");
        ReportFormat hours = ROOT.withDurations(DurationStyle.HOURS);
        assertThat(hours.value(Unit.DURATION, 11_100)).isEqualTo("3.08h");
        assertThat(hours.value(Unit.DURATION, -5400)).isEqualTo("-1.50h");
        assertThat(hours.withLocale(Locale.GERMANY).value(Unit.DURATION, 5400)).isEqualTo("1,50h");
    }

    @Test
    void should_write_undefined_and_too_few_cells() {
        assertThat(ROOT.cell(Cell.Measure.of(Unit.PERCENT, OptionalDouble.empty(), 0))).isEqualTo("n/a");
        assertThat(ROOT.cell(Cell.Measure.of(Unit.DURATION, OptionalDouble.empty(), 0))).isEqualTo("n/a");
        assertThat(ROOT.cell(Cell.Measure.of(Unit.PERCENT, OptionalDouble.of(40), 5).withTooFew(true)))
                .isEqualTo("40.0% (too few)");
        assertThat(ROOT.cell(new Cell.Text("chat"))).isEqualTo("chat");
    }

    @Test
    void should_write_instants_in_the_zone_with_the_zone() {
        Cell.Moment m = new Cell.Moment(Instant.parse("2026-04-13T08:00:00Z"));
        assertThat(ROOT.cell(m)).isEqualTo("2026-04-13 10:00 Europe/Berlin");
        assertThat(ROOT.withZone(ZoneId.of("America/New_York")).instant(m))
                .isEqualTo("2026-04-13 04:00 America/New_York");
    }

    @Test
    void should_write_intervals_in_the_unit() {
        assertThat(ROOT.interval(Unit.PERCENT, Interval.of(80.44, 92.3, 0.95))).isEqualTo("80.4%\u201392.3%");
        assertThat(ROOT.interval(Unit.POINTS, Interval.of(-12, 5, 0.95))).isEqualTo("-12.00\u2013+5.00");
        assertThat(ROOT.interval(Unit.DURATION, Interval.of(11_100, 13_200, 0.9))).isEqualTo("3h 05m\u20133h 40m");
    }

    @Test
    void should_summarise_a_cell_with_its_sample() {
        Cell.Measure csat = new Cell.Measure(Unit.PERCENT, OptionalDouble.of(87.5), 120, OptionalLong.of(105),
                OptionalLong.of(120), Optional.empty(), Optional.empty(), false);
        assertThat(ROOT.summary(csat)).isEqualTo("87.5% of 120");
        assertThat(ROOT.summary(Cell.Measure.of(Unit.DURATION, OptionalDouble.of(11_100), 1412)))
                .isEqualTo("3h 05m (n 1,412)");
        assertThat(ROOT.summary(Cell.Measure.count(1204))).isEqualTo("1,204");
        assertThat(ROOT.summary(Cell.Measure.of(Unit.PERCENT, OptionalDouble.empty(), 0).withRate(0, 0)))
                .isEqualTo("n/a of 0");
        TargetResult met = Target.<Double>atLeast("csat >= 85%", v -> OptionalDouble.of(v), 85).evaluate(87.5);
        assertThat(ROOT.summary(csat.withTarget(met))).isEqualTo("87.5% of 120 (target met)");
        TargetResult undefined = Target.<Double>atLeast("csat >= 85%", v -> OptionalDouble.empty(), 85).evaluate(0.0);
        assertThat(ROOT.summary(Cell.Measure.of(Unit.PERCENT, OptionalDouble.empty(), 0).withTarget(undefined)))
                .isEqualTo("n/a (n 0) (target n/a)");
        assertThat(ROOT.summary(Cell.Measure.of(Unit.PERCENT, OptionalDouble.of(40), 5).withRate(2, 5)
                .withTooFew(true))).isEqualTo("40.0% of 5 (too few)");
        assertThat(ROOT.summary(new Cell.Moment(Instant.parse("2026-04-13T08:00:00Z"))))
                .isEqualTo("2026-04-13 10:00 Europe/Berlin");
    }

    @Test
    void should_refuse_bad_decimals_and_values() {
        assertThatThrownBy(() -> ROOT.withPercentDecimals(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ReportFormat percentDecimals must be 0 to 6: -1");
        assertThatThrownBy(() -> ROOT.withNumberDecimals(7)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ReportFormat numberDecimals must be 0 to 6: 7");
        assertThatThrownBy(() -> ROOT.value(Unit.NUMBER, Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NaN");
        assertThatThrownBy(() -> ROOT.value(Unit.DURATION, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ROOT.value(Unit.DURATION, 1e30)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("duration must be within");
        assertThatThrownBy(() -> ROOT.withDurations(DurationStyle.ISO).value(Unit.DURATION, -1e30))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ROOT.withLocale(null)).isInstanceOf(NullPointerException.class).hasMessage("locale");
    }
}
