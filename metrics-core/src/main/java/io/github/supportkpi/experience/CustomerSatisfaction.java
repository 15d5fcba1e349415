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
 * Customer satisfaction (CSAT): the percentage of satisfied responses. Catalogue M01.
 *
 * <p>{@code satisfied responses / all responses x 100}, over {@link SurveyKind#CSAT} responses; a response is
 * satisfied when its score is at least the definition's threshold (use {@link Ratio#percent()}).
 * <ul>
 *   <li>Undefined (empty) with no CSAT responses; never NaN, never 0.</li>
 *   <li>In [0, 100] when defined; never falls as the threshold is lowered.</li>
 *   <li>Responses of other kinds are ignored (an NPS answer does not count here).</li>
 *   <li>A CSAT response on another scale than the definition's is refused with an
 *       {@link IllegalArgumentException} naming the response and its scale.</li>
 * </ul>
 * Knobs ({@link SatisfactionDefinition}): scale, default 1..5; satisfied threshold, default 4 (top-2-box,
 * [004]); thumbs up/down is {@link SatisfactionDefinition#THUMBS}. The mean-score variant is
 * {@link AverageCustomerSatisfaction}.
 *
 * <p>Immutable and thread-safe.
 */
public final class CustomerSatisfaction extends DefinedMetric<SurveyResponse, Ratio, SatisfactionDefinition> {
    /** The id. */
    public static final String ID = "csat";
    private static final CustomerSatisfaction DEFAULTS = new CustomerSatisfaction(SatisfactionDefinition.DEFAULT);

    private CustomerSatisfaction(SatisfactionDefinition definition) {
        super(ID, definition, SurveyScores.share(ID, SurveyKind.CSAT, definition.scale(), "CSAT",
                definition::isSatisfied));
    }

    /**
     * The metric with this definition.
     *
     * @param definition the scale and satisfied threshold
     * @return the metric
     */
    public static CustomerSatisfaction of(SatisfactionDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        return new CustomerSatisfaction(definition);
    }

    /**
     * The metric with {@link SatisfactionDefinition#DEFAULT}: 1..5, satisfied at 4 or 5.
     *
     * @return the metric
     */
    public static CustomerSatisfaction defaults() {
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
