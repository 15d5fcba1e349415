package io.github.supportkpi.report;

/**
 * Writes a whole {@link Report} in one output format, every value formatted by one {@link ReportFormat}.
 * Implementations are immutable and thread-safe.
 *
 * <ul>
 *   <li>{@link #text()}: aligned columns for a terminal or a log;</li>
 *   <li>{@link #csv()}: one line per cell, machine values beside the formatted text, safe to open in a
 *       spreadsheet;</li>
 *   <li>{@link #json()}: a versioned document of every value, undefined ones as {@code null};</li>
 *   <li>{@link #markdown()}: GitHub-flavoured tables, for a wiki page or a pull request.</li>
 * </ul>
 * Every renderer writes every section and every row label of the report; an undefined value is never
 * written as 0.
 */
public interface ReportRenderer {
    /**
     * The report in this renderer's format.
     *
     * @param report the report
     * @param format how values, durations and instants are written
     * @return the whole output, lines ended by {@code \n}
     */
    String render(Report report, ReportFormat format);

    /**
     * Plain text: the title underlined with {@code =}, the subtitle lines, then each section's title
     * underlined with {@code -}, its rows in aligned columns (labels left, values right) and its notes.
     * Cells are written by {@link ReportFormat#summary(Cell)}.
     *
     * @return the text renderer
     */
    static ReportRenderer text() {
        return TextRenderer.INSTANCE;
    }

    /**
     * CSV, one table for the whole report: see {@link CsvRenderer}.
     *
     * @return the CSV renderer
     */
    static ReportRenderer csv() {
        return CsvRenderer.INSTANCE;
    }

    /**
     * JSON: see {@link JsonRenderer} for the schema.
     *
     * @return the JSON renderer
     */
    static ReportRenderer json() {
        return JsonRenderer.INSTANCE;
    }

    /**
     * GitHub-flavoured Markdown: the title as a level-1 heading, each section as a level-2 heading over a
     * table (labels left, values right aligned) and its notes as a list. Cells are written by
     * {@link ReportFormat#summary(Cell)}; {@code |}, {@code \}, {@code `}, {@code *}, {@code _}, {@code [},
     * {@code ]}, {@code <} and {@code >} are escaped with a backslash and line breaks become spaces.
     *
     * @return the Markdown renderer
     */
    static ReportRenderer markdown() {
        return MarkdownRenderer.INSTANCE;
    }
}
