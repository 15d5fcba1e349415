package io.github.supportkpi.business;

import java.util.Objects;

/**
 * The knob of cost per resolution (catalogue M52): {@code total support cost / tickets}. Immutable and
 * thread-safe.
 *
 * @param denominator which tickets the cost is divided by: {@link CostDenominator#RESOLVED} (default,
 *     [000], [001]) or {@link CostDenominator#ALL} ([002])
 */
public record CostPerResolutionDefinition(CostDenominator denominator) {
    /** Divide by resolved tickets. */
    public static final CostPerResolutionDefinition DEFAULT = new CostPerResolutionDefinition(CostDenominator.RESOLVED);

    /**
     * Validates the field.
     *
     * @throws NullPointerException if it is null
     */
    public CostPerResolutionDefinition {
        Objects.requireNonNull(denominator, "denominator");
    }

    /**
     * A copy with another denominator.
     *
     * @param denominator which tickets to divide by
     * @return the copy
     */
    public CostPerResolutionDefinition withDenominator(CostDenominator denominator) {
        return new CostPerResolutionDefinition(denominator);
    }
}
