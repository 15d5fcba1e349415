package io.github.supportkpi.business;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.TicketInstant;
import io.github.supportkpi.metric.DefinedMetric;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Cost per resolution. Catalogue M52.
 *
 * <p>{@code total support cost / resolved tickets}. The metric counts the tickets over
 * {@link Ticket}s (resolved ones, or all, by the definition); the cost comes from outside:
 * <pre>{@code
 * CostPerUnit t = CostPerResolution.defaults().over(tickets).withCost(new BigDecimal("20000"));
 * Optional<BigDecimal> perResolution = t.perUnit();   // 10 for 2,000 resolved tickets
 * }</pre>
 * <ul>
 *   <li>Undefined (empty) with no tickets in the denominator; never a division by zero, never 0.</li>
 *   <li>Rounded to {@link java.math.MathContext#DECIMAL64}: {@code perUnit x tickets} equals the cost to
 *       16 significant digits.</li>
 *   <li>Per segment: give each segment its cost and {@link CostPerUnit#plus} them for the total.</li>
 * </ul>
 * Knob ({@link CostPerResolutionDefinition}): denominator, {@link CostDenominator#RESOLVED} (default,
 * [000], [001]) or {@link CostDenominator#ALL} ([002]).
 *
 * <p>Immutable and thread-safe.
 */
public final class CostPerResolution extends DefinedMetric<Ticket, CostPerUnit, CostPerResolutionDefinition> {
    /** The id. */
    public static final String ID = "cost.per.resolution";
    private static final CostPerResolution DEFAULTS = new CostPerResolution(CostPerResolutionDefinition.DEFAULT);

    private CostPerResolution(CostPerResolutionDefinition definition) {
        super(ID, definition, CostPerUnit.metric(ID,
                definition.denominator() == CostDenominator.RESOLVED ? Ticket::isResolved : t -> true));
    }

    /**
     * The metric with this definition.
     *
     * @param definition which tickets to divide by
     * @return the metric
     */
    public static CostPerResolution of(CostPerResolutionDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        return new CostPerResolution(definition);
    }

    /**
     * The metric dividing by resolved tickets.
     *
     * @return the metric
     */
    public static CostPerResolution defaults() {
        return DEFAULTS;
    }

    /**
     * The cost per resolution of these tickets at this total cost.
     *
     * @param tickets the tickets
     * @param totalCost the total support cost of the period, not negative
     * @return the cost per ticket; empty with no tickets in the denominator
     */
    public Optional<BigDecimal> over(Iterable<? extends Ticket> tickets, BigDecimal totalCost) {
        return over(tickets).withCost(totalCost).perUnit();
    }

    /**
     * The instant that buckets a ticket in a trend of this metric: its final resolution when the denominator is the
     * resolved tickets, its creation when it is all tickets.
     *
     * @return {@link TicketInstant#RESOLVED}, or {@link TicketInstant#CREATED} for all tickets
     */
    @Override
    public Optional<Function<? super Ticket, Instant>> bucketInstant() {
        return Optional.of(definedBy().denominator() == CostDenominator.RESOLVED ? TicketInstant.RESOLVED
                : TicketInstant.CREATED);
    }
}
