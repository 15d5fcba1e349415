package io.github.supportkpi.io;

import io.github.supportkpi.contact.AbandonmentRate;
import io.github.supportkpi.contact.AverageHandleTime;
import io.github.supportkpi.contact.AverageSpeedOfAnswer;
import io.github.supportkpi.contact.ServiceLevel;
import io.github.supportkpi.contact.ServiceLevelDefinition;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.metric.Count;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.metric.Tally;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One pre-aggregated row of a contact-centre export: the counts and summed durations of one agent, queue or
 * team over one period ({@code ana, 2026-03: offered 120, answered 110, abandoned 10, talk 33,000 s}), and
 * the tallies of the contact metrics they make. Each tally is the metric's own ({@link Metric#counted}), so
 * it merges with the tallies the metric makes of records, and rows merge with each other. Immutable and
 * thread-safe.
 *
 * <p>A count or a sum the row does not give is unknown (empty), never zero; a tally whose counts are unknown
 * is empty. The counts must follow the metric's definition: contacts of its kinds (calls by default), short
 * abandons left out of {@code offered} and {@code abandoned} when the definition leaves them out, and
 * abandons within the target in {@code answeredWithin} when the service level counts them as met. Durations
 * are sums, so the duration tallies are {@link DurationStats.Summary#TOTALS}: the mean is exact, the median
 * and percentiles unknown.
 *
 * <table>
 *   <caption>Tallies of a row</caption>
 *   <tr><th>metric</th><th>tally</th><th>needs</th></tr>
 *   <tr><td>contacts</td><td>{@code Count(offered)}</td><td>offered</td></tr>
 *   <tr><td>{@link AbandonmentRate}</td><td>{@code Ratio(abandoned, offered)}</td><td>abandoned,
 *       offered</td></tr>
 *   <tr><td>{@link ServiceLevel}</td><td>{@code Ratio(answeredWithin, offered)}; abandons
 *       {@link ServiceLevelDefinition.Abandons#EXCLUDED excluded}: of answered</td><td>answeredWithin,
 *       offered (or answered)</td></tr>
 *   <tr><td>{@link AverageSpeedOfAnswer}</td><td>{@code ofTotals(answered, answerWait, offered - answered)}</td>
 *       <td>answered, answerWait</td></tr>
 *   <tr><td>{@link AverageHandleTime#overInteractions}</td><td>{@code ofTotals(answered, handle,
 *       offered - answered)}</td><td>answered, handle</td></tr>
 * </table>
 *
 * <p>Where {@code offered} is unknown, it is {@code answered + abandoned} when both are known; where the
 * contacts not answered are unknown, none is counted as unmeasured.
 *
 * @param keys what the row is about, by key: {@code period}, {@code agent}, {@code queue}, {@code team},
 *     {@code channel} (those the export gives), in that order
 * @param start when the period starts, if known
 * @param offered the contacts offered
 * @param answered the contacts answered (by agents)
 * @param abandoned the contacts abandoned before an answer
 * @param answeredWithin the contacts answered within the service-level target
 * @param answerWait the summed queue waits of the answered contacts
 * @param talk the summed talk time of the answered contacts
 * @param hold the summed hold time of the answered contacts
 * @param afterContact the summed after-contact work of the answered contacts
 * @param handle the summed handle time of the answered contacts; when not given but talk, hold and
 *     after-contact work are, their sum
 */
public record AggregateRow(
        Map<String, String> keys,
        Optional<Instant> start,
        OptionalLong offered,
        OptionalLong answered,
        OptionalLong abandoned,
        OptionalLong answeredWithin,
        Optional<Duration> answerWait,
        Optional<Duration> talk,
        Optional<Duration> hold,
        Optional<Duration> afterContact,
        Optional<Duration> handle) {

    /** The keys a row may have, in order. */
    public static final List<String> KEYS = List.of("period", "agent", "queue", "team", "channel");

    /**
     * Validates the parts and copies the keys; fills {@code handle} from its parts when they are all given.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if a key is not one of {@link #KEYS} or is blank, a count or a sum is
     *     negative, {@code answered + abandoned} exceeds {@code offered}, {@code answeredWithin} exceeds
     *     {@code answered}, or a sum over the answered contacts is not zero when none is answered
     */
    public AggregateRow {
        Map<String, String> k = new LinkedHashMap<>();
        for (String key : KEYS) {
            String v = keys.get(key);
            if (v != null) {
                if (v.isBlank()) {
                    throw new IllegalArgumentException("key " + key + " must not be blank");
                }
                k.put(key, v);
            }
        }
        for (String key : keys.keySet()) {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("key must be one of " + KEYS + ": " + key);
            }
        }
        keys = Collections.unmodifiableMap(k);
        Objects.requireNonNull(start, "start");
        nonNegative("offered", offered);
        nonNegative("answered", answered);
        nonNegative("abandoned", abandoned);
        nonNegative("answeredWithin", answeredWithin);
        nonNegative("answerWait", answerWait);
        nonNegative("talk", talk);
        nonNegative("hold", hold);
        nonNegative("afterContact", afterContact);
        nonNegative("handle", handle);
        if (handle.isEmpty() && talk.isPresent() && hold.isPresent() && afterContact.isPresent()) {
            handle = Optional.of(talk.get().plus(hold.get()).plus(afterContact.get()));
        }
        if (offered.isPresent() && Math.addExact(answered.orElse(0), abandoned.orElse(0)) > offered.getAsLong()) {
            throw new IllegalArgumentException("answered + abandoned must not exceed offered: answered "
                    + text(answered) + ", abandoned " + text(abandoned) + ", offered " + offered.getAsLong());
        }
        if (answeredWithin.isPresent() && answered.isPresent()
                && answeredWithin.getAsLong() > answered.getAsLong()) {
            throw new IllegalArgumentException("answeredWithin must not exceed answered: answeredWithin "
                    + answeredWithin.getAsLong() + ", answered " + answered.getAsLong());
        }
        if (answered.isPresent() && answered.getAsLong() == 0) {
            String[] names = {"answerWait", "talk", "hold", "afterContact", "handle"};
            List<Optional<Duration>> sums = List.of(answerWait, talk, hold, afterContact, handle);
            for (int i = 0; i < names.length; i++) {
                if (sums.get(i).isPresent() && !sums.get(i).get().isZero()) {
                    throw new IllegalArgumentException(names[i] + " must be zero when no contact is answered: "
                            + sums.get(i).get());
                }
            }
        }
    }

    private static void nonNegative(String name, OptionalLong count) {
        Objects.requireNonNull(count, name);
        if (count.isPresent() && count.getAsLong() < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + count.getAsLong());
        }
    }

    private static void nonNegative(String name, Optional<Duration> sum) {
        Objects.requireNonNull(sum, name);
        if (sum.isPresent() && sum.get().isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative: " + sum.get());
        }
    }

    private static String text(OptionalLong count) {
        return count.isPresent() ? String.valueOf(count.getAsLong()) : "unknown";
    }

    /**
     * A builder for a row, every count and sum unknown until given.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The contacts offered: {@code offered}, or {@code answered + abandoned} when it is not given.
     *
     * @return the count, or empty when unknown
     */
    public OptionalLong offeredOrSum() {
        if (offered.isPresent()) {
            return offered;
        }
        return answered.isPresent() && abandoned.isPresent()
                ? OptionalLong.of(Math.addExact(answered.getAsLong(), abandoned.getAsLong())) : OptionalLong.empty();
    }

    private long notAnswered() {
        OptionalLong all = offeredOrSum();
        return all.isPresent() ? all.getAsLong() - answered.getAsLong() : 0;
    }

    /**
     * The contacts offered, as a tally of a count metric.
     *
     * @param metric a metric counting contacts
     * @return {@code Count(offered)}, or empty when unknown
     * @throws IllegalArgumentException if the metric's tallies are not counts
     */
    public Optional<Count> contacts(Metric<Interaction, Count> metric) {
        OptionalLong n = offeredOrSum();
        return n.isPresent() ? Optional.of(metric.counted(Count.of(n.getAsLong()))) : Optional.empty();
    }

    /**
     * The abandonment rate's tally: abandoned of offered.
     *
     * @param metric the metric
     * @return the tally, or empty when a count is unknown
     */
    public Optional<Ratio> abandonment(AbandonmentRate metric) {
        OptionalLong all = offeredOrSum();
        return abandoned.isPresent() && all.isPresent()
                ? Optional.of(metric.counted(Ratio.of(abandoned.getAsLong(), all.getAsLong()))) : Optional.empty();
    }

    /**
     * The service level's tally: answered within the target of offered (of answered, when the definition
     * leaves abandons out).
     *
     * @param metric the metric
     * @return the tally, or empty when a count is unknown
     */
    public Optional<Ratio> serviceLevel(ServiceLevel metric) {
        OptionalLong of = metric.definedBy().abandons() == ServiceLevelDefinition.Abandons.EXCLUDED ? answered
                : offeredOrSum();
        return answeredWithin.isPresent() && of.isPresent()
                ? Optional.of(metric.counted(Ratio.of(answeredWithin.getAsLong(), of.getAsLong()))) : Optional.empty();
    }

    /**
     * The average speed of answer's tally: the answered contacts' summed wait, the others unmeasured.
     *
     * @param metric the metric
     * @return the tally, TOTALS, or empty when the count or the sum is unknown
     */
    public Optional<DurationStats> speedOfAnswer(AverageSpeedOfAnswer metric) {
        return answered.isPresent() && answerWait.isPresent()
                ? Optional.of(metric.counted(DurationStats.ofTotals(answered.getAsLong(), answerWait.get(),
                        notAnswered()))) : Optional.empty();
    }

    /**
     * The average handle time's tally over interactions: the answered contacts' summed handle time, the others
     * unmeasured.
     *
     * @param metric the metric, {@link AverageHandleTime#overInteractions}
     * @return the tally, TOTALS, or empty when the count or the sum is unknown
     * @throws IllegalArgumentException if the metric is not average handle time
     */
    public Optional<DurationStats> handleTime(Metric<Interaction, DurationStats> metric) {
        if (!metric.id().equals(AverageHandleTime.ID)) {
            throw new IllegalArgumentException("metric must be " + AverageHandleTime.ID + ": " + metric.id());
        }
        return answered.isPresent() && handle.isPresent()
                ? Optional.of(metric.counted(DurationStats.ofTotals(answered.getAsLong(), handle.get(),
                        notAnswered()))) : Optional.empty();
    }

    /**
     * Whether rows make tallies of a metric: the metrics of the table above.
     *
     * @param metric the metric
     * @return true for abandonment, service level, speed of answer, handle time and counts of contacts
     */
    public static boolean tallies(Metric<Interaction, ?> metric) {
        Object empty = metric.empty();
        return metric instanceof AbandonmentRate || metric instanceof ServiceLevel
                || metric instanceof AverageSpeedOfAnswer
                || (metric.id().equals(AverageHandleTime.ID) && empty instanceof DurationStats)
                || empty instanceof Count;
    }

    /**
     * The tally of any metric this row makes a tally of (see the table above), such as one of a report's
     * metric set.
     *
     * @param metric the metric
     * @param <S> its tally type
     * @return the tally, or empty when the row's counts are unknown or the row makes no tally of this metric
     */
    @SuppressWarnings("unchecked") // each branch's tally is of the metric's type, which counted(..) checks
    public <S extends Tally<S>> Optional<S> tallyOf(Metric<Interaction, S> metric) {
        Object empty = metric.empty();
        Optional<? extends Tally<?>> t;
        if (metric instanceof AbandonmentRate a) {
            t = abandonment(a);
        } else if (metric instanceof ServiceLevel s) {
            t = serviceLevel(s);
        } else if (metric instanceof AverageSpeedOfAnswer s) {
            t = speedOfAnswer(s);
        } else if (metric.id().equals(AverageHandleTime.ID) && empty instanceof DurationStats) {
            t = handleTime((Metric<Interaction, DurationStats>) (Metric<Interaction, ?>) metric);
        } else if (empty instanceof Count) {
            t = contacts((Metric<Interaction, Count>) (Metric<Interaction, ?>) metric);
        } else {
            t = Optional.empty();
        }
        return t.map(x -> metric.counted((S) x));
    }

    /** Builds an {@link AggregateRow}. Not thread-safe. */
    public static final class Builder {
        private final Map<String, String> keys = new LinkedHashMap<>();
        private Instant start;
        private OptionalLong offered = OptionalLong.empty();
        private OptionalLong answered = OptionalLong.empty();
        private OptionalLong abandoned = OptionalLong.empty();
        private OptionalLong answeredWithin = OptionalLong.empty();
        private Duration answerWait;
        private Duration talk;
        private Duration hold;
        private Duration afterContact;
        private Duration handle;

        private Builder() {}

        /** @param key one of {@link #KEYS} @param value its value @return this builder */
        public Builder key(String key, String value) { keys.put(key, Objects.requireNonNull(value, key)); return this; }

        /** @param v when the period starts @return this builder */
        public Builder start(Instant v) { start = v; return this; }

        /** @param n contacts offered @return this builder */
        public Builder offered(long n) { offered = OptionalLong.of(n); return this; }

        /** @param n contacts answered @return this builder */
        public Builder answered(long n) { answered = OptionalLong.of(n); return this; }

        /** @param n contacts abandoned @return this builder */
        public Builder abandoned(long n) { abandoned = OptionalLong.of(n); return this; }

        /** @param n contacts answered within the target @return this builder */
        public Builder answeredWithin(long n) { answeredWithin = OptionalLong.of(n); return this; }

        /** @param d summed waits of the answered contacts @return this builder */
        public Builder answerWait(Duration d) { answerWait = d; return this; }

        /** @param d summed talk time @return this builder */
        public Builder talk(Duration d) { talk = d; return this; }

        /** @param d summed hold time @return this builder */
        public Builder hold(Duration d) { hold = d; return this; }

        /** @param d summed after-contact work @return this builder */
        public Builder afterContact(Duration d) { afterContact = d; return this; }

        /** @param d summed handle time @return this builder */
        public Builder handle(Duration d) { handle = d; return this; }

        /**
         * Validates and builds the row.
         *
         * @return the row
         * @throws IllegalArgumentException as {@link AggregateRow#AggregateRow} does
         */
        public AggregateRow build() {
            return new AggregateRow(keys, Optional.ofNullable(start), offered, answered, abandoned, answeredWithin,
                    Optional.ofNullable(answerWait), Optional.ofNullable(talk), Optional.ofNullable(hold),
                    Optional.ofNullable(afterContact), Optional.ofNullable(handle));
        }
    }
}
