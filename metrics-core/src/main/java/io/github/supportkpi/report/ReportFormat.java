package io.github.supportkpi.report;

import io.github.supportkpi.metric.Interval;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * The one formatting policy of a rendered report: how many decimals a percentage and a number get, how a
 * duration is written, the locale of numbers, and the zone every instant is written in (always with its
 * zone). Immutable and thread-safe.
 *
 * <p>An undefined value is written {@code n/a}; a cell whose sample is too few is written with its value and
 * the mark {@code (too few)}, by {@link #cell(Cell)}.
 *
 * @param locale the locale of numbers (decimal and grouping separators)
 * @param percentDecimals decimals of a percentage, 0 to 6
 * @param numberDecimals decimals of a plain number and of points, 0 to 6
 * @param durations how durations are written
 * @param zone the zone instants are written in
 */
public record ReportFormat(Locale locale, int percentDecimals, int numberDecimals, DurationStyle durations,
        ZoneId zone) {
    /** How a duration is written. */
    public enum DurationStyle {
        /** The two largest units: {@code 2d 4h}, {@code 3h 05m}, {@code 4m 10s}, {@code 12s}, {@code 0.250s}. */
        COMPACT,
        /** ISO-8601, as {@link java.time.Duration#toString()}: {@code PT3H5M}. */
        ISO,
        /** Hours as a decimal number with the number decimals: {@code 3.08h}. */
        HOURS
    }

    /** Written for an undefined value. */
    public static final String UNDEFINED = "n/a";
    /** The mark added to a value whose sample is below the minimum. */
    public static final String TOO_FEW = "(too few)";

    /**
     * Validates the fields.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if a number of decimals is outside 0 to 6
     */
    public ReportFormat {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(durations, "durations");
        Objects.requireNonNull(zone, "zone");
        if (percentDecimals < 0 || percentDecimals > 6) {
            throw new IllegalArgumentException("ReportFormat percentDecimals must be 0 to 6: " + percentDecimals);
        }
        if (numberDecimals < 0 || numberDecimals > 6) {
            throw new IllegalArgumentException("ReportFormat numberDecimals must be 0 to 6: " + numberDecimals);
        }
    }

    /**
     * One decimal for percentages, two for numbers, compact durations, {@link Locale#ROOT}.
     *
     * @param zone the zone instants are written in
     * @return the format
     */
    public static ReportFormat defaults(ZoneId zone) {
        return new ReportFormat(Locale.ROOT, 1, 2, DurationStyle.COMPACT, zone);
    }

    /**
     * @param locale the locale of numbers
     * @return a copy with it
     */
    public ReportFormat withLocale(Locale locale) {
        return new ReportFormat(locale, percentDecimals, numberDecimals, durations, zone);
    }

    /**
     * @param decimals decimals of a percentage
     * @return a copy with them
     */
    public ReportFormat withPercentDecimals(int decimals) {
        return new ReportFormat(locale, decimals, numberDecimals, durations, zone);
    }

    /**
     * @param decimals decimals of a number
     * @return a copy with them
     */
    public ReportFormat withNumberDecimals(int decimals) {
        return new ReportFormat(locale, percentDecimals, decimals, durations, zone);
    }

    /**
     * @param style how durations are written
     * @return a copy with it
     */
    public ReportFormat withDurations(DurationStyle style) {
        return new ReportFormat(locale, percentDecimals, numberDecimals, style, zone);
    }

    /**
     * @param zone the zone instants are written in
     * @return a copy with it
     */
    public ReportFormat withZone(ZoneId zone) {
        return new ReportFormat(locale, percentDecimals, numberDecimals, durations, zone);
    }

    /**
     * A cell as text: the value (or {@code n/a}), then {@code (too few)} when so marked. Intervals, sample
     * sizes and targets are not included; see {@link #interval(Unit, Interval)}.
     *
     * @param cell the cell
     * @return the text
     */
    public String cell(Cell cell) {
        Objects.requireNonNull(cell, "cell");
        if (cell instanceof Cell.Text t) {
            return t.text();
        }
        if (cell instanceof Cell.Moment m) {
            return instant(m);
        }
        Cell.Measure v = (Cell.Measure) cell;
        String text = v.value().isPresent() ? value(v.unit(), v.value().getAsDouble()) : UNDEFINED;
        return v.tooFew() ? text + " " + TOO_FEW : text;
    }

    /**
     * A cell as text with what it was computed from, as the text and Markdown renderers write it: the value
     * (or {@code n/a}); then {@code of D} for a rate with denominator {@code D}, or {@code (n N)} for another
     * measure with sample size {@code N} (a count is its own sample and gets none); then
     * {@code (target met)}, {@code (target missed)} or {@code (target n/a)} when a target was evaluated; then
     * {@code (too few)} when so marked. {@code 77.7% of 121}, {@code 24m 35s (n 111)},
     * {@code n/a of 0}, {@code 40.0% of 5 (too few)}. Texts and instants are written as by {@link #cell(Cell)}.
     *
     * @param cell the cell
     * @return the text
     */
    public String summary(Cell cell) {
        Objects.requireNonNull(cell, "cell");
        if (!(cell instanceof Cell.Measure)) {
            return cell(cell);
        }
        Cell.Measure v = (Cell.Measure) cell;
        StringBuilder b = new StringBuilder(v.value().isPresent() ? value(v.unit(), v.value().getAsDouble()) : UNDEFINED);
        if (v.denominator().isPresent()) {
            b.append(" of ").append(number(v.denominator().getAsLong(), 0, true));
        } else if (v.unit() != Unit.COUNT) {
            b.append(" (n ").append(number(v.sampleSize(), 0, true)).append(')');
        }
        v.target().ifPresent(t -> b.append(" (target ").append(t.outcome() == Target.Outcome.MET ? "met"
                : t.outcome() == Target.Outcome.MISSED ? "missed" : UNDEFINED).append(')'));
        if (v.tooFew()) {
            b.append(' ').append(TOO_FEW);
        }
        return b.toString();
    }

    /**
     * A value in a unit: {@code 1,234} (count), {@code 87.5%} (percent), {@code +18.0} (points),
     * {@code 3.42} (number), {@code 3h 05m} (duration, value in seconds), {@code 12.50} (money).
     *
     * @param unit the unit
     * @param value the value, finite
     * @return the text
     * @throws IllegalArgumentException if the value is not finite, or is a duration beyond
     *     {@code Long.MAX_VALUE} seconds
     */
    public String value(Unit unit, double value) {
        Objects.requireNonNull(unit, "unit");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("ReportFormat value must be finite: " + value);
        }
        switch (unit) {
            case COUNT:
                return number(value, 0, true);
            case PERCENT:
                return number(value, percentDecimals, false) + "%";
            case POINTS:
                boolean positive = BigDecimal.valueOf(value).setScale(numberDecimals, RoundingMode.HALF_EVEN).signum() > 0;
                return (positive ? "+" : "") + number(value, numberDecimals, false);
            case NUMBER:
                return number(value, numberDecimals, false);
            case MONEY:
                return number(value, 2, true);
            case DURATION:
            default:
                return duration(value);
        }
    }

    /**
     * An interval in a unit: {@code 84.1%-90.2%}, {@code 3h 05m-3h 40m}.
     *
     * @param unit the unit of the interval's bounds (for a percent cell, bounds in percent)
     * @param interval the interval
     * @return the text
     */
    public String interval(Unit unit, Interval interval) {
        Objects.requireNonNull(interval, "interval");
        return value(unit, interval.lower()) + "\u2013" + value(unit, interval.upper());
    }

    /**
     * An instant in the zone, with the zone: {@code 2026-04-13 00:00 Europe/Berlin}.
     *
     * @param moment the cell
     * @return the text
     */
    public String instant(Cell.Moment moment) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).format(moment.instant().atZone(zone))
                + " " + zone.getId();
    }

    /**
     * A number rounded half-even to some decimals in the locale; a value that rounds to zero is written
     * without a minus sign ({@code 0.00}, never {@code -0.00}).
     */
    private String number(double value, int decimals, boolean grouping) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN);
        if (rounded.signum() == 0) {
            rounded = BigDecimal.ZERO.setScale(decimals);
        }
        DecimalFormat f = new DecimalFormat(decimals == 0 ? "0" : "0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(locale));
        f.setGroupingUsed(grouping);
        f.setGroupingSize(3);
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        return f.format(rounded);
    }

    private String duration(double seconds) {
        switch (durations) {
            case ISO:
                return iso(seconds);
            case HOURS:
                return number(seconds / 3600, numberDecimals, false) + "h";
            case COMPACT:
            default:
                return compact(seconds);
        }
    }

    /** ISO-8601 to the nanosecond, exact for any finite value up to {@code Long.MAX_VALUE} seconds. */
    private static String iso(double seconds) {
        BigDecimal nanos = BigDecimal.valueOf(seconds).setScale(9, RoundingMode.HALF_EVEN);
        BigDecimal[] parts = nanos.divideAndRemainder(BigDecimal.ONE);
        if (parts[0].abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) >= 0) {
            throw new IllegalArgumentException("ReportFormat duration must be within " + Long.MAX_VALUE
                    + " seconds: " + seconds);
        }
        return Duration.ofSeconds(parts[0].longValueExact(), parts[1].movePointRight(9).longValueExact()).toString();
    }

    private String compact(double seconds) {
        double abs = Math.abs(seconds);
        if (abs < 1 && abs > 0) {
            String text = number(abs, 3, false);
            boolean zero = BigDecimal.valueOf(abs).setScale(3, RoundingMode.HALF_EVEN).signum() == 0;
            return (seconds < 0 && !zero ? "-" : "") + text + "s";
        }
        if (abs >= Long.MAX_VALUE) {
            throw new IllegalArgumentException("ReportFormat duration must be within " + Long.MAX_VALUE
                    + " seconds: " + seconds);
        }
        long s = Math.round(abs);
        String sign = seconds < 0 && s > 0 ? "-" : "";
        long days = s / 86_400;
        long hours = s % 86_400 / 3600;
        long minutes = s % 3600 / 60;
        long secs = s % 60;
        if (days > 0) {
            return sign + days + "d " + hours + "h";
        }
        if (hours > 0) {
            return sign + hours + "h " + String.format(Locale.ROOT, "%02dm", minutes);
        }
        if (minutes > 0) {
            return sign + minutes + "m " + String.format(Locale.ROOT, "%02ds", secs);
        }
        return sign + secs + "s";
    }
}
