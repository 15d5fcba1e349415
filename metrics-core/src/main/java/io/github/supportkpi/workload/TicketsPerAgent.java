package io.github.supportkpi.workload;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.TicketInstant;
import io.github.supportkpi.metric.Accumulator;
import io.github.supportkpi.metric.DefinedMetric;
import io.github.supportkpi.metric.Metric;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Tickets per agent: assigned tickets over the distinct agents they are assigned to. Catalogue M37 ([002]).
 *
 * <p>{@code assigned tickets / distinct assignees}, kept as an {@link AgentLoad} (the count and the set of
 * agents), so partial tallies merge exactly: an agent in two parts counts once.
 * <ul>
 *   <li>Undefined (empty) when no ticket is assigned; never NaN, never 0.</li>
 *   <li>At least 1 when defined.</li>
 *   <li>Unassigned tickets are counted apart ({@link AgentLoad#unassigned()}), not in the ratio.</li>
 *   <li>Agents are a high-cardinality key: every distinct assignee is kept.</li>
 * </ul>
 * No knobs: the definition is the formula text. Immutable and thread-safe.
 */
public final class TicketsPerAgent extends DefinedMetric<Ticket, AgentLoad, String> {
    /** The metric's id. */
    public static final String ID = "tickets.per.agent";
    /** The definition: the formula. */
    public static final String FORMULA = "assigned tickets / distinct assignees";
    private static final TicketsPerAgent DEFAULT = new TicketsPerAgent();

    private TicketsPerAgent() {
        super(ID, FORMULA, Metric.of(ID, AgentLoad.EMPTY, () -> new Accumulator<Ticket, AgentLoad>() {
            private final Set<String> agents = new HashSet<>();
            private long assigned;
            private long unassigned;

            @Override
            public void accept(Ticket t) {
                if (t.assignee().isPresent()) {
                    agents.add(t.assignee().get());
                    assigned++;
                } else {
                    unassigned++;
                }
            }

            @Override
            public AgentLoad tally() {
                return new AgentLoad(assigned, unassigned, new TreeSet<>(agents));
            }
        }));
    }

    /** @return the metric */
    public static TicketsPerAgent defaults() {
        return DEFAULT;
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
