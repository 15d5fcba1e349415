package io.github.supportkpi.contact;

import io.github.supportkpi.domain.InteractionKind;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The knobs of average handle time (catalogue M13). Immutable and thread-safe.
 *
 * <p>An interaction is <em>handled</em> when it is of one of the {@code kinds}, a human agent acted
 * ({@code actor == AGENT}) and it was not abandoned; its handle time is {@code talk + hold + afterContact}.
 *
 * @param unit what a value is; default {@link HandleTimeUnit#PER_INTERACTION} ([004])
 * @param kinds which interaction kinds are handled work; default {@code CALL} and {@code CHAT}; not empty
 */
public record HandleTimeDefinition(HandleTimeUnit unit, Set<InteractionKind> kinds) {
    /** Per interaction, over calls and chats. */
    public static final HandleTimeDefinition DEFAULT = new HandleTimeDefinition(
            HandleTimeUnit.PER_INTERACTION, EnumSet.of(InteractionKind.CALL, InteractionKind.CHAT));

    /**
     * Validates the knobs and copies the kinds.
     *
     * @throws NullPointerException if a knob or a kind is null
     * @throws IllegalArgumentException if {@code kinds} is empty
     */
    public HandleTimeDefinition {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(kinds, "kinds");
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("kinds must not be empty: " + kinds);
        }
        kinds.forEach(k -> Objects.requireNonNull(k, "kind"));
        kinds = Collections.unmodifiableSet(EnumSet.copyOf(kinds));
    }

    /**
     * A copy averaging over another unit.
     *
     * @param v the unit
     * @return the copy
     */
    public HandleTimeDefinition withUnit(HandleTimeUnit v) {
        return new HandleTimeDefinition(v, kinds);
    }

    /**
     * A copy counting other kinds as handled work, for instance adding {@code AGENT_REPLY} to count the
     * recorded work on e-mail replies.
     *
     * @param v the kinds, not empty
     * @return the copy
     */
    public HandleTimeDefinition withKinds(Set<InteractionKind> v) {
        return new HandleTimeDefinition(unit, v);
    }
}
