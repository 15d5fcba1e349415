package io.github.supportkpi.backlog;

import io.github.supportkpi.metric.Tally;
import io.github.supportkpi.time.Bucket;
import io.github.supportkpi.time.Granularity;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The flow of tickets per bucket of time: for each bucket, a {@link FlowTally} of the tickets created and
 * resolved in it. The tally of {@link NetFlow}. Immutable and thread-safe.
 *
 * <p>Only buckets with at least one event are kept; {@link #between} lists every bucket of a range, the
 * empty ones as a zero flow (a count of zero is defined, not missing). Merging adds bucket by bucket, so a
 * ticket created in one part of the data and resolved in another is counted right.
 */
public final class FlowSeries implements Tally<FlowSeries> {
    private final Granularity granularity;
    private final ZoneId zone;
    private final SortedMap<Bucket, FlowTally> buckets;
    private final FlowTally total;

    private FlowSeries(Granularity granularity, ZoneId zone, SortedMap<Bucket, FlowTally> buckets) {
        this.granularity = granularity;
        this.zone = zone;
        this.buckets = Collections.unmodifiableSortedMap(buckets);
        FlowTally sum = FlowTally.EMPTY;
        for (FlowTally f : buckets.values()) {
            sum = sum.plus(f);
        }
        this.total = sum;
    }

    /**
     * No flow: the identity of {@link #plus} for this granularity and zone.
     *
     * @param granularity the bucket size
     * @param zone the report zone
     * @return the empty series
     */
    public static FlowSeries empty(Granularity granularity, ZoneId zone) {
        return new FlowSeries(Objects.requireNonNull(granularity, "granularity"), Objects.requireNonNull(zone, "zone"),
                new TreeMap<>());
    }

    /**
     * A series from flows per bucket.
     *
     * @param granularity the bucket size
     * @param zone the report zone
     * @param flows the flow of each bucket, each of that granularity and zone; empty flows are dropped
     * @return the series
     * @throws IllegalArgumentException if a bucket has another granularity or zone
     */
    public static FlowSeries of(Granularity granularity, ZoneId zone, Map<Bucket, FlowTally> flows) {
        Objects.requireNonNull(flows, "flows");
        FlowSeries empty = empty(granularity, zone);
        TreeMap<Bucket, FlowTally> copy = new TreeMap<>();
        flows.forEach((b, f) -> {
            Objects.requireNonNull(b, "bucket");
            Objects.requireNonNull(f, "flow");
            if (b.granularity() != granularity || !b.zone().equals(zone)) {
                throw new IllegalArgumentException("bucket must be a " + granularity + " in " + zone + ": " + b
                        + " (" + b.granularity() + " in " + b.zone() + ")");
            }
            if (!f.equals(FlowTally.EMPTY)) {
                copy.put(b, f);
            }
        });
        return copy.isEmpty() ? empty : new FlowSeries(granularity, zone, copy);
    }

    /**
     * The bucket size.
     *
     * @return the granularity
     */
    public Granularity granularity() {
        return granularity;
    }

    /**
     * The report zone.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * The flow of every bucket with at least one event, in time order.
     *
     * @return an unmodifiable map
     */
    public SortedMap<Bucket, FlowTally> buckets() {
        return buckets;
    }

    /**
     * The flow of one bucket.
     *
     * @param bucket the bucket
     * @return its flow; {@link FlowTally#EMPTY} when nothing happened in it
     */
    public FlowTally get(Bucket bucket) {
        return buckets.getOrDefault(bucket, FlowTally.EMPTY);
    }

    /**
     * The flow of every bucket that overlaps {@code [from, to)}, including those where nothing happened (as
     * {@link FlowTally#EMPTY}), in time order: the rows of a report. Each row is its bucket's whole flow, also
     * for a bucket only partly in the range (so align the range on bucket boundaries); buckets wholly outside
     * the range are left out.
     *
     * @param from the start of the range
     * @param to the end of the range, exclusive, not before {@code from}
     * @return one entry per bucket of the range
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public SortedMap<Bucket, FlowTally> between(Instant from, Instant to) {
        TreeMap<Bucket, FlowTally> rows = new TreeMap<>();
        for (Bucket b : Bucket.covering(from, to, granularity, zone)) {
            rows.put(b, get(b));
        }
        return Collections.unmodifiableSortedMap(rows);
    }

    /**
     * The flow over all buckets: every ticket created and every resolution counted.
     *
     * @return the total flow
     */
    public FlowTally total() {
        return total;
    }

    /**
     * The same flow in coarser buckets, such as days into weeks.
     *
     * @param coarser a granularity that contains this one
     * @return the rolled-up series
     * @throws IllegalArgumentException if {@code coarser} does not contain this granularity
     */
    public FlowSeries rollUp(Granularity coarser) {
        Objects.requireNonNull(coarser, "coarser");
        if (!coarser.contains(granularity)) {
            throw new IllegalArgumentException("granularity must contain " + granularity + " buckets: " + coarser);
        }
        return new FlowSeries(coarser, zone, new TreeMap<>(Bucket.rollUp(buckets, coarser)));
    }

    @Override
    public FlowSeries plus(FlowSeries other) {
        if (granularity != other.granularity || !zone.equals(other.zone)) {
            throw new IllegalArgumentException("granularity and zone must match to merge: " + granularity + " in "
                    + zone + " and " + other.granularity + " in " + other.zone);
        }
        if (other.buckets.isEmpty()) {
            return this;
        }
        if (buckets.isEmpty()) {
            return other;
        }
        TreeMap<Bucket, FlowTally> merged = new TreeMap<>(buckets);
        other.buckets.forEach((b, f) -> merged.merge(b, f, FlowTally::plus));
        return new FlowSeries(granularity, zone, merged);
    }

    /** The events counted in all buckets: tickets created plus resolutions. */
    @Override
    public long sampleSize() {
        return total.sampleSize();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FlowSeries other && granularity == other.granularity && zone.equals(other.zone)
                && buckets.equals(other.buckets);
    }

    @Override
    public int hashCode() {
        return Objects.hash(granularity, zone, buckets);
    }

    @Override
    public String toString() {
        return "FlowSeries[" + granularity + " in " + zone + ": " + buckets + "]";
    }
}
