package io.github.supportkpi.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.supportkpi.cli.Table.Cell;
import io.github.supportkpi.cli.Table.Column;
import io.github.supportkpi.cli.Table.Row;
import io.github.supportkpi.domain.DataQuality;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import picocli.CommandLine;

/**
 * Writes a report as plain text, CSV or JSON. Numbers are written with {@link Locale#ROOT}; percentages
 * with one decimal in text and four in CSV and JSON; durations as {@code 1h 05m} in text and as seconds in
 * CSV and JSON. An empty value ("no data") is {@code –} in text, an empty cell in CSV and {@code null} in
 * JSON, never 0.
 */
final class Render {
    /** Cells of CSV output that a spreadsheet would read as a formula start with one of these. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private Render() {}

    /** The output formats. */
    enum Format { TEXT, CSV, JSON, MARKDOWN, HTML }

    /**
     * Refuses a format a command does not write.
     *
     * @param cl the command line, for the usage error
     * @param format the format asked for
     * @param allowed the formats the command writes
     * @throws CommandLine.ParameterException if the format is not one of them (exit code 2)
     */
    static void only(CommandLine cl, Format format, Format... allowed) {
        for (Format f : allowed) {
            if (f == format) {
                return;
            }
        }
        throw new CommandLine.ParameterException(cl, "--format " + format.name().toLowerCase(java.util.Locale.ROOT)
                + " is not written by " + cl.getCommandName() + "; it writes "
                + java.util.Arrays.stream(allowed).map(f -> f.name().toLowerCase(java.util.Locale.ROOT))
                        .collect(java.util.stream.Collectors.joining(", ")));
    }

    /**
     * What the report is of, written above the table.
     *
     * @param command the command ({@code report})
     * @param inputs the files read
     * @param settings the options that shaped the report, by name, in order
     * @param definitions the definition text of each metric, by metric id
     * @param quality what the readers kept, refused, ignored and flagged
     * @param refusals the records a metric could not use, by metric and rule
     * @param notes further lines, such as how many records fell outside {@code --from}/{@code --to}
     */
    record Header(String command, List<String> inputs, Map<String, String> settings, Map<String, String> definitions,
            DataQuality quality, DataQuality refusals, List<String> notes) {}

    static String render(Format format, Header header, Table table) {
        switch (format) {
            case CSV:
                return csv(table);
            case JSON:
                return json(header, table);
            case MARKDOWN: {
                io.github.supportkpi.report.Report report = Reports.of(header, table);
                return io.github.supportkpi.report.ReportRenderer.markdown().render(report, Reports.format(report));
            }
            case HTML: {
                io.github.supportkpi.report.Report report = Reports.of(header, table);
                return io.github.supportkpi.report.Dashboard.html(report, Reports.format(report));
            }
            default:
                return text(header, table);
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // Text

    static String text(Header h, Table t) {
        StringBuilder out = new StringBuilder();
        DataQuality q = h.quality();
        out.append(String.join(", ", h.inputs())).append(": ").append(q.rows()).append(" rows, ").append(q.kept())
                .append(" kept, ").append(q.rejected()).append(" rejected, ").append(q.ignored())
                .append(" fields ignored, ").append(q.suspect()).append(" suspect\n");
        h.settings().forEach((k, v) -> out.append(k).append(": ").append(v).append('\n'));
        h.notes().forEach(n -> out.append(n).append('\n'));
        out.append('\n');
        List<List<String>> lines = new ArrayList<>();
        List<String> head = new ArrayList<>(t.keyColumns);
        t.columns.forEach(c -> head.add(c.heading()));
        lines.add(head);
        for (Row r : t.rows) {
            List<String> line = new ArrayList<>(r.keys());
            for (int i = 0; i < t.columns.size(); i++) {
                line.add(text(t.columns.get(i), r.cells().get(i)));
            }
            lines.add(line);
        }
        int[] width = new int[head.size()];
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                width[i] = Math.max(width[i], line.get(i).codePointCount(0, line.get(i).length()));
            }
        }
        for (List<String> line : lines) {
            StringBuilder l = new StringBuilder();
            for (int i = 0; i < line.size(); i++) {
                String cell = line.get(i);
                int pad = width[i] - cell.codePointCount(0, cell.length());
                if (i < t.keyColumns.size()) {
                    l.append(cell).append(" ".repeat(pad));
                } else {
                    l.append(" ".repeat(pad)).append(cell);
                }
                l.append(i + 1 < line.size() ? "  " : "");
            }
            out.append(l.toString().stripTrailing()).append('\n');
        }
        if (q.rejected() + q.ignored() + q.suspect() > 0) {
            out.append("\nData quality\n").append(q).append('\n');
        }
        if (h.refusals().rejected() + h.refusals().ignored() > 0) {
            out.append("\nRecords a metric could not use\n").append(h.refusals()).append('\n');
        }
        return out.toString();
    }

    static String text(Column c, Cell cell) {
        if (cell.value().isEmpty()) {
            return "–";
        }
        double v = cell.value().get();
        switch (c.unit()) {
            case COUNT:
                return Long.toString(Math.round(v));
            case PERCENT:
                return fixed(v, 1) + "% of " + cell.denominator().orElse(cell.n());
            case SECONDS:
                return duration(v) + " (n " + cell.n() + ")";
            default:
                return fixed(v, 2) + " (n " + cell.n() + ")";
        }
    }

    /** A duration in seconds as its two largest units: {@code 2d 03h}, {@code 1h 05m}, {@code 4m 05s}, {@code 38s}. */
    static String duration(double seconds) {
        if (seconds < 10) {
            return fixed(seconds, 1) + "s";
        }
        long s = Math.round(seconds);
        long d = s / 86_400;
        long h = s / 3600 % 24;
        long m = s / 60 % 60;
        long sec = s % 60;
        if (d > 0) {
            return d + "d " + String.format(Locale.ROOT, "%02dh", h);
        }
        if (h > 0) {
            return h + "h " + String.format(Locale.ROOT, "%02dm", m);
        }
        if (m > 0) {
            return m + "m " + String.format(Locale.ROOT, "%02ds", sec);
        }
        return sec + "s";
    }

    static String fixed(double v, int decimals) {
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    // ---------------------------------------------------------------------------------------------------
    // CSV

    static String csv(Table t) {
        List<String> head = new ArrayList<>(t.keyColumns);
        for (Column c : t.columns) {
            switch (c.unit()) {
                case PERCENT:
                    head.add(c.key() + ".percent");
                    head.add(c.key() + ".numerator");
                    head.add(c.key() + ".denominator");
                    break;
                case SECONDS:
                    head.add(c.key() + ".seconds");
                    head.add(c.key() + ".n");
                    break;
                case COUNT:
                    head.add(c.key());
                    break;
                default:
                    head.add(c.key());
                    head.add(c.key() + ".n");
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, head);
        for (Row r : t.rows) {
            List<String> cells = new ArrayList<>(r.keys());
            for (int i = 0; i < t.columns.size(); i++) {
                Column c = t.columns.get(i);
                Cell cell = r.cells().get(i);
                String value = cell.value().map(v -> c.unit() == Table.Unit.COUNT ? Long.toString(Math.round(v))
                        : c.unit() == Table.Unit.PERCENT ? fixed(v, 4) : fixed(v, 3)).orElse("");
                cells.add(value);
                switch (c.unit()) {
                    case PERCENT:
                        cells.add(Long.toString(cell.numerator().orElse(0L)));
                        cells.add(Long.toString(cell.denominator().orElse(0L)));
                        break;
                    case COUNT:
                        break;
                    default:
                        cells.add(Long.toString(cell.n()));
                }
            }
            line(out, cells);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            out.append(i == 0 ? "" : ",").append(csvCell(cells.get(i)));
        }
        out.append("\r\n");
    }

    /**
     * A CSV cell, quoted when it must be, and safe to open in a spreadsheet: text starting with {@code =},
     * {@code +}, {@code -}, {@code @}, a tab or a carriage return is prefixed with a single quote so it is
     * never run as a formula (numbers are written as they are).
     *
     * @param text the cell's text
     * @return the cell as written
     */
    static String csvCell(String text) {
        String t = text;
        if (!t.isEmpty() && FORMULA_STARTS.indexOf(t.charAt(0)) >= 0 && !isNumber(t)) {
            t = "'" + t;
        }
        if (t.indexOf(',') >= 0 || t.indexOf('"') >= 0 || t.indexOf('\n') >= 0 || t.indexOf('\r') >= 0
                || t.startsWith(" ") || t.endsWith(" ")) {
            return '"' + t.replace("\"", "\"\"") + '"';
        }
        return t;
    }

    private static boolean isNumber(String t) {
        return t.matches("[-+]?\\d+(\\.\\d+)?");
    }

    // ---------------------------------------------------------------------------------------------------
    // JSON

    static String json(Header h, Table t) {
        JsonNodeFactory nf = JsonNodeFactory.instance;
        ObjectNode root = nf.objectNode();
        root.put("command", h.command());
        ArrayNode inputs = root.putArray("inputs");
        h.inputs().forEach(inputs::add);
        ObjectNode settings = root.putObject("settings");
        h.settings().forEach(settings::put);
        ObjectNode definitions = root.putObject("definitions");
        h.definitions().forEach(definitions::put);
        ArrayNode notes = root.putArray("notes");
        h.notes().forEach(notes::add);
        ArrayNode rows = root.putArray("rows");
        for (Row r : t.rows) {
            ObjectNode row = rows.addObject();
            ObjectNode keys = row.putObject("keys");
            for (int i = 0; i < t.keyColumns.size(); i++) {
                keys.put(t.keyColumns.get(i), r.keys().get(i));
            }
            ObjectNode metrics = row.putObject("metrics");
            for (int i = 0; i < t.columns.size(); i++) {
                Column c = t.columns.get(i);
                Cell cell = r.cells().get(i);
                ObjectNode m = metrics.putObject(c.key());
                String name = c.unit() == Table.Unit.PERCENT ? "percent" : c.unit() == Table.Unit.SECONDS ? "seconds"
                        : "value";
                if (cell.value().isPresent()) {
                    double v = cell.value().get();
                    if (c.unit() == Table.Unit.COUNT) {
                        m.put(name, Math.round(v));
                    } else {
                        m.put(name, new BigDecimal(fixed(v, c.unit() == Table.Unit.SECONDS ? 3 : 4)));
                    }
                } else {
                    m.putNull(name);
                }
                m.put("n", cell.n());
                cell.numerator().ifPresent(n -> m.put("numerator", n));
                cell.denominator().ifPresent(n -> m.put("denominator", n));
            }
        }
        root.set("quality", quality(h.quality()));
        root.set("refusals", quality(h.refusals()));
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode quality(DataQuality q) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("rows", q.rows());
        o.put("kept", q.kept());
        for (DataQuality.Kind kind : DataQuality.Kind.values()) {
            ObjectNode byReason = o.putObject(kind.name().toLowerCase(Locale.ROOT));
            q.byReason(kind).forEach(byReason::put);
        }
        return o;
    }
}
