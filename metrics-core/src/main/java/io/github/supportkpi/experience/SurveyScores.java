package io.github.supportkpi.experience;

import io.github.supportkpi.domain.Scale;
import io.github.supportkpi.domain.SurveyKind;
import io.github.supportkpi.domain.SurveyResponse;
import io.github.supportkpi.metric.Mean;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.Ratio;
import java.util.function.IntPredicate;

/** The computations shared by the survey metrics (M01-M05). Not part of the API. */
final class SurveyScores {
    private SurveyScores() {}

    /**
     * Whether a response is of {@code kind}; if it is, checks it was asked on {@code scale}.
     *
     * @throws IllegalArgumentException if it is of the kind but on another scale
     */
    static boolean applies(SurveyResponse r, SurveyKind kind, Scale scale, String name) {
        if (r.kind() != kind) {
            return false;
        }
        if (!r.scale().equals(scale)) {
            throw new IllegalArgumentException(name + " response scale must be " + scale + ": " + r.scale()
                    + " (response " + r.id().orElse("without id") + " at " + r.at() + ", score " + r.score() + ")");
        }
        return true;
    }

    /** The share of responses of {@code kind} on {@code scale} whose score meets {@code meets}. */
    static Metric<SurveyResponse, Ratio> share(
            String id, SurveyKind kind, Scale scale, String name, IntPredicate meets) {
        return Ratio.metric(id, r -> applies(r, kind, scale, name), r -> meets.test(r.score()));
    }

    /** The mean score of responses of {@code kind} on {@code scale}. */
    static Metric<SurveyResponse, Mean> mean(String id, SurveyKind kind, Scale scale, String name) {
        return Mean.metric(id, r -> applies(r, kind, scale, name), SurveyResponse::score);
    }

    /** Promoters, passives and detractors among responses of {@code kind}, which is asked on 0..10. */
    static Metric<SurveyResponse, NpsTally> nps(String id, SurveyKind kind) {
        return NpsTally.metric(id, r -> r.kind() == kind, SurveyResponse::score); // 0..10 guaranteed for NPS kinds
    }
}
