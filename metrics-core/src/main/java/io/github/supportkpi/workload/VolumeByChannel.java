package io.github.supportkpi.workload;

import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.TicketInstant;
import io.github.supportkpi.metric.DefinedMetric;
import io.github.supportkpi.metric.Frequencies;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * Volume by channel: tickets counted per channel, with each channel's share. Catalogue M47 ([000], [001],
 * [002], [003]); see {@link VolumeByCategory} for the top topics.
 *
 * <p>{@code count(tickets) per channel}, and {@code share = count / total x 100} by
 * {@link Frequencies#share(Comparable)}; {@link Frequencies#top(int)} gives the top N channels.
 * <ul>
 *   <li>No tickets: a total of zero; shares are undefined (empty), never NaN.</li>
 *   <li>Tickets with no channel count in {@link Frequencies#absent()}; the counts and the absent count add
 *       up to the {@link TicketVolume}.</li>
 * </ul>
 * No knobs (top N is chosen when reading the tally): the definition is the formula text. Immutable and
 * thread-safe.
 */
public final class VolumeByChannel extends DefinedMetric<Ticket, Frequencies<Channel>, String> {
    /** The metric's id. */
    public static final String ID = "volume.by.channel";
    /** The definition: the formula. */
    public static final String FORMULA = "count(tickets) per channel";
    private static final VolumeByChannel DEFAULT = new VolumeByChannel();

    private VolumeByChannel() {
        super(ID, FORMULA, Frequencies.metric(ID, t -> true, t -> t.channel().orElse(null)));
    }

    /** @return the metric */
    public static VolumeByChannel defaults() {
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
