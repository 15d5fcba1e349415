package io.github.supportkpi.experience;

import io.github.supportkpi.domain.SurveyKind;
import io.github.supportkpi.domain.SurveyResponse;
import io.github.supportkpi.metric.DefinedMetric;
import io.github.supportkpi.metric.Mean;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Customer Effort Score (CES), the mean score. Catalogue M03 ([004] names both forms).
 *
 * <p>{@code sum of scores / responses} over {@link SurveyKind#CES} responses (use {@link Mean#value()}).
 * <ul>
 *   <li>Undefined (empty) with no CES responses; never NaN, never 0.</li>
 *   <li>Within the scale when defined. The mean is of the raw scores: read it in the definition's
 *       direction (with higher-is-harder, lower is better); the easy threshold plays no part.</li>
 *   <li>Responses of other kinds are ignored.</li>
 *   <li>A CES response on another scale than the definition's is refused with an
 *       {@link IllegalArgumentException} naming the response and its scale.</li>
 * </ul>
 * Knobs ({@link EffortDefinition}): scale, default 1..7; direction, default higher-is-easier
 * (agreement); easy threshold, default 5. The other form is {@link CustomerEffort}.
 *
 * <p>Immutable and thread-safe.
 */
public final class AverageCustomerEffort extends DefinedMetric<SurveyResponse, Mean, EffortDefinition> {
    /** The id. */
    public static final String ID = "ces.mean";
    private static final AverageCustomerEffort DEFAULTS = new AverageCustomerEffort(EffortDefinition.DEFAULT);

    private AverageCustomerEffort(EffortDefinition definition) {
        super(ID, definition, SurveyScores.mean(ID, SurveyKind.CES, definition.scale(), "CES"));
    }

    /**
     * The metric with this definition.
     *
     * @param definition the scale, direction and easy threshold
     * @return the metric
     */
    public static AverageCustomerEffort of(EffortDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        return new AverageCustomerEffort(definition);
    }

    /**
     * The metric with {@link EffortDefinition#DEFAULT}: 1..7, higher is easier, easy at 5 or more.
     *
     * @return the metric
     */
    public static AverageCustomerEffort defaults() {
        return DEFAULTS;
    }

    /**
     * The instant that buckets a response in a trend of this metric: when it was answered, {@link
     * SurveyResponse#at()}.
     *
     * @return {@code SurveyResponse::at}
     */
    @Override
    public Optional<Function<? super SurveyResponse, Instant>> bucketInstant() {
        return Optional.of(SurveyResponse::at);
    }
}
