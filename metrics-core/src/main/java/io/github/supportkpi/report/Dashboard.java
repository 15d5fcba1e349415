package io.github.supportkpi.report;

import io.github.supportkpi.metric.Interval;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A {@link Report} as one self-contained HTML page: a dashboard a support lead opens in a browser.
 *
 * <p>The page needs nothing at view time: no scripts, fonts, images or style sheets from anywhere (a
 * content security policy in the page forbids them); its style is inline and its charts are inline SVG drawn
 * here. Each section is drawn by its {@link Section.Kind}:
 * <ul>
 *   <li>{@link Section.Kind#TILES}: a tile per row, with the value, its confidence interval, the sample size
 *       {@code n}, the rate's counts, the target's outcome (a badge in colour and words) and the
 *       {@code too few} mark;</li>
 *   <li>{@link Section.Kind#TREND}: a line chart per column that holds measures, rows along the x axis;</li>
 *   <li>{@link Section.Kind#BARS}: horizontal bars, a group per row, a bar per column;</li>
 *   <li>{@link Section.Kind#HEATMAP}: a grid of rows by columns shaded by value, with its colour scale;</li>
 *   <li>{@link Section.Kind#TABLE}: a table, intervals and sample sizes in a muted line under each value.</li>
 * </ul>
 * Every chart also has its data as a table in a collapsed "Data" block, and every section its notes.
 *
 * <p>Values are written with the one {@link ReportFormat}; an undefined value as {@code n/a}, never as 0.
 * Every value in the page is an element carrying, for a reader or a test,
 * {@code data-section} (the section's id), {@code data-row} and {@code data-row-index} (the row's label and
 * position), {@code data-column} and {@code data-column-index}, {@code data-value} (the raw value: a
 * measure's value as {@link Double#toString(double)}, empty when undefined; a text's text; an instant as
 * ISO-8601), {@code data-text} (the cell as {@link ReportFormat#cell(Cell)} writes it) and, for a measure,
 * {@code data-unit} and {@code data-state} ({@code defined}, {@code undefined} or {@code too-few}). In HTML
 * the element's text is {@code data-text}; in SVG its {@code <title>} (the tooltip) contains it.
 *
 * <p>All text of the report is escaped. The markup is also well-formed XML. Immutable and thread-safe
 * (stateless).
 *
 * <pre>{@code
 * Dashboard.write(report, ReportFormat.defaults(zone), Path.of("dashboard.html"));
 * }</pre>
 */
public final class Dashboard {
    private Dashboard() {
    }

    /**
     * The page.
     *
     * @param report the report
     * @param format how values are written
     * @return the HTML page
     * @throws NullPointerException if an argument is null
     */
    public static String html(Report report, ReportFormat format) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(format, "format");
        StringBuilder out = new StringBuilder(32_768);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'; img-src data:\" />\n")
                .append("<meta name=\"generator\" content=\"supportkpi\" />\n")
                .append("<title>").append(esc(report.title())).append("</title>\n<style>\n").append(DashboardStyle.CSS)
                .append("</style>\n</head>\n<body>\n<header class=\"page-head\">\n<h1>").append(esc(report.title()))
                .append("</h1>\n");
        for (String line : report.subtitle()) {
            out.append("<p class=\"subtitle\">").append(esc(line)).append("</p>\n");
        }
        out.append("<p class=\"meta\">");
        report.asOf().ifPresent(at -> out.append("<span>As of ").append(esc(format.instant(new Cell.Moment(at))))
                .append("</span>"));
        out.append("<span>Times in ").append(esc(format.zone().getId())).append("</span></p>\n");
        if (!report.sections().isEmpty()) {
            out.append("<nav class=\"toc\" aria-label=\"Sections\">");
            for (Section s : report.sections()) {
                out.append("<a href=\"#s-").append(s.id()).append("\">").append(esc(s.title())).append("</a>");
            }
            out.append("</nav>\n");
        }
        out.append("</header>\n<main>\n");
        if (report.sections().isEmpty()) {
            out.append("<p class=\"empty\">This report has no sections.</p>\n");
        }
        for (Section s : report.sections()) {
            section(out, s, format);
        }
        out.append("</main>\n<footer class=\"page-foot\">Made with supportkpi. Undefined values are written ")
                .append(ReportFormat.UNDEFINED).append("; values from too few records are marked ")
                .append(esc(ReportFormat.TOO_FEW)).append(".</footer>\n</body>\n</html>\n");
        return out.toString();
    }

    /**
     * Writes the page to a file, in UTF-8, replacing it.
     *
     * @param report the report
     * @param format how values are written
     * @param file the file
     * @throws IOException if the file cannot be written
     * @throws NullPointerException if an argument is null
     */
    public static void write(Report report, ReportFormat format, Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        Files.writeString(file, html(report, format), StandardCharsets.UTF_8);
    }

    private static void section(StringBuilder out, Section s, ReportFormat format) {
        out.append("<section class=\"section kind-").append(s.kind().name().toLowerCase(java.util.Locale.ROOT))
                .append("\" id=\"s-").append(s.id()).append("\" data-section=\"").append(s.id())
                .append("\" data-kind=\"").append(s.kind().name()).append("\" aria-labelledby=\"h-").append(s.id())
                .append("\">\n<h2 id=\"h-").append(s.id()).append("\">").append(esc(s.title())).append("</h2>\n");
        if (s.rows().isEmpty()) {
            out.append("<p class=\"empty\">No data.</p>\n");
        } else {
            switch (s.kind()) {
                case TILES:
                    tiles(out, s, format);
                    break;
                case TREND:
                    DashboardCharts.trend(out, s, format);
                    dataTable(out, s, format);
                    break;
                case BARS:
                    DashboardCharts.bars(out, s, format);
                    dataTable(out, s, format);
                    break;
                case HEATMAP:
                    DashboardCharts.heatmap(out, s, format);
                    dataTable(out, s, format);
                    break;
                case TABLE:
                default:
                    table(out, s, format, false);
                    break;
            }
        }
        if (!s.notes().isEmpty()) {
            out.append("<ul class=\"notes\">\n");
            for (String note : s.notes()) {
                out.append("<li>").append(esc(note)).append("</li>\n");
            }
            out.append("</ul>\n");
        }
        out.append("</section>\n");
    }

    private static void tiles(StringBuilder out, Section s, ReportFormat format) {
        out.append("<div class=\"tiles\">\n");
        for (int r = 0; r < s.rows().size(); r++) {
            Row row = s.rows().get(r);
            String status = "";
            if (!row.cells().isEmpty() && row.cells().get(0) instanceof Cell.Measure m && m.target().isPresent()) {
                status = " tile-" + m.target().get().outcome().name().toLowerCase(java.util.Locale.ROOT);
            }
            if (!row.cells().isEmpty() && row.cells().get(0) instanceof Cell.Measure m && m.tooFew()) {
                status += " tile-few";
            }
            out.append("<article class=\"tile").append(status).append("\" data-section=\"").append(s.id())
                    .append("\" data-row=\"").append(esc(row.label())).append("\">\n<h3 class=\"tile-label\">")
                    .append(esc(row.label())).append("</h3>\n");
            if (!row.cells().isEmpty()) {
                Cell first = row.cells().get(0);
                out.append("<p class=\"tile-value\">");
                value(out, s, r, 0, first, format);
                out.append("</p>\n");
                if (first instanceof Cell.Measure m) {
                    String meta = details(m, format);
                    if (!meta.isEmpty()) {
                        out.append("<p class=\"tile-meta\">").append(meta).append("</p>\n");
                    }
                    if (m.target().isPresent()) {
                        out.append("<p class=\"tile-target\">").append(target(m.target().get(), format)).append("</p>\n");
                    }
                }
                if (row.cells().size() > 1) {
                    out.append("<dl class=\"tile-more\">");
                    for (int c = 1; c < row.cells().size(); c++) {
                        out.append("<div><dt>").append(esc(s.columns().get(c))).append("</dt><dd>");
                        value(out, s, r, c, row.cells().get(c), format);
                        out.append("</dd></div>");
                    }
                    out.append("</dl>\n");
                }
            }
            out.append("</article>\n");
        }
        out.append("</div>\n");
    }

    private static void dataTable(StringBuilder out, Section s, ReportFormat format) {
        out.append("<details class=\"data\"><summary>Data</summary>\n");
        table(out, s, format, true);
        out.append("</details>\n");
    }

    private static void table(StringBuilder out, Section s, ReportFormat format, boolean compact) {
        out.append("<div class=\"table-wrap\"><table class=\"").append(compact ? "grid compact" : "grid")
                .append("\">\n<thead><tr><th scope=\"col\" class=\"corner\"><span class=\"sr-only\">")
                .append(esc(s.title())).append("</span></th>");
        for (int c = 0; c < s.columns().size(); c++) {
            out.append("<th scope=\"col\"").append(numericColumn(s, c) ? " class=\"num\"" : "").append(">")
                    .append(esc(s.columns().get(c))).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (int r = 0; r < s.rows().size(); r++) {
            Row row = s.rows().get(r);
            out.append("<tr><th scope=\"row\">").append(esc(row.label())).append("</th>");
            for (int c = 0; c < row.cells().size(); c++) {
                Cell cell = row.cells().get(c);
                boolean measure = cell instanceof Cell.Measure;
                out.append("<td").append(measure ? " class=\"num\"" : "").append(">");
                value(out, s, r, c, cell, format);
                if (cell instanceof Cell.Measure m && !compact) {
                    String meta = details(m, format);
                    if (!meta.isEmpty()) {
                        out.append("<span class=\"sub\">").append(meta).append("</span>");
                    }
                    if (m.target().isPresent()) {
                        out.append("<span class=\"sub\">").append(target(m.target().get(), format)).append("</span>");
                    }
                }
                out.append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody></table></div>\n");
    }

    /** The value element: text is {@code format.cell(cell)}, the too-few mark styled apart. */
    static void value(StringBuilder out, Section s, int r, int c, Cell cell, ReportFormat format) {
        out.append("<span class=\"v").append(stateClass(cell)).append("\"");
        attributes(out, s, r, c, cell, format);
        out.append(">");
        if (cell instanceof Cell.Measure m) {
            out.append(esc(m.value().isPresent() ? format.value(m.unit(), m.value().getAsDouble())
                    : ReportFormat.UNDEFINED));
            if (m.tooFew()) {
                out.append(" <span class=\"few\">").append(esc(ReportFormat.TOO_FEW)).append("</span>");
            }
        } else {
            out.append(esc(format.cell(cell)));
        }
        out.append("</span>");
    }

    static String stateClass(Cell cell) {
        if (cell instanceof Cell.Measure m) {
            return m.value().isEmpty() ? " na" : m.tooFew() ? " too-few" : "";
        }
        return "";
    }

    /** The machine-readable attributes of a value, with a leading space. */
    static void attributes(StringBuilder out, Section s, int r, int c, Cell cell, ReportFormat format) {
        out.append(" data-section=\"").append(s.id()).append("\" data-row=\"").append(esc(s.rows().get(r).label()))
                .append("\" data-row-index=\"").append(r).append("\" data-column=\"").append(esc(s.columns().get(c)))
                .append("\" data-column-index=\"").append(c).append("\" data-value=\"").append(esc(raw(cell)))
                .append("\" data-text=\"").append(esc(format.cell(cell))).append("\"");
        if (cell instanceof Cell.Measure m) {
            out.append(" data-unit=\"").append(m.unit().name()).append("\" data-state=\"")
                    .append(m.value().isEmpty() ? "undefined" : m.tooFew() ? "too-few" : "defined").append("\"");
        }
    }

    /** The raw value of a cell, as {@code data-value} holds it. */
    static String raw(Cell cell) {
        if (cell instanceof Cell.Measure m) {
            return m.value().isPresent() ? Double.toString(m.value().getAsDouble()) : "";
        }
        if (cell instanceof Cell.Text t) {
            return t.text();
        }
        return ((Cell.Moment) cell).instant().toString();
    }

    /** Interval, n and a rate's counts, as escaped HTML spans; empty when the cell has none. */
    private static String details(Cell.Measure m, ReportFormat format) {
        StringBuilder b = new StringBuilder();
        m.interval().ifPresent(i -> b.append("<span class=\"meta-item ci\">").append(esc(intervalText(m.unit(), i, format)))
                .append("</span>"));
        if (m.numerator().isPresent()) {
            b.append("<span class=\"meta-item rate\">").append(esc(format.value(Unit.COUNT, m.numerator().getAsLong())))
                    .append(" of ").append(esc(format.value(Unit.COUNT, m.denominator().getAsLong())))
                    .append("</span>");
        }
        if (!(m.unit() == Unit.COUNT && m.value().isPresent() && m.value().getAsDouble() == m.sampleSize())) {
            b.append("<span class=\"meta-item n\">n=").append(esc(format.value(Unit.COUNT, m.sampleSize()))).append("</span>");
        }
        return b.toString();
    }

    /** {@code 95% CI 84.1%–90.2%}. */
    static String intervalText(Unit unit, Interval interval, ReportFormat format) {
        return BigDecimal.valueOf(interval.level() * 100).stripTrailingZeros().toPlainString() + "% CI "
                + format.interval(unit, interval);
    }

    /** The target's badge and name, as escaped HTML. */
    private static String target(TargetResult t, ReportFormat format) {
        String cls;
        String text;
        switch (t.outcome()) {
            case MET:
                cls = "met";
                text = "\u2713 Target met";
                break;
            case MISSED:
                cls = "missed";
                text = "\u2717 Target missed";
                break;
            case UNDEFINED:
            default:
                cls = "undefined";
                text = "\u2013 Target " + ReportFormat.UNDEFINED;
                break;
        }
        StringBuilder b = new StringBuilder("<span class=\"badge ").append(cls).append("\" data-target=\"")
                .append(t.outcome().name()).append("\">").append(text).append("</span> <span class=\"target-name\">")
                .append(esc(t.target()));
        if (t.baseline().isPresent()) {
            b.append(", change ").append(t.changePercent().isPresent()
                    ? esc(signed(format.value(Unit.PERCENT, t.changePercent().getAsDouble()),
                            t.changePercent().getAsDouble()))
                    : ReportFormat.UNDEFINED);
        }
        return b.append("</span>").toString();
    }

    private static String signed(String text, double v) {
        return v > 0 ? "+" + text : text;
    }

    /** Whether a column holds at least one measure. */
    static boolean numericColumn(Section s, int c) {
        for (Row row : s.rows()) {
            if (row.cells().get(c) instanceof Cell.Measure) {
                return true;
            }
        }
        return false;
    }

    /** Text escaped for HTML and XML, in content and in quoted attributes. */
    static String esc(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            String rep;
            switch (ch) {
                case '&':
                    rep = "&amp;";
                    break;
                case '<':
                    rep = "&lt;";
                    break;
                case '>':
                    rep = "&gt;";
                    break;
                case '"':
                    rep = "&quot;";
                    break;
                case '\'':
                    rep = "&#39;";
                    break;
                default:
                    // Control characters are not allowed in XML, nor useful in a page: a replacement character.
                    rep = ch < 0x20 && ch != '\n' && ch != '\t' && ch != '\r' ? "\uFFFD" : null;
                    break;
            }
            if (rep != null) {
                if (b == null) {
                    b = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                b.append(rep);
            } else if (b != null) {
                b.append(ch);
            }
        }
        return b == null ? text : b.toString();
    }

    /** The cells of a column that are measures with a value. */
    static List<Double> definedValues(Section s, int c) {
        List<Double> values = new java.util.ArrayList<>();
        for (Row row : s.rows()) {
            if (row.cells().get(c) instanceof Cell.Measure m && m.value().isPresent()) {
                values.add(m.value().getAsDouble());
            }
        }
        return values;
    }
}
