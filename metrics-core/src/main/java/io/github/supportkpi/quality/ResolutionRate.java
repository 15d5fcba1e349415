package io.github.supportkpi.quality;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.TicketFacts;
import io.github.supportkpi.domain.TicketInstant;
import io.github.supportkpi.metric.DefinedMetric;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.metric.TicketMetrics;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * Resolution rate. Catalogue M22.
 * <p>{@code resolved tickets / all tickets x 100},
 * as a {@link Ratio} ({@link Ratio#percent()}).
 * <ul>
 *   <li>Undefined (empty) when there are no tickets, never NaN and never 0.</li>
 *   <li>Within [0, 100] percent when defined.</li>
 *   <li>Resolved means resolved now: status SOLVED or CLOSED ([002], [003]). A reopened ticket that is
 *       open again is not resolved.</li>
 * </ul>
 * <p>No knobs: the definition is the formula text.
 * <p>Immutable and thread-safe.
 */
public final class ResolutionRate extends DefinedMetric<Ticket, Ratio, String> {
    /** The id. */
    public static final String ID = "resolution.rate";

    /** The definition: the formula. */
    public static final String FORMULA = "resolved tickets / all tickets x 100";

    private static final ResolutionRate INSTANCE = new ResolutionRate();

    private ResolutionRate() {
        super(ID, FORMULA, TicketMetrics.ratio(ID, f -> true, TicketFacts::isResolved));
    }

    /**
     * Resolution rate.
     *
     * @return the metric
     */
    public static ResolutionRate defaults() {
        return INSTANCE;
    }

    /**
     * The instant that buckets a ticket in a trend of this metric: its creation, so a bucket is the cohort of
     * tickets created during it (by resolution, every ticket of a bucket would be resolved).
     *
     * @return {@link TicketInstant#CREATED}
     */
    @Override
    public Optional<Function<? super Ticket, Instant>> bucketInstant() {
        return Optional.of(TicketInstant.CREATED);
    }
}
