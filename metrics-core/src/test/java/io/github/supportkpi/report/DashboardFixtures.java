package io.github.supportkpi.report;

import io.github.supportkpi.metric.Interval;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** A help-desk report of every section kind, made by hand, for the dashboard's tests. */
final class DashboardFixtures {
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final ReportFormat FORMAT = ReportFormat.defaults(ZONE);

    private DashboardFixtures() {
    }

    /** A rate in percent from counts, with a 95% interval given in percent. */
    static Cell.Measure rate(long num, long den, double lo, double hi) {
        return new Cell.Measure(Unit.PERCENT, OptionalDouble.of(100.0 * num / den), den, OptionalLong.of(num),
                OptionalLong.of(den), Optional.of(Interval.of(lo, hi, 0.95)), Optional.empty(), false);
    }

    static TargetResult target(String name, Target.Outcome outcome, double actual) {
        return new TargetResult(name, outcome, outcome == Target.Outcome.UNDEFINED ? OptionalDouble.empty()
                : OptionalDouble.of(actual), OptionalDouble.empty(), OptionalDouble.empty());
    }

    static Cell.Measure undefined(Unit unit) {
        return Cell.Measure.of(unit, OptionalDouble.empty(), 0);
    }

    static Section tiles() {
        return new Section("executive", "Executive summary", Section.Kind.TILES, List.of("Value"), List.of(
                Row.of("CSAT", rate(412, 472, 84.1, 90.2)
                        .withTarget(target("csat >= 85%", Target.Outcome.MET, 87.29))),
                Row.of("First response time (median)", Cell.Measure.of(Unit.DURATION, OptionalDouble.of(11_100), 940)
                        .withTarget(target("frt <= 2h", Target.Outcome.MISSED, 11_100))),
                Row.of("FCR", rate(9, 12, 46.8, 91.1).withTooFew(true)),
                Row.of("NPS", Cell.Measure.of(Unit.POINTS, OptionalDouble.of(18), 230)
                        .withInterval(Interval.of(8.4, 27.6, 0.95))),
                Row.of("Tickets", Cell.Measure.count(1234)),
                Row.of("Cost per resolution", undefined(Unit.MONEY)
                        .withTarget(target("cost <= 20", Target.Outcome.UNDEFINED, 0)))),
                List.of("CSAT counts 4 and 5 of 5 as satisfied."));
    }

    static Section trend() {
        List<Row> rows = new ArrayList<>();
        double[] csat = {84.0, 86.5, 85.2, 88.1, 87.4, 89.0};
        double[] frt = {12_600, 11_400, 13_800, 10_200, 9_600, 11_100};
        for (int w = 0; w < 6; w++) {
            rows.add(Row.of("2026-W" + (10 + w),
                    Cell.Measure.of(Unit.PERCENT, OptionalDouble.of(csat[w]), 150 + w)
                            .withInterval(Interval.of(csat[w] - 3, csat[w] + 3, 0.95)),
                    Cell.Measure.of(Unit.DURATION, OptionalDouble.of(frt[w]), 200 + w)));
        }
        return new Section("trend.weekly", "Weekly trend", Section.Kind.TREND, List.of("CSAT", "FRT median"), rows,
                List.of("Weeks start on Monday, in Europe/Berlin."));
    }

    static Section bars() {
        String[] bands = {"< 1 day", "1-3 days", "3-7 days", "7-30 days", "> 30 days"};
        long[] open = {48, 31, 17, 9, 3};
        List<Row> rows = new ArrayList<>();
        for (int b = 0; b < bands.length; b++) {
            rows.add(Row.of(bands[b], Cell.Measure.count(open[b])));
        }
        return new Section("backlog.age", "Open backlog by age", Section.Kind.BARS, List.of("Open tickets"), rows,
                List.of("Age counted from creation to the report's instant."));
    }

    static Section heatmap() {
        List<String> hours = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            hours.add(String.format(Locale.ROOT, "%02d", h));
        }
        List<Row> rows = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            List<Cell> cells = new ArrayList<>();
            for (int h = 0; h < 24; h++) {
                boolean weekend = d.getValue() >= 6;
                double office = h >= 8 && h < 18 ? 1 : 0.12;
                long count = Math.round((weekend ? 6 : 30) * office * (1 + 0.35 * Math.sin(h + d.getValue())));
                cells.add(Cell.Measure.count(count));
            }
            rows.add(new Row(d.getDisplayName(TextStyle.SHORT, Locale.ROOT), cells));
        }
        return new Section("volume.heatmap", "Tickets created by weekday and hour", Section.Kind.HEATMAP, hours, rows,
                List.of("Hours in Europe/Berlin."));
    }

    static Section table() {
        return new Section("sla", "SLA compliance by priority", Section.Kind.TABLE,
                List.of("Priority", "Compliance", "Breached", "Median FRT", "Checked"), List.of(
                        Row.of("Urgent", new Cell.Text("P1"), rate(88, 100, 80.2, 93.0)
                                        .withTarget(target("sla >= 90%", Target.Outcome.MISSED, 88)),
                                Cell.Measure.count(12), Cell.Measure.of(Unit.DURATION, OptionalDouble.of(1_380), 100),
                                new Cell.Moment(Instant.parse("2026-04-13T07:30:00Z"))),
                        Row.of("Normal", new Cell.Text("P3"), rate(940, 1000, 92.4, 95.3)
                                        .withTarget(target("sla >= 90%", Target.Outcome.MET, 94)),
                                Cell.Measure.count(60), Cell.Measure.of(Unit.DURATION, OptionalDouble.of(7_260), 1000),
                                new Cell.Moment(Instant.parse("2026-04-13T07:30:00Z"))),
                        Row.of("Low", new Cell.Text("P4"), rate(3, 4, 30.1, 95.4).withTooFew(true),
                                Cell.Measure.count(1), undefined(Unit.DURATION),
                                new Cell.Moment(Instant.parse("2026-04-13T07:30:00Z")))),
                List.of("Breached: the first-response clock passed its target.", "Low has too few tickets to judge."));
    }

    static Report report() {
        return new Report("Help desk KPIs", List.of("2026-03-02 to 2026-04-12", "Generated help-desk data"), ZONE,
                Optional.of(Instant.parse("2026-04-13T00:00:00Z")),
                List.of(tiles(), trend(), bars(), heatmap(), table()));
    }
}
