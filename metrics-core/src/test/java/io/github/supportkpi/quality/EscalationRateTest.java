package io.github.supportkpi.quality;

import io.github.supportkpi.metric.Ratio;
import java.util.List;
import org.junit.jupiter.api.Test;

import static io.github.supportkpi.testing.TicketRateFixtures.tickets;
import static org.assertj.core.api.Assertions.assertThat;

class EscalationRateTest {
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
        assertThat(EscalationRate.defaults().definedBy()).isEqualTo(EscalationRate.FORMULA);
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
