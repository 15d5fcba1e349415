package io.github.supportkpi.quality;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.TicketInstant;
import io.github.supportkpi.metric.DefinedMetric;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.metric.TicketMetrics;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Late reopen rate: the companion of reopen rate (catalogue M23) under a reopen window.
 * <p>{@code tickets whose every reopen came after the window / denominator x 100}, as a {@link Ratio}: the
 * tickets that came back as new contacts rather than reopens ({@link ReopenRateDefinition} describes the
 * window). The denominator is reopen rate's, so over the same tickets and definition
 * <pre>{@code
 * reopen rate numerator + late reopen rate numerator = reopen rate numerator without a window
 * }</pre>
 * and a late reopen is never silently dropped.
 * <ul>
 *   <li>A ticket with a reopen within the window counts as reopened there, not here, even if it also has a
 *       late one.</li>
 *   <li>Without a window (the default definition) no reopen is late: 0 of the denominator.</li>
 *   <li>Undefined (empty) when the denominator is zero, never NaN and never 0.</li>
 * </ul>
 * <p>Knobs ({@link ReopenRateDefinition}): the denominator (default: tickets ever resolved); the reopen
 * window (default: none).
 * <p>Immutable and thread-safe.
 */
public final class LateReopenRate extends DefinedMetric<Ticket, Ratio, ReopenRateDefinition> {
    /** The id. */
    public static final String ID = "reopen.late";

    private LateReopenRate(ReopenRateDefinition d) {
        super(ID, d, TicketMetrics.ratio(ID, ReopenRate.considered(d.denominator()),
                f -> f.isReopened() && d.reopens(f.ticket()) == 0));
    }

    /**
     * Late reopen rate under a definition.
     *
     * @param definition the knobs
     * @return the metric
     */
    public static LateReopenRate of(ReopenRateDefinition definition) {
        return new LateReopenRate(Objects.requireNonNull(definition, "definition"));
    }

    /**
     * The instant that buckets a ticket in a trend of this metric: its final resolution, as for reopen rate.
     *
     * @return {@link TicketInstant#RESOLVED}
     */
    @Override
    public Optional<Function<? super Ticket, Instant>> bucketInstant() {
        return Optional.of(TicketInstant.RESOLVED);
    }
}
