package io.github.supportkpi.business;

import java.util.Objects;

/**
 * The knob of customer churn (catalogue M51). Immutable and thread-safe.
 *
 * <p>The customer churn rate, {@code customers lost / customers at start}, has no knob ([001]). The gross
 * revenue churn variant, {@code revenue lost / revenue at start}, reads "revenue lost" as
 * {@code revenueLoss}; default {@link RevenueLoss#LOST_CUSTOMERS_AND_CONTRACTION} (the catalogue names the
 * variant without defining "lost"; this is the usual SaaS reading).
 *
 * @param revenueLoss what counts as revenue lost
 */
public record ChurnDefinition(RevenueLoss revenueLoss) {
    /** Revenue lost is lost customers' revenue plus contraction. */
    public static final ChurnDefinition DEFAULT = new ChurnDefinition(RevenueLoss.LOST_CUSTOMERS_AND_CONTRACTION);

    /**
     * Validates the field.
     *
     * @throws NullPointerException if it is null
     */
    public ChurnDefinition {
        Objects.requireNonNull(revenueLoss, "revenueLoss");
    }

    /**
     * A copy with another reading of revenue lost.
     *
     * @param revenueLoss what counts as revenue lost
     * @return the copy
     */
    public ChurnDefinition withRevenueLoss(RevenueLoss revenueLoss) {
        return new ChurnDefinition(revenueLoss);
    }
}
