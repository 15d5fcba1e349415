package io.github.supportkpi.cli;

import io.github.supportkpi.cli.Table.Cell;
import io.github.supportkpi.domain.DataQuality;
import io.github.supportkpi.domain.SurveyResponse;
import io.github.supportkpi.io.ExportReader;
import io.github.supportkpi.io.Mapping;
import io.github.supportkpi.io.RecordKind;
import io.github.supportkpi.io.Records;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.MetricSet;
import io.github.supportkpi.metric.Screening;
import io.github.supportkpi.metric.Tallies;
import io.github.supportkpi.metric.Tally;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What the report commands share: read exports through a mapping, put the records in rows by bucket and
 * segment, tally the chosen metrics per row, and write the table.
 *
 * @param <T> the record type of the rows
 */
abstract class ExportCommand<T> implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--mapping", required = true, paramLabel = "FILE|NAME",
            description = "The column mapping: a JSON file, or the name of a mapping shipped in the jar.")
    String mapping;

    @Option(names = "--zone", paramLabel = "ZONE",
            description = "The zone of the export's local times and of the buckets (default: the mapping's).")
    String zone;

    @Option(names = "--by", paramLabel = "DIMENSION", description = "Segment the rows by a dimension.")
    String by;

    @Option(names = "--bucket", paramLabel = "day|week|month", description = "Bucket the rows by time.")
    Grouping.Bucket bucket;

    @Option(names = "--from", paramLabel = "DATE", description = "First day to count (inclusive, in the zone).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day to count (inclusive, in the zone).")
    LocalDate to;

    @Option(names = "--metrics", split = ",", paramLabel = "ID", description = "The metrics to report, by id.")
    List<String> metrics = new ArrayList<>();

    @Option(names = "--definition", paramLabel = "ID.KNOB=VALUE",
            description = "Set a knob of a metric's definition, such as frt.includeBots=true.")
    Map<String, String> definitions = new LinkedHashMap<>();

    @Option(names = "--format", paramLabel = "text|csv|json|markdown|html",
            description = "Output format (default: text); html writes a self-contained dashboard page.")
    Render.Format format = Render.Format.TEXT;

    @Option(names = "--summary", paramLabel = "exact|sketch|totals",
            description = "How durations are kept: exact (every one; memory grows with the export), sketch"
                    + " (percentiles within 0.4%%, bounded memory) or totals (count and mean). Default: exact.")
    DurationStats.Summary summary = DurationStats.Summary.EXACT;

    @Option(names = "--strict", description = "Stop at the first row or record that cannot be used (exit 1).")
    boolean strict;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to a file.")
    Path output;

    @Option(names = "--quiet", description = "No progress line on stderr.")
    boolean quiet;

    /** @return the export files to read, in order */
    abstract List<Path> inputs();

    /** @return the option naming the inputs, for messages */
    abstract String inputOption();

    /** @return the kind of record the mapping must read */
    abstract RecordKind kind();

    /** @return the metrics offered over the records */
    abstract List<Catalogue.Entry<T>> entries();

    /** @return the dimensions {@code --by} may name */
    abstract Map<String, Dimension<T, ?>> dimensions();

    /** @return the dimension of an attribute */
    abstract Dimension<T, ?> attribute(String name);

    /** @return the instant a record is bucketed and filtered by */
    abstract Instant instantOf(T record);

    /** @return a sink handing the records of the export to {@code main} and its survey answers to {@code survey} */
    abstract Records sink(Consumer<T> main, Consumer<SurveyResponse> survey);

    /**
     * @return the survey metrics offered over the answers that come with the records (a ticket's or a call's
     *     CSAT); none where the records are the answers
     */
    List<Catalogue.Entry<SurveyResponse>> answerEntries() {
        return Catalogue.surveys();
    }

    /**
     * What the tallies made otherwise than from records added to a report.
     *
     * @param inputs the files read
     * @param quality their data-quality report
     * @param notes notes for the report
     */
    record Extra(List<String> inputs, DataQuality quality, List<String> notes) {}

    /**
     * Adds tallies made otherwise than from the records (pre-aggregated rows) to the report's rows: none here.
     *
     * @param rows the report's rows
     * @param set the report's metrics over the records, or null for none
     * @param z the zone of the buckets and days
     * @param dimension the segmenting dimension, or null
     * @return what was added
     * @throws IOException if a file cannot be read
     */
    Extra extra(Rows<T> rows, MetricSet<T> set, ZoneId z, Dimension<T, ?> dimension) throws IOException {
        return new Extra(List.of(), DataQuality.empty(ExportReader.EXAMPLES), List.of());
    }

    /**
     * Wraps the sink the records of the exports go to, once, before they are read: a join with another
     * export (a ticket's audits), say. None here.
     *
     * @param sink the report's sink
     * @param z the zone of the buckets and days
     * @return the sink to read into
     * @throws IOException if a file cannot be read
     */
    Records wrap(Records sink, ZoneId z) throws IOException {
        return sink;
    }

    /**
     * The knobs a mapping implies, which {@code --definition} overrides one by one: none here.
     *
     * @param m the mapping
     * @return knob texts by metric id and knob
     */
    Map<String, Map<String, String>> impliedKnobs(Mapping m) {
        return Map.of();
    }

    /**
     * Whether a day is one the report counts.
     *
     * @param day the day
     * @return true when within {@code --from} and {@code --to}
     */
    boolean counts(LocalDate day) {
        return !(from != null && day.isBefore(from)) && !(to != null && day.isAfter(to));
    }

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        Mapping m = Inputs.mapping(cl, mapping, kind());
        ZoneId z = Inputs.zone(cl, zone, m);
        if (from != null && to != null && to.isBefore(from)) {
            throw new CommandLine.ParameterException(cl, "--to must not be before --from: " + from + " to " + to);
        }
        Map<String, Map<String, String>> knobs = new TreeMap<>();
        impliedKnobs(m).forEach((id, k) -> knobs.put(id, new LinkedHashMap<>(k)));
        knobs(cl).forEach((id, k) -> knobs.computeIfAbsent(id, x -> new LinkedHashMap<>()).putAll(k));
        List<Metric<T, ?>> mainMetrics;
        List<Metric<SurveyResponse, ?>> surveyMetrics;
        Dimension<T, ?> dimension;
        try {
            List<String> mainIds = new ArrayList<>();
            List<String> surveyIds = new ArrayList<>();
            for (String id : metrics) {
                (isSurvey(id) ? surveyIds : mainIds).add(id);
            }
            boolean defaults = metrics.isEmpty();
            mainMetrics = new ArrayList<>();
            for (Metric<T, ?> x : defaults || !mainIds.isEmpty() ? Catalogue.choose(entries(), mainIds, knobs)
                    : List.<Metric<T, ?>>of()) {
                mainMetrics.add(x.withSummary(summary));
            }
            surveyMetrics = defaults || !surveyIds.isEmpty() ? Catalogue.choose(answerEntries(), surveyIds, knobs)
                    : List.of();
            dimension = by == null ? null : Grouping.dimension(by, dimensions(), this::attribute);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage(), e);
        }
        Inputs.readable(cl, inputOption() + ": ", inputs());

        ExportReader reader = ExportReader.of(m).withZone(z);
        reader = strict ? reader.strict() : reader;
        MetricSet<T> set = mainMetrics.isEmpty() ? null : MetricSet.of(mainMetrics);
        MetricSet<SurveyResponse> surveySet = surveyMetrics.isEmpty() ? null : MetricSet.of(surveyMetrics);
        Rows<T> rows = new Rows<>(set);
        Rows<SurveyResponse> surveyRows = new Rows<>(surveySet);
        Function<T, String> segment = dimension == null ? null : Grouping.labels(dimension);
        long[] outside = new long[1];
        List<String> lastKey = new ArrayList<>();
        boolean[] lastIn = new boolean[1];
        LocalDate[] span = new LocalDate[2];
        Progress progress = new Progress(cl.getErr(), !quiet);
        Records read = sink(record -> {
            progress.tick();
            LocalDate day = LocalDate.ofInstant(instantOf(record), z);
            if ((from != null && day.isBefore(from)) || (to != null && day.isAfter(to))) {
                outside[0]++;
                lastIn[0] = false;
                return;
            }
            span[0] = span[0] == null || day.isBefore(span[0]) ? day : span[0];
            span[1] = span[1] == null || day.isAfter(span[1]) ? day : span[1];
            List<String> key = new ArrayList<>(2);
            if (bucket != null) {
                key.add(bucket.labelOf(instantOf(record), z));
            }
            if (segment != null) {
                key.add(segment.apply(record));
            }
            lastKey.clear();
            lastKey.addAll(key);
            lastIn[0] = true;
            rows.accept(key, record, strict);
        }, survey -> {
            if (lastIn[0]) {
                surveyRows.accept(List.copyOf(lastKey), survey, strict);
            }
        });
        Records sink = wrap(read, z);
        DataQuality quality = DataQuality.empty(ExportReader.EXAMPLES);
        List<String> names = new ArrayList<>();
        for (Path p : inputs()) {
            names.add(p.getFileName().toString());
            quality = quality.plus(reader.read(p, sink).quality());
        }
        progress.finish();
        Extra extra = extra(rows, set, z, dimension);
        names.addAll(extra.inputs());
        quality = quality.plus(extra.quality());

        List<String> keyColumns = new ArrayList<>();
        if (bucket != null) {
            keyColumns.add(bucket.heading());
        }
        if (dimension != null) {
            keyColumns.add(dimension.name());
        }
        Table table = new Table(keyColumns);
        List<Metric<T, ?>> mains = mainMetrics;
        List<Metric<SurveyResponse, ?>> surveys = surveyMetrics;
        mains.forEach(x -> table.columns.addAll(Table.columnsOf(x, Catalogue.label(entries(), x.id()))));
        surveys.forEach(x -> table.columns.addAll(Table.columnsOf(x, Catalogue.label(answerEntries(), x.id()))));
        TreeMap<List<String>, Boolean> keys = new TreeMap<>(KEYS);
        rows.keys().forEach(k -> keys.put(k, true));
        surveyRows.keys().forEach(k -> keys.put(k, true));
        if (bucket != null && dimension == null && span[0] != null) {
            bucket.labels(span[0], span[1]).forEach(b -> keys.put(List.of(b), true));
        }
        for (List<String> key : keys.keySet()) {
            table.rows.add(row(key, mains, rows.result(key), surveys, surveyRows.result(key)));
        }
        if (!keyColumns.isEmpty()) {
            List<String> all = new ArrayList<>();
            keyColumns.forEach(k -> all.add(Grouping.ALL));
            table.rows.add(row(all, mains, rows.total(), surveys, surveyRows.total()));
        } else if (keys.isEmpty()) {
            table.rows.add(row(List.of(), mains, rows.total(), surveys, surveyRows.total()));
        }

        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("mapping", Files.isRegularFile(Path.of(mapping)) ? Path.of(mapping).getFileName().toString() : mapping);
        settings.put("zone", z.getId());
        if (from != null || to != null) {
            settings.put("days", (from == null ? "..." : from.toString()) + " to " + (to == null ? "..." : to.toString()));
        }
        Map<String, String> defs = new LinkedHashMap<>();
        mains.forEach(x -> defs.put(x.id(), x.definition()));
        surveys.forEach(x -> defs.put(x.id(), x.definition()));
        List<String> notes = new ArrayList<>();
        if (outside[0] > 0) {
            notes.add(outside[0] + " records outside the days asked for, not counted");
        }
        notes.addAll(extra.notes());
        DataQuality refusals = rows.refusals().plus(surveyRows.refusals());
        Render.Header header = new Render.Header(spec.name(), names, settings, defs, quality, refusals, notes);
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

    /** The order of rows: by key, a record without a segment after the segments. */
    static final Comparator<List<String>> KEYS = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            String x = a.get(i);
            String y = b.get(i);
            if (!x.equals(y)) {
                // a record without a segment comes after the segments
                return x.equals(Grouping.NONE) ? 1 : y.equals(Grouping.NONE) ? -1 : x.compareTo(y);
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    private boolean isSurvey(String id) {
        return answerEntries().stream().anyMatch(e -> e.id().equals(id));
    }

    private Table.Row row(List<String> key, List<Metric<T, ?>> mains, Screening.Result<Tallies<T>> main,
            List<Metric<SurveyResponse, ?>> surveys, Screening.Result<Tallies<SurveyResponse>> survey) {
        List<Cell> cells = new ArrayList<>();
        for (Metric<T, ?> x : mains) {
            cells.addAll(Table.cellsOf(tallyOf(main.tally(), x)));
        }
        for (Metric<SurveyResponse, ?> x : surveys) {
            cells.addAll(Table.cellsOf(tallyOf(survey.tally(), x)));
        }
        return new Table.Row(key, cells);
    }

    private static <R, S extends Tally<S>> S tallyOf(Tallies<R> tallies, Metric<R, S> metric) {
        return tallies.get(metric);
    }

    private Map<String, Map<String, String>> knobs(CommandLine cl) {
        Map<String, Map<String, String>> out = new TreeMap<>();
        for (Map.Entry<String, String> e : definitions.entrySet()) {
            int dot = e.getKey().lastIndexOf('.');
            if (dot <= 0 || dot == e.getKey().length() - 1) {
                throw new CommandLine.ParameterException(cl, "--definition must be ID.KNOB=VALUE: " + e.getKey());
            }
            String id = e.getKey().substring(0, dot);
            boolean known = entries().stream().anyMatch(x -> x.id().equals(id)) || isSurvey(id);
            if (!known) {
                throw new CommandLine.ParameterException(cl, "--definition " + e.getKey() + ": unknown metric " + id);
            }
            out.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(e.getKey().substring(dot + 1), e.getValue());
        }
        return out;
    }
}
