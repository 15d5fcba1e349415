package io.github.supportkpi.backlog;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.TicketInstant;
import io.github.supportkpi.metric.Count;
import io.github.supportkpi.metric.DefinedMetric;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.Segmented;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Backlog: the number of tickets unresolved at an instant that meet the backlog definition. Catalogue M33
 * ([002], [003], [004]).
 *
 * <p>{@code count(tickets unresolved at the instant and meeting the definition)}, as a {@link Count}.
 * <ul>
 *   <li>Zero tickets give a backlog of zero: a count is defined with no data.</li>
 *   <li>"Unresolved at the instant" is taken as of the instant, from the status history when the ticket has
 *       one; a ticket created after the instant never counts. See {@link BacklogDefinition} for tickets
 *       without history and for the exact rules.</li>
 *   <li>Break it down like any metric: {@code by(ageBands.dimension(instant))} (or {@link #byAge}),
 *       {@code by(TicketDimensions.PRIORITY)}, {@code AGENT} (owner; high cardinality), {@code TEAM}. The
 *       segments add up to the backlog. Note that {@code TicketDimensions.STATUS} is the ticket's
 *       <em>current</em> status, not the status at the instant.</li>
 * </ul>
 * <p>Knobs: the instant (no default: a backlog is always "at" some instant) and the
 * {@link BacklogDefinition} (default {@link BacklogDefinition#allUnresolved()}; also older than a
 * threshold, not updated for N business days, or a rule of your own such as past SLA [004]). The metric's
 * {@link #definedBy()} is the pair {@link At}. Immutable and thread-safe.
 *
 * <pre>{@code
 * Instant now = Instant.parse("2024-03-08T17:00:00Z");
 * Count open = Backlog.at(now).over(tickets);
 * Segmented<AgeBand, Count> byAge = Backlog.at(now).byAge(AgeBands.of(Duration.ofHours(4), Duration.ofDays(1)))
 *         .over(tickets);
 * }</pre>
 */
public final class Backlog extends DefinedMetric<Ticket, Count, Backlog.At> {
    /** The metric's id. */
    public static final String ID = "backlog";

    /**
     * The definition of a backlog metric: the instant and the backlog definition. Immutable and thread-safe.
     *
     * @param instant the instant the backlog is taken at
     * @param definition which unresolved tickets count
     */
    public record At(Instant instant, BacklogDefinition definition) {
        /**
         * Validates the fields.
         *
         * @throws NullPointerException if a field is null
         */
        public At {
            Objects.requireNonNull(instant, "instant");
            Objects.requireNonNull(definition, "definition");
        }
    }

    private Backlog(At at) {
        super(ID, at, Count.metric(ID, t -> at.definition().test(t, at.instant())));
    }

    /**
     * The backlog at an instant under a definition.
     *
     * @param at the instant and the definition
     * @return the metric
     */
    public static Backlog of(At at) {
        return new Backlog(Objects.requireNonNull(at, "at"));
    }

    /**
     * The backlog at an instant under a definition.
     *
     * @param instant the instant
     * @param definition which unresolved tickets count
     * @return the metric
     */
    public static Backlog at(Instant instant, BacklogDefinition definition) {
        return of(new At(instant, definition));
    }

    /**
     * Every ticket unresolved at an instant: the default definition.
     *
     * @param instant the instant
     * @return the metric
     */
    public static Backlog at(Instant instant) {
        return at(instant, BacklogDefinition.DEFAULT);
    }

    /**
     * The instant the backlog is taken at.
     *
     * @return the instant
     */
    public Instant instant() {
        return definedBy().instant();
    }

    /**
     * This backlog broken down by age band at its instant.
     *
     * @param bands the bands
     * @return the segmented metric, dimension {@code age}
     */
    public Metric<Ticket, Segmented<AgeBand, Count>> byAge(AgeBands bands) {
        return by(Objects.requireNonNull(bands, "bands").dimension(instant()));
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
}
