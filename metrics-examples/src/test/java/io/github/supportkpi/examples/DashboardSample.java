package io.github.supportkpi.examples;

import io.github.supportkpi.metric.Interval;
import io.github.supportkpi.report.Cell;
import io.github.supportkpi.report.Report;
import io.github.supportkpi.report.ReportFormat;
import io.github.supportkpi.report.Row;
import io.github.supportkpi.report.Section;
import io.github.supportkpi.report.Target;
import io.github.supportkpi.report.TargetResult;
import io.github.supportkpi.report.Unit;
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

/** A help-desk report of every section kind, made by hand, for the dashboard's browser test. */
final class DashboardSample {
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final ReportFormat FORMAT = ReportFormat.defaults(ZONE);

    private DashboardSample() {
    }

    /** A rate in percent of counts, with a 95% interval in percent. */
    static Cell.Measure rate(long num, long den, double lower, double upper) {
        return new Cell.Measure(Unit.PERCENT, OptionalDouble.of(100.0 * num / den), den, OptionalLong.of(num),
                OptionalLong.of(den), Optional.of(Interval.of(lower, upper, 0.95)), Optional.empty(), false);
    }

    static Cell.Measure duration(double seconds, long n) {
        return Cell.Measure.of(Unit.DURATION, OptionalDouble.of(seconds), n);
    }

    static Cell.Measure undefined(Unit unit) {
        return Cell.Measure.of(unit, OptionalDouble.empty(), 0);
    }

    static TargetResult target(String name, Target.Outcome outcome, OptionalDouble actual) {
        return new TargetResult(name, outcome, actual, OptionalDouble.empty(), OptionalDouble.empty());
    }

    static Section tiles() {
        return new Section("executive", "Executive summary", Section.Kind.TILES, List.of("This period"), List.of(
                Row.of("CSAT", rate(412, 472, 84.0, 90.0)
                        .withTarget(target("CSAT >= 85%", Target.Outcome.MET, OptionalDouble.of(87.29)))),
                Row.of("First response time (median)", duration(11_100, 940)
                        .withTarget(target("FRT <= 2h", Target.Outcome.MISSED, OptionalDouble.of(11_100)))),
                Row.of("First-contact resolution", rate(9, 12, 46.8, 91.1).withTooFew(true)),
                Row.of("NPS", Cell.Measure.of(Unit.POINTS, OptionalDouble.of(18), 230)
                        .withInterval(Interval.of(8.4, 27.6, 0.95))),
                Row.of("Tickets created", Cell.Measure.count(1_234)),
                Row.of("Open backlog", Cell.Measure.count(108)),
                Row.of("Average resolution time", duration(2 * 86_400 + 4 * 3600, 1_010)),
                Row.of("Cost per resolution", undefined(Unit.MONEY)
                        .withTarget(target("Cost <= 20.00", Target.Outcome.UNDEFINED, OptionalDouble.empty())))),
                List.of("CSAT counts 4 and 5 of 5 as satisfied; intervals are 95% Wilson intervals.",
                        "Cost per resolution needs the period's cost, which this data does not have."));
    }

    static Section trend() {
        double[] csat = {84.0, 86.5, 85.2, 88.1, 87.4, 89.0};
        double[] frt = {12_600, 11_400, 13_800, 10_200, 9_600, 11_100};
        List<Row> rows = new ArrayList<>();
        for (int w = 0; w < csat.length; w++) {
            rows.add(Row.of("2026-W" + (10 + w),
                    Cell.Measure.of(Unit.PERCENT, OptionalDouble.of(csat[w]), 150 + w)
                            .withInterval(Interval.of(csat[w] - 3.1, csat[w] + 2.9, 0.95)),
                    duration(frt[w], 200 + w)));
        }
        return new Section("trend.weekly", "Weekly trend", Section.Kind.TREND, List.of("CSAT", "First response (median)"),
                rows, List.of("Weeks start on Monday, in Europe/Berlin."));
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
                double office = h >= 8 && h < 18 ? 1 : 0.12;
                cells.add(Cell.Measure.count(Math.round((d.getValue() >= 6 ? 6 : 30) * office
                        * (1 + 0.35 * Math.sin(h + d.getValue())))));
            }
            rows.add(new Row(d.getDisplayName(TextStyle.SHORT, Locale.ROOT), cells));
        }
        return new Section("volume.heatmap", "Tickets created by weekday and hour", Section.Kind.HEATMAP, hours, rows,
                List.of("Hours in Europe/Berlin."));
    }

    static Section table() {
        Instant checked = Instant.parse("2026-04-13T07:30:00Z");
        return new Section("sla", "SLA compliance by priority", Section.Kind.TABLE,
                List.of("Policy", "Compliance", "Breached", "Median FRT", "Checked"), List.of(
                        Row.of("Urgent", new Cell.Text("1h first response"), rate(88, 100, 80.2, 93.0)
                                        .withTarget(target("SLA >= 90%", Target.Outcome.MISSED, OptionalDouble.of(88))),
                                Cell.Measure.count(12), duration(1_380, 100), new Cell.Moment(checked)),
                        Row.of("Normal", new Cell.Text("8h first response"), rate(940, 1000, 92.4, 95.3)
                                        .withTarget(target("SLA >= 90%", Target.Outcome.MET, OptionalDouble.of(94))),
                                Cell.Measure.count(60), duration(7_260, 1000), new Cell.Moment(checked)),
                        Row.of("Low <& \"quoted\">", new Cell.Text("<script>alert(1)</script>"),
                                rate(3, 4, 30.1, 95.4).withTooFew(true), Cell.Measure.count(1),
                                undefined(Unit.DURATION), new Cell.Moment(checked))),
                List.of("Breached: the first-response clock passed its target.",
                        "Low has too few tickets to judge; its name is markup, shown as text."));
    }

    /** The report: tiles, a trend, bars, a heat map and a table. */
    static Report report() {
        return new Report("Help desk KPIs", List.of("2026-03-02 to 2026-04-12 (6 weeks)", "Generated help-desk data"),
                ZONE, Optional.of(Instant.parse("2026-04-13T00:00:00Z")),
                List.of(tiles(), trend(), bars(), heatmap(), table()));
    }
}
