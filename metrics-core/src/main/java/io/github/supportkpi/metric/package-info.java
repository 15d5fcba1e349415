/**
 * The metric framework and the catalogue of metrics. <p>A {@link io.github.supportkpi.metric.Metric} is fed one record at a time into an {@link io.github.supportkpi.metric.Accumulator}, which yields an immutable {@link io.github.supportkpi.metric.Tally}. Tallies keep counts (numerator and denominator, sums and kept values), never percentages, and merge exactly with {@code plus}. A result with no data is undefined (empty), never NaN and never 0.
 */
package io.github.supportkpi.metric;
