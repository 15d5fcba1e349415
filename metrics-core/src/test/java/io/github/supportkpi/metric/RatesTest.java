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

/** Examples for the simple ticket rates: one-touch (M21), resolution (M22), reopen (M23), escalation (M24). */
class RatesTest {
    private static final Instant T0 = Instant.parse("2024-03-04T09:00:00Z");

    private static Ticket.Builder ticket(String id, int replies) {
        Ticket.Builder b = Ticket.builder(id, T0).interaction(Interaction.customerMessage(T0));
        for (int i = 1; i <= replies; i++) {
            b.interaction(Interaction.agentReply(T0.plusSeconds(60L * i), "ana"));
        }
        b.interaction(Interaction.botReply(T0.plusSeconds(1)));
        return b;
    }

    /** Five tickets: resolved with 1, 1 (escalated), 2 and 0 replies, and one open after a reopen. */
    private static List<Ticket> tickets() {
        return List.of(
                ticket("A", 1).resolved(T0.plusSeconds(600)).build(),
                ticket("B", 1).escalated(true).reopenCount(2).resolved(T0.plusSeconds(600)).closed(T0.plusSeconds(900))
                        .build(),
                ticket("C", 2).resolved(T0.plusSeconds(600)).build(),
                ticket("D", 0).resolved(T0.plusSeconds(600)).build(),
                ticket("E", 1).reopenCount(1).status(Status.OPEN).build());
    }

    @Test
    void should_count_one_touch_tickets_over_all_tickets() {
        // GIVEN [002] "first reply resolution", [001] "one-touch tickets": A and B of five
        // WHEN
        Ratio r = OneTouchResolution.defaults().over(tickets());
        // THEN the bot replies do not count; the open ticket E with one reply is not resolved
        assertThat(r).isEqualTo(Ratio.of(2, 5));
        assertThat(r.percent()).hasValue(40.0);
    }

    @Test
    void should_count_resolved_over_all_tickets() {
        // GIVEN [002], [003] "resolved / total": four of five
        // WHEN / THEN
        assertThat(ResolutionRate.defaults().over(tickets()).percent()).hasValue(80.0);
    }

    @Test
    void should_count_reopened_over_tickets_ever_resolved_by_default() {
        // GIVEN [001]: B and E reopened; A-D resolved now, E resolved before its reopen
        // WHEN
        Ratio resolved = ReopenRate.defaults().over(tickets());
        Ratio all = ReopenRate.of(ReopenRateDefinition.DEFAULT.withDenominator(TicketDenominator.ALL)).over(tickets());
        // THEN
        assertThat(resolved).isEqualTo(Ratio.of(2, 5));
        assertThat(ReopenRate.defaults().over(tickets().subList(0, 4))).isEqualTo(Ratio.of(1, 4));
        assertThat(all).isEqualTo(Ratio.of(2, 5));
        assertThat(ReopenRate.of(ReopenRateDefinition.DEFAULT.withDenominator(TicketDenominator.ALL))
                .over(List.of(ticket("X", 0).build()))).isEqualTo(Ratio.of(0, 1));
        assertThat(ReopenRate.defaults().over(List.of(ticket("X", 0).build()))).isEqualTo(Ratio.EMPTY);
    }

    @Test
    void should_count_escalated_over_all_tickets() {
        // GIVEN [000]: B of five
        // WHEN / THEN
        assertThat(EscalationRate.defaults().over(tickets())).isEqualTo(Ratio.of(1, 5));
    }

    @Test
    void should_be_undefined_with_no_tickets() {
        assertThat(OneTouchResolution.defaults().over(List.of()).percent()).isEmpty();
        assertThat(ResolutionRate.defaults().over(List.of()).percent()).isEmpty();
        assertThat(ReopenRate.defaults().over(List.of()).percent()).isEmpty();
        assertThat(EscalationRate.defaults().over(List.of()).percent()).isEmpty();
    }

    @Test
    void should_have_ids_and_definitions() {
        assertThat(OneTouchResolution.defaults().id()).isEqualTo("one_touch.rate");
        assertThat(ResolutionRate.defaults().id()).isEqualTo("resolution.rate");
        assertThat(ReopenRate.defaults().id()).isEqualTo("reopen.rate");
        assertThat(EscalationRate.defaults().id()).isEqualTo("escalation.rate");
        assertThat(ReopenRate.defaults().definition().denominator()).isEqualTo(TicketDenominator.RESOLVED);
        assertThat(ResolutionRate.of(ResolutionRate.FORMULA)).isSameAs(ResolutionRate.defaults());
        assertThat(EscalationRate.defaults().definition()).isEqualTo("escalated tickets / all tickets x 100");
    }

    @Test
    void should_reject_invalid_definitions() {
        assertThatThrownBy(() -> ResolutionRate.of("closed / total"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("definition must be \"resolved tickets / all tickets x 100\": \"closed / total\"");
        assertThatThrownBy(() -> ReopenRateDefinition.DEFAULT.withDenominator(null))
                .isInstanceOf(NullPointerException.class).hasMessage("denominator");
        assertThatThrownBy(() -> ReopenRate.of(null))
                .isInstanceOf(NullPointerException.class).hasMessage("definition");
    }
}
