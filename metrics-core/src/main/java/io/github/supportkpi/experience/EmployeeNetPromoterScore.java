package io.github.supportkpi.experience;

import io.github.supportkpi.domain.SurveyKind;
import io.github.supportkpi.domain.SurveyResponse;
import io.github.supportkpi.metric.DefinedMetric;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * Employee Net Promoter Score (eNPS): NPS over agents' answers ([001]). Catalogue M04.
 *
 * <p>{@code % promoters - % detractors} over {@link SurveyKind#EMPLOYEE_NPS} responses on the fixed 0..10 scale:
 * promoters 9-10, passives 7-8, detractors 0-6 ({@link NpsTally#score()}; the counts and shares are
 * {@link NpsTally#promoterShare()}, {@link NpsTally#passiveShare()}, {@link NpsTally#detractorShare()}).
 * <ul>
 *   <li>Undefined (empty) with no EMPLOYEE_NPS responses; never NaN, never 0.</li>
 *   <li>In [-100, 100] when defined ([001]).</li>
 *   <li>Responses of other kinds are ignored. A customer NPS response does not count here: see {@link NetPromoterScore}.</li>
 *   <li>Scores outside 0..10, or another scale, cannot occur: {@link SurveyResponse} refuses them.</li>
 * </ul>
 * No knobs: the definition is the formula text. ([000] and [001] say "1 to 10" while classifying 0-6 as
 * detractors; the standard 0..10 scale is implemented.)
 *
 * <p>Immutable and thread-safe.
 */
public final class EmployeeNetPromoterScore extends DefinedMetric<SurveyResponse, NpsTally, String> {
    /** The id. */
    public static final String ID = "enps";
    /** The definition: the formula. */
    public static final String FORMULA = "% promoters (9-10) - % detractors (0-6) of EMPLOYEE_NPS responses on 0..10";
    private static final EmployeeNetPromoterScore DEFAULTS = new EmployeeNetPromoterScore();

    private EmployeeNetPromoterScore() {
        super(ID, FORMULA, SurveyScores.nps(ID, SurveyKind.EMPLOYEE_NPS));
    }

    /**
     * The metric.
     *
     * @return the metric
     */
    public static EmployeeNetPromoterScore defaults() {
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
