package io.github.supportkpi.quality;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.TicketFacts;
import io.github.supportkpi.metric.Definable;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Which tickets first contact resolution is measured over (catalogue M20): the denominator. Immutable and
 * thread-safe when the predicate given to {@link #matching} is.
 *
 * <p>Made by named factories: {@link #all()} (the default), {@link #excludingCategories} (for instance
 * categories that need another team, or customer errors, which no agent can resolve on first contact
 * [003]) and {@link #matching} for any other rule, under a name of your choosing. Two eligibilities are
 * equal when made by the same factory from equal categories, or from the same name and predicate instance.
 * Its {@link #definingParts() parts} (the factory, the categories, the rule's name) enter the metric's
 * {@link io.github.supportkpi.metric.Metric#definition() definition}.
 */
public final class FcrEligibility implements Predicate<Ticket>, Definable {
    private static final FcrEligibility ALL = new FcrEligibility("all", Set.of(), null, null);

    private final String factory;
    private final Set<String> categories;
    private final String name;
    private final Predicate<? super Ticket> predicate;

    private FcrEligibility(String factory, Set<String> categories, String name, Predicate<? super Ticket> predicate) {
        this.factory = factory;
        this.categories = categories;
        this.name = name;
        this.predicate = predicate;
    }

    /**
     * Every ticket is eligible: the default.
     *
     * @return the eligibility
     */
    public static FcrEligibility all() {
        return ALL;
    }

    /**
     * Every ticket except those in the given categories; tickets with no category are eligible.
     *
     * @param categories the excluded categories, none null or blank
     * @return the eligibility
     * @throws IllegalArgumentException if a category is blank
     */
    public static FcrEligibility excludingCategories(Set<String> categories) {
        Objects.requireNonNull(categories, "categories");
        TreeSet<String> copy = new TreeSet<>();
        for (String c : categories) {
            Objects.requireNonNull(c, "category");
            if (c.isBlank()) {
                throw new IllegalArgumentException("category must not be blank: \"" + c + "\"");
            }
            copy.add(c);
        }
        return new FcrEligibility("excludingCategories", Collections.unmodifiableSortedSet(copy), null, null);
    }

    /**
     * Every ticket except those in the given categories.
     *
     * @param categories the excluded categories
     * @return the eligibility
     * @see #excludingCategories(Set)
     */
    public static FcrEligibility excludingCategories(String... categories) {
        return excludingCategories(Set.of(categories));
    }

    /**
     * The tickets that match a predicate of your own, such as "not a customer error". The name stands for the
     * predicate in the metric's definition, so stored tallies tell rules apart by it: give different rules
     * different names.
     *
     * <pre>{@code
     * FcrEligibility.matching("not a customer error", t -> !t.category().equals(Optional.of("user-error")))
     * }</pre>
     *
     * @param name what the predicate keeps, such as {@code "not a customer error"}; not blank
     * @param predicate which tickets are eligible; must be thread-safe and free of side effects
     * @return the eligibility
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public static FcrEligibility matching(String name, Predicate<? super Ticket> predicate) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank: \"" + name + "\"");
        }
        return new FcrEligibility("matching", Set.of(), name, Objects.requireNonNull(predicate, "predicate"));
    }

    /**
     * Whether a ticket is eligible.
     *
     * @param ticket the ticket
     * @return true when it counts in the denominator
     */
    @Override
    public boolean test(Ticket ticket) {
        if (predicate != null) {
            return predicate.test(ticket);
        }
        if (categories.isEmpty()) {
            return true;
        }
        return ticket.category().isEmpty() || !categories.contains(ticket.category().get());
    }

    /**
     * {@link #test(Ticket)} on a ticket's facts, derived once per pass.
     *
     * @param facts the ticket's facts
     * @return whether the ticket is eligible
     */
    public boolean test(TicketFacts facts) {
        if (predicate != null) {
            return predicate.test(facts.ticket());
        }
        if (categories.isEmpty()) {
            return true;
        }
        String category = facts.category();
        return category == null || !categories.contains(category);
    }

    /**
     * The excluded categories, for {@link #excludingCategories}.
     *
     * @return the categories, sorted; empty for the other factories
     */
    public Set<String> excludedCategories() {
        return categories;
    }

    /**
     * What decides the eligibility: the factory ({@code "all"}, {@code "excludingCategories"} or
     * {@code "matching"}), and the excluded categories or the rule's name.
     *
     * @return the parts by name
     */
    @Override
    public Map<String, ?> definingParts() {
        return switch (factory) {
            case "all" -> Map.of("factory", factory);
            case "excludingCategories" -> Map.of("factory", factory, "categories", categories);
            default -> Map.of("factory", factory, "name", name);
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FcrEligibility other && factory.equals(other.factory)
                && categories.equals(other.categories) && Objects.equals(name, other.name)
                && predicate == other.predicate;
    }

    @Override
    public int hashCode() {
        return Objects.hash(factory, categories, name) * 31 + System.identityHashCode(predicate);
    }

    /** @return {@code all()}, {@code excludingCategories([billing, refund])} or {@code matching("name")} */
    @Override
    public String toString() {
        return switch (factory) {
            case "all" -> "all()";
            case "excludingCategories" -> "excludingCategories(" + categories + ")";
            default -> "matching(\"" + name + "\")";
        };
    }
}
