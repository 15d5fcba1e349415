package io.github.supportkpi.business;

/**
 * What "revenue lost" means in gross revenue churn (catalogue M51): {@code revenue lost / revenue at start}.
 * Both sums are of recurring revenue of customers active at the start of the period; neither counts
 * revenue of customers acquired during it, and expansion never offsets a loss (that would be net churn).
 */
public enum RevenueLoss {
    /** The start revenue of the customers lost during the period. */
    LOST_CUSTOMERS,
    /**
     * The start revenue of the customers lost, plus the contraction of the customers retained: for each,
     * {@code max(0, revenueAtStart - revenueAtEnd)}. The default: the usual SaaS "gross revenue churn".
     */
    LOST_CUSTOMERS_AND_CONTRACTION
}
