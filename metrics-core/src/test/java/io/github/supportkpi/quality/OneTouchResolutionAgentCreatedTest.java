package io.github.supportkpi.quality;

import io.github.supportkpi.domain.AgentCreated;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.Origin;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

class OneTouchResolutionAgentCreatedTest {
    private static final Instant T0 = Instant.parse("2024-03-04T09:00:00Z");
    private static final OneTouchResolution COUNT =
            OneTouchResolution.of(OneTouchDefinition.DEFAULT.withAgentCreated(AgentCreated.COUNT_OPENING_COMMENT));

    /** An outbound ticket: the agent writes at t0, the customer at 1 h, the agent at 3 h; solved at 4 h. */
    private static Ticket.Builder answeredOnce(String id) {
        return Ticket.builder(id, T0)
                .interaction(Interaction.agentReply(T0, "ana"))
                .interaction(Interaction.customerMessage(T0.plusSeconds(3600)))
                .interaction(Interaction.agentReply(T0.plusSeconds(3 * 3600), "ana"))
                .resolved(T0.plusSeconds(4 * 3600));
    }

    /** A proactive ticket the agent opened with a public message and solved at once. */
    private static Ticket.Builder openedAndSolved(String id) {
        return Ticket.builder(id, T0).interaction(Interaction.agentReply(T0, "ana")).resolved(T0);
    }

    @Test
    void should_not_count_the_opening_comment_of_an_agent_created_ticket_as_a_touch() {
        // GIVEN the outbound ticket answered once after the customer wrote, and a proactive one solved at once
        List<Ticket> ts = List.of(answeredOnce("A").origin(Origin.AGENT).build(),
                openedAndSolved("B").origin(Origin.AGENT).build());
        // WHEN
        Ratio byDefault = OneTouchResolution.defaults().over(ts);
        Ratio counted = COUNT.over(ts);
        // THEN by default A has one touch (the reply at 3 h) and B none: 1 of 2 = 50 %
        assertThat(byDefault).isEqualTo(Ratio.of(1, 2));
        // counting the opening comment, A has two agent replies (not one-touch) and B one: 1 of 2, B not A
        assertThat(counted).isEqualTo(Ratio.of(1, 2));
        assertThat(OneTouchResolution.defaults().over(List.of(ts.get(1)))).isEqualTo(Ratio.of(0, 1));
        assertThat(COUNT.over(List.of(ts.get(1)))).isEqualTo(Ratio.of(1, 1));
    }

    @Test
    void should_count_tickets_without_a_recorded_origin_as_before() {
        // GIVEN the same two tickets with no origin recorded
        List<Ticket> ts = List.of(answeredOnce("A").build(), openedAndSolved("B").build());
        // WHEN / THEN both rules count B (one agent reply) and not A (two): 1 of 2
        assertThat(OneTouchResolution.defaults().over(ts)).isEqualTo(Ratio.of(1, 2));
        assertThat(OneTouchResolution.defaults().over(List.of(ts.get(1)))).isEqualTo(Ratio.of(1, 1));
        assertThat(COUNT.over(ts)).isEqualTo(Ratio.of(1, 2));
    }

    @Test
    void should_refuse_to_exclude_agent_created_tickets_naming_the_knob() {
        assertThatThrownBy(() -> OneTouchDefinition.DEFAULT.withAgentCreated(AgentCreated.EXCLUDE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("agentCreated must not be EXCLUDE for one-touch resolution")
                .hasMessageEndingWith(": EXCLUDE");
        assertThatThrownBy(() -> new OneTouchDefinition(null))
                .isInstanceOf(NullPointerException.class).hasMessage("agentCreated");
        assertThat(COUNT.definition()).isNotEqualTo(OneTouchResolution.defaults().definition());
    }

    /** The tickets with their origin removed. */
    private static List<Ticket> withoutOrigin(List<Ticket> ts) {
        List<Ticket> out = new ArrayList<>();
        for (Ticket t : ts) {
            out.add(new Ticket(t.id(), t.customerId(), t.channel(), t.priority(), t.category(), t.product(),
                    t.team(), t.assignee(), t.status(), t.created(), t.firstResponse(), t.resolved(), t.closed(),
                    t.reopenCount(), t.escalated(), t.transferred(), t.resolutionCode(), t.attributes(),
                    t.interactions(), t.statusHistory()));
        }
        return out;
    }

    @Test
    void either_rule_counts_tickets_not_created_by_an_agent_as_before() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.ticketsWithOrigins()).checkAssert(ts -> {
            List<Ticket> others = ts.stream().filter(t -> t.origin().orElse(null) != Origin.AGENT).toList();
            Ratio before = COUNT.over(withoutOrigin(others));
            assertThat(OneTouchResolution.defaults().over(others)).isEqualTo(before);
            assertThat(COUNT.over(others)).isEqualTo(before);
            // and without origins the default is the old count over every ticket
            assertThat(OneTouchResolution.defaults().over(withoutOrigin(ts))).isEqualTo(COUNT.over(withoutOrigin(ts)));
        });
    }

    @Test
    void either_rule_is_a_share_of_every_ticket_that_splits_merges_and_segments_by_origin() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.ticketsWithOrigins(),
                integers().between(0, Sources.MAX_SIZE)).checkAssert((ts, at) -> {
            int cut = Math.min(at, ts.size());
            for (OneTouchResolution m : List.of(OneTouchResolution.defaults(), COUNT)) {
                Ratio whole = m.over(ts);
                assertThat(whole.denominator()).isEqualTo(ts.size());
                assertThat(m.over(ts.subList(0, cut)).plus(m.over(ts.subList(cut, ts.size())))).isEqualTo(whole);
                assertThat(m.by(TicketDimensions.ORIGIN).over(ts).total()).isEqualTo(whole);
            }
        });
    }
}
