package io.github.supportkpi.quality;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Ratio;
import java.util.List;
import org.junit.jupiter.api.Test;

import static io.github.supportkpi.testing.TicketRateFixtures.ticket;
import static io.github.supportkpi.testing.TicketRateFixtures.tickets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReopenRateTest {
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
        assertThat(ReopenRate.defaults().definedBy().denominator()).isEqualTo(TicketDenominator.RESOLVED);
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
