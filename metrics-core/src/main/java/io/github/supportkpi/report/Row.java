package io.github.supportkpi.report;

import java.util.List;
import java.util.Objects;

/**
 * One row of a {@link Section}: a label (a metric's name, a segment, a bucket) and one cell per column.
 * Immutable and thread-safe.
 *
 * @param label the row's label, not null
 * @param cells the cells, one per column of the section; copied
 */
public record Row(String label, List<Cell> cells) {
    /**
     * Validates and copies the fields.
     *
     * @throws NullPointerException if the label, the list or a cell is null
     */
    public Row {
        Objects.requireNonNull(label, "label");
        cells = List.copyOf(Objects.requireNonNull(cells, "cells"));
    }

    /**
     * A row.
     *
     * @param label the label
     * @param cells the cells
     * @return the row
     */
    public static Row of(String label, Cell... cells) {
        return new Row(label, List.of(cells));
    }
}
