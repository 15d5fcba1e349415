package io.github.supportkpi.contact;

import io.github.supportkpi.domain.Actor;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.TicketInstant;
import io.github.supportkpi.metric.Accumulator;
import io.github.supportkpi.metric.DefinedMetric;
import io.github.supportkpi.metric.DefinitionText;
import io.github.supportkpi.metric.DurationMeasure;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.DurationStats.Summary;
import io.github.supportkpi.metric.Metric;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Average handle time (AHT). Catalogue M13.
 * <p>{@code sum(talk + hold + afterContact) / handled interactions} ([004]; [000] "time an agent spends"),
 * or per ticket {@code sum over tickets of their handled interactions' time / tickets with any} ([002]
 * "agent time / tickets handled"); the median and percentiles come from {@link DurationStats}.
 * <ul>
 *   <li>An interaction is handled when it is of one of the definition's kinds (default CALL and CHAT),
 *       a human agent acted ({@code actor == AGENT}) and it was not abandoned.</li>
 *   <li>{@link HandleTimeUnit#PER_INTERACTION} (default): each handled interaction of each ticket is one
 *       value; interactions of a counted kind that were not handled (abandoned, answered by a bot) are
 *       counted as {@link DurationStats#unmeasured() unmeasured}. Interactions of other kinds are
 *       ignored.</li>
 *   <li>{@link HandleTimeUnit#PER_TICKET}: each ticket with at least one handled interaction is one value,
 *       the sum of their handle times; tickets with none are unmeasured.</li>
 *   <li>A handled interaction with no recorded work measures zero.</li>
 *   <li>With no value every statistic is empty, never NaN and never zero.</li>
 * </ul>
 * <p>A ticket's {@link Ticket#origin() origin} does not matter: handle time is the agent's work on each
 * call or chat, whoever opened the ticket, so an agent-created ticket's calls count like any other (contact
 * centres that report outbound work apart split by the contact's {@link Interaction#direction()}, not by
 * who created the ticket).
 * <p>Calls and chats that belong to no ticket are not seen by this metric, whose records are tickets; for
 * a stream of interactions (a telephony export) use {@link #overInteractions}.
 * <p>Knobs ({@link HandleTimeDefinition}): per interaction or per ticket (default per interaction); which
 * kinds are handled work (default CALL and CHAT).
 * <p>Immutable and thread-safe.
 */
public final class AverageHandleTime extends DefinedMetric<Ticket, DurationStats, HandleTimeDefinition> {
    /** The id. */
    public static final String ID = "aht";

    private AverageHandleTime(HandleTimeDefinition d) {
        super(ID, d, Metric.of(ID, DurationStats.empty(d.summary()), () -> new Accumulator<Ticket, DurationStats>() {
            private final DurationStats.Builder values = DurationStats.builder(d.summary());

            @Override
            public void accept(Ticket t) {
                List<Interaction> is = t.interactions();
                boolean perTicket = d.unit() == HandleTimeUnit.PER_TICKET;
                long sum = 0;
                boolean any = false;
                for (int i = 0, n = is.size(); i < n; i++) {
                    Interaction x = is.get(i);
                    if (!d.kinds().contains(x.kind())) {
                        continue;
                    }
                    if (x.actor() != Actor.AGENT || x.abandoned()) {
                        if (!perTicket) {
                            values.addUnmeasured();
                        }
                        continue;
                    }
                    long nanos = nanos(x, t);
                    if (perTicket) {
                        sum = add(sum, nanos, t);
                        any = true;
                    } else {
                        values.addNanos(nanos, t.id());
                    }
                }
                if (perTicket) {
                    if (any) {
                        values.addNanos(sum, t.id());
                    } else {
                        values.addUnmeasured();
                    }
                }
            }

            @Override
            public DurationStats tally() {
                return values.build();
            }
        }));
    }

    private static long nanos(Interaction x, Object record) {
        try {
            return Math.addExact(Math.addExact(x.talk().toNanos(), x.hold().toNanos()), x.afterContact().toNanos());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("handle time must be at most about 292 years: "
                    + (record instanceof Ticket t ? "ticket " + t.id() + ", " + x.kind() + " at " + x.at() : record)
                    + ", handle time " + x.handleTime(), e);
        }
    }

    private static long add(long sum, long nanos, Ticket t) {
        try {
            return Math.addExact(sum, nanos);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("handle time of a ticket must be at most about 292 years: ticket "
                    + t.id() + ", more than " + Duration.ofNanos(sum), e);
        }
    }

    /**
     * Average handle time per interaction over a stream of interactions rather than tickets, such as calls
     * from a telephony system that belong to no ticket: the same rules as the per-interaction metric
     * (handled interactions are values; interactions of a counted kind that were not handled are
     * unmeasured; other kinds are ignored), under the same id.
     *
     * @param definition the knobs; its unit must be {@link HandleTimeUnit#PER_INTERACTION}
     * @return the metric over interactions
     * @throws IllegalArgumentException if the unit is {@link HandleTimeUnit#PER_TICKET}, which needs tickets
     */
    public static Metric<Interaction, DurationStats> overInteractions(HandleTimeDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        if (definition.unit() != HandleTimeUnit.PER_INTERACTION) {
            throw new IllegalArgumentException(
                    "unit must be PER_INTERACTION for a metric over interactions: " + definition.unit());
        }
        Metric<Interaction, DurationStats> m = DurationStats.metric(ID, x -> definition.kinds().contains(x.kind()),
                x -> x.actor() != Actor.AGENT || x.abandoned() ? DurationMeasure.ABSENT : nanos(x, x),
                definition.summary());
        return Metric.of(ID, "AverageHandleTime.overInteractions(" + DefinitionText.of(definition) + ")", m.empty(),
                m::newAccumulator);
    }

    /**
     * Average handle time under a definition.
     *
     * @param definition the knobs
     * @return the metric
     */
    public static AverageHandleTime of(HandleTimeDefinition definition) {
        return new AverageHandleTime(Objects.requireNonNull(definition, "definition"));
    }

    /**
     * Average handle time per handled call or chat.
     *
     * @return the metric
     */
    public static AverageHandleTime defaults() {
        return of(HandleTimeDefinition.DEFAULT);
    }

    /**
     * The instant that buckets a ticket in a trend of this metric: its creation.
     *
     * @return {@link TicketInstant#CREATED}
     */
    @Override
    public Optional<Function<? super Ticket, Instant>> bucketInstant() {
        return Optional.of(TicketInstant.CREATED);
    }

    /**
     * This metric keeping durations another way.
     *
     * @param summary {@link Summary#EXACT} or {@link Summary#SKETCH}
     * @return the metric under the definition {@code withSummary(summary)}
     */
    @Override
    public AverageHandleTime withSummary(Summary summary) {
        return of(definedBy().withSummary(summary));
    }
}
