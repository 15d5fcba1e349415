package io.github.supportkpi.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A ticket's move into a status at an instant. Immutable and thread-safe; equal when all its values are
 * equal, like a record.
 *
 * <p>The instant must be in the supported range {@code [}{@link Ticket#EARLIEST}{@code ,
 * }{@link Ticket#LATEST_EXCLUSIVE}{@code )}; it is kept as epoch nanoseconds.
 */
public final class StatusChange {
    private static final Status[] STATUSES = Status.values();

    private final long at;
    private final Status to;
    private final String sourceName;
    private final String agentId;

    /**
     * Validates the fields.
     *
     * @param at when the ticket entered the status
     * @param to the kind of status entered
     * @param sourceName the help desk's own name for the status ({@code "Waiting for vendor"}), if different
     * @param agentId the agent who made the change, if an agent did
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if {@code at} is outside the supported range
     */
    public StatusChange(Instant at, Status to, Optional<String> sourceName, Optional<String> agentId) {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(agentId, "agentId");
        this.at = Nanos.of(at, "at", () -> "status change to " + to);
        this.to = to;
        this.sourceName = sourceName.orElse(null);
        this.agentId = agentId.orElse(null);
    }

    /** A change of validated values, as a ticket keeps them. */
    StatusChange(long at, Status to, String sourceName, String agentId) {
        this.at = at;
        this.to = to;
        this.sourceName = sourceName;
        this.agentId = agentId;
    }

    /**
     * A change into {@code to} at {@code at}, with no source name and no agent.
     *
     * @param at when
     * @param to the status entered
     * @return the change
     * @throws NullPointerException if a value is null
     * @throws IllegalArgumentException if {@code at} is outside the supported range
     */
    public static StatusChange of(Instant at, Status to) {
        return new StatusChange(at, to, Optional.empty(), Optional.empty());
    }

    /**
     * A copy made by an agent.
     *
     * @param agent the agent
     * @return the copy
     * @throws NullPointerException if {@code agent} is null
     */
    public StatusChange withAgentId(String agent) {
        return new StatusChange(at, to, sourceName, Objects.requireNonNull(agent, "agent"));
    }

    /**
     * When the ticket entered the status.
     *
     * @return the instant, in the supported range
     */
    public Instant at() {
        return Nanos.instant(at);
    }

    /**
     * The kind of status entered.
     *
     * @return the status kind
     */
    public Status to() {
        return to;
    }

    /**
     * The help desk's own name for the status ({@code "Waiting for vendor"}), if different from the kind.
     *
     * @return the source name, or empty
     */
    public Optional<String> sourceName() {
        return Optional.ofNullable(sourceName);
    }

    /**
     * The agent who made the change, if an agent did.
     *
     * @return the agent, or empty
     */
    public Optional<String> agentId() {
        return Optional.ofNullable(agentId);
    }

    /** @return {@link #at()} in epoch nanoseconds */
    long atNanos() {
        return at;
    }

    /** @return the source name, or null */
    String sourceNameOrNull() {
        return sourceName;
    }

    /** @return the agent, or null */
    String agentIdOrNull() {
        return agentId;
    }

    /** The ordinal of a status kind, as a byte. */
    static byte ordinalOf(Status status) {
        return (byte) status.ordinal();
    }

    /** The status kind of an ordinal from {@link #ordinalOf}. */
    static Status status(byte ordinal) {
        return STATUSES[ordinal];
    }

    /**
     * Equal when the instant, status, source name and agent are equal.
     *
     * @param o the other object
     * @return true when equal
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof StatusChange other && at == other.at && to == other.to
                && Objects.equals(sourceName, other.sourceName) && Objects.equals(agentId, other.agentId);
    }

    @Override
    public int hashCode() {
        return ((Long.hashCode(at) * 31 + to.ordinal()) * 31 + Objects.hashCode(sourceName)) * 31
                + Objects.hashCode(agentId);
    }

    /**
     * The values, as a record shows them: {@code StatusChange[at=2024-03-04T09:00:00Z, to=OPEN,
     * sourceName=Optional.empty, agentId=Optional[ana]]}.
     *
     * @return a readable form
     */
    @Override
    public String toString() {
        return "StatusChange[at=" + at() + ", to=" + to + ", sourceName=" + sourceName() + ", agentId=" + agentId()
                + "]";
    }
}
