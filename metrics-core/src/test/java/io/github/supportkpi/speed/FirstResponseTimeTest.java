package io.github.supportkpi.speed;

import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.time.ElapsedTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class FirstResponseTimeTest {
    private static final Instant T0 = Instant.parse("2024-03-04T09:00:00Z");

    private static Ticket answeredAfter(String id, long seconds) {
        return Ticket.builder(id, T0)
                .interaction(Interaction.customerMessage(T0))
                .interaction(Interaction.agentReply(T0.plusSeconds(seconds), "ana"))
                .build();
    }

    @Test
    void should_average_the_first_responses_of_the_worked_example() {
        // GIVEN [001] "10 s, 17 s, 38 s -> 21.67 s"
        List<Ticket> tickets = List.of(answeredAfter("A", 10), answeredAfter("B", 17), answeredAfter("C", 38));
        // WHEN
        DurationStats frt = FirstResponseTime.defaults().over(tickets);
        // THEN
        assertThat(frt.meanSeconds().getAsDouble()).isCloseTo(21.67, within(0.005));
        assertThat(frt.count()).isEqualTo(3);
        assertThat(frt.median()).contains(Duration.ofSeconds(17));
        assertThat(frt.unmeasured()).isZero();
    }

    @Test
    void should_divide_by_tickets_with_a_response_not_by_resolved_tickets() {
        // GIVEN [001]'s formula divides by resolved tickets; the catalogue divides by tickets answered
        Ticket resolvedUnanswered = Ticket.builder("D", T0).interaction(Interaction.customerMessage(T0))
                .resolved(T0.plusSeconds(100)).build();
        List<Ticket> tickets = List.of(answeredAfter("A", 10), answeredAfter("B", 17), answeredAfter("C", 38),
                resolvedUnanswered);
        // WHEN
        DurationStats frt = FirstResponseTime.defaults().over(tickets);
        // THEN the unanswered ticket is unmeasured, not a zero
        assertThat(frt.meanSeconds().getAsDouble()).isCloseTo(21.67, within(0.005));
        assertThat(frt.unmeasured()).isEqualTo(1);
    }

    @Test
    void should_ignore_bot_replies_by_default_and_count_them_when_asked() {
        // GIVEN a bot replies after 5 s, an agent after 60 s
        Ticket t = Ticket.builder("A", T0)
                .interaction(Interaction.customerMessage(T0))
                .interaction(Interaction.botReply(T0.plusSeconds(5)))
                .interaction(Interaction.agentReply(T0.plusSeconds(60), "ana"))
                .build();
        // WHEN
        DurationStats human = FirstResponseTime.defaults().over(List.of(t));
        DurationStats withBots =
                FirstResponseTime.of(ResponseDefinition.DEFAULT.withIncludeBots(true)).over(List.of(t));
        // THEN
        assertThat(human.mean()).contains(Duration.ofSeconds(60));
        assertThat(withBots.mean()).contains(Duration.ofSeconds(5));
    }

    @Test
    void should_count_a_ticket_answered_only_by_a_bot_as_unmeasured_by_default() {
        // GIVEN
        Ticket t = Ticket.builder("A", T0).interaction(Interaction.botReply(T0.plusSeconds(5))).build();
        // WHEN
        DurationStats frt = FirstResponseTime.defaults().over(List.of(t));
        // THEN
        assertThat(frt.count()).isZero();
        assertThat(frt.unmeasured()).isEqualTo(1);
        assertThat(frt.mean()).isEmpty();
    }

    @Test
    void should_fall_back_to_the_recorded_first_response_when_a_ticket_has_no_interactions() {
        // GIVEN
        Ticket recorded = Ticket.builder("A", T0).firstResponse(T0.plusSeconds(42)).build();
        Ticket nothing = Ticket.builder("B", T0).build();
        // WHEN
        DurationStats frt = FirstResponseTime.defaults().over(List.of(recorded, nothing));
        // THEN
        assertThat(frt.mean()).contains(Duration.ofSeconds(42));
        assertThat(frt.unmeasured()).isEqualTo(1);
    }

    @Test
    void should_not_use_the_recorded_field_when_interactions_are_present() {
        // GIVEN interactions without a reply, and a recorded first response
        Ticket t = Ticket.builder("A", T0).firstResponse(T0.plusSeconds(42))
                .interaction(Interaction.customerMessage(T0)).build();
        // WHEN
        DurationStats frt = FirstResponseTime.defaults().over(List.of(t));
        // THEN the interactions decide: no reply, unmeasured
        assertThat(frt.count()).isZero();
        assertThat(frt.unmeasured()).isEqualTo(1);
    }

    @Test
    void should_measure_zero_for_a_response_at_creation() {
        // GIVEN
        Ticket t = answeredAfter("A", 0);
        // WHEN
        DurationStats frt = FirstResponseTime.defaults().over(List.of(t));
        // THEN
        assertThat(frt.mean()).contains(Duration.ZERO);
        assertThat(frt.count()).isEqualTo(1);
    }

    @Test
    void should_be_undefined_with_no_tickets() {
        // GIVEN / WHEN
        DurationStats frt = FirstResponseTime.defaults().over(List.of());
        // THEN
        assertThat(frt.mean()).isEmpty();
        assertThat(frt.meanSeconds()).isEmpty();
        assertThat(frt.sampleSize()).isZero();
    }

    @Test
    void should_measure_with_the_given_elapsed_time() {
        // GIVEN an elapsed time that counts half of calendar time
        ElapsedTime half = (a, b) -> ElapsedTime.calendarNanos(a, b) / 2;
        // WHEN
        DurationStats frt = FirstResponseTime.of(ResponseDefinition.DEFAULT.withElapsedTime(half))
                .over(List.of(answeredAfter("A", 60)));
        // THEN
        assertThat(frt.mean()).contains(Duration.ofSeconds(30));
    }

    @Test
    void should_have_its_id_and_definition() {
        // GIVEN / WHEN
        FirstResponseTime m = FirstResponseTime.defaults();
        // THEN
        assertThat(m.id()).isEqualTo("frt");
        assertThat(m.definedBy()).isEqualTo(ResponseDefinition.DEFAULT);
        assertThat(m).isEqualTo(FirstResponseTime.of(ResponseDefinition.DEFAULT));
        assertThat(m).isNotEqualTo(FirstResponseTime.of(ResponseDefinition.DEFAULT.withIncludeBots(true)));
    }

    @Test
    void should_reject_a_null_definition_or_elapsed_time() {
        assertThatThrownBy(() -> FirstResponseTime.of(null))
                .isInstanceOf(NullPointerException.class).hasMessage("definition");
        assertThatThrownBy(() -> ResponseDefinition.DEFAULT.withElapsedTime(null))
                .isInstanceOf(NullPointerException.class).hasMessage("elapsedTime");
    }
}
