package io.github.supportkpi.report;

import io.github.supportkpi.metric.BucketSeries;
import io.github.supportkpi.metric.Frequencies;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.metric.Segmented;
import io.github.supportkpi.metric.Tally;
import io.github.supportkpi.time.Bucket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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

    /**
     * A builder of a section.
     *
     * @param id the section's id, lowercase words joined by {@code .} or {@code -}
     * @param title the section's title
     * @param kind how the section may be drawn
     * @return a builder with no column, row or note
     */
    public static Builder builder(String id, String title, Kind kind) {
        return new Builder(id, title, kind);
    }

    /**
     * A section built row by row, or from a {@link Segmented} tally (rows by segment), a {@link BucketSeries}
     * (rows by bucket, in time order) or a {@link Frequencies} (rows by key). Not thread-safe; the section it
     * builds is immutable.
     *
     * <pre>{@code
     * Cells cells = Cells.defaults();
     * Section byPriority = Section.builder("priority", "By priority", Section.Kind.TABLE)
     *         .segments(kpis.by(TicketDimensions.PRIORITY).over(tickets), List.of(
     *                 Column.of("tickets", t -> cells.count(t.get(volume))),
     *                 Column.of("FCR", t -> cells.percent(t.get(fcr)))))
     *         .note("FCR counts resolved tickets with at most one agent reply.")
     *         .build();       // rows low, normal, high, urgent, (none) if any, all
     * }</pre>
     *
     * <p>The columns are set once, by {@link #columns} or by the first of {@link #segments}, {@link #buckets}
     * or {@link #frequencies}; a section whose columns were never set has the one column {@code value}.
     */
    public static final class Builder {
        private final String id;
        private final String title;
        private final Kind kind;
        private List<String> columns;
        private final List<Row> rows = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        private Builder(String id, String title, Kind kind) {
            this.id = Objects.requireNonNull(id, "id");
            this.title = Objects.requireNonNull(title, "title");
            this.kind = Objects.requireNonNull(kind, "kind");
        }

        /**
         * Sets the column headings.
         *
         * @param headings the headings, one per cell of every row
         * @return this builder
         * @throws IllegalStateException if the columns were set already with other headings
         */
        public Builder columns(String... headings) {
            return columns(Arrays.asList(headings));
        }

        /**
         * Sets the column headings.
         *
         * @param headings the headings, one per cell of every row
         * @return this builder
         * @throws IllegalStateException if the columns were set already with other headings
         */
        public Builder columns(List<String> headings) {
            List<String> copy = List.copyOf(Objects.requireNonNull(headings, "headings"));
            if (columns != null && !columns.equals(copy)) {
                throw new IllegalStateException("Section " + id + " columns are set already: " + columns
                        + ", not " + copy);
            }
            columns = copy;
            return this;
        }

        /**
         * Adds a row.
         *
         * @param label the row's label
         * @param cells its cells, one per column
         * @return this builder
         */
        public Builder row(String label, Cell... cells) {
            return row(new Row(label, Arrays.asList(cells)));
        }

        /**
         * Adds a row.
         *
         * @param row the row
         * @return this builder
         */
        public Builder row(Row row) {
            rows.add(Objects.requireNonNull(row, "row"));
            return this;
        }

        /**
         * Adds a note, shown under the section.
         *
         * @param note the note
         * @return this builder
         */
        public Builder note(String note) {
            notes.add(Objects.requireNonNull(note, "note"));
            return this;
        }

        /**
         * Adds one row per segment, in key order and labelled by {@link Labels#segment}; then the row
         * {@value Labels#NONE} for the records with no key when it has any ({@link Tally#sampleSize()} above
         * 0); then the total, {@value Labels#ALL}. The columns are the given columns' headings.
         *
         * @param segmented the tally per segment, such as {@code Segmented<Channel, Tallies<Ticket>>}
         * @param columns the columns, each a cell of a segment's tally
         * @param <K> the key type
         * @param <S> the tally type
         * @return this builder
         * @throws IllegalStateException if the columns were set already with other headings
         */
        public <K extends Comparable<? super K>, S extends Tally<S>> Builder segments(Segmented<K, S> segmented,
                List<Column<S>> columns) {
            Objects.requireNonNull(segmented, "segmented");
            setColumns(columns);
            for (Map.Entry<K, S> e : segmented.segments().entrySet()) {
                rows.add(row(Labels.segment(e.getKey()), e.getValue(), columns));
            }
            if (segmented.absent().sampleSize() > 0) {
                rows.add(row(Labels.NONE, segmented.absent(), columns));
            }
            rows.add(row(Labels.ALL, segmented.total(), columns));
            return this;
        }

        /**
         * Adds one row per bucket of the series' range, in time order, labelled by {@link Labels#bucket}
         * ({@code 2026-W11}, {@code 2026-03-09}); a bucket no record fell in is a row of the empty tally. The
         * records outside the range or with no instant are not rows: say so in a note when it matters. The
         * columns are the given columns' headings.
         *
         * @param series the series
         * @param columns the columns, each a cell of a bucket's tally
         * @param <S> the tally type
         * @return this builder
         * @throws IllegalStateException if the columns were set already with other headings
         */
        public <S extends Tally<S>> Builder buckets(BucketSeries<S> series, List<Column<S>> columns) {
            Objects.requireNonNull(series, "series");
            setColumns(columns);
            for (Map.Entry<Bucket, S> e : series.buckets().entrySet()) {
                rows.add(row(Labels.bucket(e.getKey()), e.getValue(), columns));
            }
            return this;
        }

        /**
         * Adds one row per key of a frequency table, in key order and labelled by {@link Labels#segment}, then
         * {@value Labels#NONE} for the records with no key when there are any; the columns {@code count} and
         * {@code share} (the key's count over every record counted, in percent).
         *
         * @param frequencies the frequency table
         * @param cells how the share cells are qualified
         * @param <K> the key type
         * @return this builder
         * @throws IllegalStateException if the columns were set already with other headings
         */
        public <K extends Comparable<? super K>> Builder frequencies(Frequencies<K> frequencies, Cells cells) {
            Objects.requireNonNull(frequencies, "frequencies");
            Objects.requireNonNull(cells, "cells");
            columns(List.of("count", "share"));
            for (Map.Entry<K, Long> e : frequencies.counts().entrySet()) {
                rows.add(Row.of(Labels.segment(e.getKey()), cells.count(e.getValue()),
                        cells.percent(frequencies.share(e.getKey()))));
            }
            if (frequencies.absent() > 0) {
                rows.add(Row.of(Labels.NONE, cells.count(frequencies.absent()),
                        cells.percent(Ratio.of(frequencies.absent(), frequencies.total()))));
            }
            return this;
        }

        /**
         * The section.
         *
         * @return the section
         * @throws IllegalArgumentException if the id is not lowercase words, or a row's cell count differs
         *     from the column count
         */
        public Section build() {
            return new Section(id, title, kind, columns == null ? List.of("value") : columns, rows, notes);
        }

        private <S> void setColumns(List<Column<S>> cols) {
            Objects.requireNonNull(cols, "columns");
            List<String> headings = new ArrayList<>();
            for (Column<S> c : cols) {
                headings.add(Objects.requireNonNull(c, "column").heading());
            }
            columns(headings);
        }

        private static <S> Row row(String label, S tally, List<Column<S>> columns) {
            List<Cell> cells = new ArrayList<>(columns.size());
            for (Column<S> c : columns) {
                cells.add(c.cellOf(tally));
            }
            return new Row(label, cells);
        }
    }
}
