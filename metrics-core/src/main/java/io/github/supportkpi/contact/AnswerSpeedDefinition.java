package io.github.supportkpi.contact;

import io.github.supportkpi.domain.InteractionKind;
import io.github.supportkpi.domain.UnknownWait;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.DurationStats.Summary;
import java.util.Objects;
import java.util.Set;

/**
 * Which queued contacts the average speed of answer (catalogue M43) measures. Immutable and thread-safe.
 *
 * <ul>
 *   <li>{@code kinds} (default {@code {CALL}}): the queued kinds measured; {@code {CALL, CHAT}} for both.</li>
 *   <li>{@code unknownWait} (default {@link UnknownWait#EXCLUDE}): an answered contact whose queue wait is
 *       unknown is counted as {@link DurationStats#unmeasured()}, not in the mean ({@code EXCLUDE}), or
 *       refused ({@code REFUSE}). {@code COUNT_AS_LONG} is refused: a wait of unknown length has no place
 *       in a mean.</li>
 * </ul>
 *
 * @param kinds the queued kinds measured; not empty, only queued kinds
 * @param summary how durations are kept: {@link Summary#EXACT} (the default, every value) or
 *     {@link Summary#SKETCH} (a mergeable log-linear histogram, fixed memory, percentiles within
 *     {@link DurationStats#SKETCH_RELATIVE_ERROR})
 * @param unknownWait how an answered contact of unknown wait counts: {@link UnknownWait#EXCLUDE} or
 *     {@link UnknownWait#REFUSE}
 */
public record AnswerSpeedDefinition(Set<InteractionKind> kinds, Summary summary, UnknownWait unknownWait) {
    /** Calls only. */
    public static final AnswerSpeedDefinition DEFAULT = new AnswerSpeedDefinition(QueuedKinds.CALLS);

    /**
     * Validates the knob.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if {@code kinds} is empty or holds a kind that does not queue, or
     *     {@code unknownWait} is {@link UnknownWait#COUNT_AS_LONG}
     */
    public AnswerSpeedDefinition {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(unknownWait, "unknownWait");
        if (unknownWait == UnknownWait.COUNT_AS_LONG) {
            throw new IllegalArgumentException("unknownWait must be EXCLUDE or REFUSE for the speed of answer"
                    + " (a wait of unknown length has no place in a mean): " + unknownWait);
        }
        kinds = QueuedKinds.check(kinds);
    }

    /** @param k the queued kinds measured @return a copy */
    public AnswerSpeedDefinition withKinds(Set<InteractionKind> k) {
        return new AnswerSpeedDefinition(k, summary, unknownWait);
    }

    /**
     * A definition that keeps every duration ({@link Summary#EXACT}).
     *
     * @param kinds see the record
     */
    public AnswerSpeedDefinition(Set<InteractionKind> kinds) {
        this(kinds, Summary.EXACT);
    }

    /**
     * A definition that counts an answer of unknown wait as unmeasured ({@link UnknownWait#EXCLUDE}).
     *
     * @param kinds see the record
     * @param summary see the record
     */
    public AnswerSpeedDefinition(Set<InteractionKind> kinds, Summary summary) {
        this(kinds, summary, UnknownWait.EXCLUDE);
    }

    /**
     * A copy with another rule for answers of unknown wait.
     *
     * @param rule {@link UnknownWait#EXCLUDE} or {@link UnknownWait#REFUSE}
     * @return a copy
     */
    public AnswerSpeedDefinition withUnknownWait(UnknownWait rule) {
        return new AnswerSpeedDefinition(kinds, summary, rule);
    }

    /**
     * A copy that keeps durations another way.
     *
     * @param v {@link Summary#EXACT} or {@link Summary#SKETCH}
     * @return a copy
     */
    public AnswerSpeedDefinition withSummary(Summary v) {
        return new AnswerSpeedDefinition(kinds, v, unknownWait);
    }
}
