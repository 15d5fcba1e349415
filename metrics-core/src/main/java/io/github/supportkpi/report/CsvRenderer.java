package io.github.supportkpi.report;

import io.github.supportkpi.metric.Interval;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The CSV renderer, {@link ReportRenderer#csv()}: the whole report as one table of one line per cell, with
 * the machine values beside the formatted text. Immutable and thread-safe.
 *
 * <p>The header, then one record per cell of every row of every section, in order:
 * <pre>
 * section,row,column,value,unit,sample_size,numerator,denominator,interval_lower,interval_upper,interval_level,target,target_outcome,too_few,formatted
 * executive,CSAT,value,87.5,percent,120,105,120,80.4,92.3,0.95,csat &gt;= 85%,met,false,87.5%
 * </pre>
 * <ul>
 *   <li>{@code value}: a measure's value as a plain decimal number, never with an exponent ({@code 87.5},
 *       {@code 11100}, {@code -18}); empty when undefined, never 0. A text cell's text; an instant in
 *       ISO-8601 UTC ({@code 2026-04-13T10:15:30Z}).</li>
 *   <li>{@code unit}: {@code count}, {@code percent} (values in percent, 0 to 100), {@code points},
 *       {@code number}, {@code duration} (values in seconds), {@code money}; {@code text} or
 *       {@code instant} for the other cells.</li>
 *   <li>{@code sample_size}, {@code numerator}, {@code denominator}: whole numbers; the rate's two empty
 *       when the value is not a rate. {@code interval_lower}, {@code interval_upper} in the value's unit and
 *       {@code interval_level} (0.95): empty without an interval. {@code target}, {@code target_outcome}
 *       ({@code met}, {@code missed}, {@code undefined}): empty without a target. {@code too_few}:
 *       {@code true} or {@code false}. All of them empty for text and instant cells.</li>
 *   <li>{@code formatted}: the cell as {@link ReportFormat#cell(Cell)} writes it.</li>
 *   <li>Fields are quoted as RFC 4180 says when they hold a comma, a quote or a line break (or start or end
 *       with a space), and made safe for spreadsheets by {@link #field(String)}. Lines end with {@code \n}.</li>
 * </ul>
 * The title, subtitle and notes are not in the table: it holds values only.
 */
public final class CsvRenderer implements ReportRenderer {
    static final CsvRenderer INSTANCE = new CsvRenderer();
    /** The header of the table. */
    static final List<String> HEADER = List.of("section", "row", "column", "value", "unit", "sample_size",
            "numerator", "denominator", "interval_lower", "interval_upper", "interval_level", "target",
            "target_outcome", "too_few", "formatted");
    /** The first characters that make a spreadsheet read a cell as a formula. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvRenderer() {}

    @Override
    public String render(Report report, ReportFormat format) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(format, "format");
        StringBuilder out = new StringBuilder();
        line(out, HEADER.toArray(new String[0]));
        for (Section s : report.sections()) {
            for (Row row : s.rows()) {
                for (int c = 0; c < s.columns().size(); c++) {
                    Cell cell = row.cells().get(c);
                    String[] f = new String[HEADER.size()];
                    java.util.Arrays.fill(f, "");
                    f[0] = s.id();
                    f[1] = row.label();
                    f[2] = s.columns().get(c);
                    f[14] = format.cell(cell);
                    if (cell instanceof Cell.Text t) {
                        f[3] = t.text();
                        f[4] = "text";
                    } else if (cell instanceof Cell.Moment m) {
                        f[3] = m.instant().toString();
                        f[4] = "instant";
                    } else {
                        Cell.Measure v = (Cell.Measure) cell;
                        f[3] = number(v.value());
                        f[4] = v.unit().name().toLowerCase(Locale.ROOT);
                        f[5] = Long.toString(v.sampleSize());
                        f[6] = number(v.numerator());
                        f[7] = number(v.denominator());
                        if (v.interval().isPresent()) {
                            Interval i = v.interval().get();
                            f[8] = number(i.lower());
                            f[9] = number(i.upper());
                            f[10] = number(i.level());
                        }
                        if (v.target().isPresent()) {
                            f[11] = v.target().get().target();
                            f[12] = v.target().get().outcome().name().toLowerCase(Locale.ROOT);
                        }
                        f[13] = Boolean.toString(v.tooFew());
                    }
                    line(out, f);
                }
            }
        }
        return out.toString();
    }

    /**
     * A CSV field as written: safe to open in a spreadsheet, then quoted when it must be (RFC 4180). A text
     * starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is written with a
     * leading {@code '}, so that a spreadsheet never runs it as a formula; a plain number ({@code -18},
     * {@code +2.5}) is written as it is. The field is quoted, its quotes doubled, when it holds a comma, a
     * quote or a line break, or starts or ends with a space.
     *
     * @param text the field's text
     * @return the field as written
     */
    public static String field(String text) {
        Objects.requireNonNull(text, "text");
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

    /**
     * A value as a plain decimal number with no exponent and no trailing zeros: {@code 87.5}, {@code 120},
     * {@code -18}, {@code 0.000125}; the shortest that reads back as the same {@code double}.
     *
     * @param value a finite value
     * @return the text
     */
    static String number(double value) {
        if (value == 0) {
            return "0";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String number(OptionalDouble v) {
        return v.isPresent() ? number(v.getAsDouble()) : "";
    }

    private static String number(OptionalLong v) {
        return v.isPresent() ? Long.toString(v.getAsLong()) : "";
    }

    private static boolean isNumber(String t) {
        return t.matches("[-+]?\\d+(\\.\\d+)?");
    }

    private static void line(StringBuilder out, String[] fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields[i]));
        }
        out.append('\n');
    }
}
