package io.github.supportkpi.speed;

import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.DurationStats;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AverageReplyTimeTest {
    private static final Instant T0 = Instant.parse("2024-03-04T09:00:00Z");

    private static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    @Test
    void should_average_every_customer_message_to_the_next_reply() {
        // GIVEN [000] "average reply time": two exchanges, 60 s and 120 s
        Ticket t = Ticket.builder("A", T0)
                .interaction(Interaction.customerMessage(at(0)))
                .interaction(Interaction.agentReply(at(60), "ana"))
                .interaction(Interaction.customerMessage(at(1000)))
                .interaction(Interaction.agentReply(at(1120), "ana"))
                .build();
        // WHEN
        DurationStats s = AverageReplyTime.defaults().over(List.of(t));
        // THEN
        assertThat(s.count()).isEqualTo(2);
        assertThat(s.mean()).contains(Duration.ofSeconds(90));
        assertThat(s.unmeasured()).isZero();
    }

    @Test
    void should_measure_consecutive_customer_messages_from_the_first_unanswered_one() {
        // GIVEN three customer messages, then one reply
        Ticket t = Ticket.builder("A", T0)
                .interaction(Interaction.customerMessage(at(0)))
                .interaction(Interaction.customerMessage(at(30)))
                .interaction(Interaction.customerMessage(at(50)))
                .interaction(Interaction.agentReply(at(100), "ana"))
                .build();
        // WHEN
        DurationStats s = AverageReplyTime.defaults().over(List.of(t));
        // THEN one pair, from the first message
        assertThat(s.count()).isEqualTo(1);
        assertThat(s.mean()).contains(Duration.ofSeconds(100));
    }

    @Test
    void should_pair_only_the_first_reply_and_count_an_unanswered_run_once() {
        // GIVEN a reply, a follow-up reply, then two unanswered customer messages
        Ticket t = Ticket.builder("A", T0)
                .interaction(Interaction.customerMessage(at(0)))
                .interaction(Interaction.agentReply(at(10), "ana"))
                .interaction(Interaction.agentReply(at(20), "ana"))
                .interaction(Interaction.customerMessage(at(30)))
                .interaction(Interaction.customerMessage(at(40)))
                .build();
        // WHEN
        DurationStats s = AverageReplyTime.defaults().over(List.of(t));
        // THEN
        assertThat(s.count()).isEqualTo(1);
        assertThat(s.mean()).contains(Duration.ofSeconds(10));
        assertThat(s.unmeasured()).isEqualTo(1);
    }

    @Test
    void should_skip_bot_replies_and_notes_unless_bots_count() {
        // GIVEN a bot reply after 5 s and a note after 6 s, an agent reply after 50 s
        Ticket t = Ticket.builder("A", T0)
                .interaction(Interaction.customerMessage(at(0)))
                .interaction(Interaction.botReply(at(5)))
                .interaction(Interaction.internalNote(at(6), "ana"))
                .interaction(Interaction.agentReply(at(50), "ana"))
                .build();
        // WHEN
        DurationStats human = AverageReplyTime.defaults().over(List.of(t));
        DurationStats bots = AverageReplyTime.of(ResponseDefinition.DEFAULT.withIncludeBots(true)).over(List.of(t));
        // THEN
        assertThat(human.mean()).contains(Duration.ofSeconds(50));
        assertThat(bots.mean()).contains(Duration.ofSeconds(5));
        assertThat(bots.count()).isEqualTo(1);
    }

    @Test
    void should_be_undefined_with_no_pairs() {
        // GIVEN a ticket with no interactions
        Ticket t = Ticket.builder("A", T0).firstResponse(at(5)).build();
        // WHEN
        DurationStats s = AverageReplyTime.defaults().over(List.of(t));
        // THEN
        assertThat(s.mean()).isEmpty();
        assertThat(s.sampleSize()).isZero();
        assertThat(s.unmeasured()).isZero();
        assertThat(AverageReplyTime.defaults().over(List.of())).isEqualTo(DurationStats.EMPTY);
    }

    @Test
    void should_have_its_id_and_reject_a_null_definition() {
        assertThat(AverageReplyTime.defaults().id()).isEqualTo("reply.time");
        assertThat(AverageReplyTime.defaults().definedBy()).isEqualTo(ResponseDefinition.DEFAULT);
        assertThatThrownBy(() -> AverageReplyTime.of(null))
                .isInstanceOf(NullPointerException.class).hasMessage("definition");
    }
}
