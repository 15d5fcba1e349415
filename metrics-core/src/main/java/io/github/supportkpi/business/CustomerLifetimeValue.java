package io.github.supportkpi.business;

import io.github.supportkpi.domain.CustomerPeriod;
import io.github.supportkpi.metric.DefinedMetric;
import io.github.supportkpi.metric.Ratio;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;

/**
 * Customer lifetime value (CLV). Catalogue M53 ([000] names it).
 *
 * <p>Two forms, both documented in the catalogue:
 * <ul>
 *   <li>lifetime form: {@code average revenue per customer per period x expected lifetime in periods}
 *       ({@link #ofLifetime});</li>
 *   <li>churn form: {@code average revenue per customer per period / churn rate per period}
 *       ({@link #ofChurn}), the expected lifetime being {@code 1 / churn}. Over {@link CustomerPeriod}s
 *       ({@link #value}), the average revenue is {@code revenueAtStart / atStart} and the churn
 *       {@code lost / atStart}, so the value is {@code revenueAtStart / lost}: the recorded revenue must be
 *       revenue per period (MRR for monthly periods).</li>
 * </ul>
 * Revenue, not margin: multiply by your gross margin for a margin-based CLV.
 * <ul>
 *   <li>Undefined (empty) with no customers at the start or no churn (the lifetime would be infinite);
 *       never a division by zero, never 0.</li>
 *   <li>Divisions are rounded to {@link MathContext#DECIMAL64}; the lifetime form's product is exact.</li>
 * </ul>
 * No knobs: the definition is the formula text.
 *
 * <p>Immutable and thread-safe.
 */
public final class CustomerLifetimeValue extends DefinedMetric<CustomerPeriod, CustomerTally, String> {
    /** The id. */
    public static final String ID = "clv";
    /** The definition: the formula. */
    public static final String FORMULA = "average revenue per customer per period / churn rate per period";
    private static final CustomerLifetimeValue DEFAULTS = new CustomerLifetimeValue();

    private CustomerLifetimeValue() {
        super(ID, FORMULA, CustomerTally.metric(ID));
    }

    /**
     * The metric.
     *
     * @return the metric
     */
    public static CustomerLifetimeValue defaults() {
        return DEFAULTS;
    }

    /**
     * The lifetime value of a tally, churn form: {@code (revenueAtStart / atStart) / (lost / atStart)}.
     *
     * @param tally the tally
     * @return {@code revenueAtStart / lost}; empty with no customers at the start or none lost
     */
    public Optional<BigDecimal> value(CustomerTally tally) {
        Objects.requireNonNull(tally, "tally");
        if (tally.atStart() == 0 || tally.lost() == 0) {
            return Optional.empty();
        }
        return Optional.of(tally.revenueAtStart().divide(BigDecimal.valueOf(tally.lost()), MathContext.DECIMAL64));
    }

    /**
     * Lifetime form: {@code averageRevenue x expectedLifetime}.
     *
     * @param averageRevenue average revenue per customer per period, not negative
     * @param expectedLifetime expected customer lifetime in periods, not negative
     * @return the product, exact
     * @throws IllegalArgumentException if either is negative
     */
    public static BigDecimal ofLifetime(BigDecimal averageRevenue, BigDecimal expectedLifetime) {
        nonNegative(averageRevenue, "averageRevenue");
        nonNegative(expectedLifetime, "expectedLifetime");
        return averageRevenue.multiply(expectedLifetime);
    }

    /**
     * Churn form: {@code averageRevenue / churn}.
     *
     * @param averageRevenue average revenue per customer per period, not negative
     * @param churn the churn ratio per period (e.g. {@link CustomerTally#churn()})
     * @return the value rounded to {@link MathContext#DECIMAL64}; empty when the churn is undefined or zero
     * @throws IllegalArgumentException if the revenue is negative
     */
    public static Optional<BigDecimal> ofChurn(BigDecimal averageRevenue, Ratio churn) {
        nonNegative(averageRevenue, "averageRevenue");
        Objects.requireNonNull(churn, "churn");
        if (churn.numerator() == 0) {
            return Optional.empty();
        }
        return Optional.of(averageRevenue.multiply(BigDecimal.valueOf(churn.denominator()))
                .divide(BigDecimal.valueOf(churn.numerator()), MathContext.DECIMAL64));
    }

    private static void nonNegative(BigDecimal v, String name) {
        Objects.requireNonNull(v, name);
        if (v.signum() < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + v.toPlainString());
        }
    }
}
