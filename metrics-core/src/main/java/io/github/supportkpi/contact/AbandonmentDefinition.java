package io.github.supportkpi.contact;

import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.InteractionKind;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * Which queued contacts count toward the abandonment rate (catalogue M41). Immutable and thread-safe.
 *
 * <ul>
 *   <li>{@code shortAbandonThreshold} (default {@code 0 s}: every abandon counts) [004]: an abandoned
 *       contact whose queue wait is strictly less than the threshold ({@code queueWait < T}) is a
 *       <em>short abandon</em> (a misdial, a caller who hung up at the greeting) and is excluded from both
 *       numerator and denominator. With {@code T = 0} nothing is excluded, since no wait is below zero; an
 *       abandon after exactly {@code T} counts.</li>
 *   <li>{@code kinds} (default {@code {CALL}}): the queued interaction kinds measured; {@code {CALL, CHAT}}
 *       measures calls and queued chats together, {@code {CHAT}} chats alone. Only queued kinds are
 *       allowed.</li>
 * </ul>
 *
 * @param shortAbandonThreshold abandons with a queue wait below this are excluded; not negative
 * @param kinds the queued kinds measured; not empty, only {@link InteractionKind#isQueued() queued} kinds
 */
public record AbandonmentDefinition(Duration shortAbandonThreshold, Set<InteractionKind> kinds) {
    /** Every abandoned call counts: threshold {@code 0 s}, calls only. */
    public static final AbandonmentDefinition DEFAULT = new AbandonmentDefinition(Duration.ZERO, QueuedKinds.CALLS);

    /**
     * Validates the knobs.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if the threshold is negative, or {@code kinds} is empty or holds a
     *     kind that does not queue
     */
    public AbandonmentDefinition {
        Objects.requireNonNull(shortAbandonThreshold, "shortAbandonThreshold");
        if (shortAbandonThreshold.isNegative()) {
            throw new IllegalArgumentException("shortAbandonThreshold must not be negative: " + shortAbandonThreshold);
        }
        kinds = QueuedKinds.check(kinds);
    }

    /**
     * A copy with another short-abandon threshold.
     *
     * @param threshold the threshold, not negative
     * @return the copy
     */
    public AbandonmentDefinition withShortAbandonThreshold(Duration threshold) {
        return new AbandonmentDefinition(threshold, kinds);
    }

    /**
     * A copy measuring other queued kinds.
     *
     * @param kinds the kinds, such as {@code EnumSet.of(CALL, CHAT)}
     * @return the copy
     */
    public AbandonmentDefinition withKinds(Set<InteractionKind> kinds) {
        return new AbandonmentDefinition(shortAbandonThreshold, kinds);
    }

    /**
     * Whether an interaction is a short abandon under this definition: abandoned with
     * {@code queueWait < shortAbandonThreshold}.
     *
     * @param interaction the interaction
     * @return true for a short abandon
     */
    public boolean isShortAbandon(Interaction interaction) {
        return interaction.abandoned() && interaction.queueWait().compareTo(shortAbandonThreshold) < 0;
    }
}
