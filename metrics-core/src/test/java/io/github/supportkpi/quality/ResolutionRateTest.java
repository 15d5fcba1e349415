package io.github.supportkpi.quality;

import io.github.supportkpi.metric.Ratio;
import java.util.List;
import org.junit.jupiter.api.Test;

import static io.github.supportkpi.testing.TicketRateFixtures.tickets;
import static org.assertj.core.api.Assertions.assertThat;

class ResolutionRateTest {
    @Test
    void should_count_resolved_over_all_tickets() {
        // GIVEN [002], [003] "resolved / total"
        // WHEN
        Ratio r = ResolutionRate.defaults().over(tickets());
        // THEN A-D resolved now; E, reopened, is open
        assertThat(r).isEqualTo(Ratio.of(4, 5));
        assertThat(r.percent()).hasValue(80.0);
    }

    @Test
    void should_have_its_id_and_formula() {
        assertThat(ResolutionRate.defaults().id()).isEqualTo("resolution.rate");
        assertThat(ResolutionRate.defaults().definedBy()).isEqualTo(ResolutionRate.FORMULA);
    }

    @Test
    void should_be_undefined_with_no_tickets() {
        // GIVEN / WHEN
        Ratio r = ResolutionRate.defaults().over(List.of());
        // THEN
        assertThat(r).isEqualTo(Ratio.EMPTY);
        assertThat(r.percent()).isEmpty();
    }
}
