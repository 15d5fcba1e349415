package io.github.supportkpi.contact;

import io.github.supportkpi.domain.InteractionKind;
import java.util.Set;

/**
 * Which queued contacts the average speed of answer (catalogue M43) measures. Immutable and thread-safe.
 *
 * <ul><li>{@code kinds} (default {@code {CALL}}): the queued kinds measured; {@code {CALL, CHAT}} for both.</li></ul>
 *
 * @param kinds the queued kinds measured; not empty, only queued kinds
 */
public record AnswerSpeedDefinition(Set<InteractionKind> kinds) {
    /** Calls only. */
    public static final AnswerSpeedDefinition DEFAULT = new AnswerSpeedDefinition(QueuedKinds.CALLS);

    /**
     * Validates the knob.
     *
     * @throws NullPointerException if {@code kinds} is null
     * @throws IllegalArgumentException if {@code kinds} is empty or holds a kind that does not queue
     */
    public AnswerSpeedDefinition {
        kinds = QueuedKinds.check(kinds);
    }

    /** @param k the queued kinds measured @return a copy */
    public AnswerSpeedDefinition withKinds(Set<InteractionKind> k) {
        return new AnswerSpeedDefinition(k);
    }
}
