package io.github.supportkpi.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A ticket's move into a status at an instant. Immutable and thread-safe.
 *
 * @param at when the ticket entered the status
 * @param to the kind of status entered
 * @param sourceName the help desk's own name for the status ({@code "Waiting for vendor"}), if different
 * @param agentId the agent who made the change, if an agent did
 */
public record StatusChange(Instant at, Status to, Optional<String> sourceName, Optional<String> agentId) {
    /**
     * Validates the fields.
     *
     * @throws NullPointerException if a field is null
     */
    public StatusChange {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(agentId, "agentId");
    }

    /**
     * A change into {@code to} at {@code at}, with no source name and no agent.
     *
     * @param at when
     * @param to the status entered
     * @return the change
     */
    public static StatusChange of(Instant at, Status to) {
        return new StatusChange(at, to, Optional.empty(), Optional.empty());
    }

    /**
     * A copy made by an agent.
     *
     * @param agent the agent
     * @return the copy
     */
    public StatusChange withAgentId(String agent) {
        return new StatusChange(at, to, sourceName, Optional.of(agent));
    }
}
