package io.github.supportkpi.workload;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.TicketInstant;
import io.github.supportkpi.metric.BucketSeries;
import io.github.supportkpi.metric.Count;
import io.github.supportkpi.metric.DefinedMetric;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.metric.TicketMetrics;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * Ticket volume: the number of tickets. Catalogue M30 ([000], [002], [004]).
 *
 * <p>{@code count(tickets)}
 * <ul>
 *   <li>Zero tickets give a count of zero: a count, unlike a rate, is defined with no data.</li>
 *   <li>Every ticket fed counts, whatever its status. Counting "in a period" is done by what is fed, or per
 *       bucket of a range (day, week, month of creation) with a {@link BucketSeries} like any metric; segment
 *       by {@link TicketDimensions} for volume by channel, category, priority, product or tier.</li>
 * </ul>
 * No knobs: the definition is the formula text. Immutable and thread-safe.
 */
public final class TicketVolume extends DefinedMetric<Ticket, Count, String> {
    /** The metric's id. */
    public static final String ID = "ticket.volume";
    /** The definition: the formula. */
    public static final String FORMULA = "count(tickets)";
    private static final TicketVolume DEFAULT = new TicketVolume();

    private TicketVolume() {
        super(ID, FORMULA, TicketMetrics.count(ID, f -> true));
    }

    /** @return the metric */
    public static TicketVolume defaults() {
        return DEFAULT;
    }

    /**
     * The instant that buckets a ticket in a trend of this metric: its creation, so a bucket counts the tickets
     * that came in during it.
     *
     * @return {@link TicketInstant#CREATED}
     */
    @Override
    public Optional<Function<? super Ticket, Instant>> bucketInstant() {
        return Optional.of(TicketInstant.CREATED);
    }
}
