package io.github.supportkpi.cli;

import io.github.supportkpi.experience.NpsTally;
import io.github.supportkpi.metric.Count;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.Mean;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.metric.Tally;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A report as rows of cells: key columns (bucket, segment) and one or two columns per metric, each cell
 * with its value, unit and sample size. What the renderers write; built from tallies, never from averaged
 * numbers.
 */
final class Table {
    /** What a column's values are. */
    enum Unit { COUNT, PERCENT, SECONDS, NUMBER }

    /**
     * A column.
     *
     * @param key its machine name ({@code frt.median}), unique in the table
     * @param heading its heading ({@code first response median})
     * @param unit what its values are
     */
    record Column(String key, String heading, Unit unit) {}

    /**
     * A cell. An empty value is "no data", never 0 or NaN.
     *
     * @param value the value, in the column's unit; empty when there is no data
     * @param n the sample size it is over
     * @param numerator for a percentage, the records meeting the condition
     * @param denominator for a percentage, the records considered
     */
    record Cell(Optional<Double> value, long n, Optional<Long> numerator, Optional<Long> denominator) {
        Cell {
            Objects.requireNonNull(value, "value");
            value.ifPresent(v -> {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("a cell value must be finite: " + v);
                }
            });
        }

        static Cell of(double value, long n) {
            return new Cell(Optional.of(value), n, Optional.empty(), Optional.empty());
        }

        static Cell empty(long n) {
            return new Cell(Optional.empty(), n, Optional.empty(), Optional.empty());
        }
    }

    /**
     * A row.
     *
     * @param keys its key values, one per key column ({@code 2024-W21}, {@code email}); {@code all} for a
     *     total over that key
     * @param cells one per column
     */
    record Row(List<String> keys, List<Cell> cells) {
        Row {
            keys = List.copyOf(keys);
            cells = List.copyOf(cells);
        }
    }

    final List<String> keyColumns;
    final List<Column> columns = new ArrayList<>();
    final List<Row> rows = new ArrayList<>();

    Table(List<String> keyColumns) {
        this.keyColumns = List.copyOf(keyColumns);
    }

    /**
     * The columns of a metric, from the shape of its tally.
     *
     * @param metric the metric
     * @param label its heading
     * @return its columns
     * @throws IllegalArgumentException for a tally the command line does not show
     */
    static List<Column> columnsOf(Metric<?, ?> metric, String label) {
        Tally<?> empty = metric.empty();
        String id = metric.id();
        if (empty instanceof Count) {
            return List.of(new Column(id, label, Unit.COUNT));
        }
        if (empty instanceof Ratio) {
            return List.of(new Column(id, label, Unit.PERCENT));
        }
        if (empty instanceof DurationStats) {
            return List.of(new Column(id + ".mean", label + " mean", Unit.SECONDS),
                    new Column(id + ".median", label + " median", Unit.SECONDS));
        }
        if (empty instanceof Mean || empty instanceof NpsTally) {
            return List.of(new Column(id, label, Unit.NUMBER));
        }
        throw new IllegalArgumentException("metric " + id + " has a tally the command line does not show: "
                + empty.getClass().getSimpleName());
    }

    /**
     * The cells of a tally, one per column of {@link #columnsOf}.
     *
     * @param tally the tally
     * @return its cells
     */
    static List<Cell> cellsOf(Tally<?> tally) {
        if (tally instanceof Count c) {
            return List.of(Cell.of(c.value(), c.value()));
        }
        if (tally instanceof Ratio r) {
            return List.of(new Cell(r.percent().isPresent() ? Optional.of(r.percent().getAsDouble()) : Optional.empty(),
                    r.denominator(), Optional.of(r.numerator()), Optional.of(r.denominator())));
        }
        if (tally instanceof DurationStats d) {
            return List.of(seconds(d.mean(), d.count()), seconds(d.median(), d.count()));
        }
        if (tally instanceof Mean m) {
            return List.of(m.value().isPresent() ? Cell.of(m.value().getAsDouble(), m.sampleSize())
                    : Cell.empty(m.sampleSize()));
        }
        if (tally instanceof NpsTally n) {
            return List.of(n.score().isPresent() ? Cell.of(n.score().getAsDouble(), n.responses())
                    : Cell.empty(n.responses()));
        }
        throw new IllegalArgumentException("a tally the command line does not show: " + tally.getClass().getSimpleName());
    }

    private static Cell seconds(Optional<Duration> d, long n) {
        return d.map(x -> Cell.of(x.getSeconds() + x.getNano() / 1e9, n)).orElseGet(() -> Cell.empty(n));
    }
}
