package io.github.supportkpi.spark;

import io.github.supportkpi.domain.DataQuality;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.Tally;
import io.github.supportkpi.wire.MetricIdentity;
import io.github.supportkpi.wire.TallyFormat;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A supportkpi metric ready to run on Spark: any {@link Metric} (a catalogue metric, a filtered or segmented
 * one, a {@code MetricSet}) built from a serializable {@link MetricRecipe} on every machine. Immutable,
 * serializable and thread-safe.
 *
 * <p>Run it over DataFrame rows as an aggregate column, one tally per group:
 * <pre>{@code
 * SparkMetric<Ticket, Tallies<Ticket>> kpis = SparkMetric.of(() -> MetricSet.of(
 *         FirstResponseTime.defaults(), FirstContactResolution.defaults()).withSummary(Summary.SKETCH));
 * Dataset<Row> results = tickets.groupBy("tenant", "channel")
 *         .agg(kpis.column(TicketColumns.of(tickets.schema())).as("kpis"));
 * Dataset<Row> values = kpis.values(results, "kpis");       // tenant, channel, metric, statistic, value, sample_size, ...
 * Tallies<Ticket> all = kpis.total(results, "kpis");          // mergeable with tallies computed anywhere
 * }</pre>
 * or over a typed {@code Dataset} with {@link #aggregator(RecordMapping)} and {@code toColumn()}.
 *
 * <p>Each result is a struct of {@link #RESULT_TYPE}: the tally in its stored binary form ({@link TallyFormat},
 * with the metric's id and definition fingerprint), the rows accepted, and the rows refused by reason. Rows
 * the mapping refuses are counted, never dropped silently; in {@link #strict()} mode the first one fails
 * the job with its message instead.
 *
 * @param <T> the record type
 * @param <S> the tally type
 */
public final class SparkMetric<T, S extends Tally<S>> implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * The type of a result: {@code tally} (binary, the tally's stored form), {@code accepted} (long, the rows
     * tallied) and {@code refused} (map of reason to rows refused).
     */
    public static final StructType RESULT_TYPE = new StructType(new StructField[] {
        DataTypes.createStructField("tally", DataTypes.BinaryType, false),
        DataTypes.createStructField("accepted", DataTypes.LongType, false),
        DataTypes.createStructField("refused", DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType, false),
                false)});

    /** The columns {@link #values} adds after the group columns. */
    public static final StructType VALUE_TYPE = new StructType(new StructField[] {
        DataTypes.createStructField("metric", DataTypes.StringType, false),
        DataTypes.createStructField("dimension", DataTypes.StringType, true),
        DataTypes.createStructField("segment", DataTypes.StringType, true),
        DataTypes.createStructField("bucket", DataTypes.StringType, true),
        DataTypes.createStructField("statistic", DataTypes.StringType, false),
        DataTypes.createStructField("value", DataTypes.DoubleType, true),
        DataTypes.createStructField("sample_size", DataTypes.LongType, false),
        DataTypes.createStructField("numerator", DataTypes.LongType, true),
        DataTypes.createStructField("denominator", DataTypes.LongType, true)});

    /** The columns {@link #refusals} adds after the group columns. */
    public static final StructType REFUSAL_TYPE = new StructType(new StructField[] {
        DataTypes.createStructField("reason", DataTypes.StringType, false),
        DataTypes.createStructField("rows", DataTypes.LongType, false)});

    private final MetricRecipe<T, S> recipe;
    private final String id;
    private final String fingerprint;
    private final boolean strict;
    private transient volatile Metric<T, S> built;

    private SparkMetric(MetricRecipe<T, S> recipe, String id, String fingerprint, boolean strict, Metric<T, S> built) {
        this.recipe = recipe;
        this.id = id;
        this.fingerprint = fingerprint;
        this.strict = strict;
        this.built = built;
    }

    /**
     * The metric of a recipe, in lenient mode. The recipe is built once here, on the driver, and its
     * identity kept: every executor that builds it must build the same definition.
     *
     * @param recipe builds the metric; serializable, capturing only serializable values
     * @param <T> the record type
     * @param <S> the tally type
     * @return the metric for Spark
     * @throws IllegalArgumentException if the recipe cannot be serialized, saying what it captures, or its
     *     metric has no stable definition (a part of it has no name), saying which part
     */
    public static <T, S extends Tally<S>> SparkMetric<T, S> of(MetricRecipe<T, S> recipe) {
        Objects.requireNonNull(recipe, "recipe");
        checkSerializable(recipe);
        Metric<T, S> metric = build(recipe);
        MetricIdentity identity;
        try {
            identity = MetricIdentity.of(metric);
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException("metric must have a stable definition to run on Spark: "
                    + e.getMessage(), e);
        }
        return new SparkMetric<>(recipe, identity.id(), identity.fingerprint(), false, metric);
    }

    private static <T, S extends Tally<S>> Metric<T, S> build(MetricRecipe<T, S> recipe) {
        Metric<T, S> metric = recipe.build();
        if (metric == null) {
            throw new IllegalStateException("recipe must build a metric: it returned null");
        }
        return metric;
    }

    private static void checkSerializable(Object recipe) {
        try (ObjectOutputStream out = new ObjectOutputStream(OutputStream.nullOutputStream())) {
            out.writeObject(recipe);
        } catch (NotSerializableException e) {
            throw new IllegalArgumentException("recipe must be serializable to run on Spark's executors: it holds a "
                    + e.getMessage() + "; build such values inside the recipe or capture serializable ones", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("recipe must be serializable to run on Spark's executors: " + e, e);
        }
    }

    /**
     * This metric in strict mode: the first row the mapping refuses fails the job, with the mapping's
     * message, which names the rule and the row.
     *
     * @return the strict metric
     */
    public SparkMetric<T, S> strict() {
        return new SparkMetric<>(recipe, id, fingerprint, true, built);
    }

    /**
     * This metric in lenient mode, the default: rows the mapping refuses are counted by reason.
     *
     * @return the lenient metric
     */
    public SparkMetric<T, S> lenient() {
        return new SparkMetric<>(recipe, id, fingerprint, false, built);
    }

    /**
     * Whether a refused row fails the job.
     *
     * @return true in strict mode
     */
    public boolean isStrict() {
        return strict;
    }

    /**
     * The metric's id.
     *
     * @return the id, such as {@code frt}
     */
    public String id() {
        return id;
    }

    /**
     * The fingerprint of the metric's definition, as {@link MetricIdentity#fingerprint()} gives it.
     *
     * @return the fingerprint
     */
    public String fingerprint() {
        return fingerprint;
    }

    /**
     * The metric, built from the recipe once on each machine.
     *
     * @return the metric
     * @throws IllegalStateException if the recipe builds another definition here than on the driver
     */
    public Metric<T, S> metric() {
        Metric<T, S> m = built;
        if (m == null) {
            synchronized (this) {
                m = built;
                if (m == null) {
                    m = build(recipe);
                    MetricIdentity identity = MetricIdentity.of(m);
                    if (!identity.id().equals(id) || !identity.fingerprint().equals(fingerprint)) {
                        throw new IllegalStateException("recipe must build the same metric on every machine: here "
                                + identity + " (" + identity.definition() + "), on the driver " + id + " ["
                                + fingerprint + "]; a recipe must not read the clock or other local state");
                    }
                    built = m;
                }
            }
        }
        return m;
    }

    /**
     * This metric as a Spark aggregator of inputs mapped to records: over a typed {@code Dataset} with
     * {@code toColumn()}, or over DataFrame rows with {@code functions.udaf}.
     *
     * @param mapping turns an input into a record; a {@link RowMapping} reads DataFrame rows by column name
     * @param <I> the input type
     * @return the aggregator
     */
    public <I> TallyAggregator<I, T, S> aggregator(RecordMapping<I, ? extends T> mapping) {
        return new TallyAggregator<>(this, Objects.requireNonNull(mapping, "mapping"));
    }

    /**
     * This metric as an aggregate column over DataFrame rows: the mapping's columns are passed to it, and
     * its value is a struct of {@link #RESULT_TYPE}. Named after the metric's id, each run of characters
     * other than lowercase letters and digits an underscore ({@code fcr_rate}); rename it with {@code as}.
     *
     * @param mapping the columns to read and how
     * @return the aggregate column
     */
    public Column column(RowMapping<? extends T> mapping) {
        Objects.requireNonNull(mapping, "mapping");
        StructType schema = mapping.schema();
        Column[] columns = Arrays.stream(schema.fieldNames())
                .map(name -> functions.col("`" + name.replace("`", "``") + "`"))
                .toArray(Column[]::new);
        return functions.udaf(aggregator(mapping), Encoders.row(schema)).withName("supportkpi")
                .apply(columns).as(columnName());
    }

    /**
     * The default name of {@link #column}: the id with each run of characters other than lowercase letters
     * and digits replaced by an underscore.
     *
     * @return the name, such as {@code fcr_rate}
     */
    public String columnName() {
        return id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }

    /**
     * The tally of a result.
     *
     * @param result a struct of {@link #RESULT_TYPE}, such as {@code row.getStruct(i)} of a collected result
     * @return the tally, read back from its stored form
     * @throws io.github.supportkpi.wire.TallyFormatException if the stored tally is of another metric or
     *     definition, or corrupt
     */
    public S tally(Row result) {
        Objects.requireNonNull(result, "result");
        byte[] bytes = result.getAs(field(result, "tally"));
        return TallyFormat.standard().fromBytes(metric(), bytes);
    }

    /**
     * What a result accepted and refused.
     *
     * @param result a struct of {@link #RESULT_TYPE}
     * @return the rows kept, and the rows refused by reason (no examples: they would carry values)
     */
    public DataQuality report(Row result) {
        Objects.requireNonNull(result, "result");
        long accepted = result.getLong(field(result, "accepted"));
        Map<String, Long> refused = result.getJavaMap(field(result, "refused"));
        Map<DataQuality.Reason, Long> counts = new TreeMap<>();
        refused.forEach((reason, n) -> counts.merge(DataQuality.Reason.parse(DataQuality.Kind.REJECTED, reason), n,
                Math::addExact));
        return new DataQuality(accepted, counts, Map.of(), 0);
    }

    private static int field(Row result, String name) {
        if (result.schema() == null) {
            return RESULT_TYPE.fieldIndex(name);
        }
        try {
            return result.schema().fieldIndex(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("result must be a struct of " + RESULT_TYPE.simpleString() + ": "
                    + result.schema().simpleString(), e);
        }
    }

    /**
     * The merge of every result of a column, such as the total over all groups.
     *
     * @param results a DataFrame with a result column
     * @param column the result column's name
     * @return the merged tally
     */
    public S total(Dataset<Row> results, String column) {
        S total = metric().empty();
        for (Row r : results.select(quoted(results, column)).collectAsList()) {
            total = total.plus(tally(r.getStruct(0)));
        }
        return total;
    }

    /**
     * What every result of a column accepted and refused, summed.
     *
     * @param results a DataFrame with a result column
     * @param column the result column's name
     * @return the rows accepted, and the rows refused by reason
     */
    public DataQuality report(Dataset<Row> results, String column) {
        DataQuality all = DataQuality.empty(0);
        for (Row r : results.select(quoted(results, column)).collectAsList()) {
            all = all.plus(report(r.getStruct(0)));
        }
        return all;
    }

    /**
     * The tally of each group, collected to the driver.
     *
     * @param results a DataFrame of group columns and result columns
     * @param column the result column's name
     * @return the tally of each group, keyed by the values of the group columns (all but the result columns)
     *     in their order, in the order of the rows
     */
    public Map<List<Object>, S> tallies(Dataset<Row> results, String column) {
        int at = resultIndex(results, column);
        int[] groups = groupIndices(results, at);
        Map<List<Object>, S> byGroup = new LinkedHashMap<>();
        for (Row r : results.collectAsList()) {
            List<Object> key = new ArrayList<>();
            for (int g : groups) {
                key.add(r.get(g));
            }
            S t = tally(r.getStruct(at));
            byGroup.merge(Collections.unmodifiableList(key), t, Tally::plus);
        }
        return byGroup;
    }

    /**
     * The values of each result with their sample sizes, computed on the executors: the group columns (all
     * but the result columns), then the columns of {@link #VALUE_TYPE}, one row per value as
     * {@link TallyValues} lists them.
     *
     * @param results a DataFrame of group columns and result columns
     * @param column the result column's name
     * @return the values
     */
    public Dataset<Row> values(Dataset<Row> results, String column) {
        int at = resultIndex(results, column);
        int[] groups = groupIndices(results, at);
        StructType type = withGroups(results.schema(), groups, VALUE_TYPE);
        SparkMetric<T, S> self = this;
        FlatMapFunction<Row, Row> explode = row -> {
            List<Row> out = new ArrayList<>();
            for (TallyValues.Value v : TallyValues.of(self.id(), self.tally(row.getStruct(at)))) {
                Object[] values = groupValues(row, groups, 9);
                int i = groups.length;
                values[i++] = v.metric();
                values[i++] = v.dimension().orElse(null);
                values[i++] = v.segment().orElse(null);
                values[i++] = v.bucket().orElse(null);
                values[i++] = v.statistic();
                values[i++] = v.value().isPresent() ? v.value().getAsDouble() : null;
                values[i++] = v.sampleSize();
                values[i++] = v.numerator().isPresent() ? v.numerator().getAsLong() : null;
                values[i] = v.denominator().isPresent() ? v.denominator().getAsLong() : null;
                out.add(RowFactory.create(values));
            }
            return out.iterator();
        };
        return results.flatMap(explode, Encoders.row(type));
    }

    /**
     * The rows refused in each group, by reason: the group columns (all but the result columns), then the
     * columns of {@link #REFUSAL_TYPE}; groups with no refused row have no row here.
     *
     * @param results a DataFrame of group columns and result columns
     * @param column the result column's name
     * @return the refusals
     */
    public Dataset<Row> refusals(Dataset<Row> results, String column) {
        int at = resultIndex(results, column);
        int[] groups = groupIndices(results, at);
        StructType type = withGroups(results.schema(), groups, REFUSAL_TYPE);
        FlatMapFunction<Row, Row> explode = row -> {
            List<Row> out = new ArrayList<>();
            Map<String, Long> refused = row.getStruct(at).getJavaMap(2);
            for (var e : new TreeMap<>(refused).entrySet()) {
                Object[] values = groupValues(row, groups, 2);
                values[groups.length] = e.getKey();
                values[groups.length + 1] = e.getValue();
                out.add(RowFactory.create(values));
            }
            return out.iterator();
        };
        return results.flatMap(explode, Encoders.row(type));
    }

    private static Column quoted(Dataset<Row> results, String column) {
        resultIndex(results, column);
        return results.col("`" + column.replace("`", "``") + "`");
    }

    private static int resultIndex(Dataset<Row> results, String column) {
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(column, "column");
        StructType schema = results.schema();
        int at = Arrays.asList(schema.fieldNames()).indexOf(column);
        if (at < 0) {
            throw new IllegalArgumentException("column must be one of " + Arrays.toString(schema.fieldNames()) + ": "
                    + column);
        }
        if (!(schema.fields()[at].dataType() instanceof StructType s) || !sameFields(s)) {
            throw new IllegalArgumentException("column " + column + " must be a result of " + RESULT_TYPE.simpleString()
                    + ": " + schema.fields()[at].dataType().simpleString());
        }
        return at;
    }

    private static boolean sameFields(StructType s) {
        return Arrays.equals(s.fieldNames(), RESULT_TYPE.fieldNames());
    }

    /** The group columns: every column but the results, this metric's and others'. */
    private static int[] groupIndices(Dataset<Row> results, int at) {
        StructField[] fields = results.schema().fields();
        return java.util.stream.IntStream.range(0, fields.length)
                .filter(i -> i != at && !(fields[i].dataType() instanceof StructType s && sameFields(s)))
                .toArray();
    }

    private static StructType withGroups(StructType schema, int[] groups, StructType added) {
        List<StructField> fields = new ArrayList<>();
        for (int g : groups) {
            fields.add(schema.fields()[g]);
        }
        fields.addAll(Arrays.asList(added.fields()));
        return new StructType(fields.toArray(new StructField[0]));
    }

    private static Object[] groupValues(Row row, int[] groups, int extra) {
        Object[] values = new Object[groups.length + extra];
        for (int i = 0; i < groups.length; i++) {
            values[i] = row.get(groups[i]);
        }
        return values;
    }

    /** The result row of a tally: its binary form and the counts of rows. */
    static <S extends Tally<S>> Row resultRow(SparkMetric<?, S> metric, S tally, long accepted,
            SortedMap<String, Long> refused) {
        byte[] bytes = TallyFormat.standard().toBytes(metric.metric(), tally);
        return RowFactory.create(bytes, accepted, scala.jdk.javaapi.CollectionConverters.asScala(new TreeMap<>(refused)));
    }

    @Override
    public String toString() {
        return "SparkMetric[" + id + " [" + fingerprint + "]" + (strict ? ", strict" : "") + "]";
    }
}
