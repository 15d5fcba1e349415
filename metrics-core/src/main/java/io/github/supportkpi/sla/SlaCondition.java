package io.github.supportkpi.sla;

import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.Priority;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.TicketFacts;
import io.github.supportkpi.metric.Definable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Which tickets an {@link SlaPolicy} applies to. Immutable and thread-safe when the predicates given to
 * {@link #matching} are.
 *
 * <p>Made by named factories and combined with {@link #and}:
 * <ul>
 *   <li>{@link #always()}: every ticket (a catch-all policy);</li>
 *   <li>{@link #priority}: tickets with one of the priorities; a ticket with no priority does not match;</li>
 *   <li>{@link #channel}: tickets that arrived on one of the channels; a ticket with no channel does not
 *       match;</li>
 *   <li>{@link #matching}: any other rule (a customer tier, a product), with a description for reading.</li>
 * </ul>
 * Two conditions are equal when they name equal priorities and channels and the same predicate instances.
 * Its {@link #definingParts() parts} (the priorities, the channels, the descriptions of the predicates) enter
 * the definition of a metric under the policy, so a predicate's description stands for it there.
 */
public final class SlaCondition implements Predicate<Ticket>, Definable {
    private static final SlaCondition ALWAYS = new SlaCondition(null, null, List.of(), List.of(), "always");

    /** The allowed priorities, or null for any. */
    private final Set<Priority> priorities;
    /** The allowed channels, or null for any. */
    private final Set<Channel> channels;
    private final List<Predicate<? super Ticket>> predicates;
    /** The description of each predicate, in the same order. */
    private final List<String> named;
    private final String description;

    private SlaCondition(Set<Priority> priorities, Set<Channel> channels, List<Predicate<? super Ticket>> predicates,
            List<String> named, String description) {
        this.priorities = priorities;
        this.channels = channels;
        this.predicates = predicates;
        this.named = named;
        this.description = description;
    }

    /**
     * Every ticket.
     *
     * @return the condition
     */
    public static SlaCondition always() {
        return ALWAYS;
    }

    /**
     * Tickets with one of these priorities.
     *
     * @param first a priority
     * @param more more priorities
     * @return the condition
     */
    public static SlaCondition priority(Priority first, Priority... more) {
        EnumSet<Priority> set = EnumSet.of(Objects.requireNonNull(first, "priority"));
        for (Priority p : Objects.requireNonNull(more, "priorities")) {
            set.add(Objects.requireNonNull(p, "priority"));
        }
        return new SlaCondition(Collections.unmodifiableSet(set), null, List.of(), List.of(), "priority in " + set);
    }

    /**
     * Tickets that arrived on one of these channels.
     *
     * @param first a channel
     * @param more more channels
     * @return the condition
     */
    public static SlaCondition channel(Channel first, Channel... more) {
        TreeSet<Channel> set = new TreeSet<>();
        set.add(Objects.requireNonNull(first, "channel"));
        for (Channel c : Objects.requireNonNull(more, "channels")) {
            set.add(Objects.requireNonNull(c, "channel"));
        }
        return new SlaCondition(null, Collections.unmodifiableSortedSet(set), List.of(), List.of(),
                "channel in " + set);
    }

    /**
     * Tickets that match a predicate: for rules the other factories do not cover. The description stands for
     * the predicate in a metric's definition: give different rules different descriptions.
     *
     * @param description what the predicate tests ({@code "enterprise tier"}), for reading and for the
     *     definition
     * @param predicate the rule
     * @return the condition
     * @throws IllegalArgumentException if {@code description} is blank
     */
    public static SlaCondition matching(String description, Predicate<? super Ticket> predicate) {
        Objects.requireNonNull(description, "description");
        if (description.isBlank()) {
            throw new IllegalArgumentException("description must not be blank: \"" + description + "\"");
        }
        Objects.requireNonNull(predicate, "predicate");
        return new SlaCondition(null, null, List.of(predicate), List.of(description), description);
    }

    /**
     * Both conditions: {@code priority(HIGH).and(channel(CHAT))} matches high-priority chats. Priorities
     * (and channels) named on both sides must both hold, so {@code priority(HIGH).and(priority(LOW))}
     * matches no ticket.
     *
     * @param other the other condition
     * @return the conjunction
     */
    public SlaCondition and(SlaCondition other) {
        Objects.requireNonNull(other, "other");
        if (this == ALWAYS) {
            return other;
        }
        if (other == ALWAYS) {
            return this;
        }
        Set<Priority> p = priorities == null ? other.priorities : priorities;
        if (priorities != null && other.priorities != null) {
            EnumSet<Priority> both = EnumSet.noneOf(Priority.class);
            both.addAll(priorities);
            both.retainAll(other.priorities);
            p = Collections.unmodifiableSet(both);
        }
        Set<Channel> c = channels == null ? other.channels : channels;
        if (channels != null && other.channels != null) {
            TreeSet<Channel> both = new TreeSet<>(channels);
            both.retainAll(other.channels);
            c = Collections.unmodifiableSortedSet(both);
        }
        List<Predicate<? super Ticket>> ps = new ArrayList<>(predicates);
        ps.addAll(other.predicates);
        List<String> ns = new ArrayList<>(named);
        ns.addAll(other.named);
        return new SlaCondition(p, c, List.copyOf(ps), List.copyOf(ns), description + " and " + other.description);
    }

    /**
     * Whether the condition holds for a ticket.
     *
     * @param ticket the ticket
     * @return true if it matches
     */
    @Override
    public boolean test(Ticket ticket) {
        if (priorities != null && (ticket.priority().isEmpty() || !priorities.contains(ticket.priority().get()))) {
            return false;
        }
        if (channels != null && (ticket.channel().isEmpty() || !channels.contains(ticket.channel().get()))) {
            return false;
        }
        for (int i = 0, n = predicates.size(); i < n; i++) {
            if (!predicates.get(i).test(ticket)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #test(Ticket)} on a ticket's facts, derived once per pass.
     *
     * @param facts the ticket's facts
     * @return true if it matches
     */
    public boolean test(TicketFacts facts) {
        if (priorities != null && (facts.priority() == null || !priorities.contains(facts.priority()))) {
            return false;
        }
        if (channels != null && (facts.channel() == null || !channels.contains(facts.channel()))) {
            return false;
        }
        for (int i = 0, n = predicates.size(); i < n; i++) {
            if (!predicates.get(i).test(facts.ticket())) {
                return false;
            }
        }
        return true;
    }

    /**
     * What decides the condition: the allowed priorities and channels (empty for any) and the descriptions of
     * the predicates that must hold (a set, since their order does not change the condition).
     *
     * @return the parts by name
     */
    @Override
    public Map<String, ?> definingParts() {
        return Map.of("priorities", Optional.ofNullable(priorities), "channels", Optional.ofNullable(channels),
                "matching", Set.copyOf(named));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SlaCondition other && Objects.equals(priorities, other.priorities)
                && Objects.equals(channels, other.channels) && predicates.equals(other.predicates)
                && description.equals(other.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(priorities, channels, predicates, description);
    }

    /** @return the description, such as {@code "priority in [HIGH, URGENT] and channel in [chat]"} */
    @Override
    public String toString() {
        return description;
    }
}
