package io.github.supportkpi.workload;

import io.github.supportkpi.metric.Tally;
import java.util.Collections;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Tickets and the distinct agents they are assigned to: the tally of tickets per agent (M37). Immutable
 * and thread-safe.
 *
 * <p>Merging adds the ticket counts and unites the agent sets, so an agent seen in both parts counts once.
 * It keeps every distinct agent id: agents are a high-cardinality key, but a support team's agents fit in
 * memory.
 * <ul>
 *   <li>{@link #value()} is {@code assigned tickets / distinct agents}; undefined (empty) when no ticket is
 *       assigned, never NaN. When defined it is at least 1, since each agent counted has a ticket.</li>
 *   <li>Unassigned tickets are counted in {@link #unassigned()}, not in the ratio.</li>
 * </ul>
 *
 * @param assigned the tickets with an assignee, at least the number of agents
 * @param unassigned the tickets with none, not negative
 * @param agents the distinct assignees, in id order
 */
public record AgentLoad(long assigned, long unassigned, SortedSet<String> agents) implements Tally<AgentLoad> {
    /** No tickets: the identity of {@link #plus}. */
    public static final AgentLoad EMPTY = new AgentLoad(0, 0, new TreeSet<>());

    /**
     * Validates the counts and copies the agents.
     *
     * @throws NullPointerException if {@code agents} or an agent is null
     * @throws IllegalArgumentException if a count is negative, or fewer tickets are assigned than there are
     *     agents
     */
    public AgentLoad {
        Objects.requireNonNull(agents, "agents");
        if (unassigned < 0) {
            throw new IllegalArgumentException("unassigned must not be negative: " + unassigned);
        }
        TreeSet<String> copy = new TreeSet<>();
        for (String a : agents) {
            copy.add(Objects.requireNonNull(a, "agent"));
        }
        if (assigned < copy.size()) {
            throw new IllegalArgumentException(
                    "assigned must be at least the number of agents (" + copy.size() + "): " + assigned);
        }
        agents = Collections.unmodifiableSortedSet(copy);
    }

    /**
     * A tally from counts and agents.
     *
     * @param assigned the assigned tickets
     * @param unassigned the unassigned tickets
     * @param agents the distinct assignees
     * @return the tally
     */
    public static AgentLoad of(long assigned, long unassigned, Set<String> agents) {
        return new AgentLoad(assigned, unassigned, new TreeSet<>(agents));
    }

    @Override
    public AgentLoad plus(AgentLoad o) {
        TreeSet<String> union = new TreeSet<>(agents);
        union.addAll(o.agents);
        return new AgentLoad(Math.addExact(assigned, o.assigned), Math.addExact(unassigned, o.unassigned), union);
    }

    /** The assigned tickets: the numerator. */
    @Override
    public long sampleSize() {
        return assigned;
    }

    /**
     * Tickets per agent: {@code assigned / agents}.
     *
     * @return a value of at least 1; empty when no ticket is assigned, never NaN
     */
    public OptionalDouble value() {
        return agents.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of((double) assigned / agents.size());
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d tickets / %d agents (%s), %d unassigned", assigned, agents.size(),
                agents.isEmpty() ? "n/a" : String.format(Locale.ROOT, "%.2f", (double) assigned / agents.size()),
                unassigned);
    }
}
