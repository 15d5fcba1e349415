package io.github.supportkpi.contact;

import io.github.supportkpi.domain.InteractionKind;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.DurationStats.Summary;
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
 * @param summary how durations are kept: {@link Summary#EXACT} (the default, every value) or
 *     {@link Summary#SKETCH} (a mergeable log-linear histogram, fixed memory, percentiles within
 *     {@link DurationStats#SKETCH_RELATIVE_ERROR})
 */
public record HandleTimeDefinition(HandleTimeUnit unit, Set<InteractionKind> kinds, Summary summary) {
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
        Objects.requireNonNull(summary, "summary");
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
        return new HandleTimeDefinition(v, kinds, summary);
    }

    /**
     * A copy counting other kinds as handled work, for instance adding {@code AGENT_REPLY} to count the
     * recorded work on e-mail replies.
     *
     * @param v the kinds, not empty
     * @return the copy
     */
    public HandleTimeDefinition withKinds(Set<InteractionKind> v) {
        return new HandleTimeDefinition(unit, v, summary);
    }

    /**
     * A definition that keeps every duration ({@link Summary#EXACT}).
     *
     * @param unit see the record
     * @param kinds see the record
     */
    public HandleTimeDefinition(HandleTimeUnit unit, Set<InteractionKind> kinds) {
        this(unit, kinds, Summary.EXACT);
    }

    /**
     * A copy that keeps durations another way.
     *
     * @param v {@link Summary#EXACT} or {@link Summary#SKETCH}
     * @return a copy
     */
    public HandleTimeDefinition withSummary(Summary v) {
        return new HandleTimeDefinition(unit, kinds, v);
    }
}
