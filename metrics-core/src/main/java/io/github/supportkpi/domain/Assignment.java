package io.github.supportkpi.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Whom a ticket is assigned to from an instant on: the agent (assignee) and the group (team) after a
 * change of either, as a help desk's audit log records it. Each change states the whole assignment
 * after it: an empty assignee means the ticket became (or stayed) unassigned, an empty group that it is
 * in no group. Immutable and thread-safe; equal when all its values are equal, like a record.
 *
 * <p>The instant must be in the supported range {@code [}{@link Ticket#EARLIEST}{@code ,
 * }{@link Ticket#LATEST_EXCLUSIVE}{@code )}; it is kept as epoch nanoseconds. A ticket checks that its
 * assignments are in time order and not before its creation.
 */
public final class Assignment {
    private final long at;
    private final String assignee;
    private final String group;

    /**
     * Validates the fields.
     *
     * @param at when the assignment took effect
     * @param assignee the agent the ticket is assigned to from then on; empty for unassigned
     * @param group the group (team) the ticket is in from then on; empty for none
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException naming the field and the value, if {@code at} is outside the
     *     supported range or an id is blank
     */
    public Assignment(Instant at, Optional<String> assignee, Optional<String> group) {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(group, "group");
        this.assignee = notBlank(assignee.orElse(null), "assignee");
        this.group = notBlank(group.orElse(null), "group");
        this.at = Nanos.of(at, "at", () -> "assignment to " + describe(this.assignee, this.group));
    }

    /**
     * An assignment to an agent, in no group.
     *
     * @param at when
     * @param assignee the agent
     * @return the assignment
     * @throws NullPointerException if a value is null
     * @throws IllegalArgumentException if {@code at} is outside the supported range or the agent is blank
     */
    public static Assignment of(Instant at, String assignee) {
        return new Assignment(at, Optional.of(Objects.requireNonNull(assignee, "assignee")), Optional.empty());
    }

    /**
     * An assignment to an agent in a group.
     *
     * @param at when
     * @param assignee the agent
     * @param group the group
     * @return the assignment
     * @throws NullPointerException if a value is null
     * @throws IllegalArgumentException if {@code at} is outside the supported range or an id is blank
     */
    public static Assignment of(Instant at, String assignee, String group) {
        return new Assignment(at, Optional.of(Objects.requireNonNull(assignee, "assignee")),
                Optional.of(Objects.requireNonNull(group, "group")));
    }

    /**
     * An assignment to a group, with no agent.
     *
     * @param at when
     * @param group the group
     * @return the assignment
     * @throws NullPointerException if a value is null
     * @throws IllegalArgumentException if {@code at} is outside the supported range or the group is blank
     */
    public static Assignment toGroup(Instant at, String group) {
        return new Assignment(at, Optional.empty(), Optional.of(Objects.requireNonNull(group, "group")));
    }

    /**
     * The ticket becoming unassigned: no agent and no group.
     *
     * @param at when
     * @return the assignment
     * @throws NullPointerException if {@code at} is null
     * @throws IllegalArgumentException if {@code at} is outside the supported range
     */
    public static Assignment unassigned(Instant at) {
        return new Assignment(at, Optional.empty(), Optional.empty());
    }

    private static String notBlank(String id, String field) {
        if (id != null && id.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank: \"" + id + "\"");
        }
        return id;
    }

    private static String describe(String assignee, String group) {
        return (assignee == null ? "no agent" : assignee) + " in " + (group == null ? "no group" : group);
    }

    /**
     * When the assignment took effect.
     *
     * @return the instant, in the supported range
     */
    public Instant at() {
        return Nanos.instant(at);
    }

    /**
     * The agent the ticket is assigned to from then on.
     *
     * @return the agent, or empty for unassigned
     */
    public Optional<String> assignee() {
        return Optional.ofNullable(assignee);
    }

    /**
     * The group (team) the ticket is in from then on.
     *
     * @return the group, or empty for none
     */
    public Optional<String> group() {
        return Optional.ofNullable(group);
    }

    /** @return {@link #at()} in epoch nanoseconds */
    long atNanos() {
        return at;
    }

    /** @return the agent, or null */
    String assigneeOrNull() {
        return assignee;
    }

    /** @return the group, or null */
    String groupOrNull() {
        return group;
    }

    /**
     * Equal when the instant, agent and group are equal.
     *
     * @param o the other object
     * @return true when equal
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Assignment other && at == other.at && Objects.equals(assignee, other.assignee)
                && Objects.equals(group, other.group);
    }

    @Override
    public int hashCode() {
        return (Long.hashCode(at) * 31 + Objects.hashCode(assignee)) * 31 + Objects.hashCode(group);
    }

    /**
     * The values, as a record shows them: {@code Assignment[at=2024-03-04T09:00:00Z, assignee=Optional[ana],
     * group=Optional.empty]}.
     *
     * @return a readable form
     */
    @Override
    public String toString() {
        return "Assignment[at=" + at() + ", assignee=" + assignee() + ", group=" + group() + "]";
    }
}
