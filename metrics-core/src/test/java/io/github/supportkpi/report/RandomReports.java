package io.github.supportkpi.report;

import io.github.supportkpi.metric.Interval;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Random;

/**
 * Reports drawn from a seed: up to four sections of every kind, up to four columns and six rows, every kind
 * of cell, values of every magnitude and sign, undefined values, intervals, targets and too-few marks, and
 * texts with the characters renderers must escape (commas, quotes, line breaks, pipes, formula starts,
 * backslashes, control characters, non-Latin letters, emoji, U+2028).
 */
final class RandomReports {
    private static final String[] PIECES = {"a", "Z", "chat", "low", " ", ",", "\"", "\n", "\r\n", "=", "+", "-",
        "@", "|", "\\", "\t", "\u00e9", "\u65e5", "\ud83d\ude00", "\u2028", "*", "_", "<", ">", "\u0001", "#", "'",
        "1", "-5", "[x]"};
    private static final String[] ZONES = {"UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata"};

    private RandomReports() {}

    static Report report(long seed) {
        Random r = new Random(seed);
        ZoneId zone = ZoneId.of(ZONES[r.nextInt(ZONES.length)]);
        Report.Builder b = Report.builder(text(r), zone);
        for (int i = r.nextInt(3); i > 0; i--) {
            b.subtitle(text(r));
        }
        if (r.nextBoolean()) {
            b.asOf(instant(r));
        }
        int sections = r.nextInt(5);
        for (int s = 0; s < sections; s++) {
            Section.Kind kind = Section.Kind.values()[r.nextInt(Section.Kind.values().length)];
            Section.Builder sb = Section.builder("s" + s + (r.nextBoolean() ? ".part-" + r.nextInt(9) : ""), text(r),
                    kind);
            int columns = r.nextInt(5);
            List<String> headings = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                headings.add(text(r));
            }
            sb.columns(headings);
            for (int row = r.nextInt(7); row > 0; row--) {
                Cell[] cells = new Cell[columns];
                for (int c = 0; c < columns; c++) {
                    cells[c] = cell(r);
                }
                sb.row(text(r), cells);
            }
            for (int n = r.nextInt(3); n > 0; n--) {
                sb.note(text(r));
            }
            b.section(sb);
        }
        return b.build();
    }

    static ReportFormat format(long seed, ZoneId zone) {
        Random r = new Random(~seed);
        Locale[] locales = {Locale.ROOT, Locale.GERMANY, Locale.US, Locale.forLanguageTag("hi-IN")};
        return new ReportFormat(locales[r.nextInt(locales.length)], r.nextInt(7), r.nextInt(7),
                ReportFormat.DurationStyle.values()[r.nextInt(3)], zone);
    }

    static String text(Random r) {
        StringBuilder b = new StringBuilder();
        for (int i = r.nextInt(5); i > 0; i--) {
            b.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    private static Instant instant(Random r) {
        return Instant.ofEpochSecond(1_600_000_000L + r.nextInt(400_000_000), r.nextInt(1_000_000_000));
    }

    private static double value(Random r) {
        switch (r.nextInt(5)) {
            case 0:
                return 0;
            case 1:
                return r.nextInt(1000);
            case 2:
                return (r.nextBoolean() ? -1 : 1) * r.nextDouble() * 100;
            case 3:
                return (r.nextBoolean() ? -1 : 1) * Math.pow(10, -6 + 14 * r.nextDouble());
            default:
                return r.nextDouble();
        }
    }

    private static Cell cell(Random r) {
        int kind = r.nextInt(10);
        if (kind == 0) {
            return new Cell.Text(text(r));
        }
        if (kind == 1) {
            return new Cell.Moment(instant(r));
        }
        Unit unit = Unit.values()[r.nextInt(Unit.values().length)];
        boolean defined = r.nextInt(5) > 0;
        double v = unit == Unit.COUNT ? r.nextInt(100_000) : value(r);
        OptionalDouble value = defined ? OptionalDouble.of(v) : OptionalDouble.empty();
        long sample = r.nextInt(3) == 0 ? 0 : r.nextInt(1_000_000);
        OptionalLong num = OptionalLong.empty();
        OptionalLong den = OptionalLong.empty();
        if (r.nextBoolean()) {
            long d = r.nextInt(1000);
            num = OptionalLong.of(d == 0 ? 0 : r.nextInt((int) d + 1));
            den = OptionalLong.of(d);
        }
        Optional<Interval> interval = defined && r.nextBoolean()
                ? Optional.of(Interval.of(v - r.nextDouble() * 10, v + r.nextDouble() * 10, 0.5 + r.nextDouble() * 0.49))
                : Optional.empty();
        Optional<TargetResult> target = Optional.empty();
        if (r.nextInt(4) == 0) {
            Target.Outcome o = defined ? Target.Outcome.values()[r.nextInt(3)] : Target.Outcome.UNDEFINED;
            target = Optional.of(new TargetResult(text(r), o, value,
                    r.nextBoolean() ? OptionalDouble.of(value(r)) : OptionalDouble.empty(),
                    r.nextBoolean() ? OptionalDouble.of(value(r)) : OptionalDouble.empty()));
        }
        return new Cell.Measure(unit, value, sample, num, den, interval, target, r.nextInt(6) == 0);
    }
}
