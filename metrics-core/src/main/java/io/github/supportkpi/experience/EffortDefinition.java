package io.github.supportkpi.experience;

import io.github.supportkpi.domain.Scale;
import java.util.Objects;

/**
 * How a Customer Effort Score (catalogue M03) is read. Immutable and thread-safe.
 *
 * <p>Knobs and defaults:
 * <ul>
 *   <li>{@code scale}: 1..5, 1..7 or 1..10 (any scale is accepted); default 1..7, the agreement scale of
 *       "the company made it easy for me" ([004] names the score and the % easy forms).</li>
 *   <li>{@code direction}: {@link EffortDirection#HIGHER_IS_EASIER} (agreement, default) or
 *       {@link EffortDirection#HIGHER_IS_HARDER} (effort, [001]).</li>
 *   <li>{@code easyThreshold}: with higher-is-easier, a score of at least this is "easy"; with
 *       higher-is-harder, a score of at most this is "easy". Default 5 on 1..7 ("somewhat agree" or
 *       more).</li>
 * </ul>
 *
 * @param scale the scale responses are asked on
 * @param direction which end of the scale is easy
 * @param easyThreshold the boundary of "easy", inclusive; on the scale, not the end that would make
 *     every response easy
 */
public record EffortDefinition(Scale scale, EffortDirection direction, int easyThreshold) {
    /** 1..7 agreement, easy at 5 or more. */
    public static final EffortDefinition DEFAULT =
            new EffortDefinition(Scale.ONE_TO_SEVEN, EffortDirection.HIGHER_IS_EASIER, 5);

    /**
     * Validates the fields.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if the threshold is off the scale, or at the end that makes every
     *     response easy
     */
    public EffortDefinition {
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(direction, "direction");
        int low = direction == EffortDirection.HIGHER_IS_EASIER ? scale.min() + 1 : scale.min();
        int high = direction == EffortDirection.HIGHER_IS_EASIER ? scale.max() : scale.max() - 1;
        if (easyThreshold < low || easyThreshold > high) {
            throw new IllegalArgumentException("easyThreshold must be within " + low + ".." + high + " on scale "
                    + scale + " " + direction + ": " + easyThreshold);
        }
    }

    /**
     * A definition.
     *
     * @param scale the scale
     * @param direction which end is easy
     * @param easyThreshold the boundary of "easy"
     * @return the definition
     * @throws IllegalArgumentException as the constructor does
     */
    public static EffortDefinition of(Scale scale, EffortDirection direction, int easyThreshold) {
        return new EffortDefinition(scale, direction, easyThreshold);
    }

    /**
     * A copy with another scale; the threshold must fit it.
     *
     * @param scale the scale
     * @return the copy
     */
    public EffortDefinition withScale(Scale scale) {
        return new EffortDefinition(scale, direction, easyThreshold);
    }

    /**
     * A copy with another direction; the threshold must fit it.
     *
     * @param direction the direction
     * @return the copy
     */
    public EffortDefinition withDirection(EffortDirection direction) {
        return new EffortDefinition(scale, direction, easyThreshold);
    }

    /**
     * A copy with another threshold.
     *
     * @param easyThreshold the boundary of "easy"
     * @return the copy
     */
    public EffortDefinition withEasyThreshold(int easyThreshold) {
        return new EffortDefinition(scale, direction, easyThreshold);
    }

    /**
     * Whether a score counts as easy.
     *
     * @param score a score on the scale
     * @return {@code score >= easyThreshold} for higher-is-easier, {@code score <= easyThreshold} otherwise
     */
    public boolean isEasy(int score) {
        return direction == EffortDirection.HIGHER_IS_EASIER ? score >= easyThreshold : score <= easyThreshold;
    }
}
