package io.github.supportkpi.workload;

import io.github.supportkpi.domain.Assignment;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Frequencies;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

/**
 * The properties assignee stations and group stations share, over generated assignment histories: each
 * ticket lies between one station and its number of changes, the distinct count is the number of distinct
 * agents (or groups) and never more than the moves, and tickets without a history are only absent.
 */
interface StationsContract extends TallyContract<Ticket, Frequencies<Integer>> {
    /** @return the metric counting distinct stations */
    Metric<Ticket, Frequencies<Integer>> distinct();

    /** @return what a change assigns: its agent, or its group */
    Function<Assignment, Optional<String>> station();

    @Override
    default Gen<List<Ticket>> records() {
        return Sources.ticketsWithAssignments();
    }

    @Override
    default DoubleStream values(Frequencies<Integer> tally) {
        return StationDefinition.mean(tally).value().stream();
    }

    @Test
    default void should_keep_each_ticket_between_one_station_and_its_number_of_changes() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.ticketsWithAssignments()).checkAssert(ts -> {
            for (Ticket t : ts) {
                List<Assignment> history = t.assignments();
                for (Metric<Ticket, Frequencies<Integer>> m : List.of(metric(), distinct())) {
                    Frequencies<Integer> one = m.over(List.of(t));
                    if (history.isEmpty()) {
                        assertThat(one.absent()).as("%s", t).isEqualTo(1);
                        continue;
                    }
                    int stations = one.counts().firstKey();
                    long distinct = history.stream().flatMap(a -> station().apply(a).stream()).distinct().count();
                    assertThat(stations).as("%s", t).isLessThanOrEqualTo(history.size());
                    assertThat(stations).as("%s", t).isGreaterThanOrEqualTo(distinct > 0 ? 1 : 0);
                    if (m == distinct()) {
                        assertThat((long) stations).as("%s", t).isEqualTo(distinct);
                    }
                }
            }
        });
    }

    @Test
    default void should_count_no_more_distinct_stations_than_moves_and_every_ticket_once() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.ticketsWithAssignments()).checkAssert(ts -> {
            Frequencies<Integer> moves = metric().over(ts);
            Frequencies<Integer> distinct = distinct().over(ts);
            assertThat(moves.total()).isEqualTo(ts.size());
            assertThat(distinct.total()).isEqualTo(ts.size());
            assertThat(distinct.absent()).isEqualTo(moves.absent());
            assertThat(StationDefinition.mean(distinct).sum()).isLessThanOrEqualTo(StationDefinition.mean(moves).sum());
        });
    }

    @Test
    default void should_count_tickets_without_history_as_absent_only() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.ticketsWithAssignments(), Sources.tickets())
                .checkAssert((withHistory, without) -> {
                    // GIVEN tickets of the plain source, which have no assignment history
                    List<Ticket> all = new ArrayList<>(withHistory);
                    all.addAll(without);
                    Frequencies<Integer> before = metric().over(withHistory);
                    // WHEN they are added
                    Frequencies<Integer> after = metric().over(all);
                    // THEN only the absent count grows
                    assertThat(after.counts()).isEqualTo(before.counts());
                    assertThat(after.absent()).isEqualTo(before.absent() + without.size());
                    assertThat(metric().over(without)).isEqualTo(Frequencies.<Integer>of(Map.of(), (long) without.size()));
                });
    }
}
