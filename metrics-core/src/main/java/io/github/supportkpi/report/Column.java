package io.github.supportkpi.report;

import java.util.Objects;
import java.util.function.Function;

/**
 * A column of a table or trend section built from tallies: its heading and the cell it takes from each row's
 * tally. Immutable and thread-safe if the function is.
 *
 * <pre>{@code
 * Cells cells = Cells.defaults();
 * Column<Tallies<Ticket>> fcr = Column.of("FCR", t -> cells.percent(t.get(FirstContactResolution.defaults())));
 * Column<Tallies<Ticket>> frt = Column.of("FRT median", t -> cells.medianDuration(t.get(frtMetric)));
 * }</pre>
 *
 * @param heading the column's heading
 * @param cell the cell of a row's tally; must not return null
 * @param <S> the tally type of a row
 */
public record Column<S>(String heading, Function<? super S, ? extends Cell> cell) {
    /**
     * Validates the fields.
     *
     * @throws NullPointerException if a field is null
     */
    public Column {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(cell, "cell");
    }

    /**
     * A column.
     *
     * @param heading the heading
     * @param cell the cell of a row's tally
     * @param <S> the tally type of a row
     * @return the column
     */
    public static <S> Column<S> of(String heading, Function<? super S, ? extends Cell> cell) {
        return new Column<>(heading, cell);
    }

    /**
     * The cell of one row's tally.
     *
     * @param tally the row's tally
     * @return the cell
     * @throws NullPointerException if the function returns null, naming the column
     */
    public Cell cellOf(S tally) {
        return Objects.requireNonNull(cell.apply(tally), () -> "Column " + heading + " cell");
    }
}
