package io.github.supportkpi.sla;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.TicketInstant;
import io.github.supportkpi.metric.DefinedMetric;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.TicketDimensions;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * SLA compliance and breaches. Catalogue M34.
 * <p>For each {@link SlaTarget} (first response, next response, resolution), the share of decided tickets
 * that met the target: {@code achieved / (achieved + breached)}, and the count of breaches; every ticket's
 * status is counted in a {@link SlaTally}, evaluated at the definition's {@code now}.
 *
 * <p>Each ticket's status per target is the one its {@link SlaClock} gives under the definition: the first
 * matching policy, the clock from creation (or the first unanswered customer message) to the event (first
 * reply, next reply, final resolution), SLA time in business hours outside paused and resolved statuses, and
 * overdue clocks counted as breached by default. See {@link SlaClock} for every rule.
 *
 * <h2>Tally</h2>
 * <ul>
 *   <li>{@code achieved + breached + inProgress + paused + notApplicable} = tickets, for each target.</li>
 *   <li>Compliance is undefined (empty value) with no decided ticket, never NaN and never 0; in [0, 100]
 *       percent when defined. In-progress and paused tickets are not in the denominator (overdue ones are
 *       breached, by default). The catalogue writes M34 as "tickets meeting the target / tickets with a
 *       target": the tickets with a target are all counted, and {@link SlaCounts} keeps each status so both
 *       readings can be printed.</li>
 *   <li>Segment by priority ({@link TicketDimensions#PRIORITY}) for the table a team lead asks for, printed
 *       by {@link SlaTable#of}; or by {@link #policy()}.</li>
 * </ul>
 * <pre>{@code
 * SlaCompliance sla = SlaCompliance.of(SlaDefinition.of(policies, now));
 * Segmented<Priority, SlaTally> byPriority = sla.by(TicketDimensions.PRIORITY).over(tickets);
 * System.out.print(SlaTable.of(byPriority));
 * SlaOutcome frt = sla.outcome(ticket, SlaTarget.FIRST_RESPONSE);   // status, deadline, remaining()
 * }</pre>
 * <p>Knobs ({@link SlaDefinition}): the policies and {@code now} (no default); paused statuses (PENDING);
 * pause the first-response clock (false); overdue counts as breached (true); bot replies count (false); what
 * a solve before the first reply does (nothing: the ticket waits for its reply, as first response time
 * measures it); a breach in any cycle of a target counts (true; false counts the last cycle only).
 * There is no {@code defaults()}: SLA targets have no default.
 * <p>Immutable and thread-safe.
 */
public final class SlaCompliance extends DefinedMetric<Ticket, SlaTally, SlaDefinition> {
    /** The id. */
    public static final String ID = "sla.compliance";

    private final SlaClock clock;

    private SlaCompliance(SlaClock clock) {
        super(ID, clock.definition(), clock.metric(ID));
        this.clock = clock;
    }

    /**
     * SLA compliance under a definition.
     *
     * @param definition the policies, pauses and instant of evaluation
     * @return the metric
     */
    public static SlaCompliance of(SlaDefinition definition) {
        return new SlaCompliance(SlaClock.of(definition));
    }

    /**
     * The clock that gives each ticket its status: {@link SlaClock#of} this metric's definition.
     *
     * @return the clock
     */
    public SlaClock clock() {
        return clock;
    }

    /**
     * Where a ticket stands against a target at the definition's {@code now}: {@link SlaClock#outcome}.
     *
     * @param ticket the ticket
     * @param target the target
     * @return the outcome, with the deadline and the time remaining or overdue
     */
    public SlaOutcome outcome(Ticket ticket, SlaTarget target) {
        return clock.outcome(ticket, target);
    }

    /**
     * Where a ticket stands against every target: {@link SlaClock#outcomes}.
     *
     * @param ticket the ticket
     * @return the outcome of each target, in target order
     */
    public Map<SlaTarget, SlaOutcome> outcomes(Ticket ticket) {
        return clock.outcomes(ticket);
    }

    /**
     * A dimension by the name of the ticket's policy under this definition; tickets no policy applies to have
     * no key.
     *
     * @return the dimension, named {@code sla.policy}
     */
    public Dimension<Ticket, String> policy() {
        SlaDefinition d = definedBy();
        return Dimension.of("sla.policy", t -> d.policies().policyFor(t).map(SlaPolicy::name).orElse(null));
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
