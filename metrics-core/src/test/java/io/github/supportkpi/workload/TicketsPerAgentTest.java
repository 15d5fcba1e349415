package io.github.supportkpi.workload;

import io.github.supportkpi.domain.Ticket;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static io.github.supportkpi.testing.WorkloadFixtures.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class TicketsPerAgentTest {
    @Test
    void should_divide_assigned_tickets_by_distinct_agents() {
        // [002] formula tickets / agents (numbers ours): 120 tickets over 4 agents -> 30
        // GIVEN 120 tickets spread over 4 agents, and 5 unassigned
        List<Ticket> tickets = new ArrayList<>();
        String[] agents = {"ana", "ben", "chen", "dara"};
        for (int i = 0; i < 120; i++) {
            tickets.add(ticket(agents[i % 4], 1, true));
        }
        for (int i = 0; i < 5; i++) {
            tickets.add(ticket(null, 0, false));
        }
        // WHEN
        AgentLoad load = TicketsPerAgent.defaults().over(tickets);
        // THEN
        assertThat(load.value()).hasValueCloseTo(30.0, within(1e-12));
        assertThat(load.agents()).containsExactly("ana", "ben", "chen", "dara");
        assertThat(load.unassigned()).isEqualTo(5);
        assertThat(load.sampleSize()).isEqualTo(120);
    }

    @Test
    void should_count_an_agent_once_when_merging_parts() {
        // GIVEN ana in both parts
        AgentLoad a = TicketsPerAgent.defaults().over(List.of(ticket("ana", 1, true), ticket("ben", 1, true)));
        AgentLoad b = TicketsPerAgent.defaults().over(List.of(ticket("ana", 1, true)));
        // WHEN
        AgentLoad merged = a.plus(b);
        // THEN 3 tickets / 2 agents
        assertThat(merged).isEqualTo(AgentLoad.of(3, 0, Set.of("ana", "ben")));
        assertThat(merged.value()).hasValueCloseTo(1.5, within(1e-12));
    }

    @Test
    void should_be_undefined_with_no_assigned_ticket() {
        AgentLoad load = TicketsPerAgent.defaults().over(List.of(ticket(null, 0, false)));
        assertThat(load.value()).isEmpty();
        assertThat(load.unassigned()).isEqualTo(1);
        assertThat(TicketsPerAgent.defaults().over(List.of())).isEqualTo(AgentLoad.EMPTY);
    }

    @Test
    void should_reject_invalid_tallies() {
        assertThatThrownBy(() -> AgentLoad.of(1, 0, Set.of("ana", "ben"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("assigned must be at least the number of agents (2): 1");
        assertThatThrownBy(() -> AgentLoad.of(0, -1, Set.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unassigned must not be negative: -1");
    }

    @Test
    void should_have_its_id() {
        assertThat(TicketsPerAgent.defaults().id()).isEqualTo("tickets.per.agent");
    }
}
