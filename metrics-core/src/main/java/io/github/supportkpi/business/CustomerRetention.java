package io.github.supportkpi.business;

import io.github.supportkpi.domain.CustomerPeriod;
import io.github.supportkpi.metric.DefinedMetric;
import java.util.OptionalDouble;

/**
 * Customer retention rate. Catalogue M50 ([001]).
 *
 * <p>{@code (customers at end - new customers) / customers at start x 100}, over one
 * {@link CustomerPeriod} per customer for the period. "New customers" are those counted in the customers at
 * the end, so the numerator is the customers at the start still there at the end
 * ({@link CustomerTally#retained()}); a customer acquired and lost within the period does not lower it.
 * <ul>
 *   <li>Undefined (empty) with no customers at the start; never NaN, never 0.</li>
 *   <li>In [0, 100] when defined; retention + churn ({@link CustomerChurn}) = 100.</li>
 *   <li>From aggregate counts: {@link CustomerTally#ofCounts}.</li>
 * </ul>
 * No knobs: the period is the one the records describe; the definition is the formula text.
 *
 * <p>Immutable and thread-safe.
 */
public final class CustomerRetention extends DefinedMetric<CustomerPeriod, CustomerTally, String> {
    /** The id. */
    public static final String ID = "retention.rate";
    /** The definition: the formula. */
    public static final String FORMULA =
            "(customers at end - new customers still there at end) / customers at start x 100";
    private static final CustomerRetention DEFAULTS = new CustomerRetention();

    private CustomerRetention() {
        super(ID, FORMULA, CustomerTally.metric(ID));
    }

    /**
     * The metric.
     *
     * @return the metric
     */
    public static CustomerRetention defaults() {
        return DEFAULTS;
    }

    /**
     * The retention rate of a tally.
     *
     * @param tally the tally
     * @return a percentage in [0, 100]; empty with no customers at the start
     */
    public OptionalDouble percent(CustomerTally tally) {
        return tally.retention().percent();
    }
}
