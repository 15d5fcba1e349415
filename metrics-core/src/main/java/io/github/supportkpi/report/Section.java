package io.github.supportkpi.report;

import java.util.List;
import java.util.Objects;

/**
 * One section of a {@link Report}: a titled table of rows under named columns, with a kind that tells a
 * renderer how the section may be drawn. Immutable and thread-safe.
 *
 * <p>Every kind is a table underneath, so every renderer can write every section; a chart-drawing renderer
 * (HTML) draws the kinds it knows as charts:
 * <ul>
 *   <li>{@link Kind#TILES}: one row per headline figure, usually a single value column;</li>
 *   <li>{@link Kind#TABLE}: rows by segment (channel, priority, agent), columns by metric;</li>
 *   <li>{@link Kind#TREND}: rows by bucket in time order, columns by metric;</li>
 *   <li>{@link Kind#BARS}: rows by band or segment, columns by series (a count per age band);</li>
 *   <li>{@link Kind#HEATMAP}: rows by one dimension (weekday), columns by another (hour of day), counts.</li>
 * </ul>
 *
 * @param id a stable identifier, lowercase dot or dash words ({@code executive}, {@code sla}), unique in the report
 * @param title the section's title
 * @param kind how the section may be drawn
 * @param columns the column headings, one per cell of every row (the row label's column is not included)
 * @param rows the rows; copied
 * @param notes explanations shown under the section (what is counted, why two counts differ); copied
 */
public record Section(String id, String title, Kind kind, List<String> columns, List<Row> rows, List<String> notes) {
    /** How a section may be drawn. */
    public enum Kind {
        /** Headline figures. */
        TILES,
        /** A table by segment. */
        TABLE,
        /** A series over time. */
        TREND,
        /** Bars by band or segment. */
        BARS,
        /** A two-way table of counts. */
        HEATMAP
    }

    /**
     * Validates and copies the fields.
     *
     * @throws NullPointerException if a field, a column, a row or a note is null
     * @throws IllegalArgumentException if the id is blank or not lowercase words, or a row's cell count
     *     differs from the column count
     */
    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
        rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
        notes = List.copyOf(Objects.requireNonNull(notes, "notes"));
        if (!id.matches("[a-z0-9]+([.-][a-z0-9]+)*")) {
            throw new IllegalArgumentException("Section id must be lowercase words joined by '.' or '-': " + id);
        }
        for (Row row : rows) {
            if (row.cells().size() != columns.size()) {
                throw new IllegalArgumentException("Section " + id + " row '" + row.label() + "' has "
                        + row.cells().size() + " cells for " + columns.size() + " columns");
            }
        }
    }
}
