package io.github.supportkpi.report;

import io.github.supportkpi.report.ReportFormat.DurationStyle;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

/**
 * Formatting is faithful: compact durations are monotone in the value and within their last unit of it; ISO
 * durations read back; numbers read back within half their last decimal; no text is a negative zero.
 */
class ReportFormatPropertiesTest {
    private static final ReportFormat FORMAT = ReportFormat.defaults(ZoneId.of("UTC"));
    private static final Pattern COMPACT = Pattern.compile(
            "(-?)(?:(\\d+)d (\\d+)h|(\\d+)h (\\d\\d)m|(\\d+)m (\\d\\d)s|(\\d+)s|(0\\.\\d{3}|1\\.000)s)");

    /** Seconds from a millisecond to four years, of either sign, spread over the magnitudes; and zero. */
    private static Gen<Double> seconds() {
        return doubles().between(-3, 8.1).zip(integers().between(0, 9), (e, s) -> s == 0 ? 0.0
                : (s % 2 == 0 ? -1 : 1) * Math.pow(10, e));
    }

    /** The seconds a compact duration text stands for. */
    private static double parseCompact(String text) {
        Matcher m = COMPACT.matcher(text);
        assertThat(m.matches()).as("compact duration %s", text).isTrue();
        double v;
        if (m.group(2) != null) {
            v = Long.parseLong(m.group(2)) * 86_400 + Long.parseLong(m.group(3)) * 3600;
        } else if (m.group(4) != null) {
            v = Long.parseLong(m.group(4)) * 3600 + Long.parseLong(m.group(5)) * 60;
        } else if (m.group(6) != null) {
            v = Long.parseLong(m.group(6)) * 60 + Long.parseLong(m.group(7));
        } else if (m.group(8) != null) {
            v = Long.parseLong(m.group(8));
        } else {
            v = Double.parseDouble(m.group(9));
        }
        return m.group(1).isEmpty() ? v : -v;
    }

    @Test
    void compact_duration_text_is_monotone_in_the_value() {
        qt().forAll(seconds(), seconds()).checkAssert((a, b) -> {
            double lo = Math.min(a, b);
            double hi = Math.max(a, b);
            assertThat(parseCompact(FORMAT.value(Unit.DURATION, lo)))
                    .as("%s for %s, %s for %s", FORMAT.value(Unit.DURATION, lo), lo, FORMAT.value(Unit.DURATION, hi), hi)
                    .isLessThanOrEqualTo(parseCompact(FORMAT.value(Unit.DURATION, hi)));
        });
    }

    @Test
    void compact_duration_text_is_within_its_last_unit_of_the_value() {
        qt().forAll(seconds()).checkAssert(v -> {
            String text = FORMAT.value(Unit.DURATION, v);
            double abs = Math.abs(v);
            double unit = abs < 1 ? 0.0005 : abs < 3600 - 0.5 ? 0.5 : abs < 86_400 - 0.5 ? 60 : 3600;
            assertThat(Math.abs(parseCompact(text) - v)).as("%s for %s", text, v).isLessThanOrEqualTo(unit + 0.5);
            assertThat(text.startsWith("-")).as("%s for %s", text, v).isEqualTo(parseCompact(text) < 0);
        });
    }

    @Test
    void iso_durations_read_back_to_the_value() {
        ReportFormat iso = FORMAT.withDurations(DurationStyle.ISO);
        qt().forAll(seconds()).checkAssert(v -> {
            Duration d = Duration.parse(iso.value(Unit.DURATION, v));
            double back = d.getSeconds() + d.getNano() / 1e9;
            assertThat(back).isCloseTo(v, org.assertj.core.data.Offset.offset(1e-9 + Math.abs(v) * 1e-15));
        });
    }

    @Test
    void numbers_read_back_within_half_their_last_decimal_and_are_never_negative_zero() {
        qt().forAll(seconds(), integers().between(0, 6), integers().between(0, 2)).checkAssert((v, decimals, unit) -> {
            ReportFormat f = FORMAT.withNumberDecimals(decimals).withPercentDecimals(decimals)
                    .withLocale(unit == 2 ? Locale.GERMANY : Locale.ROOT);
            Unit u = unit == 0 ? Unit.NUMBER : unit == 1 ? Unit.PERCENT : Unit.POINTS;
            String text = f.value(u, v);
            String plain = text.replace("%", "").replace("+", "").replace(',', '.');
            BigDecimal back = new BigDecimal(plain);
            assertThat(back.subtract(BigDecimal.valueOf(v)).abs().doubleValue())
                    .as("%s for %s", text, v).isLessThanOrEqualTo(0.5 * Math.pow(10, -decimals) * (1 + 1e-9));
            assertThat(text.startsWith("-")).as("%s for %s", text, v).isEqualTo(back.signum() < 0);
            assertThat(text.startsWith("+")).as("%s for %s", text, v).isEqualTo(u == Unit.POINTS && back.signum() > 0);
        });
    }
}
