package io.github.supportkpi.workload;

import io.github.supportkpi.domain.Assignment;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Frequencies;
import io.github.supportkpi.metric.Mean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * How the stations of a ticket are counted: the knob of assignee stations and group stations (Zendesk's
 * ticket metrics {@code assignee_stations}, "number of assignees the ticket had", and
 * {@code group_stations}, "number of groups the ticket passed through"). Immutable and thread-safe.
 *
 * <p>Both read the ticket's {@link Ticket#assignments() assignment history}, each change of which states
 * the agent and the group after it.
 *
 * @param counting what counts as a station; default {@link Counting#MOVES}, every move to an agent (group)
 *     other than the one just before, as Zendesk counts its assignee (group) updates
 */
public record StationDefinition(Counting counting) {
    /** Every move counts: ana, then ben, then ana again is three assignee stations. */
    public static final StationDefinition DEFAULT = new StationDefinition(Counting.MOVES);

    /** What counts as a station. */
    public enum Counting {
        /**
         * Every change to an agent (group) other than the one just before counts, so a ticket passed back
         * counts again: ana, ben, ana is 3; ana, unassigned, ana is 2 (Zendesk counts each update of the
         * assignee to an agent). A change that keeps the agent (a move between groups only) does not count
         * as an assignee station.
         */
        MOVES,
        /** The distinct agents (groups) the ticket was assigned to: ana, ben, ana is 2. */
        DISTINCT
    }

    /**
     * Validates the knob.
     *
     * @throws NullPointerException if {@code counting} is null
     */
    public StationDefinition {
        Objects.requireNonNull(counting, "counting");
    }

    /**
     * A copy counting stations another way.
     *
     * @param v what counts as a station
     * @return the copy
     */
    public StationDefinition withCounting(Counting v) {
        return new StationDefinition(v);
    }

    /**
     * The stations of a ticket under this definition.
     *
     * @param t the ticket
     * @param holder the agent or the group of an assignment
     * @return the number of stations, 0 for a history that never names one; null without a history
     */
    Integer stations(Ticket t, Function<Assignment, String> holder) {
        List<Assignment> history = t.assignments();
        if (history.isEmpty()) {
            return null;
        }
        int n = 0;
        String previous = null;
        List<String> seen = counting == Counting.DISTINCT ? new ArrayList<>() : null;
        for (Assignment a : history) {
            String h = holder.apply(a);
            if (h != null && !h.equals(previous) && (seen == null || !seen.contains(h))) {
                n++;
                if (seen != null) {
                    seen.add(h);
                }
            }
            previous = h;
        }
        return n;
    }

    /**
     * The mean stations per ticket of a tally of stations: {@code sum(stations x tickets) / tickets with a
     * history}; the tickets without an assignment history ({@link Frequencies#absent()}) are not in it.
     *
     * @param stations a tally of {@link AssigneeStations} or {@link GroupStations}
     * @return the mean, with its sum of squares; empty with no ticket that has a history
     */
    public static Mean mean(Frequencies<Integer> stations) {
        Objects.requireNonNull(stations, "stations");
        long sum = 0;
        long count = 0;
        long squares = 0;
        for (Map.Entry<Integer, Long> e : stations.counts().entrySet()) {
            long k = e.getKey();
            sum = Math.addExact(sum, Math.multiplyExact(k, e.getValue()));
            count = Math.addExact(count, e.getValue());
            try {
                squares = Math.addExact(squares, Math.multiplyExact(k * k, e.getValue()));
            } catch (ArithmeticException overflow) {
                throw new ArithmeticException("Mean sum of squares exceeds " + Long.MAX_VALUE + ": " + e.getValue()
                        + " tickets of " + k + " stations");
            }
        }
        return Mean.of(sum, count, squares);
    }
}
