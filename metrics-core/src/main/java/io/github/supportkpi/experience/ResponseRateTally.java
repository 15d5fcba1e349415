package io.github.supportkpi.experience;

import io.github.supportkpi.domain.SurveyInvitation;
import io.github.supportkpi.domain.SurveyKind;
import io.github.supportkpi.domain.SurveyRecord;
import io.github.supportkpi.domain.SurveyResponse;
import io.github.supportkpi.metric.Accumulator;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.metric.Tally;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The surveys sent and answered, per survey kind and match key: the tally of {@link SurveyResponseRate}.
 * Immutable and thread-safe.
 *
 * <p>An answer and an invitation <em>match</em> when they are of the same kind and name the same ticket or,
 * when they name no ticket, the same customer ({@link Entry}). For each kind and key the tally keeps how many
 * invitations were sent and how many answers came; merging adds them key by key, so the tally of
 * {@code a ++ b} equals the tally of {@code a} plus the tally of {@code b} however the records are split, and
 * an answer tallied apart from its invitation is still matched. Memory grows with the number of distinct
 * tickets (or customers) surveyed.
 *
 * <p>Of each key's answers, at most as many as invitations were sent are <em>answered</em> invitations (the
 * numerator); every other answer is counted under an {@link UnmatchedAnswer} reason, never dropped:
 * <ul>
 *   <li>{@link UnmatchedAnswer#NO_TICKET_OR_CUSTOMER}: it names neither a ticket nor a customer;</li>
 *   <li>{@link UnmatchedAnswer#NO_INVITATION}: no invitation of its kind names its ticket (or customer);</li>
 *   <li>{@link UnmatchedAnswer#MORE_ANSWERS_THAN_INVITATIONS}: its key had fewer invitations than answers.</li>
 * </ul>
 * Invitations that name neither a ticket nor a customer are sent (in the denominator) and never answered.
 */
public final class ResponseRateTally implements Tally<ResponseRateTally> {
    /** No invitations and no answers: the identity of {@link #plus}. */
    public static final ResponseRateTally EMPTY = new ResponseRateTally(List.of());

    /** Orders entries by kind, then ticket, then customer (absent first). */
    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::kind)
            .thenComparing(e -> e.ticketId().orElse(null), Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(e -> e.customerId().orElse(null), Comparator.nullsFirst(Comparator.<String>naturalOrder()));

    /** Why an answer matched no invitation. */
    public enum UnmatchedAnswer {
        /** The answer names neither a ticket nor a customer, so nothing can match it. */
        NO_TICKET_OR_CUSTOMER,
        /** No invitation of the answer's kind names its ticket (or, with no ticket, its customer). */
        NO_INVITATION,
        /** The answer's ticket (or customer) had fewer invitations of its kind than answers. */
        MORE_ANSWERS_THAN_INVITATIONS
    }

    /**
     * The invitations sent and answers given of one kind about one match key: a ticket; or, for records that
     * name no ticket, a customer; or neither (records that cannot be matched).
     *
     * @param kind the survey kind
     * @param ticketId the ticket the records name, if any
     * @param customerId the customer the records name, kept only when they name no ticket
     * @param sent the invitations sent, not negative
     * @param answers the answers given, not negative
     */
    public record Entry(SurveyKind kind, Optional<String> ticketId, Optional<String> customerId, long sent,
            long answers) {
        /**
         * Validates the fields.
         *
         * @throws NullPointerException if a field is null
         * @throws IllegalArgumentException if a count is negative, both counts are zero, or both a ticket and a
         *     customer are given
         */
        public Entry {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(ticketId, "ticketId");
            Objects.requireNonNull(customerId, "customerId");
            if (sent < 0 || answers < 0) {
                throw new IllegalArgumentException("sent and answers must not be negative: " + kind + " "
                        + key(ticketId, customerId) + ", sent " + sent + ", answers " + answers);
            }
            if (sent == 0 && answers == 0) {
                throw new IllegalArgumentException("an entry must count an invitation or an answer: " + kind + " "
                        + key(ticketId, customerId));
            }
            if (ticketId.isPresent() && customerId.isPresent()) {
                throw new IllegalArgumentException("customerId must be empty when a ticket is the key: " + kind
                        + " " + key(ticketId, customerId));
            }
        }

        /**
         * Whether the records of this entry can be matched: they name a ticket or a customer.
         *
         * @return true unless both are empty
         */
        public boolean matchable() {
            return ticketId.isPresent() || customerId.isPresent();
        }

        /**
         * The invitations answered: as many answers as invitations at most, none when unmatchable.
         *
         * @return {@code min(sent, answers)}, or 0 when not {@link #matchable()}
         */
        public long answered() {
            return matchable() ? Math.min(sent, answers) : 0;
        }

        private static String key(Optional<String> ticketId, Optional<String> customerId) {
            return ticketId.map(t -> "ticket " + t)
                    .orElseGet(() -> customerId.map(c -> "customer " + c).orElse("(no ticket or customer)"));
        }
    }

    /** Sorted by {@link #ORDER}, one per kind and key. */
    private final List<Entry> entries;

    private ResponseRateTally(List<Entry> sorted) {
        this.entries = sorted;
    }

    /**
     * A tally from its entries, such as entries read back from storage: the inverse of {@link #entries()}.
     *
     * @param entries one entry per kind and key, in any order
     * @return the tally
     * @throws NullPointerException if the collection or an entry is null
     * @throws IllegalArgumentException if two entries have the same kind and key
     */
    public static ResponseRateTally of(Collection<Entry> entries) {
        Objects.requireNonNull(entries, "entries");
        TreeMap<Entry, Entry> byKey = new TreeMap<>(ORDER);
        for (Entry e : entries) {
            Objects.requireNonNull(e, "entry");
            if (byKey.put(e, e) != null) {
                throw new IllegalArgumentException("entries must have distinct kinds and keys: " + e.kind() + " "
                        + Entry.key(e.ticketId(), e.customerId()) + " appears twice");
            }
        }
        return new ResponseRateTally(List.copyOf(byKey.values()));
    }

    /**
     * Every entry, by kind, then ticket, then customer.
     *
     * @return an unmodifiable list
     */
    public List<Entry> entries() {
        return entries;
    }

    /**
     * The invitations of a kind sent.
     *
     * @param kind the survey kind
     * @return the count
     */
    public long sent(SurveyKind kind) {
        long n = 0;
        for (Entry e : entries) {
            n = e.kind() == kind ? Math.addExact(n, e.sent()) : n;
        }
        return n;
    }

    /**
     * The answers of a kind given, matched or not.
     *
     * @param kind the survey kind
     * @return the count
     */
    public long answers(SurveyKind kind) {
        long n = 0;
        for (Entry e : entries) {
            n = e.kind() == kind ? Math.addExact(n, e.answers()) : n;
        }
        return n;
    }

    /**
     * The response rate of a kind: invitations answered / invitations sent.
     *
     * @param kind the survey kind, such as {@link SurveyKind#CSAT}
     * @return the ratio, in [0, 1]; its value and percent are empty with no invitations of the kind
     */
    public Ratio rate(SurveyKind kind) {
        long answered = 0;
        long sent = 0;
        for (Entry e : entries) {
            if (e.kind() == kind) {
                answered = Math.addExact(answered, e.answered());
                sent = Math.addExact(sent, e.sent());
            }
        }
        return new Ratio(answered, sent);
    }

    /**
     * The answers of a kind that matched no invitation, by reason: with {@link #rate} they account for every
     * answer ({@code rate(kind).numerator() + sum of unmatched(kind) = answers(kind)}).
     *
     * @param kind the survey kind
     * @return the count of each reason that occurred, in reason order; unmodifiable
     */
    public Map<UnmatchedAnswer, Long> unmatched(SurveyKind kind) {
        EnumMap<UnmatchedAnswer, Long> m = new EnumMap<>(UnmatchedAnswer.class);
        for (Entry e : entries) {
            if (e.kind() != kind) {
                continue;
            }
            UnmatchedAnswer reason = !e.matchable() ? UnmatchedAnswer.NO_TICKET_OR_CUSTOMER
                    : e.sent() == 0 ? UnmatchedAnswer.NO_INVITATION : UnmatchedAnswer.MORE_ANSWERS_THAN_INVITATIONS;
            long extra = e.answers() - e.answered();
            if (extra > 0) {
                m.merge(reason, extra, Math::addExact);
            }
        }
        return Collections.unmodifiableMap(m);
    }

    @Override
    public ResponseRateTally plus(ResponseRateTally other) {
        if (other.entries.isEmpty()) {
            return this;
        }
        if (entries.isEmpty()) {
            return other;
        }
        TreeMap<Entry, Entry> merged = new TreeMap<>(ORDER);
        for (Entry e : entries) {
            merged.put(e, e);
        }
        for (Entry e : other.entries) {
            merged.merge(e, e, (a, b) -> new Entry(a.kind(), a.ticketId(), a.customerId(),
                    Math.addExact(a.sent(), b.sent()), Math.addExact(a.answers(), b.answers())));
        }
        return new ResponseRateTally(List.copyOf(merged.values()));
    }

    /** The invitations sent, of every kind: the denominators. */
    @Override
    public long sampleSize() {
        long n = 0;
        for (Entry e : entries) {
            n = Math.addExact(n, e.sent());
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResponseRateTally other && entries.equals(other.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    /** @return the rate of each kind seen, such as {@code ResponseRateTally[CSAT 2/4 (50.00%), unmatched {...}]} */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("ResponseRateTally[");
        SurveyKind last = null;
        for (Entry e : entries) {
            if (e.kind() != last) {
                b.append(last == null ? "" : ", ").append(e.kind()).append(' ').append(rate(e.kind()));
                Map<UnmatchedAnswer, Long> unmatched = unmatched(e.kind());
                b.append(unmatched.isEmpty() ? "" : ", unmatched " + unmatched);
                last = e.kind();
            }
        }
        return b.append(']').toString();
    }

    /**
     * The metric: each {@link SurveyInvitation} counts as sent and each {@link SurveyResponse} as an answer,
     * under its kind and match key.
     *
     * @param id the metric's id
     * @return the metric
     */
    static Metric<SurveyRecord, ResponseRateTally> metric(String id) {
        return Metric.of(id, EMPTY, () -> new Accumulator<SurveyRecord, ResponseRateTally>() {
            /** Sent and answers, by key. */
            private final Map<Key, long[]> counts = new HashMap<>();

            @Override
            public void accept(SurveyRecord r) {
                String ticket = r.ticketId().orElse(null);
                Key key = new Key(r.kind(), ticket, ticket == null ? r.customerId().orElse(null) : null);
                long[] c = counts.computeIfAbsent(key, k -> new long[2]);
                int i = r instanceof SurveyInvitation ? 0 : 1;
                c[i] = Math.addExact(c[i], 1);
            }

            @Override
            public ResponseRateTally tally() {
                List<Entry> list = new ArrayList<>(counts.size());
                counts.forEach((k, c) -> list.add(new Entry(k.kind, Optional.ofNullable(k.ticket),
                        Optional.ofNullable(k.customer), c[0], c[1])));
                list.sort(ORDER);
                return new ResponseRateTally(List.copyOf(list));
            }
        });
    }

    /** A match key; ticket and customer may be null. */
    private record Key(SurveyKind kind, String ticket, String customer) {}
}
