package io.github.supportkpi.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The plain-text renderer, {@link ReportRenderer#text()}. Immutable and thread-safe. */
final class TextRenderer implements ReportRenderer {
    static final TextRenderer INSTANCE = new TextRenderer();
    /** Spaces between two columns. */
    static final int GAP = 2;

    private TextRenderer() {}

    @Override
    public String render(Report report, ReportFormat format) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(format, "format");
        StringBuilder out = new StringBuilder();
        underlined(out, report.title(), '=');
        for (String line : report.subtitle()) {
            out.append(oneLine(line)).append('\n');
        }
        report.asOf().ifPresent(at -> out.append("as of ").append(format.instant(new Cell.Moment(at))).append('\n'));
        for (Section section : report.sections()) {
            out.append('\n');
            underlined(out, section.title(), '-');
            table(out, section, format);
            for (String note : section.notes()) {
                out.append(oneLine(note)).append('\n');
            }
        }
        return out.toString();
    }

    private static void underlined(StringBuilder out, String title, char rule) {
        String t = oneLine(title);
        out.append(t).append('\n').append(String.valueOf(rule).repeat(Math.max(1, width(t)))).append('\n');
    }

    private static void table(StringBuilder out, Section section, ReportFormat format) {
        int n = section.columns().size();
        List<String[]> lines = new ArrayList<>();
        String[] head = new String[n + 1];
        head[0] = "";
        for (int c = 0; c < n; c++) {
            head[c + 1] = oneLine(section.columns().get(c));
        }
        lines.add(head);
        boolean[] left = new boolean[n + 1];
        left[0] = true;
        for (int c = 0; c < n; c++) {
            left[c + 1] = !section.rows().isEmpty();
        }
        for (Row row : section.rows()) {
            String[] line = new String[n + 1];
            line[0] = oneLine(row.label());
            for (int c = 0; c < n; c++) {
                Cell cell = row.cells().get(c);
                line[c + 1] = oneLine(format.summary(cell));
                left[c + 1] &= !(cell instanceof Cell.Measure);
            }
            lines.add(line);
        }
        int[] widths = new int[n + 1];
        for (String[] line : lines) {
            for (int c = 0; c <= n; c++) {
                widths[c] = Math.max(widths[c], width(line[c]));
            }
        }
        for (String[] line : lines) {
            StringBuilder b = new StringBuilder();
            for (int c = 0; c <= n; c++) {
                if (c > 0) {
                    b.append(" ".repeat(GAP));
                }
                String pad = " ".repeat(widths[c] - width(line[c]));
                b.append(left[c] ? line[c] + pad : pad + line[c]);
            }
            out.append(stripTrailing(b)).append('\n');
        }
    }

    /** Line breaks and tabs as spaces, so that a cell is one line of known width. */
    static String oneLine(String text) {
        return text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }

    static int width(String text) {
        return text.codePointCount(0, text.length());
    }

    private static String stripTrailing(StringBuilder b) {
        int end = b.length();
        while (end > 0 && b.charAt(end - 1) == ' ') {
            end--;
        }
        return b.substring(0, end);
    }
}
