package io.github.supportkpi.experience;

import io.github.supportkpi.domain.Scale;
import java.util.Objects;

/**
 * What counts as "satisfied" in a satisfaction survey (CSAT, catalogue M01; employee satisfaction, M05).
 * Immutable and thread-safe.
 *
 * <p>A response is satisfied when its score is at least {@code satisfiedThreshold}. Knobs and defaults:
 * <ul>
 *   <li>{@code scale}: the scale responses must be asked on; default 1..5 ([004], [001], [002]). Thumbs
 *       up/down is the 2-point scale {@link Scale#THUMBS} with threshold 1, see {@link #THUMBS}.</li>
 *   <li>{@code satisfiedThreshold}: the lowest satisfied score; default 4, the "top-2-box" of 1..5 ([004]:
 *       "160 of 200 answer 4 or 5 -> 80%").</li>
 * </ul>
 *
 * @param scale the scale responses are asked on
 * @param satisfiedThreshold the lowest score that counts as satisfied; on the scale, above its minimum
 */
public record SatisfactionDefinition(Scale scale, int satisfiedThreshold) {
    /** 1..5, satisfied at 4 or 5 (top-2-box). */
    public static final SatisfactionDefinition DEFAULT = new SatisfactionDefinition(Scale.ONE_TO_FIVE, 4);
    /** Thumbs down (0) or up (1): satisfied is thumbs up. */
    public static final SatisfactionDefinition THUMBS = new SatisfactionDefinition(Scale.THUMBS, 1);

    /**
     * Validates the fields.
     *
     * @throws NullPointerException if the scale is null
     * @throws IllegalArgumentException if the threshold is not on the scale or is its minimum (every
     *     response would be satisfied)
     */
    public SatisfactionDefinition {
        Objects.requireNonNull(scale, "scale");
        if (satisfiedThreshold <= scale.min() || satisfiedThreshold > scale.max()) {
            throw new IllegalArgumentException("satisfiedThreshold must be within " + (scale.min() + 1) + ".."
                    + scale.max() + " on scale " + scale + ": " + satisfiedThreshold);
        }
    }

    /**
     * A definition on {@code scale}, satisfied at {@code satisfiedThreshold} or more.
     *
     * @param scale the scale
     * @param satisfiedThreshold the lowest satisfied score
     * @return the definition
     * @throws IllegalArgumentException as the constructor does
     */
    public static SatisfactionDefinition of(Scale scale, int satisfiedThreshold) {
        return new SatisfactionDefinition(scale, satisfiedThreshold);
    }

    /**
     * A copy with another scale and the same threshold, which must fit the new scale.
     *
     * @param scale the scale
     * @return the copy
     * @throws IllegalArgumentException if the threshold does not fit the scale
     */
    public SatisfactionDefinition withScale(Scale scale) {
        return new SatisfactionDefinition(scale, satisfiedThreshold);
    }

    /**
     * A copy with another threshold.
     *
     * @param satisfiedThreshold the lowest satisfied score
     * @return the copy
     * @throws IllegalArgumentException if it does not fit the scale
     */
    public SatisfactionDefinition withSatisfiedThreshold(int satisfiedThreshold) {
        return new SatisfactionDefinition(scale, satisfiedThreshold);
    }

    /**
     * Whether a score counts as satisfied.
     *
     * @param score a score on the scale
     * @return {@code score >= satisfiedThreshold}
     */
    public boolean isSatisfied(int score) {
        return score >= satisfiedThreshold;
    }
}
