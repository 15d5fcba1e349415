package io.github.supportkpi.quality;

import java.util.Objects;

/**
 * The knobs of first contact resolution (catalogue M20). Immutable and thread-safe.
 *
 * @param eligibility which tickets are in the denominator; default {@link FcrEligibility#all()}
 * @param criteria what "resolved on first contact" means; default {@link FcrCriteria#DEFAULT}: resolved,
 *     at most one agent reply, no reopen, no escalation, no transfer ([001], [003], [004])
 */
public record FcrDefinition(FcrEligibility eligibility, FcrCriteria criteria) {
    /** All tickets eligible; the default criteria. */
    public static final FcrDefinition DEFAULT = new FcrDefinition(FcrEligibility.all(), FcrCriteria.DEFAULT);

    /**
     * Validates the knobs.
     *
     * @throws NullPointerException if a knob is null
     */
    public FcrDefinition {
        Objects.requireNonNull(eligibility, "eligibility");
        Objects.requireNonNull(criteria, "criteria");
    }

    /**
     * A copy with another eligibility.
     *
     * @param v the eligibility
     * @return the copy
     */
    public FcrDefinition withEligibility(FcrEligibility v) {
        return new FcrDefinition(v, criteria);
    }

    /**
     * A copy with other criteria.
     *
     * @param v the criteria
     * @return the copy
     */
    public FcrDefinition withCriteria(FcrCriteria v) {
        return new FcrDefinition(eligibility, v);
    }
}
