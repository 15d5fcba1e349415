package io.github.supportkpi.workload;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.TicketInstant;
import io.github.supportkpi.metric.DefinedMetric;
import io.github.supportkpi.metric.Frequencies;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * Volume by category (top topics): tickets counted per category, with each category's share. Catalogue M47 ([000], [001],
 * [002], [003]); see {@link VolumeByChannel} for channels.
 *
 * <p>{@code count(tickets) per category}, and {@code share = count / total x 100} by
 * {@link Frequencies#share(Comparable)}; {@link Frequencies#top(int)} gives the top N topics.
 * <ul>
 *   <li>No tickets: a total of zero; shares are undefined (empty), never NaN.</li>
 *   <li>Tickets with no category count in {@link Frequencies#absent()}; the counts and the absent count add
 *       up to the {@link TicketVolume}.</li>
 * </ul>
 * No knobs (top N is chosen when reading the tally): the definition is the formula text. Immutable and
 * thread-safe.
 */
public final class VolumeByCategory extends DefinedMetric<Ticket, Frequencies<String>, String> {
    /** The metric's id. */
    public static final String ID = "volume.by.category";
    /** The definition: the formula. */
    public static final String FORMULA = "count(tickets) per category";
    private static final VolumeByCategory DEFAULT = new VolumeByCategory();

    private VolumeByCategory() {
        super(ID, FORMULA, Frequencies.metric(ID, t -> true, t -> t.category().orElse(null)));
    }

    /** @return the metric */
    public static VolumeByCategory defaults() {
        return DEFAULT;
    }

    /**
     * The instant that buckets a ticket in a trend of this metric: its creation, so a bucket counts the tickets
     * that came in during it.
     *
     * @return {@link TicketInstant#CREATED}
     */
    @Override
    public Optional<Function<? super Ticket, Instant>> bucketInstant() {
        return Optional.of(TicketInstant.CREATED);
    }
}
