package io.github.supportkpi.experience;

import io.github.supportkpi.domain.Scale;
import io.github.supportkpi.domain.SurveyKind;
import io.github.supportkpi.domain.SurveyResponse;
import io.github.supportkpi.metric.DefinedMetric;
import io.github.supportkpi.metric.Mean;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Customer satisfaction (CSAT): the mean score. Catalogue M01, mean-score variant.
 *
 * <p>{@code sum of scores / responses}, over {@link SurveyKind#CSAT} responses (use {@link Mean#value()}).
 * <ul>
 *   <li>Undefined (empty) with no CSAT responses; never NaN, never 0.</li>
 *   <li>Within the scale when defined.</li>
 *   <li>Responses of other kinds are ignored.</li>
 *   <li>A CSAT response on another scale than the definition's is refused with an
 *       {@link IllegalArgumentException} naming the response and its scale.</li>
 * </ul>
 * Knob: the definition is the {@link Scale} responses are asked on, default 1..5. The percentage variant
 * is {@link CustomerSatisfaction}.
 *
 * <p>Immutable and thread-safe.
 */
public final class AverageCustomerSatisfaction extends DefinedMetric<SurveyResponse, Mean, Scale> {
    /** The id. */
    public static final String ID = "csat.mean";
    private static final AverageCustomerSatisfaction DEFAULTS = new AverageCustomerSatisfaction(Scale.ONE_TO_FIVE);

    private AverageCustomerSatisfaction(Scale scale) {
        super(ID, scale, SurveyScores.mean(ID, SurveyKind.CSAT, scale, "CSAT"));
    }

    /**
     * The metric over responses asked on this scale.
     *
     * @param scale the scale
     * @return the metric
     */
    public static AverageCustomerSatisfaction of(Scale scale) {
        Objects.requireNonNull(scale, "scale");
        return new AverageCustomerSatisfaction(scale);
    }

    /**
     * The metric on 1..5.
     *
     * @return the metric
     */
    public static AverageCustomerSatisfaction defaults() {
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
