package io.github.supportkpi.contact;

import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.UnknownWait;
import io.github.supportkpi.metric.DefinedMetric;
import io.github.supportkpi.metric.DurationMeasure;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.DurationStats.Summary;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Average speed of answer (ASA): how long answered calls waited in the queue. Catalogue M43
 * (contact-centre convention).
 *
 * <p>{@code sum(queueWait of answered calls) / answered calls}, kept as {@link DurationStats}, so the median
 * and percentiles come with the mean ({@link DurationStats#mean()}).
 * <ul>
 *   <li>Undefined (empty) when no offered call was answered; never NaN, never 0.</li>
 *   <li>Within [shortest wait, longest wait] of the answered calls.</li>
 *   <li>Abandoned offered calls have no answer: they are counted as {@link DurationStats#unmeasured()}, not
 *       in the mean.</li>
 *   <li>An answered call of unknown queue wait is counted as unmeasured too by default, or refused
 *       ({@link UnknownWait}); it is never a wait of zero.</li>
 *   <li>A call answered by a bot counts as answered. Outbound calls and other kinds are ignored.</li>
 *   <li>Queue waits are recorded durations, not instants, so there is no business-hours knob.</li>
 * </ul>
 * Knobs ({@link AnswerSpeedDefinition}): kinds ({CALL}), summary (EXACT), unknown wait (EXCLUDE). Immutable and thread-safe.
 */
public final class AverageSpeedOfAnswer extends DefinedMetric<Interaction, DurationStats, AnswerSpeedDefinition> {
    /** The metric's id. */
    public static final String ID = "asa";
    private static final AverageSpeedOfAnswer DEFAULT = new AverageSpeedOfAnswer(AnswerSpeedDefinition.DEFAULT);

    private AverageSpeedOfAnswer(AnswerSpeedDefinition d) {
        super(ID, d, DurationStats.metric(ID, i -> i.isOffered() && d.kinds().contains(i.kind()),
                i -> measure(i, d), d.summary()));
    }

    /** The wait of an answered call; absent (unmeasured) for an abandon and, under EXCLUDE, an unknown wait. */
    private static long measure(Interaction i, AnswerSpeedDefinition d) {
        if (i.abandoned()) {
            return DurationMeasure.ABSENT;
        }
        if (!i.hasQueueWait()) {
            if (d.unknownWait() == UnknownWait.REFUSE) {
                throw new IllegalArgumentException(
                        "queueWait must be known for " + ID + " (unknownWait REFUSE): " + i);
            }
            return DurationMeasure.ABSENT;
        }
        return i.knownQueueWait().toNanos();
    }

    /**
     * The metric with these knobs.
     *
     * @param definition the knobs
     * @return the metric
     */
    public static AverageSpeedOfAnswer of(AnswerSpeedDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        return definition.equals(AnswerSpeedDefinition.DEFAULT) ? DEFAULT : new AverageSpeedOfAnswer(definition);
    }

    /** @return calls only */
    public static AverageSpeedOfAnswer defaults() {
        return DEFAULT;
    }

    /**
     * The instant that buckets an interaction in a trend of this metric: when it happened, {@link Interaction#at()}
     * (for a call or chat, when it was offered to the queue).
     *
     * @return {@code Interaction::at}
     */
    @Override
    public Optional<Function<? super Interaction, Instant>> bucketInstant() {
        return Optional.of(Interaction::at);
    }

    /**
     * This metric keeping durations another way.
     *
     * @param summary {@link Summary#EXACT} or {@link Summary#SKETCH}
     * @return the metric under the definition {@code withSummary(summary)}
     */
    @Override
    public AverageSpeedOfAnswer withSummary(Summary summary) {
        return of(definedBy().withSummary(summary));
    }
}
