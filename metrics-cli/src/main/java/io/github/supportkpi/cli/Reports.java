package io.github.supportkpi.cli;

import io.github.supportkpi.domain.DataQuality;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.report.Cell;
import io.github.supportkpi.report.Cells;
import io.github.supportkpi.report.Report;
import io.github.supportkpi.report.ReportFormat;
import io.github.supportkpi.report.Row;
import io.github.supportkpi.report.Section;
import io.github.supportkpi.report.Unit;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * A command's table as the core's {@link Report}, for the Markdown and HTML outputs: the metrics as one
 * section (a trend when the rows are buckets of time), the data quality and the refusals as tables, the
 * definitions as text. Rates carry their 95% Wilson intervals; values from fewer records than the minimum
 * sample are marked too few.
 */
final class Reports {
    /** The headings of bucket key columns. */
    private static final java.util.Set<String> BUCKETS = java.util.Set.of("hour", "day", "week", "month", "quarter");

    private Reports() {}

    /**
     * The report of a command's output.
     *
     * @param header what the report is of
     * @param table the rows
     * @return the report
     */
    static Report of(Render.Header header, Table table) {
        Cells cells = Cells.defaults();
        Report.Builder report = Report.builder("supportkpi " + header.command(), zone(header))
                .subtitle(String.join(", ", header.inputs()));
        List<String> settings = new ArrayList<>();
        header.settings().forEach((k, v) -> settings.add(k + ": " + v));
        if (!settings.isEmpty()) {
            report.subtitle(String.join("; ", settings));
        }
        header.notes().forEach(report::subtitle);

        // Rows by buckets of time alone are a trend; its total goes to a table of its own.
        boolean trend = table.keyColumns.size() == 1 && BUCKETS.contains(table.keyColumns.get(0));
        Section.Builder metrics = Section.builder("metrics", "Metrics", trend ? Section.Kind.TREND : Section.Kind.TABLE);
        Section.Builder total = Section.builder("total", "Over the whole period", Section.Kind.TABLE);
        List<String> headings = new ArrayList<>();
        table.columns.forEach(c -> headings.add(c.heading()));
        metrics.columns(headings);
        total.columns(headings);
        boolean hasTotal = false;
        for (Table.Row r : table.rows) {
            List<Cell> row = new ArrayList<>();
            for (int i = 0; i < table.columns.size(); i++) {
                row.add(cell(table.columns.get(i), r.cells().get(i), cells));
            }
            Row line = new Row(String.join(" \u00b7 ", r.keys()), row);
            if (trend && r.keys().equals(List.of(Grouping.ALL))) {
                total.row(line);
                hasTotal = true;
            } else {
                metrics.row(line);
            }
        }
        if (!table.keyColumns.isEmpty()) {
            metrics.note("Rows by " + String.join(", ", table.keyColumns) + "; " + io.github.supportkpi.report.Labels.ALL
                    + " is the total over a key.");
        }
        report.section(metrics);
        if (hasTotal) {
            report.section(total);
        }
        report.section(quality("quality", "Data quality", header.quality()));
        if (header.refusals().rows() > 0 || !header.refusals().rejectedByReason().isEmpty()) {
            report.section(quality("refusals", "Records a metric could not use", header.refusals()));
        }
        if (!header.definitions().isEmpty()) {
            Section.Builder defs = Section.builder("definitions", "Definitions", Section.Kind.TABLE).columns("definition");
            header.definitions().forEach((id, text) -> defs.row(id, new Cell.Text(text)));
            report.section(defs);
        }
        return report.build();
    }

    /**
     * The format values are written in: the defaults, in the report's zone.
     *
     * @param report the report
     * @return the format
     */
    static ReportFormat format(Report report) {
        return ReportFormat.defaults(report.zone());
    }

    private static Cell cell(Table.Column column, Table.Cell c, Cells cells) {
        OptionalDouble value = c.value().isPresent() ? OptionalDouble.of(c.value().get()) : OptionalDouble.empty();
        switch (column.unit()) {
            case COUNT:
                return Cell.Measure.count(c.value().map(Double::longValue).orElse(0L));
            case PERCENT:
                if (c.numerator().isPresent() && c.denominator().isPresent()) {
                    return cells.percent(Ratio.of(c.numerator().get(), c.denominator().get()));
                }
                return measure(Unit.PERCENT, value, c.n(), cells);
            case SECONDS:
                return measure(Unit.DURATION, value, c.n(), cells);
            case NUMBER:
            default:
                return measure(Unit.NUMBER, value, c.n(), cells);
        }
    }

    private static Cell.Measure measure(Unit unit, OptionalDouble value, long n, Cells cells) {
        return new Cell.Measure(unit, value, n, OptionalLong.empty(), OptionalLong.empty(), Optional.empty(),
                Optional.empty(), value.isPresent() && n < cells.minimumSample());
    }

    private static Section.Builder quality(String id, String title, DataQuality q) {
        Section.Builder s = Section.builder(id, title, Section.Kind.TABLE).columns("records")
                .row("rows read", Cell.Measure.count(q.rows()))
                .row("kept", Cell.Measure.count(q.kept()))
                .row("rejected", Cell.Measure.count(q.rejected()))
                .row("fields ignored", Cell.Measure.count(q.ignored()))
                .row("suspect", Cell.Measure.count(q.suspect()));
        for (Map.Entry<String, Long> e : q.rejectedByReason().entrySet()) {
            s.row("rejected: " + e.getKey(), Cell.Measure.count(e.getValue()));
        }
        for (Map.Entry<String, Long> e : q.ignoredByReason().entrySet()) {
            s.row("ignored: " + e.getKey(), Cell.Measure.count(e.getValue()));
        }
        for (Map.Entry<String, Long> e : q.suspectByReason().entrySet()) {
            s.row("suspect: " + e.getKey(), Cell.Measure.count(e.getValue()));
        }
        return s;
    }

    private static ZoneId zone(Render.Header header) {
        String zone = header.settings().get("zone");
        if (zone == null) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
