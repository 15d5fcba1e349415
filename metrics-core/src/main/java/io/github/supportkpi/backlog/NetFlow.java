package io.github.supportkpi.backlog;

import io.github.supportkpi.domain.ResolutionPoint;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Accumulator;
import io.github.supportkpi.metric.DefinedMetric;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.time.Bucket;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Net flow per bucket: tickets created minus tickets resolved in each hour, day, week, month or quarter, as
 * Zammad reports it; with M31 (counts per bucket) and M33 (the backlog it moves). One pass over the
 * tickets, though a ticket counts in two buckets: its creation's and its resolution's.
 *
 * <p>{@code net(bucket) = created in bucket - resolved in bucket}, as a {@link FlowSeries} of
 * {@link FlowTally FlowTallies}.
 * <ul>
 *   <li>Zero tickets give an empty series; {@link FlowSeries#between} lists every bucket of a range with a
 *       zero flow where nothing happened: a count of zero is defined.</li>
 *   <li>Every ticket counts once as created, in the bucket of {@link Ticket#created()}. It counts once as
 *       resolved, in the bucket of its resolution (default: the final one, {@link Ticket#resolved()}): a
 *       ticket reopened and resolved again counts once, at its final resolution; a ticket reopened and
 *       open now, or never resolved, has no resolved event.</li>
 *   <li>Summed over all buckets, the net flow is the tickets created minus those resolved; over the
 *       buckets of a range {@code [from, to)}, the change of the {@link Backlog} from just before
 *       {@code from} to just before {@code to}, provided no ticket was reopened (a reopen adds to the
 *       backlog without a creation).</li>
 * </ul>
 * <p>Knobs ({@link FlowDefinition}): bucket size (default day), report zone (default UTC), which resolution
 * counts (default final). Segment it like any metric ({@code by(TicketDimensions.PRIORITY)}). Immutable
 * and thread-safe.
 *
 * <pre>{@code
 * FlowSeries flow = NetFlow.of(FlowDefinition.DEFAULT.withZone(ZoneId.of("Europe/Berlin"))).over(tickets);
 * flow.between(weekStart, weekEnd).forEach((day, f) -> System.out.println(day + " " + f.net()));
 * }</pre>
 */
public final class NetFlow extends DefinedMetric<Ticket, FlowSeries, FlowDefinition> {
    /** The metric's id. */
    public static final String ID = "flow.net";

    private NetFlow(FlowDefinition d) {
        super(ID, d, Metric.of(ID, FlowSeries.empty(d.granularity(), d.zone()), () -> new Accumulator<Ticket, FlowSeries>() {
            private final Map<Bucket, long[]> counts = new HashMap<>();

            private void add(Instant at, int which) {
                counts.computeIfAbsent(Bucket.of(at, d.granularity(), d.zone()), b -> new long[2])[which]++;
            }

            @Override
            public void accept(Ticket t) {
                add(t.created(), 0);
                Optional<Instant> resolved = d.resolution() == ResolutionPoint.FIRST ? t.firstResolved() : t.resolved();
                resolved.ifPresent(r -> add(r, 1));
            }

            @Override
            public FlowSeries tally() {
                TreeMap<Bucket, FlowTally> flows = new TreeMap<>();
                counts.forEach((b, c) -> flows.put(b, new FlowTally(c[0], c[1])));
                return FlowSeries.of(d.granularity(), d.zone(), flows);
            }
        }));
    }

    /**
     * Net flow under a definition.
     *
     * @param definition the knobs
     * @return the metric
     */
    public static NetFlow of(FlowDefinition definition) {
        return new NetFlow(Objects.requireNonNull(definition, "definition"));
    }

    /**
     * Net flow per day in UTC, final resolutions.
     *
     * @return the metric
     */
    public static NetFlow defaults() {
        return of(FlowDefinition.DEFAULT);
    }
}
