package io.github.supportkpi.spark;

import java.io.Serializable;

/**
 * Turns one input of a Spark job (a {@link org.apache.spark.sql.Row}, a bean of a typed {@code Dataset})
 * into the record a metric reads: a {@code Ticket}, an {@code Interaction} or a {@code SurveyResponse}.
 * Shipped to Spark's executors, so it must be serializable: a lambda capturing serializable values is.
 *
 * <p>A row the domain refuses is refused with an {@link IllegalArgumentException} whose message starts with
 * the rule it broke ({@code "resolved must not be before created: ticket T-9, ..."}): a {@link SparkMetric}
 * counts it under that rule, or, in strict mode, fails the job with it. A mapping that cannot read its input
 * at all (a column of the wrong type) throws an {@link IllegalStateException}, which always fails the job.
 *
 * @param <I> the input type
 * @param <T> the record type
 */
@FunctionalInterface
public interface RecordMapping<I, T> extends Serializable {
    /**
     * The record of one input.
     *
     * @param input the input, not null
     * @return the record, not null
     * @throws IllegalArgumentException if the domain refuses the input, the message starting with the rule
     * @throws IllegalStateException if the input cannot be read at all, such as a column of another type
     */
    T record(I input);
}
