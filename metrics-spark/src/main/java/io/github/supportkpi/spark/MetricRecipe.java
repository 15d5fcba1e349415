package io.github.supportkpi.spark;

import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.Tally;
import java.io.Serializable;

/**
 * How to build a metric, shipped to Spark's executors in place of the metric itself: metrics are not
 * serializable, a recipe is. Write it as a lambda that builds the metric from its knobs, capturing only
 * serializable values:
 *
 * <pre>{@code
 * MetricRecipe<Ticket, DurationStats> frt = () -> FirstResponseTime.defaults().withSummary(Summary.SKETCH);
 * }</pre>
 *
 * <p>Every machine builds the metric anew, and {@link SparkMetric} checks that each builds the same
 * definition as the driver (same id and fingerprint), so a recipe must not read the clock or anything else
 * that differs between machines: pass such values in, as {@code Instant now = ...; () -> Backlog.at(now)}.
 *
 * @param <T> the record type
 * @param <S> the tally type
 */
@FunctionalInterface
public interface MetricRecipe<T, S extends Tally<S>> extends Serializable {
    /**
     * Builds the metric.
     *
     * @return a new metric, equal in definition on every call
     */
    Metric<T, S> build();
}
