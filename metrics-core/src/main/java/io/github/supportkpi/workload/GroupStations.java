package io.github.supportkpi.workload;

import io.github.supportkpi.domain.Assignment;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.TicketInstant;
import io.github.supportkpi.metric.DefinedMetric;
import io.github.supportkpi.metric.Frequencies;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Group stations: how many groups (teams) a ticket passed through, as a distribution over tickets
 * (Zendesk's {@code group_stations}). A ticket bounced between teams waits at each; a high count flags
 * routing that sends work to the wrong team first.
 *
 * <p>{@code count(tickets) per stations}, the stations of each ticket counted from its
 * {@link Ticket#assignments() assignment history} by {@link StationDefinition}; the mean stations per
 * ticket is {@link StationDefinition#mean(Frequencies)}.
 * <ul>
 *   <li>A ticket without an assignment history cannot be measured: it counts in
 *       {@link Frequencies#absent()}, never as 0 stations, so the counts and the absent count add up to the
 *       {@link TicketVolume}.</li>
 *   <li>A history that never names a group is 0 stations.</li>
 *   <li>Stations never exceed the changes in the history, and are at least 1 when one of them names a
 *       group.</li>
 * </ul>
 * Knob (default): what counts as a station (every move to another group, as Zendesk counts). Immutable
 * and thread-safe.
 */
public final class GroupStations extends DefinedMetric<Ticket, Frequencies<Integer>, StationDefinition> {
    /** The metric's id. */
    public static final String ID = "group.stations";
    private static final GroupStations DEFAULT = new GroupStations(StationDefinition.DEFAULT);

    private GroupStations(StationDefinition d) {
        super(ID, d, Frequencies.metric(ID, t -> true, t -> d.stations(t, GroupStations::group)));
    }

    private static String group(Assignment a) {
        return a.group().orElse(null);
    }

    /**
     * The metric with these knobs.
     *
     * @param definition the knobs
     * @return the metric
     */
    public static GroupStations of(StationDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        return definition.equals(StationDefinition.DEFAULT) ? DEFAULT : new GroupStations(definition);
    }

    /** @return every move to another group counts */
    public static GroupStations defaults() {
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
