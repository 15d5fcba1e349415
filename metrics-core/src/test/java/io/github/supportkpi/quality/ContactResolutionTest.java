package io.github.supportkpi.quality;

import io.github.supportkpi.domain.Actor;
import io.github.supportkpi.domain.ContactOutcome;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.InteractionKind;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.InteractionDimensions;
import io.github.supportkpi.metric.Ratio;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A call log that records "Resolved: Y/N" per call and the agent each call was routed to:
 *
 * <pre>
 *   C1-C5   answered by ana, resolved
 *   C6, C7  answered by ben, not resolved
 *   C8      abandoned, routed to ben, not resolved
 *   C9      abandoned, routed to ana, no outcome recorded
 *   C10     answered by ben, resolved
 *   H1      a chat answered by ana, resolved
 * </pre>
 */
class ContactResolutionTest {
    private static final Instant T0 = Instant.parse("2024-03-04T09:00:00Z");

    private static Interaction answered(String id, String agent, ContactOutcome outcome) {
        return answered(InteractionKind.CALL, id, agent, outcome);
    }

    private static Interaction answered(InteractionKind kind, String id, String agent, ContactOutcome outcome) {
        return Interaction.builder(kind, T0).id(id).queueWait(Duration.ofSeconds(10)).agentId(agent)
                .routedToAgentId(agent).talk(Duration.ofMinutes(4)).outcome(outcome).build();
    }

    private static Interaction abandoned(String id, String routedTo) {
        return Interaction.builder(InteractionKind.CALL, T0).id(id).queueWait(Duration.ofSeconds(50))
                .abandoned(true).actor(Actor.CUSTOMER).routedToAgentId(routedTo).build();
    }

    private static final List<Interaction> LOG = List.of(
            answered("C1", "ana", ContactOutcome.RESOLVED), answered("C2", "ana", ContactOutcome.RESOLVED),
            answered("C3", "ana", ContactOutcome.RESOLVED), answered("C4", "ana", ContactOutcome.RESOLVED),
            answered("C5", "ana", ContactOutcome.RESOLVED), answered("C6", "ben", ContactOutcome.NOT_RESOLVED),
            answered("C7", "ben", ContactOutcome.NOT_RESOLVED),
            Interaction.builder(InteractionKind.CALL, T0).id("C8").queueWait(Duration.ofSeconds(50))
                    .abandoned(true).actor(Actor.CUSTOMER).routedToAgentId("ben")
                    .outcome(ContactOutcome.NOT_RESOLVED).build(),
            abandoned("C9", "ana"), answered("C10", "ben", ContactOutcome.RESOLVED),
            answered(InteractionKind.CHAT, "H1", "ana", ContactOutcome.RESOLVED));

    @Test
    void should_give_the_share_of_contacts_resolved_on_the_contact_over_those_with_an_outcome() {
        // GIVEN 11 contacts, 10 with an outcome (C9 has none), 7 of them resolved (C1-C5, C10, H1)
        // THEN 7 / 10
        assertThat(ContactResolution.defaults().over(LOG)).isEqualTo(Ratio.of(7, 10));
        // AND calls alone: 6 of 9
        assertThat(ContactResolution.of(ContactResolutionDefinition.DEFAULT.withKinds(Set.of(InteractionKind.CALL)))
                .over(LOG)).isEqualTo(Ratio.of(6, 9));
    }

    @Test
    void should_segment_by_the_agent_a_call_was_routed_to_abandoned_or_not() {
        // ana: C1-C5, H1 resolved (C9 has no outcome); ben: C10 resolved, C6, C7, C8 not
        Map<String, Ratio> byRouted = ContactResolution.defaults().by(InteractionDimensions.ROUTED_AGENT).over(LOG)
                .segments();
        assertThat(byRouted).containsExactlyInAnyOrderEntriesOf(
                Map.of("ana", Ratio.of(6, 6), "ben", Ratio.of(1, 4)));
        // AND the agent who handled C8 is none: it was abandoned
        assertThat(LOG.get(7).agentId()).isEmpty();
        assertThat(LOG.get(7).routedToAgentId()).contains("ben");
    }

    @Test
    void should_be_undefined_with_no_recorded_outcome() {
        assertThat(ContactResolution.defaults().over(List.of(abandoned("C9", "ana"))).percent()).isEmpty();
    }

    @Test
    void should_refuse_a_resolved_abandon_and_a_routed_message_naming_the_interaction() {
        assertThatThrownBy(() -> Interaction.builder(InteractionKind.CALL, T0).id("C1").abandoned(true)
                .actor(Actor.CUSTOMER).outcome(ContactOutcome.RESOLVED).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("outcome must not be RESOLVED for an abandoned CALL (no one answered it):"
                        + " interaction C1 (CALL at 2024-03-04T09:00:00Z)");
        assertThatThrownBy(() -> Interaction.builder(InteractionKind.AGENT_REPLY, T0).id("R1").agentId("ana")
                .routedToAgentId("ana").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("routedToAgentId must be empty for AGENT_REPLY (only calls and chats are routed):"
                        + " interaction R1 (AGENT_REPLY at 2024-03-04T09:00:00Z), routedToAgentId ana");
        assertThatThrownBy(() -> new ContactResolutionDefinition(EnumSet.of(InteractionKind.INTERNAL_NOTE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("kinds must not hold INTERNAL_NOTE (a note is no contact): [INTERNAL_NOTE]");
    }

    @Test
    void should_keep_outcome_and_routed_agent_on_a_tickets_interactions() {
        // GIVEN a ticket whose interactions are otherwise plain, so its packed form would hold them
        Interaction call = Interaction.builder(InteractionKind.CALL, T0.plusSeconds(60)).abandoned(true)
                .actor(Actor.CUSTOMER).routedToAgentId("ben").outcome(ContactOutcome.NOT_RESOLVED).build();
        Interaction blank = Interaction.builder(InteractionKind.CALL, T0.plusSeconds(120)).abandoned(true)
                .actor(Actor.CUSTOMER).queueWaitUnknown().build();
        Ticket t = Ticket.builder("T-1", T0).interaction(Interaction.customerMessage(T0)).interaction(call)
                .interaction(blank).build();
        // THEN they read back equal
        assertThat(t.interactions()).containsExactly(Interaction.customerMessage(T0), call, blank);
        assertThat(t.interactions().get(2).queueWait()).isEmpty();
        assertThat(t.interactions().get(1).outcome()).contains(ContactOutcome.NOT_RESOLVED);
        assertThat(t.interactions().get(1).routedToAgentId()).contains("ben");
    }
}
