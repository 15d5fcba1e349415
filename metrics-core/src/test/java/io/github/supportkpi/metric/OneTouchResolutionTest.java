package io.github.supportkpi.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.Status;
import io.github.supportkpi.domain.Ticket;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OneTouchResolutionTest {
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
    void should_count_resolved_tickets_with_exactly_one_agent_reply_over_all_tickets() {
        // GIVEN [002] "first reply resolution", [001] "one-touch tickets"
        // WHEN
        Ratio r = OneTouchResolution.defaults().over(tickets());
        // THEN A and B: bot replies do not count, D (no reply) and C (two) are not one-touch, E is open
        assertThat(r).isEqualTo(Ratio.of(2, 5));
        assertThat(r.percent()).hasValue(40.0);
    }

    @Test
    void should_have_its_id_and_formula() {
        assertThat(OneTouchResolution.defaults().id()).isEqualTo("one_touch.rate");
        assertThat(OneTouchResolution.defaults().definition()).isEqualTo(OneTouchResolution.FORMULA);
        assertThat(OneTouchResolution.of(OneTouchResolution.FORMULA)).isSameAs(OneTouchResolution.defaults());
    }

    @Test
    void should_reject_another_formula() {
        assertThatThrownBy(() -> OneTouchResolution.of("x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("definition must be \"" + OneTouchResolution.FORMULA + "\": \"x\"");
    }

    @Test
    void should_be_undefined_with_no_tickets() {
        // GIVEN / WHEN
        Ratio r = OneTouchResolution.defaults().over(List.of());
        // THEN
        assertThat(r).isEqualTo(Ratio.EMPTY);
        assertThat(r.percent()).isEmpty();
    }
}
