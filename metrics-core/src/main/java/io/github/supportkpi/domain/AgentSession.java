package io.github.supportkpi.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A span of time an agent was logged in and available for work. Immutable and thread-safe.
 *
 * @param agentId the agent
 * @param start when the agent logged in
 * @param end when the agent logged out; not before {@code start}
 */
public record AgentSession(String agentId, Instant start, Instant end) {
    /**
     * Validates the fields.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if the agent id is blank or {@code end} is before {@code start}
     */
    public AgentSession {
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (agentId.isBlank()) {
            throw new IllegalArgumentException("agentId must not be blank: \"" + agentId + "\"");
        }
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end must not be before start: agent " + agentId + ", start " + start
                    + ", end " + end);
        }
    }

    /**
     * The logged-in time.
     *
     * @return {@code end - start}
     */
    public Duration loggedIn() {
        return Duration.between(start, end);
    }
}
