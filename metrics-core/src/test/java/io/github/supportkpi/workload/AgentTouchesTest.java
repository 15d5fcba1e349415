package io.github.supportkpi.workload;

import io.github.supportkpi.domain.Actor;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.InteractionKind;
import io.github.supportkpi.domain.Status;
import io.github.supportkpi.domain.StatusChange;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Mean;
import java.util.List;
import org.junit.jupiter.api.Test;

import static io.github.supportkpi.testing.WorkloadFixtures.T0;
import static io.github.supportkpi.testing.WorkloadFixtures.byAgent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class AgentTouchesTest {
    /** 2 agent replies, 1 agent note, 1 bot reply, 1 system note, 1 status change by an agent, 1 by automation. */
    private static Ticket busy() {
        return Ticket.builder("T-busy", T0)
                .interaction(Interaction.customerMessage(T0))
                .interaction(Interaction.botReply(T0.plusSeconds(5)))
                .interaction(Interaction.agentReply(T0.plusSeconds(60), "ana"))
                .interaction(Interaction.internalNote(T0.plusSeconds(70), "ana"))
                .interaction(Interaction.builder(InteractionKind.INTERNAL_NOTE, T0.plusSeconds(80)).actor(Actor.SYSTEM)
                        .build())
                .interaction(Interaction.agentReply(T0.plusSeconds(90), "ana"))
                .statusChange(byAgent(Status.OPEN, "ana"))
                .statusChange(StatusChange.of(T0.plusSeconds(100), Status.PENDING))
                .status(Status.PENDING)
                .build();
    }

    @Test
    void should_count_agent_replies_notes_and_status_changes_by_default() {
        // [000], [001] agent touches: actions on a ticket / tickets
        // GIVEN a ticket with 4 agent touches and an untouched one
        List<Ticket> tickets = List.of(busy(), Ticket.builder("T-quiet", T0).build());
        // WHEN
        Mean touches = AgentTouches.defaults().over(tickets);
        // THEN (2 + 1 + 1 + 0) / 2
        assertThat(touches).isEqualTo(Mean.of(4, 2, 16));
        assertThat(touches.value()).hasValueCloseTo(2.0, within(1e-12));
    }

    @Test
    void should_follow_the_knobs() {
        Ticket t = busy();
        assertThat(AgentTouches.touches(t, TouchDefinition.DEFAULT.withIncludeBots(true))).isEqualTo(6);
        assertThat(AgentTouches.touches(t, TouchDefinition.DEFAULT.withNotes(false))).isEqualTo(3);
        assertThat(AgentTouches.touches(t, TouchDefinition.DEFAULT.withStatusChanges(false))).isEqualTo(3);
        assertThat(AgentTouches.touches(t, new TouchDefinition(true, false, false, false))).isEqualTo(2);
        assertThat(AgentTouches.of(TouchDefinition.DEFAULT.withReplies(false)).over(List.of(t)))
                .isEqualTo(Mean.of(2, 1, 4));
    }

    @Test
    void should_be_undefined_with_no_tickets() {
        assertThat(AgentTouches.defaults().over(List.of()).value()).isEmpty();
    }

    @Test
    void should_reject_a_definition_counting_nothing() {
        assertThatThrownBy(() -> new TouchDefinition(false, false, false, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("touches must count at least one kind of action: replies=false, notes=false, statusChanges=false");
        assertThatThrownBy(() -> AgentTouches.of(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void should_have_its_id_and_defaults() {
        assertThat(AgentTouches.defaults().id()).isEqualTo("ticket.touches");
        assertThat(AgentTouches.defaults().definedBy()).isEqualTo(new TouchDefinition(true, true, true, false));
        assertThat(AgentTouches.of(TouchDefinition.DEFAULT)).isEqualTo(AgentTouches.defaults());
    }
}
