package io.github.supportkpi.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.Status;
import io.github.supportkpi.domain.Ticket;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EscalationRateTest {
    private static final Instant T0 = Instant.parse("2024-03-04T09:00:00Z");

    private static Ticket.Builder ticket(String id, int replies) {
        Ticket.Builder b = Ticket.builder(id, T0).interaction(Interaction.customerMessage(T0));
        b.interaction(Interaction.botReply(T0.plusSeconds(1)));
        for (int i = 1; i <= replies; i++) {
            b.interaction(Interaction.agentReply(T0.plusSeconds(60L * i), "ana"));
        }
        return b;
    }

    /** Five tickets: resolved with 1, 1 (escalated, reopened twice), 2 and 0 agent replies; one reopened, open now. */
    private static List<Ticket> tickets() {
        return List.of(
                ticket("A", 1).resolved(T0.plusSeconds(600)).build(),
                ticket("B", 1).escalated(true).reopenCount(2).resolved(T0.plusSeconds(600))
                        .closed(T0.plusSeconds(900)).build(),
                ticket("C", 2).resolved(T0.plusSeconds(600)).build(),
                ticket("D", 0).resolved(T0.plusSeconds(600)).build(),
                ticket("E", 1).reopenCount(1).status(Status.OPEN).build());
    }

    @Test
    void should_count_escalated_over_all_tickets() {
        // GIVEN [000] "escalated / total"
        // WHEN
        Ratio r = EscalationRate.defaults().over(tickets());
        // THEN B
        assertThat(r).isEqualTo(Ratio.of(1, 5));
        assertThat(r.percent()).hasValue(20.0);
    }

    @Test
    void should_have_its_id_and_formula() {
        assertThat(EscalationRate.defaults().id()).isEqualTo("escalation.rate");
        assertThat(EscalationRate.defaults().definition()).isEqualTo(EscalationRate.FORMULA);
        assertThat(EscalationRate.of(EscalationRate.FORMULA)).isSameAs(EscalationRate.defaults());
    }

    @Test
    void should_reject_another_formula() {
        assertThatThrownBy(() -> EscalationRate.of("x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("definition must be \"" + EscalationRate.FORMULA + "\": \"x\"");
    }

    @Test
    void should_be_undefined_with_no_tickets() {
        // GIVEN / WHEN
        Ratio r = EscalationRate.defaults().over(List.of());
        // THEN
        assertThat(r).isEqualTo(Ratio.EMPTY);
        assertThat(r.percent()).isEmpty();
    }
}
