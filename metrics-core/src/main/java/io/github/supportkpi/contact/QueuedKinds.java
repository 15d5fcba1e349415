package io.github.supportkpi.contact;

import io.github.supportkpi.domain.InteractionKind;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** Validation of the "which queued kinds" knob shared by the contact-centre definitions. Not API. */
final class QueuedKinds {
    private QueuedKinds() {}

    /** Calls only: the default of every contact-centre definition. */
    static final Set<InteractionKind> CALLS = Set.of(InteractionKind.CALL);

    static Set<InteractionKind> check(Set<InteractionKind> kinds) {
        Objects.requireNonNull(kinds, "kinds");
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("kinds must not be empty: " + kinds);
        }
        for (InteractionKind k : kinds) {
            Objects.requireNonNull(k, "kind");
            if (!k.isQueued()) {
                throw new IllegalArgumentException("kinds must be queued kinds (CALL, CHAT): " + kinds);
            }
        }
        return Set.copyOf(EnumSet.copyOf(kinds));
    }
}
