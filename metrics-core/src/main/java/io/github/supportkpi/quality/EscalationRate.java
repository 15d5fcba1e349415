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
 * Escalation rate. Catalogue M24.
 * <p>{@code escalated tickets / all tickets x 100},
 * as a {@link Ratio} ({@link Ratio#percent()}).
 * <ul>
 *   <li>Undefined (empty) when there are no tickets, never NaN and never 0.</li>
 *   <li>Within [0, 100] percent when defined.</li>
 *   <li>Escalated means {@code Ticket.escalated()}: moved to a higher tier or another team ([000]).
 *       Transfers between agents are not escalations.</li>
 * </ul>
 * <p>No knobs: the definition is the formula text.
 * <p>Immutable and thread-safe.
 */
public final class EscalationRate extends DefinedMetric<Ticket, Ratio, String> {
    /** The id. */
    public static final String ID = "escalation.rate";

    /** The definition: the formula. */
    public static final String FORMULA = "escalated tickets / all tickets x 100";

    private static final EscalationRate INSTANCE = new EscalationRate();

    private EscalationRate() {
        super(ID, FORMULA, TicketMetrics.ratio(ID, f -> true, TicketFacts::escalated));
    }

    /**
     * Escalation rate.
     *
     * @return the metric
     */
    public static EscalationRate defaults() {
        return INSTANCE;
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
