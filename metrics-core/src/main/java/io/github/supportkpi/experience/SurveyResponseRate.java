package io.github.supportkpi.experience;

import io.github.supportkpi.domain.SurveyInvitation;
import io.github.supportkpi.domain.SurveyKind;
import io.github.supportkpi.domain.SurveyRecord;
import io.github.supportkpi.domain.SurveyResponse;
import io.github.supportkpi.metric.DefinedMetric;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Survey response rate: the share of surveys sent that were answered, per survey kind (CSAT, NPS, CES, ...).
 *
 * <p>{@code invitations answered / invitations sent x 100}, read from both streams at once: feed the
 * {@link SurveyInvitation}s sent and the {@link SurveyResponse}s received as {@link SurveyRecord}s, in any
 * order ({@code Stream.concat(invitations.stream(), responses.stream())}). The tally is a
 * {@link ResponseRateTally}; {@link #percent} reads one kind's rate.
 * <ul>
 *   <li><b>Matching rule.</b> An answer answers an invitation of the same kind about the same ticket; when
 *       the answer and the invitation name no ticket (a relationship NPS survey), about the same customer.
 *       Give both streams the same identifiers: an invitation about ticket T-1 is not matched by an answer
 *       naming only its customer. Answer ids and invitation ids play no part.</li>
 *   <li>Each invitation is answered at most once: a ticket with one invitation and two answers counts one
 *       answered invitation and one answer under
 *       {@link ResponseRateTally.UnmatchedAnswer#MORE_ANSWERS_THAN_INVITATIONS}.</li>
 *   <li>An answer that matches no invitation is counted under a reason
 *       ({@link ResponseRateTally#unmatched}), never dropped and never in the rate.</li>
 *   <li>Undefined (empty) with no invitations of the kind; never NaN, never 0. Within [0, 100] when defined.</li>
 *   <li>Matching is by key across the whole pass, so a split pass merged gives the same tally as one pass.
 *       Segmenting by a dimension matches within each segment only: segment by attributes the invitation
 *       and its answer carry alike (team, survey wave). In a trend each record falls in the bucket of its own
 *       instant (an invitation's send, an answer's answer), so an answer in a later bucket than its
 *       invitation is unmatched there: filter both streams by the invitations' period instead. Either way the
 *       total (the segments and the absent part merged, or the buckets merged) is the whole pass's tally,
 *       since the tally keeps counts per key and matches only when read.</li>
 * </ul>
 * No knobs: the definition is the formula text. Immutable and thread-safe.
 */
public final class SurveyResponseRate extends DefinedMetric<SurveyRecord, ResponseRateTally, String> {
    /** The metric's id. */
    public static final String ID = "survey.response.rate";
    /** The definition: the formula and the matching rule. */
    public static final String FORMULA = "invitations answered / invitations sent x 100, per survey kind; an answer"
            + " answers an invitation of its kind about the same ticket, else the same customer, at most one answer"
            + " each";
    private static final SurveyResponseRate DEFAULT = new SurveyResponseRate();

    private SurveyResponseRate() {
        super(ID, FORMULA, ResponseRateTally.metric(ID));
    }

    /**
     * The metric.
     *
     * @return the metric
     */
    public static SurveyResponseRate defaults() {
        return DEFAULT;
    }

    /**
     * The response rate of one survey kind.
     *
     * @param tally the tally
     * @param kind the survey kind, such as {@link SurveyKind#CSAT}
     * @return a percentage in [0, 100]; empty with no invitations of the kind
     */
    public OptionalDouble percent(ResponseRateTally tally, SurveyKind kind) {
        return tally.rate(kind).percent();
    }

    /**
     * The instant that buckets a record in a trend of this metric: its own, {@link SurveyRecord#at()} (when an
     * invitation was sent, when an answer was given).
     *
     * @return {@code SurveyRecord::at}
     */
    @Override
    public Optional<Function<? super SurveyRecord, Instant>> bucketInstant() {
        return Optional.of(SurveyRecord::at);
    }
}
