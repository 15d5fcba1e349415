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
 * Employee (agent) satisfaction: the percentage of satisfied responses, like CSAT ([001]). Catalogue M05.
 *
 * <p>{@code satisfied responses / all responses x 100}, over {@link SurveyKind#EMPLOYEE_SATISFACTION} responses; a response is
 * satisfied when its score is at least the definition's threshold (use {@link Ratio#percent()}).
 * <ul>
 *   <li>Undefined (empty) with no EMPLOYEE_SATISFACTION responses; never NaN, never 0.</li>
 *   <li>In [0, 100] when defined; never falls as the threshold is lowered.</li>
 *   <li>Responses of other kinds are ignored (a CSAT or NPS answer does not count here).</li>
 *   <li>An EMPLOYEE_SATISFACTION response on another scale than the definition's is refused with an
 *       {@link IllegalArgumentException} naming the response and its scale.</li>
 * </ul>
 * Knobs ({@link SatisfactionDefinition}): scale, default 1..5; satisfied threshold, default 4 (top-2-box,
 * [004]); thumbs up/down is {@link SatisfactionDefinition#THUMBS}. The mean-score variant is
 * {@link AverageEmployeeSatisfaction}.
 *
 * <p>Immutable and thread-safe.
 */
public final class EmployeeSatisfaction extends DefinedMetric<SurveyResponse, Ratio, SatisfactionDefinition> {
    /** The id. */
    public static final String ID = "esat";
    private static final EmployeeSatisfaction DEFAULTS = new EmployeeSatisfaction(SatisfactionDefinition.DEFAULT);

    private EmployeeSatisfaction(SatisfactionDefinition definition) {
        super(ID, definition, SurveyScores.share(ID, SurveyKind.EMPLOYEE_SATISFACTION, definition.scale(), "employee satisfaction",
                definition::isSatisfied));
    }

    /**
     * The metric with this definition.
     *
     * @param definition the scale and satisfied threshold
     * @return the metric
     */
    public static EmployeeSatisfaction of(SatisfactionDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        return new EmployeeSatisfaction(definition);
    }

    /**
     * The metric with {@link SatisfactionDefinition#DEFAULT}: 1..5, satisfied at 4 or 5.
     *
     * @return the metric
     */
    public static EmployeeSatisfaction defaults() {
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
