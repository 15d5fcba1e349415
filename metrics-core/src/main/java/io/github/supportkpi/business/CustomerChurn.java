package io.github.supportkpi.business;

import io.github.supportkpi.domain.CustomerPeriod;
import io.github.supportkpi.metric.DefinedMetric;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Customer churn rate and gross revenue churn. Catalogue M51 ([001]).
 *
 * <p>Churn rate: {@code customers lost / customers at start x 100} ({@link #percent}). Gross revenue churn:
 * {@code revenue lost / revenue at start x 100} ({@link #revenueChurnPercent}), where the revenue at start
 * is the recurring revenue of the customers active at the start and "revenue lost" is, by the
 * definition's {@link RevenueLoss}, the start revenue of the lost customers (plus, by default, the
 * contraction {@code max(0, start - end)} of each retained customer). Expansion never offsets a loss and
 * new customers' revenue plays no part.
 * <ul>
 *   <li>Churn is undefined (empty) with no customers at the start; revenue churn with zero revenue at the
 *       start; never NaN, never 0.</li>
 *   <li>Both in [0, 100] when defined; churn + retention ({@link CustomerRetention}) = 100.</li>
 *   <li>From aggregate counts: {@link CustomerTally#ofCounts} and {@link CustomerTally#withRevenue}.</li>
 * </ul>
 * Knob ({@link ChurnDefinition}): revenue loss, default lost customers and contraction.
 *
 * <p>Immutable and thread-safe.
 */
public final class CustomerChurn extends DefinedMetric<CustomerPeriod, CustomerTally, ChurnDefinition> {
    /** The id. */
    public static final String ID = "churn.rate";
    private static final CustomerChurn DEFAULTS = new CustomerChurn(ChurnDefinition.DEFAULT);

    private CustomerChurn(ChurnDefinition definition) {
        super(ID, definition, CustomerTally.metric(ID));
    }

    /**
     * The metric with this definition.
     *
     * @param definition what counts as revenue lost
     * @return the metric
     */
    public static CustomerChurn of(ChurnDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        return new CustomerChurn(definition);
    }

    /**
     * The metric with {@link ChurnDefinition#DEFAULT}.
     *
     * @return the metric
     */
    public static CustomerChurn defaults() {
        return DEFAULTS;
    }

    /**
     * The customer churn rate of a tally.
     *
     * @param tally the tally
     * @return a percentage in [0, 100]; empty with no customers at the start
     */
    public OptionalDouble percent(CustomerTally tally) {
        return tally.churn().percent();
    }

    /**
     * The gross revenue churn of a tally, revenue lost as this metric's definition says.
     *
     * @param tally the tally
     * @return a percentage in [0, 100]; empty when the revenue at the start is zero
     */
    public OptionalDouble revenueChurnPercent(CustomerTally tally) {
        return tally.revenueChurnPercent(definedBy().revenueLoss());
    }
}
