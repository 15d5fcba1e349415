package io.github.supportkpi.workload;

import io.github.supportkpi.domain.Assignment;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Frequencies;
import io.github.supportkpi.metric.Mean;
import io.github.supportkpi.workload.StationDefinition.Counting;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AssigneeStationsTest {
    private static final Instant T0 = Instant.parse("2024-03-04T09:00:00Z");

    private static Ticket passed(String id, String... agents) {
        Ticket.Builder b = Ticket.builder(id, T0);
        for (int i = 0; i < agents.length; i++) {
            b.assignment(agents[i] == null ? Assignment.unassigned(T0.plusSeconds(60L * i))
                    : Assignment.of(T0.plusSeconds(60L * i), agents[i]));
        }
        return b.build();
    }

    @Test
    void should_count_a_ticket_passed_back_to_its_first_agent_three_times_as_zendesk_does() {
        // GIVEN ana -> ben -> ana: Zendesk counts each update of the assignee, so 3 stations
        Ticket backAndForth = passed("A", "ana", "ben", "ana");
        // WHEN
        Frequencies<Integer> moves = AssigneeStations.defaults().over(List.of(backAndForth));
        Frequencies<Integer> distinct = AssigneeStations.of(StationDefinition.DEFAULT.withCounting(Counting.DISTINCT))
                .over(List.of(backAndForth));
        // THEN distinct agents: 2
        assertThat(moves.counts()).isEqualTo(Map.of(3, 1L));
        assertThat(distinct.counts()).isEqualTo(Map.of(2, 1L));
    }

    @Test
    void should_count_a_reassignment_after_unassigning_but_not_a_repeat_of_the_same_agent() {
        // GIVEN ana, unassigned, ana: 2 moves to an agent (1 distinct); ana twice in a row (a group change): 1
        Ticket unassignedBetween = passed("A", "ana", null, "ana");
        Ticket groupMove = Ticket.builder("B", T0).assignment(Assignment.of(T0, "ana", "tier1"))
                .assignment(Assignment.of(T0.plusSeconds(60), "ana", "tier2")).build();
        // WHEN
        Frequencies<Integer> moves = AssigneeStations.defaults().over(List.of(unassignedBetween, groupMove));
        Frequencies<Integer> distinct = AssigneeStations.of(new StationDefinition(Counting.DISTINCT))
                .over(List.of(unassignedBetween, groupMove));
        // THEN
        assertThat(moves.counts()).isEqualTo(Map.of(2, 1L, 1, 1L));
        assertThat(distinct.counts()).isEqualTo(Map.of(1, 2L));
    }

    @Test
    void should_count_a_ticket_without_history_as_absent_and_one_never_given_an_agent_as_zero() {
        // GIVEN an assignee but no history (cannot be measured), and a history of group assignments only
        Ticket noHistory = Ticket.builder("A", T0).assignee("ana").build();
        Ticket groupOnly = Ticket.builder("B", T0).assignment(Assignment.toGroup(T0, "tier1")).build();
        // WHEN
        Frequencies<Integer> stations = AssigneeStations.defaults().over(List.of(noHistory, groupOnly));
        // THEN
        assertThat(stations.absent()).isEqualTo(1);
        assertThat(stations.counts()).isEqualTo(Map.of(0, 1L));
        assertThat(stations.total()).isEqualTo(2);
    }

    @Test
    void should_average_stations_over_the_tickets_with_a_history() {
        // GIVEN stations 1, 1, 2 and 4, and one ticket without history
        List<Ticket> tickets = List.of(passed("A", "ana"), passed("B", "ben"), passed("C", "ana", "ben"),
                passed("D", "ana", "ben", "cy", "ana"), Ticket.builder("E", T0).build());
        // WHEN
        Mean mean = StationDefinition.mean(AssigneeStations.defaults().over(tickets));
        // THEN (1 + 1 + 2 + 4) / 4 = 2.0; the ticket without history is not a zero
        assertThat(mean.sum()).isEqualTo(8);
        assertThat(mean.count()).isEqualTo(4);
        assertThat(mean.value().getAsDouble()).isCloseTo(2.0, within(1e-12));
        assertThat(StationDefinition.mean(AssigneeStations.defaults().over(List.of(Ticket.builder("F", T0).build())))
                .value()).isEmpty();
    }

    @Test
    void should_count_group_stations_from_the_groups_passed_through() {
        // GIVEN tier1 (no agent), tier1 with ana, tier2 with ben, back to tier1 with ana
        Ticket t = Ticket.builder("A", T0)
                .assignment(Assignment.toGroup(T0, "tier1"))
                .assignment(Assignment.of(T0.plusSeconds(60), "ana", "tier1"))
                .assignment(Assignment.of(T0.plusSeconds(120), "ben", "tier2"))
                .assignment(Assignment.of(T0.plusSeconds(180), "ana", "tier1"))
                .build();
        // WHEN / THEN groups: tier1, tier2, tier1 = 3 moves, 2 distinct; agents: ana, ben, ana = 3
        assertThat(GroupStations.defaults().over(List.of(t)).counts()).isEqualTo(Map.of(3, 1L));
        assertThat(GroupStations.of(StationDefinition.DEFAULT.withCounting(Counting.DISTINCT)).over(List.of(t))
                .counts()).isEqualTo(Map.of(2, 1L));
        assertThat(AssigneeStations.defaults().over(List.of(t)).counts()).isEqualTo(Map.of(3, 1L));
    }
}
