package io.github.supportkpi.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supportkpi.definition.ReopenRateDefinition;
import io.github.supportkpi.definition.TicketDenominator;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.Status;
import io.github.supportkpi.domain.Ticket;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReopenRateTest {
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

    private static final ReopenRate OVER_ALL =
            ReopenRate.of(ReopenRateDefinition.DEFAULT.withDenominator(TicketDenominator.ALL));

    @Test
    void should_count_reopened_over_tickets_ever_resolved_by_default() {
        // GIVEN [001] "reopened / resolved": B and E reopened (B twice, counted once)
        // WHEN
        Ratio r = ReopenRate.defaults().over(tickets());
        // THEN E, open again, was resolved before its reopen, so it is in the denominator: 2 of 5
        assertThat(r).isEqualTo(Ratio.of(2, 5));
        assertThat(ReopenRate.defaults().over(tickets().subList(0, 4))).isEqualTo(Ratio.of(1, 4));
    }

    @Test
    void should_count_reopened_over_all_tickets_when_asked() {
        // GIVEN [000] "reopened / all tickets", one more ticket never resolved
        List<Ticket> ts = new java.util.ArrayList<>(tickets());
        ts.add(ticket("F", 0).build());
        // WHEN / THEN
        assertThat(OVER_ALL.over(ts)).isEqualTo(Ratio.of(2, 6));
        assertThat(ReopenRate.defaults().over(ts)).isEqualTo(Ratio.of(2, 5));
    }

    @Test
    void should_be_undefined_with_no_resolved_ticket_by_default_but_zero_over_all() {
        // GIVEN an open ticket never resolved
        List<Ticket> ts = List.of(ticket("X", 0).build());
        // WHEN / THEN
        assertThat(ReopenRate.defaults().over(ts).percent()).isEmpty();
        assertThat(OVER_ALL.over(ts).percent()).hasValue(0.0);
    }

    @Test
    void should_have_its_id_and_validate_its_definition() {
        assertThat(ReopenRate.defaults().id()).isEqualTo("reopen.rate");
        assertThat(ReopenRate.defaults().definition().denominator()).isEqualTo(TicketDenominator.RESOLVED);
        assertThatThrownBy(() -> ReopenRateDefinition.DEFAULT.withDenominator(null))
                .isInstanceOf(NullPointerException.class).hasMessage("denominator");
        assertThatThrownBy(() -> ReopenRate.of(null))
                .isInstanceOf(NullPointerException.class).hasMessage("definition");
    }

    @Test
    void should_be_undefined_with_no_tickets() {
        // GIVEN / WHEN
        Ratio r = ReopenRate.defaults().over(List.of());
        // THEN
        assertThat(r).isEqualTo(Ratio.EMPTY);
        assertThat(r.percent()).isEmpty();
    }
}
