package io.github.supportkpi.spark;

import io.github.supportkpi.metric.Tally;
import java.time.DateTimeException;
import java.util.Objects;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * A metric as a Spark {@link Aggregator}: each input is mapped to a record and fed to a live accumulator of
 * the metric, partial results merge with the tally's own {@code plus}, and the result is a struct of the
 * tally's stored binary form and the rows accepted and refused ({@link SparkMetric#RESULT_TYPE}). Get one
 * from {@link SparkMetric#aggregator(RecordMapping)}; use it over a typed {@code Dataset} with
 * {@link #toColumn()} or over DataFrame rows with {@code functions.udaf} (as {@link SparkMetric#column}
 * does).
 *
 * <ul>
 *   <li>An input the mapping refuses is counted under its reason (the part of the message before the first
 *       {@code ": "}, the rule and never the value), or, in strict mode, fails the job with its message.</li>
 *   <li>A record the metric itself refuses (a survey answer on another scale) fails the job, as
 *       {@code metric.over(records)} would: the definition does not fit the data.</li>
 * </ul>
 *
 * @param <I> the input type
 * @param <T> the record type
 * @param <S> the tally type
 */
public final class TallyAggregator<I, T, S extends Tally<S>> extends Aggregator<I, TallyBuffer<T, S>, Row> {
    private static final long serialVersionUID = 1L;

    private final SparkMetric<T, S> metric;
    private final RecordMapping<I, ? extends T> mapping;

    TallyAggregator(SparkMetric<T, S> metric, RecordMapping<I, ? extends T> mapping) {
        this.metric = Objects.requireNonNull(metric, "metric");
        this.mapping = Objects.requireNonNull(mapping, "mapping");
    }

    /**
     * The metric this aggregator runs.
     *
     * @return the metric
     */
    public SparkMetric<T, S> metric() {
        return metric;
    }

    /** @return a new, empty buffer */
    @Override
    public TallyBuffer<T, S> zero() {
        return new TallyBuffer<>(metric);
    }

    /**
     * Maps the input and adds its record, or counts the input as refused.
     *
     * @param buffer the buffer
     * @param input the input
     * @return the buffer
     */
    @Override
    public TallyBuffer<T, S> reduce(TallyBuffer<T, S> buffer, I input) {
        buffer.attach(metric);
        T record;
        try {
            record = mapping.record(input);
        } catch (IllegalArgumentException | DateTimeException | NullPointerException e) {
            if (metric.isStrict()) {
                throw e;
            }
            buffer.refuse(Refusals.reason(e));
            return buffer;
        }
        if (record == null) {
            throw new IllegalStateException("mapping must return a record: " + mapping + " returned null");
        }
        buffer.accept(record);
        return buffer;
    }

    /**
     * Merges the second buffer into the first.
     *
     * @param b1 the first buffer
     * @param b2 the second buffer
     * @return the first buffer
     */
    @Override
    public TallyBuffer<T, S> merge(TallyBuffer<T, S> b1, TallyBuffer<T, S> b2) {
        b1.attach(metric);
        b2.attach(metric);
        b1.add(b2);
        return b1;
    }

    /**
     * The result: the tally's binary form, the rows accepted and the rows refused by reason.
     *
     * @param buffer the buffer
     * @return a row of {@link SparkMetric#RESULT_TYPE}
     */
    @Override
    public Row finish(TallyBuffer<T, S> buffer) {
        buffer.attach(metric);
        return SparkMetric.resultRow(metric, buffer.tally(), buffer.accepted(), buffer.refused());
    }

    /** @return Java serialization of the buffer, whose form is the tally's binary form */
    @Override
    public Encoder<TallyBuffer<T, S>> bufferEncoder() {
        @SuppressWarnings("unchecked")
        Class<TallyBuffer<T, S>> type = (Class<TallyBuffer<T, S>>) (Class<?>) TallyBuffer.class;
        return Encoders.javaSerialization(type);
    }

    /** @return the encoder of {@link SparkMetric#RESULT_TYPE} */
    @Override
    public Encoder<Row> outputEncoder() {
        return Encoders.row(SparkMetric.RESULT_TYPE);
    }

    @Override
    public String toString() {
        return "TallyAggregator[" + metric + "]";
    }
}
