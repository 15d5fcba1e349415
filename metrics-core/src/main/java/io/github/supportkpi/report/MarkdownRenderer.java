package io.github.supportkpi.report;

import java.util.Objects;

/** The Markdown renderer, {@link ReportRenderer#markdown()}. Immutable and thread-safe. */
final class MarkdownRenderer implements ReportRenderer {
    static final MarkdownRenderer INSTANCE = new MarkdownRenderer();
    /** The characters escaped with a backslash wherever text is written. */
    private static final String SPECIAL = "\\|`*_[]<>";
    /** The characters escaped at the start of a line of text, where they would open a block. */
    private static final String LINE_START = "#-+=";

    private MarkdownRenderer() {}

    @Override
    public String render(Report report, ReportFormat format) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(format, "format");
        StringBuilder out = new StringBuilder();
        out.append("# ").append(escape(report.title())).append('\n');
        if (!report.subtitle().isEmpty() || report.asOf().isPresent()) {
            out.append('\n');
            for (String line : report.subtitle()) {
                out.append(line(line)).append("  \n");
            }
            report.asOf().ifPresent(at -> out.append("As of ")
                    .append(escape(format.instant(new Cell.Moment(at)))).append("  \n"));
        }
        for (Section s : report.sections()) {
            out.append("\n## ").append(escape(s.title())).append("\n\n");
            int n = s.columns().size();
            out.append("|  |");
            for (String heading : s.columns()) {
                out.append(' ').append(escape(heading)).append(" |");
            }
            out.append("\n|---|");
            for (int c = 0; c < n; c++) {
                boolean text = !s.rows().isEmpty();
                for (Row row : s.rows()) {
                    text &= !(row.cells().get(c) instanceof Cell.Measure);
                }
                out.append(text ? "---|" : "---:|");
            }
            out.append('\n');
            for (Row row : s.rows()) {
                out.append("| ").append(escape(row.label())).append(" |");
                for (Cell cell : row.cells()) {
                    out.append(' ').append(escape(format.summary(cell))).append(" |");
                }
                out.append('\n');
            }
            if (!s.notes().isEmpty()) {
                out.append('\n');
                for (String note : s.notes()) {
                    out.append("- ").append(escape(note)).append('\n');
                }
            }
        }
        return out.toString();
    }

    /** Text safe in a table cell or a heading: on one line, its special characters escaped. */
    static String escape(String text) {
        String one = TextRenderer.oneLine(text);
        StringBuilder b = new StringBuilder(one.length() + 8);
        for (int i = 0; i < one.length(); i++) {
            char c = one.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    /** A line of text, escaped, and so that it cannot open a heading, a list or a rule. */
    private static String line(String text) {
        String e = escape(text);
        return !e.isEmpty() && LINE_START.indexOf(e.charAt(0)) >= 0 ? "\\" + e : e;
    }
}
