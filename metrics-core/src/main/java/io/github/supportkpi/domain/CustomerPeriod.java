package io.github.supportkpi.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One customer's standing over a reporting period, the input of retention and churn. Immutable and
 * thread-safe.
 *
 * <p>A customer is either a customer at the start of the period or acquired during it, never both. A
 * customer acquired and lost within the period is {@code acquired} and not {@code activeAtEnd}.
 *
 * @param customerId the customer
 * @param activeAtStart whether they were a customer at the start of the period
 * @param acquired whether they became a customer during the period
 * @param activeAtEnd whether they were a customer at the end of the period
 * @param revenueAtStart recurring revenue at the start (zero if none or not tracked); not negative
 * @param revenueAtEnd recurring revenue at the end (zero if none or not tracked); not negative
 */
public record CustomerPeriod(
        String customerId,
        boolean activeAtStart,
        boolean acquired,
        boolean activeAtEnd,
        BigDecimal revenueAtStart,
        BigDecimal revenueAtEnd) {

    /**
     * Validates the fields.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if the customer is both active at the start and acquired, is neither
     *     active at the start nor acquired, or has negative revenue
     */
    public CustomerPeriod {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(revenueAtStart, "revenueAtStart");
        Objects.requireNonNull(revenueAtEnd, "revenueAtEnd");
        if (activeAtStart && acquired) {
            throw new IllegalArgumentException(
                    "acquired must be false for a customer active at the start: customer " + customerId);
        }
        if (!activeAtStart && !acquired) {
            throw new IllegalArgumentException("a customer period must be active at the start or acquired during"
                    + " the period: customer " + customerId);
        }
        if (revenueAtStart.signum() < 0) {
            throw new IllegalArgumentException(
                    "revenueAtStart must not be negative: customer " + customerId + ", " + revenueAtStart);
        }
        if (revenueAtEnd.signum() < 0) {
            throw new IllegalArgumentException(
                    "revenueAtEnd must not be negative: customer " + customerId + ", " + revenueAtEnd);
        }
    }

    /**
     * A customer present at the start who stayed or left, with no revenue tracked.
     *
     * @param customerId the customer
     * @param retained whether they were still a customer at the end
     * @return the period
     */
    public static CustomerPeriod existing(String customerId, boolean retained) {
        return new CustomerPeriod(customerId, true, false, retained, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /**
     * A customer acquired during the period, with no revenue tracked.
     *
     * @param customerId the customer
     * @param activeAtEnd whether they were still a customer at the end
     * @return the period
     */
    public static CustomerPeriod acquired(String customerId, boolean activeAtEnd) {
        return new CustomerPeriod(customerId, false, true, activeAtEnd, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /**
     * Whether this customer was at the start and gone at the end.
     *
     * @return {@code activeAtStart && !activeAtEnd}
     */
    public boolean lost() {
        return activeAtStart && !activeAtEnd;
    }
}
