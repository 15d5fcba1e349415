package io.github.supportkpi.backlog;

import io.github.supportkpi.domain.ResolutionPoint;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.TicketInstant;
import io.github.supportkpi.metric.Accumulator;
import io.github.supportkpi.metric.BucketSeries;
import io.github.supportkpi.metric.DefinedMetric;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.time.Bucket;
import io.github.supportkpi.time.BucketRange;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Net flow per bucket: tickets created minus tickets resolved in each hour, day, week, month or quarter of a
 * range, as Zammad reports it; with M31 (counts per bucket) and M33 (the backlog it moves). One pass over
 * the tickets, though a ticket counts in two buckets: its creation's and its resolution's.
 *
 * <p>{@code net(bucket) = created in bucket - resolved in bucket}, as a {@link BucketSeries} of
 * {@link FlowTally FlowTallies} over the definition's range {@code [from, to)}.
 * <ul>
 *   <li>Every bucket of the range is present: a bucket where nothing happened has a zero flow, and zero
 *       tickets give a zero flow in every bucket. A count of zero is defined.</li>
 *   <li>Every ticket counts once as created, at {@link Ticket#created()}. It counts once as resolved, at its
 *       resolution (default: the final one, {@link Ticket#resolved()}): a ticket reopened and resolved
 *       again counts once, at its final resolution; a ticket reopened and open now, or never resolved, has
 *       no resolved event.</li>
 *   <li>Nothing is dropped: a creation or resolution outside {@code [from, to)} (also in the part of a
 *       partial first or last bucket outside the range) counts in {@link BucketSeries#outOfRange()}. The
 *       {@link BucketSeries#absent() absent} flow is always zero: a missing resolution is no event.</li>
 *   <li>Over the range, {@link BucketSeries#inRange()} is the tickets created in it minus those resolved in
 *       it: the change of the {@link Backlog} from just before {@code from} to just before {@code to},
 *       provided no ticket was reopened (a reopen adds to the backlog without a creation).
 *       {@link BucketSeries#total()} counts every ticket created and every resolution.</li>
 * </ul>
 * <p>Knobs ({@link FlowDefinition}): the range (no default), bucket size (default day), report zone
 * (default UTC), which resolution counts (default final). Segment it like any metric
 * ({@code by(TicketDimensions.PRIORITY)}). Immutable and thread-safe.
 *
 * <pre>{@code
 * BucketSeries<FlowTally> flow = NetFlow.of(FlowDefinition.between(weekStart, weekEnd)
 *         .withZone(ZoneId.of("Europe/Berlin"))).over(tickets);
 * flow.buckets().forEach((day, f) -> System.out.println(day + " " + f.net()));
 * }</pre>
 */
public final class NetFlow extends DefinedMetric<Ticket, BucketSeries<FlowTally>, FlowDefinition> {
    /** The metric's id. */
    public static final String ID = "flow.net";

    private NetFlow(FlowDefinition d) {
        super(ID, d, computation(d, d.range()));
    }

    private static Metric<Ticket, BucketSeries<FlowTally>> computation(FlowDefinition d, BucketRange range) {
        boolean first = d.resolution() == ResolutionPoint.FIRST;
        BucketSeries<FlowTally> none = BucketSeries.empty(FlowTally.EMPTY, range);
        return Metric.of(ID, none, () -> new Accumulator<Ticket, BucketSeries<FlowTally>>() {
            private final long[] created = new long[range.size()];
            private final long[] resolved = new long[range.size()];
            private long createdOutside;
            private long resolvedOutside;

            @Override
            public void accept(Ticket t) {
                int c = range.indexOf(t.created());
                if (c < 0) {
                    createdOutside++;
                } else {
                    created[c]++;
                }
                Optional<Instant> at = first ? t.firstResolved() : t.resolved();
                if (at.isPresent()) {
                    int r = range.indexOf(at.get());
                    if (r < 0) {
                        resolvedOutside++;
                    } else {
                        resolved[r]++;
                    }
                }
            }

            @Override
            public BucketSeries<FlowTally> tally() {
                Map<Bucket, FlowTally> flows = new HashMap<>();
                for (int i = 0; i < created.length; i++) {
                    if (created[i] != 0 || resolved[i] != 0) {
                        flows.put(range.buckets().get(i), FlowTally.of(created[i], resolved[i]));
                    }
                }
                return BucketSeries.of(range, FlowTally.EMPTY, flows, FlowTally.of(createdOutside, resolvedOutside),
                        FlowTally.EMPTY);
            }
        });
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
     * Net flow per day in UTC over {@code [from, to)}, final resolutions.
     *
     * @param from the start of the range, inclusive
     * @param to the end of the range, exclusive, not before {@code from}
     * @return the metric
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public static NetFlow between(Instant from, Instant to) {
        return of(FlowDefinition.between(from, to));
    }

    /**
     * The instant that buckets a ticket in a trend of this metric: its creation (the series of net flow itself
     * counts each ticket at its creation and at its resolution).
     *
     * @return {@link TicketInstant#CREATED}
     */
    @Override
    public Optional<Function<? super Ticket, Instant>> bucketInstant() {
        return Optional.of(TicketInstant.CREATED);
    }
}
