package io.github.supportkpi.quality;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.TicketFacts;
import java.util.Collections;
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
 * [003]) and {@link #matching} for any other rule. Two eligibilities are equal when made by the same
 * factory from equal categories, or from the same predicate instance.
 */
public final class FcrEligibility implements Predicate<Ticket> {
    private static final FcrEligibility ALL = new FcrEligibility("all", Set.of(), null);

    private final String name;
    private final Set<String> categories;
    private final Predicate<? super Ticket> predicate;

    private FcrEligibility(String name, Set<String> categories, Predicate<? super Ticket> predicate) {
        this.name = name;
        this.categories = categories;
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
        return new FcrEligibility("excludingCategories", Collections.unmodifiableSortedSet(copy), null);
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
     * The tickets that match a predicate of your own, such as "not a customer error".
     *
     * @param predicate which tickets are eligible; must be thread-safe and free of side effects
     * @return the eligibility
     */
    public static FcrEligibility matching(Predicate<? super Ticket> predicate) {
        return new FcrEligibility("matching", Set.of(), Objects.requireNonNull(predicate, "predicate"));
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
     * The excluded categories, for {@link #excludingCategories}.
     *
     * @return the categories, sorted; empty for the other factories
     */
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

    public Set<String> excludedCategories() {
        return categories;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FcrEligibility other && name.equals(other.name) && categories.equals(other.categories)
                && predicate == other.predicate;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * name.hashCode() + categories.hashCode()) + System.identityHashCode(predicate);
    }

    /** @return {@code all()}, {@code excludingCategories([billing, refund])} or {@code matching(...)} */
    @Override
    public String toString() {
        return switch (name) {
            case "all" -> "all()";
            case "excludingCategories" -> "excludingCategories(" + categories + ")";
            default -> "matching(" + predicate + ")";
        };
    }
}
