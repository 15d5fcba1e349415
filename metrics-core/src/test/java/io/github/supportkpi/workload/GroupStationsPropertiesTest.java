package io.github.supportkpi.workload;

import io.github.supportkpi.domain.Assignment;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.Frequencies;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import io.github.supportkpi.workload.StationDefinition.Counting;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

class GroupStationsPropertiesTest implements TallyContract<Ticket, Frequencies<Integer>> {
    private static final GroupStations DISTINCT =
            GroupStations.of(StationDefinition.DEFAULT.withCounting(Counting.DISTINCT));

    @Override
    public Metric<Ticket, Frequencies<Integer>> metric() {
        return GroupStations.defaults();
    }

    @Override
    public Gen<List<Ticket>> records() {
        return Sources.ticketsWithAssignments();
    }

    @Override
    public Dimension<? super Ticket, ?> dimension() {
        return TicketDimensions.TEAM;
    }

    @Override
    public DoubleStream values(Frequencies<Integer> tally) {
        return StationDefinition.mean(tally).value().stream();
    }

    @Test
    void should_keep_each_ticket_between_one_station_and_its_number_of_changes() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.ticketsWithAssignments()).checkAssert(ts -> {
            for (Ticket t : ts) {
                List<Assignment> history = t.assignments();
                for (GroupStations m : List.of(GroupStations.defaults(), DISTINCT)) {
                    Frequencies<Integer> one = m.over(List.of(t));
                    if (history.isEmpty()) {
                        assertThat(one.absent()).as("%s", t).isEqualTo(1);
                        continue;
                    }
                    int stations = one.counts().firstKey();
                    long distinctGroups = history.stream().flatMap(a -> a.group().stream()).distinct().count();
                    assertThat(stations).as("%s", t).isLessThanOrEqualTo(history.size());
                    assertThat(stations).as("%s", t).isGreaterThanOrEqualTo(distinctGroups > 0 ? 1 : 0);
                    if (m == DISTINCT) {
                        assertThat((long) stations).as("%s", t).isEqualTo(distinctGroups);
                    }
                }
            }
        });
    }

    @Test
    void should_count_no_more_distinct_groups_than_moves_and_every_ticket_once() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.ticketsWithAssignments()).checkAssert(ts -> {
            Frequencies<Integer> moves = GroupStations.defaults().over(ts);
            Frequencies<Integer> distinct = DISTINCT.over(ts);
            assertThat(moves.total()).isEqualTo(ts.size());
            assertThat(distinct.total()).isEqualTo(ts.size());
            assertThat(distinct.absent()).isEqualTo(moves.absent());
            assertThat(StationDefinition.mean(distinct).sum()).isLessThanOrEqualTo(StationDefinition.mean(moves).sum());
        });
    }

    @Test
    void should_count_tickets_without_history_as_absent_only() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.ticketsWithAssignments(), Sources.tickets())
                .checkAssert((withHistory, without) -> {
                    // GIVEN tickets of the plain source, which have no assignment history
                    List<Ticket> all = new ArrayList<>(withHistory);
                    all.addAll(without);
                    Frequencies<Integer> before = GroupStations.defaults().over(withHistory);
                    // WHEN they are added
                    Frequencies<Integer> after = GroupStations.defaults().over(all);
                    // THEN only the absent count grows
                    assertThat(after.counts()).isEqualTo(before.counts());
                    assertThat(after.absent()).isEqualTo(before.absent() + without.size());
                    assertThat(AssigneeStations.defaults().over(without)).isEqualTo(
                            Frequencies.<Integer>of(Map.of(), (long) without.size()));
                });
    }
}
