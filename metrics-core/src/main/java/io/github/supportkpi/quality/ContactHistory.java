package io.github.supportkpi.quality;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Accumulator;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.metric.Tally;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The contacts of each customer about each category, kept until the end so that repeat contacts can be
 * found across tickets: the tally of {@link RepeatContactRate} (M25) and of
 * {@link FirstContactResolutionWithoutRepeat} (M20 with "no repeat contact"). Immutable and thread-safe.
 *
 * <p>For each (customer, category) it keeps the creation instant of every ticket, sorted, with two flags:
 * whether the ticket is <em>considered</em> (in the denominator) and whether it <em>meets</em> the metric's
 * per-ticket condition. Merging concatenates the lists, so the tally of {@code a ++ b} equals the tally of
 * {@code a} plus the tally of {@code b}, and a repeat contact is found even when the two tickets were
 * tallied apart. Memory grows with the number of tickets.
 *
 * <p>A ticket is <b>followed by a repeat contact</b> when another ticket of the same customer about the
 * same category was created at or after it and at most {@link #window()} later (the window is closed:
 * exactly 7 days later is a repeat). Two tickets created at the same instant are each followed by the
 * other. Every ticket of the pair takes part, whether considered or not: an ineligible later ticket still
 * makes the earlier one a repeat.
 *
 * <p>When {@link #sameCategory()} is false, contacts are kept per customer only, and any later ticket of
 * the customer is a repeat contact.
 *
 * <p>Tickets with <b>no customer or</b> (when the category must match) <b>no category</b> cannot be matched: they are counted
 * ({@link #unmatchable()}), stay in the denominator when considered, and are never followed by a repeat
 * contact nor make another ticket one.
 * <ul>
 *   <li>{@link #repeated()}: considered tickets followed by a repeat contact / considered tickets.</li>
 *   <li>{@link #unrepeated()}: considered tickets that meet the condition and are not followed by a repeat
 *       contact / considered tickets.</li>
 *   <li>Both are undefined (empty) when no ticket is considered, never NaN.</li>
 * </ul>
 */
public final class ContactHistory implements Tally<ContactHistory> {
    private static final Comparator<Visit> ORDER = Comparator.comparing(Visit::at)
            .thenComparing(Visit::considered).thenComparing(Visit::meets);

    private final Duration window;
    private final boolean sameCategory;
    private final Map<Key, List<Visit>> contacts;
    private final long unmatchable;
    private final long unmatchableConsidered;
    private final long unmatchableMeeting;
    private final Ratio repeated;
    private final Ratio unrepeated;

    /** A customer and a category. */
    private record Key(String customer, String category) {}

    /** A ticket's creation, and whether it is considered and meets the condition. */
    private record Visit(Instant at, boolean considered, boolean meets) {}

    private ContactHistory(Duration window, boolean sameCategory, Map<Key, List<Visit>> contacts,
            long unmatchable, long unmatchableConsidered, long unmatchableMeeting) {
        this.window = window;
        this.sameCategory = sameCategory;
        this.contacts = contacts;
        this.unmatchable = unmatchable;
        this.unmatchableConsidered = unmatchableConsidered;
        this.unmatchableMeeting = unmatchableMeeting;
        long considered = unmatchableConsidered;
        long rep = 0;
        long unrep = unmatchableMeeting;
        for (List<Visit> list : contacts.values()) {
            for (int i = 0, n = list.size(); i < n; i++) {
                Visit c = list.get(i);
                if (!c.considered()) {
                    continue;
                }
                considered++;
                // the gap against the window, not at + window: a window of any length never overflows
                boolean followed = (i + 1 < n
                                && Duration.between(c.at(), list.get(i + 1).at()).compareTo(window) <= 0)
                        || (i > 0 && list.get(i - 1).at().equals(c.at()));
                if (followed) {
                    rep++;
                } else if (c.meets()) {
                    unrep++;
                }
            }
        }
        this.repeated = new Ratio(rep, considered);
        this.unrepeated = new Ratio(unrep, considered);
    }

    /**
     * No tickets: the identity of {@link #plus} for a repeat definition.
     *
     * @param definition the window and whether the category must match
     * @return the empty tally
     */
    public static ContactHistory empty(RepeatContactDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        return new ContactHistory(definition.window(), definition.sameCategory(), Map.of(), 0, 0, 0);
    }

    /**
     * One ticket kept for matching: its customer, its category (when the category must match), its creation,
     * and whether it is considered and meets the condition. Immutable and thread-safe.
     *
     * @param customer the ticket's customer
     * @param category the ticket's category when {@link ContactHistory#sameCategory()}, else empty
     * @param at the ticket's creation
     * @param considered whether the ticket is in the denominator
     * @param meets whether the considered ticket meets the condition of {@link ContactHistory#unrepeated()}
     */
    public record Contact(String customer, Optional<String> category, Instant at, boolean considered, boolean meets) {
        /**
         * Validates the contact.
         *
         * @throws NullPointerException if a part is null
         * @throws IllegalArgumentException if it meets the condition without being considered
         */
        public Contact {
            Objects.requireNonNull(customer, "customer");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(at, "at");
            if (meets && !considered) {
                throw new IllegalArgumentException("contact meets must be false when considered is false: " + customer
                        + " at " + at);
            }
        }
    }

    /**
     * A contact history from its parts, such as a tally read back from storage: the inverse of
     * {@link #contacts()}, {@link #unmatchable()}, {@link #unmatchableConsidered()} and
     * {@link #unmatchableMeeting()}.
     *
     * @param definition the window and whether the category must match
     * @param contacts the matchable tickets, in any order
     * @param unmatchable the tickets with no customer or (when the category must match) no category
     * @param unmatchableConsidered how many of those are considered, at most {@code unmatchable}
     * @param unmatchableMeeting how many of those meet the condition, at most {@code unmatchableConsidered}
     * @return the tally
     * @throws IllegalArgumentException if a count is negative or above its bound, or a contact has a category
     *     when the category need not match or none when it must
     */
    public static ContactHistory of(RepeatContactDefinition definition, Collection<Contact> contacts,
            long unmatchable, long unmatchableConsidered, long unmatchableMeeting) {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(contacts, "contacts");
        if (unmatchableMeeting < 0 || unmatchableConsidered < unmatchableMeeting || unmatchable < unmatchableConsidered) {
            throw new IllegalArgumentException("unmatchable counts must satisfy 0 <= meeting <= considered <= all: "
                    + unmatchableMeeting + ", " + unmatchableConsidered + ", " + unmatchable);
        }
        boolean same = definition.sameCategory();
        Map<Key, List<Visit>> byKey = new HashMap<>();
        for (Contact c : contacts) {
            Objects.requireNonNull(c, "contact");
            if (c.category().isPresent() != same) {
                throw new IllegalArgumentException("contact category must be " + (same ? "present" : "empty")
                        + " when sameCategory is " + same + ": " + c);
            }
            byKey.computeIfAbsent(new Key(c.customer(), c.category().orElse(null)), k -> new ArrayList<>())
                    .add(new Visit(c.at(), c.considered(), c.meets()));
        }
        Map<Key, List<Visit>> sorted = new HashMap<>();
        byKey.forEach((k, list) -> {
            list.sort(ORDER);
            sorted.put(k, Collections.unmodifiableList(list));
        });
        return new ContactHistory(definition.window(), same, Collections.unmodifiableMap(sorted), unmatchable,
                unmatchableConsidered, unmatchableMeeting);
    }

    /**
     * The matchable tickets kept, ordered by customer, category, creation, then considered and meets.
     *
     * @return an unmodifiable list
     */
    public List<Contact> contacts() {
        List<Key> keys = new ArrayList<>(contacts.keySet());
        keys.sort(Comparator.comparing(Key::customer).thenComparing(k -> k.category() == null ? "" : k.category()));
        List<Contact> out = new ArrayList<>();
        for (Key k : keys) {
            for (Visit v : contacts.get(k)) {
                out.add(new Contact(k.customer(), Optional.ofNullable(k.category()), v.at(), v.considered(), v.meets()));
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The unmatchable tickets that are considered: they stay in the denominator.
     *
     * @return their number
     */
    public long unmatchableConsidered() {
        return unmatchableConsidered;
    }

    /**
     * The unmatchable considered tickets that meet the condition: never followed by a repeat contact, they
     * count in {@link #unrepeated()}.
     *
     * @return their number
     */
    public long unmatchableMeeting() {
        return unmatchableMeeting;
    }

    /**
     * Whether a repeat contact must be about the same category; when not, contacts are kept per customer.
     *
     * @return true when the category must match
     */
    public boolean sameCategory() {
        return sameCategory;
    }

    /**
     * The repeat window.
     *
     * @return the window
     */
    public Duration window() {
        return window;
    }

    /**
     * Considered tickets followed by a repeat contact within the window, over considered tickets: the repeat
     * contact rate (M25) when every ticket is considered.
     *
     * @return the ratio; undefined when no ticket is considered
     */
    public Ratio repeated() {
        return repeated;
    }

    /**
     * Considered tickets that meet the condition and are not followed by a repeat contact, over considered
     * tickets: first contact resolution with "no repeat contact" when the condition is FCR's criteria.
     *
     * @return the ratio; undefined when no ticket is considered
     */
    public Ratio unrepeated() {
        return unrepeated;
    }

    /**
     * The tickets seen, considered or not.
     *
     * @return the number of tickets
     */
    public long tickets() {
        long n = unmatchable;
        for (List<Visit> list : contacts.values()) {
            n += list.size();
        }
        return n;
    }

    /**
     * The tickets with no customer or no category, which cannot be matched.
     *
     * @return their number
     */
    public long unmatchable() {
        return unmatchable;
    }

    /**
     * The same contacts under another window: for comparing windows without a second pass.
     *
     * @param other the window, not negative
     * @return the tally as if made with that window
     * @throws IllegalArgumentException if the window is negative
     */
    public ContactHistory withWindow(Duration other) {
        Objects.requireNonNull(other, "window");
        if (other.isNegative()) {
            throw new IllegalArgumentException("window must not be negative: " + other);
        }
        return new ContactHistory(other, sameCategory, contacts, unmatchable, unmatchableConsidered, unmatchableMeeting);
    }

    @Override
    public ContactHistory plus(ContactHistory other) {
        if (!window.equals(other.window) || sameCategory != other.sameCategory) {
            throw new IllegalArgumentException("window and sameCategory must match to merge: " + window + ", "
                    + sameCategory + " and " + other.window + ", " + other.sameCategory);
        }
        Map<Key, List<Visit>> merged = new HashMap<>(contacts);
        other.contacts.forEach((k, list) -> merged.merge(k, list, (a, b) -> {
            List<Visit> both = new ArrayList<>(a.size() + b.size());
            both.addAll(a);
            both.addAll(b);
            both.sort(ORDER);
            return Collections.unmodifiableList(both);
        }));
        return new ContactHistory(window, sameCategory, Collections.unmodifiableMap(merged),
                Math.addExact(unmatchable, other.unmatchable),
                Math.addExact(unmatchableConsidered, other.unmatchableConsidered),
                Math.addExact(unmatchableMeeting, other.unmatchableMeeting));
    }

    /** The considered tickets: the denominator of both ratios. */
    @Override
    public long sampleSize() {
        return repeated.denominator();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContactHistory other && window.equals(other.window)
                && sameCategory == other.sameCategory && contacts.equals(other.contacts)
                && unmatchable == other.unmatchable && unmatchableConsidered == other.unmatchableConsidered
                && unmatchableMeeting == other.unmatchableMeeting;
    }

    @Override
    public int hashCode() {
        return Objects.hash(window, sameCategory, contacts, unmatchable, unmatchableConsidered, unmatchableMeeting);
    }

    /** @return the window, the two ratios and the unmatchable count */
    @Override
    public String toString() {
        return "ContactHistory[window=" + window + ", repeated=" + repeated + ", unrepeated=" + unrepeated
                + ", unmatchable=" + unmatchable + "]";
    }

    /**
     * A metric keeping the contact history of tickets.
     *
     * @param id the metric's id
     * @param repeat the repeat window and whether the category must match
     * @param considered which tickets are in the denominator
     * @param meets which considered tickets meet the condition of {@link #unrepeated()}
     * @return the metric
     */
    static Metric<Ticket, ContactHistory> metric(String id, RepeatContactDefinition repeat,
            Predicate<? super Ticket> considered, Predicate<? super Ticket> meets) {
        Objects.requireNonNull(considered, "considered");
        Objects.requireNonNull(meets, "meets");
        ContactHistory empty = empty(repeat);
        Duration window = repeat.window();
        boolean sameCategory = repeat.sameCategory();
        return Metric.of(id, empty, () -> new Accumulator<Ticket, ContactHistory>() {
            private final Map<Key, List<Visit>> contacts = new HashMap<>();
            private long unmatchable;
            private long unmatchableConsidered;
            private long unmatchableMeeting;

            @Override
            public void accept(Ticket t) {
                boolean c = considered.test(t);
                boolean m = c && meets.test(t);
                if (t.customerId().isEmpty() || (sameCategory && t.category().isEmpty())) {
                    unmatchable++;
                    if (c) {
                        unmatchableConsidered++;
                        if (m) {
                            unmatchableMeeting++;
                        }
                    }
                    return;
                }
                contacts.computeIfAbsent(new Key(t.customerId().get(), sameCategory ? t.category().get() : null), k -> new ArrayList<>())
                        .add(new Visit(t.created(), c, m));
            }

            @Override
            public ContactHistory tally() {
                if (contacts.isEmpty() && unmatchable == 0) {
                    return empty;
                }
                Map<Key, List<Visit>> copy = new HashMap<>();
                contacts.forEach((k, list) -> {
                    List<Visit> sorted = new ArrayList<>(list);
                    sorted.sort(ORDER);
                    copy.put(k, Collections.unmodifiableList(sorted));
                });
                return new ContactHistory(window, sameCategory, Collections.unmodifiableMap(copy), unmatchable,
                        unmatchableConsidered, unmatchableMeeting);
            }
        });
    }
}
