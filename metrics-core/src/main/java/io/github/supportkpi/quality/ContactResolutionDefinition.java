package io.github.supportkpi.quality;

import io.github.supportkpi.domain.InteractionKind;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which contacts the contact resolution rate ({@link ContactResolution}) measures. Immutable and
 * thread-safe.
 *
 * <ul>
 *   <li>{@code kinds} (default {@code {CALL, CHAT}}): the interaction kinds that are contacts; add
 *       {@code CUSTOMER_MESSAGE} when an e-mail export records an outcome per message. Internal notes are
 *       not contacts and are refused.</li>
 * </ul>
 *
 * @param kinds the kinds measured; not empty, no {@link InteractionKind#INTERNAL_NOTE}
 */
public record ContactResolutionDefinition(Set<InteractionKind> kinds) {
    /** Calls and chats. */
    public static final ContactResolutionDefinition DEFAULT =
            new ContactResolutionDefinition(EnumSet.of(InteractionKind.CALL, InteractionKind.CHAT));

    /**
     * Validates the knob and keeps an unmodifiable copy of the kinds.
     *
     * @throws NullPointerException if {@code kinds} or a kind is null
     * @throws IllegalArgumentException if {@code kinds} is empty or holds {@link InteractionKind#INTERNAL_NOTE}
     */
    public ContactResolutionDefinition {
        Objects.requireNonNull(kinds, "kinds");
        kinds.forEach(k -> Objects.requireNonNull(k, "kind"));
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("kinds must not be empty: " + kinds);
        }
        if (kinds.contains(InteractionKind.INTERNAL_NOTE)) {
            throw new IllegalArgumentException("kinds must not hold INTERNAL_NOTE (a note is no contact): " + kinds);
        }
        kinds = Set.copyOf(kinds);
    }

    /** @param k the kinds measured @return a copy */
    public ContactResolutionDefinition withKinds(Set<InteractionKind> k) {
        return new ContactResolutionDefinition(k);
    }
}
