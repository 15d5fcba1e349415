package io.github.supportkpi.contact;

import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.InteractionKind;
import io.github.supportkpi.domain.UnknownWait;
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
 *   <li>{@code unknownWait} (default {@link UnknownWait#COUNT_AS_LONG}): an abandon whose queue wait is
 *       unknown, when the threshold is above {@code 0 s} and so the wait is needed: counted as an abandon
 *       that is not short ({@code COUNT_AS_LONG}), left out of numerator and denominator ({@code EXCLUDE}),
 *       or refused ({@code REFUSE}). It is never a short abandon. With a {@code 0 s} threshold the wait is
 *       not needed and the rule never applies.</li>
 * </ul>
 *
 * @param shortAbandonThreshold abandons with a queue wait below this are excluded; not negative
 * @param kinds the queued kinds measured; not empty, only {@link InteractionKind#isQueued() queued} kinds
 * @param unknownWait how an abandon of unknown wait counts when the threshold needs its wait
 */
public record AbandonmentDefinition(Duration shortAbandonThreshold, Set<InteractionKind> kinds,
        UnknownWait unknownWait) {
    /** Every abandoned call counts: threshold {@code 0 s}, calls only, an unknown wait counted as long. */
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
        Objects.requireNonNull(unknownWait, "unknownWait");
        if (shortAbandonThreshold.isNegative()) {
            throw new IllegalArgumentException("shortAbandonThreshold must not be negative: " + shortAbandonThreshold);
        }
        kinds = QueuedKinds.check(kinds);
    }

    /**
     * A definition that counts an abandon of unknown wait as not short ({@link UnknownWait#COUNT_AS_LONG}).
     *
     * @param shortAbandonThreshold see the record
     * @param kinds see the record
     */
    public AbandonmentDefinition(Duration shortAbandonThreshold, Set<InteractionKind> kinds) {
        this(shortAbandonThreshold, kinds, UnknownWait.COUNT_AS_LONG);
    }

    /**
     * A copy with another rule for unknown queue waits.
     *
     * @param rule {@link UnknownWait#COUNT_AS_LONG}, {@link UnknownWait#EXCLUDE} or {@link UnknownWait#REFUSE}
     * @return the copy
     */
    public AbandonmentDefinition withUnknownWait(UnknownWait rule) {
        return new AbandonmentDefinition(shortAbandonThreshold, kinds, rule);
    }

    /**
     * A copy with another short-abandon threshold.
     *
     * @param threshold the threshold, not negative
     * @return the copy
     */
    public AbandonmentDefinition withShortAbandonThreshold(Duration threshold) {
        return new AbandonmentDefinition(threshold, kinds, unknownWait);
    }

    /**
     * A copy measuring other queued kinds.
     *
     * @param kinds the kinds, such as {@code EnumSet.of(CALL, CHAT)}
     * @return the copy
     */
    public AbandonmentDefinition withKinds(Set<InteractionKind> kinds) {
        return new AbandonmentDefinition(shortAbandonThreshold, kinds, unknownWait);
    }

    /**
     * Whether an interaction is a short abandon under this definition: abandoned with a known
     * {@code queueWait < shortAbandonThreshold}. An abandon of unknown wait is never short.
     *
     * @param interaction the interaction
     * @return true for a short abandon
     */
    public boolean isShortAbandon(Interaction interaction) {
        return interaction.abandoned() && interaction.hasQueueWait()
                && interaction.knownQueueWait().compareTo(shortAbandonThreshold) < 0;
    }

    /**
     * Whether this definition needs the interaction's queue wait and does not have it: an offered abandon of
     * a measured kind whose wait is unknown, while the short-abandon threshold is above zero. These are the
     * contacts {@link UnknownWait#EXCLUDE} leaves out and {@link UnknownWait#REFUSE} refuses; count them with
     * {@code Count.metric("abandon.unknown.wait", definition::lacksNeededWait)}.
     *
     * @param interaction the interaction
     * @return true when its unknown wait is needed
     */
    public boolean lacksNeededWait(Interaction interaction) {
        return interaction.isOffered() && kinds.contains(interaction.kind()) && interaction.abandoned()
                && !interaction.hasQueueWait() && !shortAbandonThreshold.isZero();
    }

    /**
     * Whether an interaction is in the abandonment rate's denominator: offered (inbound), of a measured
     * kind, not a short abandon, and not an abandon of unknown wait left out by {@link UnknownWait#EXCLUDE}.
     *
     * @param interaction the interaction
     * @return true when it counts
     * @throws IllegalArgumentException under {@link UnknownWait#REFUSE}, for an offered abandon of a
     *     measured kind whose wait is unknown while the threshold is above zero, naming the interaction
     */
    public boolean considers(Interaction interaction) {
        if (!interaction.isOffered() || !kinds.contains(interaction.kind())) {
            return false;
        }
        if (lacksNeededWait(interaction)) {
            switch (unknownWait) {
                case EXCLUDE:
                    return false;
                case REFUSE:
                    throw new IllegalArgumentException("queueWait must be known for " + AbandonmentRate.ID
                            + " (unknownWait REFUSE): " + interaction);
                default:
                    return true;
            }
        }
        return !isShortAbandon(interaction);
    }
}
