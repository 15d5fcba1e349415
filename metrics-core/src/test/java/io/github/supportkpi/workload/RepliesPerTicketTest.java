package io.github.supportkpi.workload;

import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Mean;
import java.util.List;
import org.junit.jupiter.api.Test;

import static io.github.supportkpi.testing.WorkloadFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RepliesPerTicketTest {
    private static final List<Ticket> TICKETS = List.of(
            Ticket.builder("T-1", T0).interaction(Interaction.botReply(T0))
                    .interaction(Interaction.agentReply(T0.plusSeconds(60), "ana"))
                    .interaction(Interaction.internalNote(T0.plusSeconds(70), "ana"))
                    .interaction(Interaction.agentReply(T0.plusSeconds(90), "ana")).build(),
            Ticket.builder("T-2", T0).interaction(Interaction.agentReply(T0.plusSeconds(60), "ben")).build(),
            Ticket.builder("T-3", T0).interaction(Interaction.customerMessage(T0)).build());

    @Test
    void should_average_human_agent_replies_over_all_tickets() {
        // [001], [002] formula agent replies / tickets (no worked numbers in the articles; ours): 3 replies, 3 tickets -> 1.0
        // WHEN
        Mean replies = RepliesPerTicket.defaults().over(TICKETS);
        // THEN notes and the bot reply are not counted; the unanswered ticket counts as 0
        assertThat(replies).isEqualTo(Mean.of(3, 3, 4 + 1));
        assertThat(replies.value()).hasValueCloseTo(1.0, within(1e-12));
    }

    @Test
    void should_count_bot_replies_when_asked() {
        Mean replies = RepliesPerTicket.of(ReplyDefinition.DEFAULT.withIncludeBots(true)).over(TICKETS);
        assertThat(replies).isEqualTo(Mean.of(4, 3, 9 + 1));
    }

    @Test
    void should_be_undefined_with_no_tickets() {
        assertThat(RepliesPerTicket.defaults().over(List.of()).value()).isEmpty();
    }

    @Test
    void should_have_its_id_and_default() {
        assertThat(RepliesPerTicket.defaults().id()).isEqualTo("ticket.replies");
        assertThat(ReplyDefinition.DEFAULT.includeBots()).isFalse();
        assertThat(RepliesPerTicket.of(ReplyDefinition.DEFAULT)).isEqualTo(RepliesPerTicket.defaults());
    }
}
