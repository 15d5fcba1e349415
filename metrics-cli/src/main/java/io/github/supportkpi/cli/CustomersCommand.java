package io.github.supportkpi.cli;

import io.github.supportkpi.business.CustomerChurn;
import io.github.supportkpi.business.CustomerDimensions;
import io.github.supportkpi.business.CustomerRetention;
import io.github.supportkpi.business.CustomerTally;
import io.github.supportkpi.cli.Table.Cell;
import io.github.supportkpi.cli.Table.Column;
import io.github.supportkpi.cli.Table.Unit;
import io.github.supportkpi.domain.CustomerPeriod;
import io.github.supportkpi.domain.DataQuality;
import io.github.supportkpi.io.ExportReader;
import io.github.supportkpi.io.Mapping;
import io.github.supportkpi.io.RecordKind;
import io.github.supportkpi.io.Records;
import io.github.supportkpi.metric.Accumulator;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.Ratio;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code supportkpi customers}: retention and churn of a customers export, per period and segment. */
@Command(name = "customers", mixinStandardHelpOptions = true,
        description = {"Retention and churn of a customers export (one row per customer and period: active at the"
                + " start, acquired, active at the end, recurring revenue), per period and segment.",
            "Columns: customers at the start, acquired, lost, at the end, retention.rate, churn.rate and the gross"
                + " revenue churn; each row is one tally of its customers, the total their merge.",
            "--period NAME and --by attribute:NAME read attributes of the mapping (a period column, a contract)."})
final class CustomersCommand implements Callable<Integer> {
    private static final String ATTRIBUTE = "attribute:";

    @Spec
    CommandSpec spec;

    @Option(names = "--customers", required = true, paramLabel = "FILE",
            description = "A customers export (repeatable).")
    List<Path> customers = new ArrayList<>();

    @Option(names = "--mapping", required = true, paramLabel = "FILE|NAME", description = "The column mapping.")
    String mapping;

    @Option(names = "--period", paramLabel = "NAME",
            description = "The attribute naming each row's period (such as month): one row per period.")
    String period;

    @Option(names = "--by", paramLabel = "attribute:NAME", description = "Segment by an attribute of the customers.")
    String by;

    @Option(names = "--format", paramLabel = "text|csv|json|markdown|html",
            description = "Output format (default: text); html writes a self-contained dashboard page.")
    Render.Format format = Render.Format.TEXT;

    @Option(names = "--strict", description = "Stop at the first row that cannot be used (exit 1).")
    boolean strict;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to a file.")
    Path output;

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        Mapping m = Inputs.mapping(cl, mapping, RecordKind.CUSTOMERS);
        List<Function<CustomerPeriod, String>> keys = new ArrayList<>();
        List<String> keyColumns = new ArrayList<>();
        if (period != null) {
            keys.add(label(CustomerDimensions.attribute(period)));
            keyColumns.add(period);
        }
        if (by != null) {
            if (!by.startsWith(ATTRIBUTE) || by.length() == ATTRIBUTE.length()) {
                throw new CommandLine.ParameterException(cl, "--by must be attribute:NAME for customers: " + by);
            }
            String name = by.substring(ATTRIBUTE.length());
            keys.add(label(CustomerDimensions.attribute(name)));
            keyColumns.add(name);
        }
        Inputs.readable(cl, "--customers: ", customers);
        ExportReader reader = ExportReader.of(m);
        if (!m.fieldsNeedingZone().isEmpty() || m.zone().isPresent()) {
            reader = reader.withZone(m.zone().orElseThrow());
        }
        reader = strict ? reader.strict() : reader;
        CustomerChurn churn = CustomerChurn.defaults();
        Map<List<String>, Accumulator<CustomerPeriod, CustomerTally>> rows = new TreeMap<>(ExportCommand.KEYS);
        Records sink = new Records() {
            @Override
            public void customer(CustomerPeriod c) {
                List<String> key = new ArrayList<>(keys.size());
                keys.forEach(k -> key.add(k.apply(c)));
                rows.computeIfAbsent(key, k -> churn.newAccumulator()).accept(c);
            }
        };
        DataQuality quality = DataQuality.empty(ExportReader.EXAMPLES);
        List<String> names = new ArrayList<>();
        for (Path p : customers) {
            names.add(p.getFileName().toString());
            quality = quality.plus(reader.read(p, sink).quality());
        }

        Table table = new Table(keyColumns);
        table.columns.add(new Column("customers.start", "at start", Unit.COUNT));
        table.columns.add(new Column("customers.acquired", "acquired", Unit.COUNT));
        table.columns.add(new Column("customers.lost", "lost", Unit.COUNT));
        table.columns.add(new Column("customers.end", "at end", Unit.COUNT));
        table.columns.add(new Column(CustomerRetention.ID, "retention", Unit.PERCENT));
        table.columns.add(new Column(CustomerChurn.ID, "churn", Unit.PERCENT));
        table.columns.add(new Column(CustomerChurn.ID + ".revenue", "revenue churn %", Unit.NUMBER));
        CustomerTally total = CustomerTally.EMPTY;
        for (Map.Entry<List<String>, Accumulator<CustomerPeriod, CustomerTally>> e : rows.entrySet()) {
            CustomerTally t = e.getValue().tally();
            total = total.plus(t);
            table.rows.add(new Table.Row(e.getKey(), cells(churn, t)));
        }
        if (!keyColumns.isEmpty()) {
            List<String> all = new ArrayList<>();
            keyColumns.forEach(k -> all.add(Grouping.ALL));
            table.rows.add(new Table.Row(all, cells(churn, total)));
        } else if (rows.isEmpty()) {
            table.rows.add(new Table.Row(List.of(), cells(churn, total)));
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("mapping", Files.isRegularFile(Path.of(mapping)) ? Path.of(mapping).getFileName().toString()
                : mapping);
        Map<String, String> defs = new LinkedHashMap<>();
        defs.put(CustomerRetention.ID, CustomerRetention.defaults().definition());
        defs.put(CustomerChurn.ID, churn.definition());
        Render.Header header = new Render.Header(spec.name(), names, settings, defs, quality,
                DataQuality.empty(ExportReader.EXAMPLES), List.of());
        String text = Render.render(format, header, table);
        if (output != null) {
            Files.writeString(output, text, StandardCharsets.UTF_8);
        } else {
            PrintWriter out = cl.getOut();
            out.print(text);
            out.flush();
        }
        return 0;
    }

    private static Function<CustomerPeriod, String> label(Dimension<CustomerPeriod, String> d) {
        return Grouping.labels(d);
    }

    private static List<Cell> cells(CustomerChurn churn, CustomerTally t) {
        List<Cell> cells = new ArrayList<>();
        long n = t.sampleSize();
        cells.add(Cell.of(t.atStart(), n));
        cells.add(Cell.of(t.acquired(), n));
        cells.add(Cell.of(t.lost(), n));
        cells.add(Cell.of(t.atEnd(), n));
        cells.add(percent(t.retention()));
        cells.add(percent(t.churn()));
        OptionalDouble revenue = churn.revenueChurnPercent(t);
        cells.add(revenue.isPresent() ? Cell.of(revenue.getAsDouble(), t.atStart()) : Cell.empty(t.atStart()));
        return cells;
    }

    private static Cell percent(Ratio r) {
        return new Cell(r.percent().isPresent() ? Optional.of(r.percent().getAsDouble()) : Optional.empty(),
                r.denominator(), Optional.of(r.numerator()), Optional.of(r.denominator()));
    }
}
