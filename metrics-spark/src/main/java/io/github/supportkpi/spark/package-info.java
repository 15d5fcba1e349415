/**
 * supportkpi metrics on Apache Spark. A {@link io.github.supportkpi.spark.SparkMetric} runs any metric (a
 * catalogue metric, a filtered or segmented one, a {@code MetricSet}) as a Spark aggregate over DataFrame
 * rows ({@link io.github.supportkpi.spark.SparkMetric#column}) or typed datasets
 * ({@link io.github.supportkpi.spark.TallyAggregator}): the tally is the buffer, kept live between rows and
 * sent between tasks in its stored form, and the tally's {@code plus} is Spark's merge, so the result equals
 * a single pass over the same records, exactly. {@link io.github.supportkpi.spark.TicketColumns},
 * {@link io.github.supportkpi.spark.InteractionColumns} and {@link io.github.supportkpi.spark.SurveyColumns}
 * are the column convention that turns rows into records, counting refused rows by reason; results come back
 * as tallies, mergeable with tallies computed anywhere, and as a table of values with their sample sizes
 * ({@link io.github.supportkpi.spark.TallyValues}).
 */
package io.github.supportkpi.spark;
