package io.github.supportkpi.speed;

import io.github.supportkpi.domain.AgentCreated;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.Origin;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.TicketInstant;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.Segmented;
import io.github.supportkpi.metric.TicketDimensions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FirstResponseTimeAgentCreatedTest {
    private static final Instant T0 = Instant.parse("2024-03-04T09:00:00Z");
    private static final FirstResponseTime COUNT =
            FirstResponseTime.of(ResponseDefinition.DEFAULT.withAgentCreated(AgentCreated.COUNT_OPENING_COMMENT));
    private static final FirstResponseTime EXCLUDE =
            FirstResponseTime.of(ResponseDefinition.DEFAULT.withAgentCreated(AgentCreated.EXCLUDE));

    /**
     * An outbound ticket: an agent creates it at t0 with a public message at t0, the customer replies at
     * t0 + 1 h, the agent replies at t0 + 3 h.
     */
    private static Ticket.Builder outbound(String id) {
        return Ticket.builder(id, T0)
                .interaction(Interaction.agentReply(T0, "ana"))
                .interaction(Interaction.customerMessage(T0.plusSeconds(3600)))
                .interaction(Interaction.agentReply(T0.plusSeconds(3 * 3600), "ana"));
    }

    @Test
    void should_measure_an_outbound_ticket_to_the_second_public_agent_comment() {
        // GIVEN the outbound ticket, its origin recorded
        Ticket t = outbound("OUT-1").origin(Origin.AGENT).build();
        // WHEN
        DurationStats frt = FirstResponseTime.defaults().over(List.of(t));
        // THEN Zendesk's rule: from creation (t0) to the second public agent comment (t0 + 3 h) = 3 h, not 0 s
        assertThat(frt.mean()).contains(Duration.ofHours(3));
        assertThat(frt.count()).isEqualTo(1);
        assertThat(frt.unmeasured()).isZero();
        assertThat(ResponseDefinition.DEFAULT.agentCreated()).isEqualTo(AgentCreated.SKIP_OPENING_COMMENT);
        // and its trend bucket is that response
        assertThat(FirstResponseTime.defaults().bucketInstant().orElseThrow().apply(t))
                .isEqualTo(T0.plusSeconds(3 * 3600));
    }

    @Test
    void should_measure_the_outbound_ticket_by_each_rule() {
        // GIVEN the outbound ticket
        Ticket t = outbound("OUT-1").origin(Origin.AGENT).build();
        // WHEN / THEN counting the opening comment: answered at creation, 0 s
        DurationStats counted = COUNT.over(List.of(t));
        assertThat(counted.mean()).contains(Duration.ZERO);
        assertThat(COUNT.bucketInstant()).contains(TicketInstant.FIRST_REPLY);
        assertThat(COUNT.bucketInstant().orElseThrow().apply(t)).isEqualTo(T0);
        // excluding agent-created tickets: nothing measured, the ticket counted as unmeasured
        DurationStats excluded = EXCLUDE.over(List.of(t));
        assertThat(excluded.count()).isZero();
        assertThat(excluded.mean()).isEmpty();
        assertThat(excluded.unmeasured()).isEqualTo(1);
    }

    @Test
    void should_measure_a_ticket_without_a_recorded_origin_as_before_under_every_rule() {
        // GIVEN the same conversation with no origin recorded, and with the customer's origin
        Ticket unknown = outbound("OUT-2").build();
        Ticket customer = outbound("OUT-3").origin(Origin.CUSTOMER).build();
        Ticket system = outbound("OUT-4").origin(Origin.SYSTEM).build();
        for (AgentCreated rule : AgentCreated.values()) {
            FirstResponseTime frt = FirstResponseTime.of(ResponseDefinition.DEFAULT.withAgentCreated(rule));
            // WHEN / THEN the first public agent comment answers it: 0 s, three tickets measured
            DurationStats s = frt.over(List.of(unknown, customer, system));
            assertThat(s.count()).as("%s", rule).isEqualTo(3);
            assertThat(s.max()).as("%s", rule).contains(Duration.ZERO);
        }
    }

    @Test
    void should_end_at_the_first_public_reply_when_the_agent_opened_with_a_note_or_the_customer_spoke_first() {
        // GIVEN an agent-created ticket opened by an internal note, answered publicly at 20 min
        Ticket note = Ticket.builder("N", T0).origin(Origin.AGENT)
                .interaction(Interaction.internalNote(T0, "ana"))
                .interaction(Interaction.agentReply(T0.plusSeconds(1200), "ana"))
                .interaction(Interaction.agentReply(T0.plusSeconds(7200), "ana"))
                .build();
        // and one an agent took down from a call: the customer's message first, the reply at 5 min
        Ticket onBehalf = Ticket.builder("B", T0).origin(Origin.AGENT)
                .interaction(Interaction.customerMessage(T0))
                .interaction(Interaction.agentReply(T0.plusSeconds(300), "ana"))
                .build();
        // WHEN
        DurationStats frt = FirstResponseTime.defaults().over(List.of(note, onBehalf));
        // THEN neither has an opening comment to skip: 20 min and 5 min, mean 12.5 min
        assertThat(frt.min()).contains(Duration.ofMinutes(5));
        assertThat(frt.max()).contains(Duration.ofMinutes(20));
        assertThat(frt.mean()).contains(Duration.ofSeconds(750));
    }

    @Test
    void should_count_an_outbound_ticket_with_no_reply_yet_as_unmeasured() {
        // GIVEN an agent's outbound message the customer has not answered
        Ticket t = Ticket.builder("OUT-5", T0).origin(Origin.AGENT)
                .interaction(Interaction.agentReply(T0, "ana")).build();
        // WHEN
        DurationStats frt = FirstResponseTime.defaults().over(List.of(t));
        // THEN it has no first response yet: unmeasured, not 0 s
        assertThat(frt.count()).isZero();
        assertThat(frt.unmeasured()).isEqualTo(1);
        assertThat(TicketInstant.FIRST_RESPONSE.instantOf(t)).isNull();
        assertThat(TicketInstant.FIRST_REPLY.instantOf(t)).isEqualTo(T0);
    }

    @Test
    void should_skip_an_opening_comment_before_a_bot_reply_when_bots_count() {
        // GIVEN an outbound ticket: the agent at t0, a bot at 10 min, the agent again at 1 h
        Ticket t = Ticket.builder("OUT-6", T0).origin(Origin.AGENT)
                .interaction(Interaction.agentReply(T0, "ana"))
                .interaction(Interaction.botReply(T0.plusSeconds(600)))
                .interaction(Interaction.agentReply(T0.plusSeconds(3600), "ana"))
                .build();
        // WHEN
        FirstResponseTime withBots = FirstResponseTime.of(ResponseDefinition.DEFAULT.withIncludeBots(true));
        // THEN with bots the bot's reply is the next reply: 10 min; without bots, 1 h
        assertThat(withBots.over(List.of(t)).mean()).contains(Duration.ofMinutes(10));
        assertThat(FirstResponseTime.defaults().over(List.of(t)).mean()).contains(Duration.ofHours(1));
    }

    @Test
    void should_segment_by_origin() {
        // GIVEN the outbound ticket, a customer's ticket answered at 10 min and a ticket of no recorded origin
        Ticket out = outbound("OUT-1").origin(Origin.AGENT).build();
        Ticket in = Ticket.builder("IN-1", T0).origin(Origin.CUSTOMER)
                .interaction(Interaction.customerMessage(T0))
                .interaction(Interaction.agentReply(T0.plusSeconds(600), "ben")).build();
        Ticket unknown = outbound("OUT-2").build();
        // WHEN
        Segmented<Origin, DurationStats> s =
                FirstResponseTime.defaults().by(TicketDimensions.ORIGIN).over(List.of(out, in, unknown));
        // THEN 3 h for the agent's, 10 min for the customer's, 0 s for the one of no origin (absent)
        assertThat(s.get(Origin.AGENT).mean()).contains(Duration.ofHours(3));
        assertThat(s.get(Origin.CUSTOMER).mean()).contains(Duration.ofMinutes(10));
        assertThat(s.absent().mean()).contains(Duration.ZERO);
        assertThat(s.total().count()).isEqualTo(3);
    }

    @Test
    void should_leave_average_reply_time_alone_unless_excluding() {
        // GIVEN the outbound ticket: one pair, the customer's message at 1 h answered at 3 h
        Ticket t = outbound("OUT-1").origin(Origin.AGENT).build();
        // WHEN / THEN 2 h under both the default and counting the opening comment
        assertThat(AverageReplyTime.defaults().over(List.of(t)).mean()).contains(Duration.ofHours(2));
        assertThat(AverageReplyTime.of(ResponseDefinition.DEFAULT.withAgentCreated(AgentCreated.COUNT_OPENING_COMMENT))
                .over(List.of(t)).mean()).contains(Duration.ofHours(2));
        // and excluded: no pair, the ticket counted once as unmeasured
        DurationStats excluded = AverageReplyTime.of(ResponseDefinition.DEFAULT.withAgentCreated(AgentCreated.EXCLUDE))
                .over(List.of(t));
        assertThat(excluded.count()).isZero();
        assertThat(excluded.unmeasured()).isEqualTo(1);
    }

    @Test
    void should_refuse_a_null_rule_and_name_it_in_the_definition() {
        assertThatThrownBy(() -> ResponseDefinition.DEFAULT.withAgentCreated(null))
                .isInstanceOf(NullPointerException.class).hasMessage("agentCreated");
        assertThat(FirstResponseTime.defaults().definition())
                .contains("agentCreated=AgentCreated.SKIP_OPENING_COMMENT");
        assertThat(EXCLUDE.definition()).isNotEqualTo(FirstResponseTime.defaults().definition());
    }

    @Test
    void should_keep_the_origin_through_the_builder_and_refuse_a_second_one() {
        Ticket t = outbound("OUT-1").origin(Origin.AGENT).build();
        assertThat(t.origin()).contains(Origin.AGENT);
        assertThat(outbound("OUT-2").build().origin()).isEmpty();
        assertThat(t.toBuilder().build()).isEqualTo(t);
        assertThat(t.toBuilder().origin(Origin.SYSTEM).build().origin()).contains(Origin.SYSTEM);
        assertThat(outbound("OUT-1").origin(Origin.SYSTEM).build()).isNotEqualTo(t);
        assertThatThrownBy(() -> outbound("OUT-3").origin(Origin.AGENT).origin(Origin.CUSTOMER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("origin must not be set twice to different values: ticket OUT-3, origin AGENT,"
                        + " then CUSTOMER");
    }
}
