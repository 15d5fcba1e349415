package io.github.supportkpi.business;

import io.github.supportkpi.domain.CustomerPeriod;
import io.github.supportkpi.metric.DefinedMetric;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Customer acquisition cost (CAC). Catalogue M53 ([000] names it).
 *
 * <p>{@code acquisition spend / new customers}. The metric counts the customers acquired during the period
 * over {@link CustomerPeriod}s; the spend comes from outside ({@link CostPerUnit#withCost}), or build the
 * tally from counts with {@link CostPerUnit#of}.
 * <ul>
 *   <li>Undefined (empty) with no new customers; never a division by zero, never 0.</li>
 *   <li>Rounded to {@link java.math.MathContext#DECIMAL64}.</li>
 *   <li>Customers acquired and lost within the period still count as acquired.</li>
 * </ul>
 * No knobs: the definition is the formula text.
 *
 * <p>Immutable and thread-safe.
 */
public final class CustomerAcquisitionCost extends DefinedMetric<CustomerPeriod, CostPerUnit, String> {
    /** The id. */
    public static final String ID = "cac";
    /** The definition: the formula. */
    public static final String FORMULA = "acquisition spend / customers acquired in the period";
    private static final CustomerAcquisitionCost DEFAULTS = new CustomerAcquisitionCost();

    private CustomerAcquisitionCost() {
        super(ID, FORMULA, CostPerUnit.metric(ID, CustomerPeriod::acquired));
    }

    /**
     * The metric.
     *
     * @return the metric
     */
    public static CustomerAcquisitionCost defaults() {
        return DEFAULTS;
    }

    /**
     * The acquisition cost of these customers at this spend.
     *
     * @param customers the customer periods
     * @param spend the acquisition spend of the period, not negative
     * @return the cost per new customer; empty with none
     */
    public Optional<BigDecimal> over(Iterable<? extends CustomerPeriod> customers, BigDecimal spend) {
        return over(customers).withCost(spend).perUnit();
    }
}
