package io.github.supportkpi.contact;

import io.github.supportkpi.domain.InteractionKind;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.DurationStats.Summary;
import java.util.Objects;
import java.util.Set;

/**
 * Which queued contacts the average speed of answer (catalogue M43) measures. Immutable and thread-safe.
 *
 * <ul><li>{@code kinds} (default {@code {CALL}}): the queued kinds measured; {@code {CALL, CHAT}} for both.</li></ul>
 *
 * @param kinds the queued kinds measured; not empty, only queued kinds
 * @param summary how durations are kept: {@link Summary#EXACT} (the default, every value) or
 *     {@link Summary#SKETCH} (a mergeable log-linear histogram, fixed memory, percentiles within
 *     {@link DurationStats#SKETCH_RELATIVE_ERROR})
 */
public record AnswerSpeedDefinition(Set<InteractionKind> kinds, Summary summary) {
    /** Calls only. */
    public static final AnswerSpeedDefinition DEFAULT = new AnswerSpeedDefinition(QueuedKinds.CALLS);

    /**
     * Validates the knob.
     *
     * @throws NullPointerException if {@code kinds} is null
     * @throws IllegalArgumentException if {@code kinds} is empty or holds a kind that does not queue
     */
    public AnswerSpeedDefinition {
        Objects.requireNonNull(summary, "summary");
        kinds = QueuedKinds.check(kinds);
    }

    /** @param k the queued kinds measured @return a copy */
    public AnswerSpeedDefinition withKinds(Set<InteractionKind> k) {
        return new AnswerSpeedDefinition(k, summary);
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
     * A copy that keeps durations another way.
     *
     * @param v {@link Summary#EXACT} or {@link Summary#SKETCH}
     * @return a copy
     */
    public AnswerSpeedDefinition withSummary(Summary v) {
        return new AnswerSpeedDefinition(kinds, v);
    }
}
