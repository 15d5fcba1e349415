package io.github.supportkpi.domain;

import io.github.supportkpi.business.CostPerResolution;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.quality.FirstContactResolution;
import io.github.supportkpi.quality.OneTouchResolution;
import io.github.supportkpi.quality.ReopenRate;
import io.github.supportkpi.quality.ResolutionConsistency;
import io.github.supportkpi.quality.TicketDenominator;
import io.github.supportkpi.report.Trend;
import io.github.supportkpi.speed.FirstResponseTime;
import io.github.supportkpi.speed.ResolutionTime;
import io.github.supportkpi.workload.ResolvedTickets;
import io.github.supportkpi.workload.TicketsSolvedPerHour;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * Which instant of a ticket puts it in a time bucket of a report: the knob of every {@link Trend} of tickets.
 *
 * <p>The same tickets give different trends by instant: volume counts tickets by when they came in,
 * resolved count and resolution time by when they were resolved, first response time by when the
 * first response was sent. {@link #defaultFor(Metric)} gives the documented default of each catalogue
 * metric. A ticket without the instant (an unresolved ticket bucketed by {@link #RESOLVED}) has no bucket:
 * a trend counts it as {@link Trend#absent() absent}, never drops it.
 */
public enum TicketInstant {
    /** When the ticket was created: {@link Ticket#created()}. Always present. */
    CREATED,
    /**
     * When the first response by a human agent was sent, by the rule of {@link FirstResponseTime} under its
     * default definition: the first interaction that is an agent reply
     * ({@link Interaction#isReply(boolean) isReply(false)}); for a ticket with no interactions at all, its
     * recorded {@link Ticket#firstResponse()}. Absent for a ticket with interactions but no agent reply.
     */
    FIRST_RESPONSE,
    /**
     * Like {@link #FIRST_RESPONSE}, but a bot's reply counts too ({@code isReply(true)}), as in
     * {@link FirstResponseTime} with {@code includeBots}.
     */
    FIRST_RESPONSE_INCLUDING_BOTS,
    /**
     * When the ticket was (last) resolved: {@link Ticket#resolved()}, the final resolution after any reopens.
     * Absent for a ticket not resolved now.
     */
    RESOLVED,
    /**
     * When the ticket was first resolved, by the rule of {@link ResolutionTime} with
     * {@link ResolutionPoint#FIRST}: the first change into a resolved status kind in the status history,
     * else {@link Ticket#resolved()}. Absent for a ticket never resolved.
     */
    FIRST_RESOLVED;

    /** Ids of catalogue metrics bucketed by the (final) resolution by default. */
    private static final Set<String> BY_RESOLUTION = Set.of(ResolvedTickets.ID, ResolutionTime.ID,
            FirstContactResolution.ID, ReopenRate.ID, OneTouchResolution.ID, ResolutionConsistency.ID,
            CostPerResolution.ID, TicketsSolvedPerHour.ID);

    /**
     * The instant of a ticket.
     *
     * @param ticket the ticket
     * @return the instant, or null when the ticket has none (see each constant)
     */
    public Instant instantOf(Ticket ticket) {
        Objects.requireNonNull(ticket, "ticket");
        switch (this) {
            case CREATED:
                return ticket.created();
            case FIRST_RESPONSE:
                return TicketEvents.firstReply(ticket, false);
            case FIRST_RESPONSE_INCLUDING_BOTS:
                return TicketEvents.firstReply(ticket, true);
            case RESOLVED:
                return ticket.resolved().orElse(null);
            default:
                return TicketEvents.firstResolved(ticket);
        }
    }

    /**
     * The documented default instant by which to bucket a metric of tickets:
     * <ul>
     *   <li>{@link #FIRST_RESPONSE} for first response time ({@code frt});
     *       {@link #FIRST_RESPONSE_INCLUDING_BOTS} for a {@link FirstResponseTime} whose definition counts
     *       bot replies;</li>
     *   <li>{@link #RESOLVED} for metrics of resolved tickets: resolved count, resolution time, FCR, reopen
     *       rate, one-touch resolution, resolution consistency, cost per resolution and tickets solved per
     *       hour; {@link #FIRST_RESOLVED} for a {@link ResolutionTime} to the first resolution, and
     *       {@link #CREATED} for a {@link CostPerResolution} whose denominator is all tickets;</li>
     *   <li>{@link #CREATED} for every other metric, known or not: volume (and by channel or category),
     *       resolution rate (a cohort of tickets created in the bucket: bucketing it by resolution would
     *       make it 100%), escalation rate, replies, touches, handle and reply times, time in status.</li>
     * </ul>
     * Metrics are recognised by class (to read their definition) and otherwise by {@link Metric#id() id}, so
     * a {@link Metric#filter filtered} catalogue metric keeps its default.
     *
     * @param metric a metric of tickets
     * @return its default instant
     */
    public static TicketInstant defaultFor(Metric<Ticket, ?> metric) {
        Objects.requireNonNull(metric, "metric");
        if (metric instanceof FirstResponseTime frt) {
            return frt.definition().includeBots() ? FIRST_RESPONSE_INCLUDING_BOTS : FIRST_RESPONSE;
        }
        if (metric instanceof ResolutionTime rt) {
            return rt.definition().point() == ResolutionPoint.FIRST ? FIRST_RESOLVED : RESOLVED;
        }
        if (metric instanceof CostPerResolution cpr) {
            return cpr.definition().denominator() == TicketDenominator.RESOLVED ? RESOLVED : CREATED;
        }
        if (FirstResponseTime.ID.equals(metric.id())) {
            return FIRST_RESPONSE;
        }
        return BY_RESOLUTION.contains(metric.id()) ? RESOLVED : CREATED;
    }
}
