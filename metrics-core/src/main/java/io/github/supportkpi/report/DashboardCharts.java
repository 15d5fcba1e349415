package io.github.supportkpi.report;

import static io.github.supportkpi.report.Dashboard.esc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The inline SVG charts of a {@link Dashboard}: line charts, horizontal bars and a heat map. */
final class DashboardCharts {
    /** Colours of the series of a bar chart, in order. */
    private static final String[] SERIES = {"#2f6fdf", "#0f9488", "#d4861a", "#7c4dde", "#d63f7a", "#64748b"};
    /** Steps of a duration axis, in seconds. */
    private static final double[] DURATION_STEPS = {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200,
            10_800, 21_600, 43_200, 86_400, 172_800, 432_000, 864_000};
    private static final int TREND_W = 560;
    private static final int TREND_H = 250;

    private DashboardCharts() {
    }

    /** A line chart per column that holds measures. */
    static void trend(StringBuilder out, Section s, ReportFormat format) {
        out.append("<div class=\"charts\">\n");
        for (int c = 0; c < s.columns().size(); c++) {
            if (Dashboard.numericColumn(s, c)) {
                line(out, s, c, format);
            }
        }
        out.append("</div>\n");
    }

    private static void line(StringBuilder out, Section s, int c, ReportFormat format) {
        int n = s.rows().size();
        Unit unit = unit(s, c);
        List<Double> bounds = new ArrayList<>(Dashboard.definedValues(s, c));
        for (Row row : s.rows()) {
            if (row.cells().get(c) instanceof Cell.Measure m && m.interval().isPresent()) {
                bounds.add(m.interval().get().lower());
                bounds.add(m.interval().get().upper());
            }
        }
        double left = 70;
        double right = TREND_W - 18;
        double top = 14;
        double bottom = TREND_H - 38;
        Axis axis = Axis.of(bounds, unit, format, 5, false);
        String column = s.columns().get(c);
        List<Double> values = Dashboard.definedValues(s, c);
        out.append("<figure class=\"chart\">\n<figcaption>").append(esc(column));
        for (int r = n - 1; r >= 0; r--) {
            if (s.rows().get(r).cells().get(c) instanceof Cell.Measure m && m.value().isPresent()) {
                out.append("<span class=\"latest\">").append(esc(s.rows().get(r).label())).append(": ");
                Dashboard.value(out, s, r, c, m, format);
                out.append("</span>");
                break;
            }
        }
        out.append("</figcaption>\n")
                .append("<svg class=\"chart-svg trend\" viewBox=\"0 0 ").append(TREND_W).append(' ').append(TREND_H)
                .append("\" role=\"img\" data-chart=\"trend\" data-section=\"").append(s.id())
                .append("\" data-column=\"").append(esc(column)).append("\" aria-label=\"")
                .append(esc(column + ": line chart of " + n + " points, " + s.rows().get(0).label() + " to "
                        + s.rows().get(n - 1).label() + (values.isEmpty() ? ", no defined value"
                        : ", from " + format.value(unit, min(values)) + " to " + format.value(unit, max(values)))))
                .append("\">\n<title>").append(esc(s.title() + ": " + column)).append("</title>\n");
        // grid and y axis
        out.append("<g class=\"grid\">");
        if (!values.isEmpty()) {
            for (double t : axis.ticks) {
                double y = axis.position(t, bottom, top);
                out.append("<line x1=\"").append(f(left)).append("\" x2=\"").append(f(right)).append("\" y1=\"")
                        .append(f(y)).append("\" y2=\"").append(f(y)).append("\" />");
            }
        }
        out.append("</g>\n<g class=\"axis y\">");
        if (!values.isEmpty()) {
            for (double t : axis.ticks) {
                out.append("<text x=\"").append(f(left - 8)).append("\" y=\"")
                        .append(f(axis.position(t, bottom, top) + 4)).append("\" text-anchor=\"end\">")
                        .append(esc(axis.label(t))).append("</text>");
            }
        }
        out.append("</g>\n<g class=\"axis x\"><line x1=\"").append(f(left)).append("\" x2=\"").append(f(right))
                .append("\" y1=\"").append(f(bottom)).append("\" y2=\"").append(f(bottom)).append("\" />");
        int every = labelStep(s.rows(), right - left);
        for (int r = 0; r < n; r++) {
            double x = x(r, n, left, right);
            out.append("<line class=\"tick\" x1=\"").append(f(x)).append("\" x2=\"").append(f(x)).append("\" y1=\"")
                    .append(f(bottom)).append("\" y2=\"").append(f(bottom + 4)).append("\" />");
            if (r % every == 0) {
                out.append("<text x=\"").append(f(x)).append("\" y=\"").append(f(bottom + 18))
                        .append("\" text-anchor=\"middle\">").append(esc(s.rows().get(r).label())).append("</text>");
            }
        }
        out.append("</g>\n");
        // intervals
        out.append("<g class=\"ci\">");
        for (int r = 0; r < n; r++) {
            if (s.rows().get(r).cells().get(c) instanceof Cell.Measure m && m.interval().isPresent()) {
                double x = x(r, n, left, right);
                out.append("<line x1=\"").append(f(x)).append("\" x2=\"").append(f(x)).append("\" y1=\"")
                        .append(f(axis.position(m.interval().get().lower(), bottom, top))).append("\" y2=\"")
                        .append(f(axis.position(m.interval().get().upper(), bottom, top))).append("\" />");
            }
        }
        out.append("</g>\n");
        // the line, broken where a value is undefined
        StringBuilder points = new StringBuilder();
        int run = 0;
        for (int r = 0; r <= n; r++) {
            Cell cell = r < n ? s.rows().get(r).cells().get(c) : null;
            if (cell instanceof Cell.Measure m && m.value().isPresent()) {
                if (run > 0) {
                    points.append(' ');
                }
                points.append(f(x(r, n, left, right))).append(',')
                        .append(f(axis.position(m.value().getAsDouble(), bottom, top)));
                run++;
            } else {
                if (run > 1) {
                    out.append("<polyline class=\"line\" points=\"").append(points).append("\" />\n");
                }
                points.setLength(0);
                run = 0;
            }
        }
        // the points, and a mark where a value is undefined
        out.append("<g class=\"points\">");
        for (int r = 0; r < n; r++) {
            Cell cell = s.rows().get(r).cells().get(c);
            if (!(cell instanceof Cell.Measure m)) {
                continue;
            }
            double x = x(r, n, left, right);
            if (m.value().isPresent()) {
                out.append("<circle class=\"pt").append(Dashboard.stateClass(cell)).append("\" cx=\"").append(f(x))
                        .append("\" cy=\"").append(f(axis.position(m.value().getAsDouble(), bottom, top)))
                        .append("\" r=\"4\"");
            } else {
                out.append("<text class=\"na-mark\" x=\"").append(f(x)).append("\" y=\"").append(f(bottom - 6))
                        .append("\" text-anchor=\"middle\" aria-hidden=\"true\">").append(ReportFormat.UNDEFINED)
                        .append("</text><circle class=\"pt na\" cx=\"").append(f(x)).append("\" cy=\"")
                        .append(f(bottom)).append("\" r=\"3\"");
            }
            Dashboard.attributes(out, s, r, c, cell, format);
            out.append("><title>").append(esc(tooltip(s, r, c, m, format))).append("</title></circle>");
        }
        out.append("</g>\n</svg>\n</figure>\n");
    }

    /** Horizontal bars: a group per row, a bar per column. */
    static void bars(StringBuilder out, Section s, ReportFormat format) {
        List<Integer> cols = new ArrayList<>();
        for (int c = 0; c < s.columns().size(); c++) {
            if (Dashboard.numericColumn(s, c)) {
                cols.add(c);
            }
        }
        if (cols.isEmpty()) {
            out.append("<p class=\"empty\">No values to draw.</p>\n");
            return;
        }
        List<Double> values = new ArrayList<>();
        for (int c : cols) {
            values.addAll(Dashboard.definedValues(s, c));
        }
        Unit unit = unit(s, cols.get(0));
        double width = 1100;
        double labelW = Math.min(260, Math.max(90, longest(s) * 7.2 + 16));
        double left = labelW;
        double right = width - 96;
        double barH = cols.size() == 1 ? 22 : 16;
        double groupH = cols.size() * barH + 12;
        double top = 8;
        double height = top + s.rows().size() * groupH + 30;
        Axis axis = Axis.of(values, unit, format, 6, true);
        if (cols.size() > 1) {
            out.append("<ul class=\"legend\">");
            for (int k = 0; k < cols.size(); k++) {
                out.append("<li><span class=\"swatch\" style=\"background:").append(SERIES[k % SERIES.length])
                        .append("\"></span>").append(esc(s.columns().get(cols.get(k)))).append("</li>");
            }
            out.append("</ul>\n");
        }
        out.append("<svg class=\"chart-svg bars\" viewBox=\"0 0 ").append(f(width)).append(' ').append(f(height))
                .append("\" role=\"img\" data-chart=\"bars\" data-section=\"").append(s.id()).append("\" aria-label=\"")
                .append(esc(s.title() + ": horizontal bar chart of " + s.rows().size() + " rows"
                        + (values.isEmpty() ? ", no defined value" : ", largest " + format.value(unit, max(values)))))
                .append("\">\n<title>").append(esc(s.title())).append("</title>\n<g class=\"grid\">");
        double axisY = top + s.rows().size() * groupH;
        for (double t : axis.ticks) {
            double x = axis.position(t, left, right);
            out.append("<line x1=\"").append(f(x)).append("\" x2=\"").append(f(x)).append("\" y1=\"").append(f(top))
                    .append("\" y2=\"").append(f(axisY)).append("\" />");
        }
        out.append("</g>\n<g class=\"axis x\">");
        for (double t : axis.ticks) {
            out.append("<text x=\"").append(f(axis.position(t, left, right))).append("\" y=\"").append(f(axisY + 18))
                    .append("\" text-anchor=\"middle\">").append(esc(axis.label(t))).append("</text>");
        }
        out.append("</g>\n");
        double zero = axis.position(0, left, right);
        for (int r = 0; r < s.rows().size(); r++) {
            double y0 = top + r * groupH + 6;
            out.append("<g class=\"bar-row\"><text class=\"row-label\" x=\"").append(f(left - 10)).append("\" y=\"")
                    .append(f(y0 + cols.size() * barH / 2 + 4)).append("\" text-anchor=\"end\">")
                    .append(esc(s.rows().get(r).label())).append("</text>");
            for (int k = 0; k < cols.size(); k++) {
                int c = cols.get(k);
                Cell cell = s.rows().get(r).cells().get(c);
                if (!(cell instanceof Cell.Measure m)) {
                    continue;
                }
                double y = y0 + k * barH;
                double v = m.value().orElse(0);
                double end = m.value().isPresent() ? axis.position(v, left, right) : zero;
                double x = Math.min(zero, end);
                out.append("<rect class=\"bar").append(Dashboard.stateClass(cell)).append("\" x=\"").append(f(x))
                        .append("\" y=\"").append(f(y + 1)).append("\" width=\"").append(f(Math.abs(end - zero)))
                        .append("\" height=\"").append(f(barH - 3)).append("\" rx=\"2\" fill=\"")
                        .append(SERIES[k % SERIES.length]).append("\"");
                Dashboard.attributes(out, s, r, c, cell, format);
                out.append("><title>").append(esc(tooltip(s, r, c, m, format))).append("</title></rect>");
                out.append("<text class=\"bar-value\" x=\"").append(f(Math.max(zero, end) + 6)).append("\" y=\"")
                        .append(f(y + barH / 2 + 3)).append("\">").append(esc(format.cell(cell))).append("</text>");
            }
            out.append("</g>\n");
        }
        out.append("<line class=\"baseline\" x1=\"").append(f(zero)).append("\" x2=\"").append(f(zero))
                .append("\" y1=\"").append(f(top)).append("\" y2=\"").append(f(axisY)).append("\" />\n</svg>\n");
    }

    /** A grid of rows by columns, each cell shaded by its value on one scale, with the scale below. */
    static void heatmap(StringBuilder out, Section s, ReportFormat format) {
        int cols = s.columns().size();
        List<Double> values = new ArrayList<>();
        Unit unit = Unit.COUNT;
        boolean unitKnown = false;
        int longestText = 0;
        for (int c = 0; c < cols; c++) {
            values.addAll(Dashboard.definedValues(s, c));
            for (Row row : s.rows()) {
                if (row.cells().get(c) instanceof Cell.Measure m) {
                    if (!unitKnown) {
                        unit = m.unit();
                        unitKnown = true;
                    }
                    longestText = Math.max(longestText, label(m, format).length());
                }
            }
        }
        double labelW = Math.min(160, Math.max(48, longest(s) * 7.2 + 12));
        double cellW = Math.max(16, Math.min(46, (900 - labelW) / Math.max(1, cols)));
        double cellH = 28;
        double top = 22;
        double gridH = s.rows().size() * cellH;
        double width = labelW + cols * cellW + 4;
        double height = top + gridH + 56;
        boolean showValues = longestText * 6.4 + 6 <= cellW;
        double lo = values.isEmpty() ? 0 : min(values);
        double hi = values.isEmpty() ? 0 : max(values);
        String gradient = "hm-" + s.id().replace('.', '-');
        out.append("<svg class=\"chart-svg heatmap\" viewBox=\"0 0 ").append(f(width)).append(' ').append(f(height))
                .append("\" role=\"img\" data-chart=\"heatmap\" data-section=\"").append(s.id())
                .append("\" aria-label=\"")
                .append(esc(s.title() + ": heat map of " + s.rows().size() + " rows by " + cols + " columns"
                        + (values.isEmpty() ? ", no defined value"
                        : ", from " + format.value(unit, lo) + " to " + format.value(unit, hi))))
                .append("\">\n<title>").append(esc(s.title())).append("</title>\n<defs><linearGradient id=\"")
                .append(gradient).append("\">");
        for (int k = 0; k <= 4; k++) {
            out.append("<stop offset=\"").append(k * 25).append("%\" stop-color=\"").append(shade(k / 4.0))
                    .append("\" />");
        }
        out.append("</linearGradient></defs>\n<g class=\"axis x\">");
        int every = (int) Math.ceil(maxLength(s.columns()) * 6.4 / (cellW - 2));
        every = Math.max(1, every);
        for (int c = 0; c < cols; c += every) {
            out.append("<text x=\"").append(f(labelW + c * cellW + cellW / 2)).append("\" y=\"").append(f(top - 8))
                    .append("\" text-anchor=\"middle\">").append(esc(s.columns().get(c))).append("</text>");
        }
        out.append("</g>\n<g class=\"axis y\">");
        for (int r = 0; r < s.rows().size(); r++) {
            out.append("<text x=\"").append(f(labelW - 8)).append("\" y=\"").append(f(top + r * cellH + cellH / 2 + 4))
                    .append("\" text-anchor=\"end\">").append(esc(s.rows().get(r).label())).append("</text>");
        }
        out.append("</g>\n<g class=\"cells\">");
        for (int r = 0; r < s.rows().size(); r++) {
            for (int c = 0; c < cols; c++) {
                Cell cell = s.rows().get(r).cells().get(c);
                if (!(cell instanceof Cell.Measure m)) {
                    continue;
                }
                double t = m.value().isPresent() ? (hi > lo ? (m.value().getAsDouble() - lo) / (hi - lo) : 1) : 0;
                double x = labelW + c * cellW;
                double y = top + r * cellH;
                out.append("<rect class=\"cell").append(Dashboard.stateClass(cell)).append("\" x=\"")
                        .append(f(x + 1)).append("\" y=\"").append(f(y + 1)).append("\" width=\"").append(f(cellW - 2))
                        .append("\" height=\"").append(f(cellH - 2)).append("\" rx=\"2\" fill=\"")
                        .append(m.value().isPresent() ? shade(t) : "#f1f2f4").append("\"");
                Dashboard.attributes(out, s, r, c, cell, format);
                out.append("><title>").append(esc(tooltip(s, r, c, m, format))).append("</title></rect>");
                if (showValues || m.value().isEmpty()) {
                    out.append("<text class=\"cell-value").append(t > 0.55 ? " on-dark" : "").append("\" x=\"")
                            .append(f(x + cellW / 2)).append("\" y=\"").append(f(y + cellH / 2 + 4))
                            .append("\" text-anchor=\"middle\" aria-hidden=\"true\">")
                            .append(esc(m.value().isPresent() ? label(m, format) : ReportFormat.UNDEFINED))
                            .append("</text>");
                }
            }
        }
        out.append("</g>\n");
        if (!values.isEmpty()) {
            double ly = top + gridH + 18;
            double lw = Math.min(240, cols * cellW);
            out.append("<g class=\"scale\"><rect x=\"").append(f(labelW)).append("\" y=\"").append(f(ly))
                    .append("\" width=\"").append(f(lw)).append("\" height=\"10\" rx=\"2\" fill=\"url(#")
                    .append(gradient).append(")\" /><text x=\"").append(f(labelW)).append("\" y=\"").append(f(ly + 26))
                    .append("\">").append(esc(format.value(unit, lo))).append("</text><text x=\"")
                    .append(f(labelW + lw)).append("\" y=\"").append(f(ly + 26)).append("\" text-anchor=\"end\">")
                    .append(esc(format.value(unit, hi))).append("</text></g>\n");
        }
        out.append("</svg>\n");
    }

    /** A cell's value as a short visible label: the formatted value, {@code *} when too few. */
    private static String label(Cell.Measure m, ReportFormat format) {
        if (m.value().isEmpty()) {
            return ReportFormat.UNDEFINED;
        }
        return format.value(m.unit(), m.value().getAsDouble()) + (m.tooFew() ? "*" : "");
    }

    private static String tooltip(Section s, int r, int c, Cell.Measure m, ReportFormat format) {
        StringBuilder b = new StringBuilder(s.rows().get(r).label()).append(" \u00b7 ").append(s.columns().get(c))
                .append(": ").append(format.cell(m));
        m.interval().ifPresent(i -> b.append(" \u00b7 ").append(Dashboard.intervalText(m.unit(), i, format)));
        b.append(" \u00b7 n=").append(format.value(Unit.COUNT, m.sampleSize()));
        m.target().ifPresent(t -> b.append(" \u00b7 target ").append(t.target()).append(": ")
                .append(t.outcome().name().toLowerCase(Locale.ROOT)));
        return b.toString();
    }

    /** A colour on the sequential scale, {@code t} in [0, 1], light to dark blue. */
    static String shade(double t) {
        int[][] stops = {{238, 243, 250}, {190, 211, 240}, {120, 163, 226}, {52, 106, 196}, {22, 52, 120}};
        double p = Math.max(0, Math.min(1, t)) * (stops.length - 1);
        int i = Math.min(stops.length - 2, (int) Math.floor(p));
        double w = p - i;
        StringBuilder b = new StringBuilder("#");
        for (int k = 0; k < 3; k++) {
            b.append(String.format(Locale.ROOT, "%02x", (int) Math.round(stops[i][k] * (1 - w) + stops[i + 1][k] * w)));
        }
        return b.toString();
    }

    private static Unit unit(Section s, int c) {
        for (Row row : s.rows()) {
            if (row.cells().get(c) instanceof Cell.Measure m) {
                return m.unit();
            }
        }
        return Unit.NUMBER;
    }

    private static int labelStep(List<Row> rows, double width) {
        int longest = 1;
        for (Row row : rows) {
            longest = Math.max(longest, row.label().length());
        }
        int fit = Math.max(1, (int) (width / (longest * 6.6 + 10)));
        return Math.max(1, (int) Math.ceil(rows.size() / (double) fit));
    }

    private static int longest(Section s) {
        int longest = 1;
        for (Row row : s.rows()) {
            longest = Math.max(longest, row.label().length());
        }
        return longest;
    }

    private static int maxLength(List<String> texts) {
        int longest = 1;
        for (String t : texts) {
            longest = Math.max(longest, t.length());
        }
        return longest;
    }

    private static double x(int r, int n, double left, double right) {
        return n == 1 ? (left + right) / 2 : left + 8 + r * (right - left - 16) / (n - 1);
    }

    private static double min(List<Double> values) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : values) {
            m = Math.min(m, v);
        }
        return m;
    }

    private static double max(List<Double> values) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            m = Math.max(m, v);
        }
        return m;
    }

    static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** A linear axis with round ticks, labelled in the unit with as many decimals as the step needs. */
    static final class Axis {
        final double lo;
        final double hi;
        final List<Double> ticks;
        private final Unit unit;
        private final ReportFormat format;

        private Axis(double lo, double hi, List<Double> ticks, Unit unit, ReportFormat format) {
            this.lo = lo;
            this.hi = hi;
            this.ticks = ticks;
            this.unit = unit;
            this.format = format;
        }

        /**
         * An axis covering the values.
         *
         * @param values the values to cover; when none, the axis is 0 to 1
         * @param withZero whether the axis must include zero (bars)
         */
        static Axis of(List<Double> values, Unit unit, ReportFormat format, int count, boolean withZero) {
            double lo = values.isEmpty() ? 0 : min(values);
            double hi = values.isEmpty() ? 1 : max(values);
            boolean withinPercent = unit == Unit.PERCENT && lo >= 0 && hi <= 100;
            if (withZero || (lo >= 0 && lo < hi * 0.4)) {
                lo = Math.min(lo, 0);
                hi = Math.max(hi, 0);
            }
            if (hi - lo < 1e-9) {
                double pad = Math.abs(hi) > 0 ? Math.abs(hi) * 0.1 : 1;
                hi += pad;
                lo = lo >= 0 && lo - pad < 0 ? 0 : lo - pad;
            }
            double step = step((hi - lo) / count, unit);
            double start = Math.floor(lo / step + 1e-9) * step;
            double end = Math.ceil(hi / step - 1e-9) * step;
            if (withinPercent) {
                end = Math.min(end, 100);
                start = Math.max(start, 0);
            }
            List<Double> ticks = new ArrayList<>();
            for (int k = 0; start + k * step <= end + step * 1e-6 && k < 50; k++) {
                double t = start + k * step;
                ticks.add(Math.abs(t) < step * 1e-9 ? 0.0 : t);
            }
            int decimals = Math.max(0, Math.min(6, java.math.BigDecimal.valueOf(step).stripTrailingZeros().scale()));
            ReportFormat tickFormat = format.withPercentDecimals(decimals).withNumberDecimals(decimals);
            return new Axis(start, end, ticks, unit, tickFormat);
        }

        private static double step(double raw, Unit unit) {
            if (unit == Unit.DURATION && raw >= 1) {
                for (double d : DURATION_STEPS) {
                    if (d >= raw) {
                        return d;
                    }
                }
                return Math.ceil(raw / 864_000) * 864_000;
            }
            int exponent = (int) Math.floor(Math.log10(raw));
            double m = raw / Math.pow(10, exponent);
            double nice = m <= 1 ? 1 : m <= 2 ? 2 : m <= 2.5 ? 2.5 : m <= 5 ? 5 : 10;
            double step = java.math.BigDecimal.valueOf(nice).scaleByPowerOfTen(exponent).doubleValue();
            return unit == Unit.COUNT ? Math.max(1, Math.round(step)) : step;
        }

        /** A value's position between two pixel bounds, the first for {@link #lo}. */
        double position(double v, double from, double to) {
            return from + (v - lo) / (hi - lo) * (to - from);
        }

        String label(double t) {
            return format.value(unit, t);
        }
    }
}
