package io.github.supportkpi.sla;

import io.github.supportkpi.metric.Accumulator;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.metric.Tally;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * The tally of SLA compliance (catalogue M34): for each {@link SlaTarget}, the tickets in each
 * {@link SlaStatus}. Counts, never percentages; merging adds them. Immutable and thread-safe.
 *
 * <p>Every ticket is counted once per target, so the three targets' totals are equal: the number of tickets.
 * <ul>
 *   <li>{@link #compliance(SlaTarget)} is {@code achieved / (achieved + breached)}: undefined (empty value)
 *       when no ticket is decided for that target, never NaN and never 0.</li>
 *   <li>{@link #breaches(SlaTarget)} is the count of breached tickets.</li>
 * </ul>
 *
 * @param firstResponse the counts for {@link SlaTarget#FIRST_RESPONSE}
 * @param nextResponse the counts for {@link SlaTarget#NEXT_RESPONSE}
 * @param resolution the counts for {@link SlaTarget#RESOLUTION}
 */
public record SlaTally(SlaCounts firstResponse, SlaCounts nextResponse, SlaCounts resolution)
        implements Tally<SlaTally> {
    /** No tickets: the identity of {@link #plus}. */
    public static final SlaTally EMPTY = new SlaTally(SlaCounts.EMPTY, SlaCounts.EMPTY, SlaCounts.EMPTY);

    /**
     * Validates the counts.
     *
     * @throws IllegalArgumentException unless the three targets count the same number of tickets
     */
    public SlaTally {
        Objects.requireNonNull(firstResponse, "firstResponse");
        Objects.requireNonNull(nextResponse, "nextResponse");
        Objects.requireNonNull(resolution, "resolution");
        if (firstResponse.total() != nextResponse.total() || firstResponse.total() != resolution.total()) {
            throw new IllegalArgumentException("every target must count the same tickets: first response "
                    + firstResponse.total() + ", next response " + nextResponse.total() + ", resolution "
                    + resolution.total());
        }
    }

    @Override
    public SlaTally plus(SlaTally other) {
        return new SlaTally(firstResponse.plus(other.firstResponse), nextResponse.plus(other.nextResponse),
                resolution.plus(other.resolution));
    }

    /** The number of tickets tallied. */
    @Override
    public long sampleSize() {
        return firstResponse.total();
    }

    /**
     * The counts of one target.
     *
     * @param target the target
     * @return its counts
     */
    public SlaCounts counts(SlaTarget target) {
        switch (Objects.requireNonNull(target, "target")) {
            case FIRST_RESPONSE:
                return firstResponse;
            case NEXT_RESPONSE:
                return nextResponse;
            default:
                return resolution;
        }
    }

    /**
     * Compliance with one target: {@code achieved / (achieved + breached)}.
     *
     * @param target the target
     * @return the ratio; its value is empty when no ticket is decided
     */
    public Ratio compliance(SlaTarget target) {
        return counts(target).compliance();
    }

    /**
     * The breaches of one target.
     *
     * @param target the target
     * @return the number of breached tickets
     */
    public long breaches(SlaTarget target) {
        return counts(target).breached();
    }

    /**
     * An SLA metric: each record gets one status per target from {@code statusOf}, and the tally counts them.
     * Allocates nothing per record beyond what {@code statusOf} does.
     *
     * @param id the metric's id
     * @param statusOf the status of a record against a target, never null
     * @param <T> the record type
     * @return the metric
     */
    public static <T> Metric<T, SlaTally> metric(String id, BiFunction<? super T, SlaTarget, SlaStatus> statusOf) {
        Objects.requireNonNull(statusOf, "statusOf");
        SlaTarget[] targets = SlaTarget.values();
        int statuses = SlaStatus.values().length;
        return Metric.of(id, EMPTY, () -> new Accumulator<T, SlaTally>() {
            private final long[] counts = new long[targets.length * statuses];

            @Override
            public void accept(T record) {
                for (SlaTarget target : targets) {
                    SlaStatus s = Objects.requireNonNull(statusOf.apply(record, target), "status");
                    counts[target.ordinal() * statuses + s.ordinal()]++;
                }
            }

            @Override
            public SlaTally tally() {
                return ofCounts(counts);
            }
        });
    }

    /** The tally of counts indexed {@code target.ordinal() * statuses + status.ordinal()}. */
    static SlaTally ofCounts(long[] counts) {
        return new SlaTally(counts(counts, 0), counts(counts, 1), counts(counts, 2));
    }

    private static SlaCounts counts(long[] counts, int target) {
        int o = target * SlaStatus.values().length;
        return new SlaCounts(counts[o + SlaStatus.ACHIEVED.ordinal()], counts[o + SlaStatus.BREACHED.ordinal()],
                counts[o + SlaStatus.IN_PROGRESS.ordinal()], counts[o + SlaStatus.PAUSED.ordinal()],
                counts[o + SlaStatus.NOT_APPLICABLE.ordinal()]);
    }
}
