package io.github.supportkpi.experience;

import io.github.supportkpi.domain.SurveyKind;
import io.github.supportkpi.domain.SurveyResponse;
import io.github.supportkpi.metric.DefinedMetric;
import io.github.supportkpi.metric.Ratio;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Customer Effort Score (CES), the percentage of "easy" answers. Catalogue M03 ([004] names both forms).
 *
 * <p>{@code easy responses / all responses x 100} over {@link SurveyKind#CES} responses (use {@link Ratio#percent()}).
 * <ul>
 *   <li>Undefined (empty) with no CES responses; never NaN, never 0.</li>
 *   <li>In [0, 100] when defined. "Easy" follows the direction: at least the threshold when higher is
 *       easier, at most it when higher is harder.</li>
 *   <li>Responses of other kinds are ignored.</li>
 *   <li>A CES response on another scale than the definition's is refused with an
 *       {@link IllegalArgumentException} naming the response and its scale.</li>
 * </ul>
 * Knobs ({@link EffortDefinition}): scale, default 1..7; direction, default higher-is-easier
 * (agreement); easy threshold, default 5. The other form is {@link AverageCustomerEffort}.
 *
 * <p>Immutable and thread-safe.
 */
public final class CustomerEffort extends DefinedMetric<SurveyResponse, Ratio, EffortDefinition> {
    /** The id. */
    public static final String ID = "ces.easy";
    private static final CustomerEffort DEFAULTS = new CustomerEffort(EffortDefinition.DEFAULT);

    private CustomerEffort(EffortDefinition definition) {
        super(ID, definition, SurveyScores.share(ID, SurveyKind.CES, definition.scale(), "CES", definition::isEasy));
    }

    /**
     * The metric with this definition.
     *
     * @param definition the scale, direction and easy threshold
     * @return the metric
     */
    public static CustomerEffort of(EffortDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        return new CustomerEffort(definition);
    }

    /**
     * The metric with {@link EffortDefinition#DEFAULT}: 1..7, higher is easier, easy at 5 or more.
     *
     * @return the metric
     */
    public static CustomerEffort defaults() {
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
