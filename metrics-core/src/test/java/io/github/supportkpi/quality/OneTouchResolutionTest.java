package io.github.supportkpi.quality;

import io.github.supportkpi.metric.Ratio;
import java.util.List;
import org.junit.jupiter.api.Test;

import static io.github.supportkpi.testing.TicketRateFixtures.tickets;
import static org.assertj.core.api.Assertions.assertThat;

class OneTouchResolutionTest {
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
        assertThat(OneTouchResolution.defaults().id()).isEqualTo("one.touch.rate");
        assertThat(OneTouchResolution.defaults().definedBy()).isEqualTo(OneTouchDefinition.DEFAULT);
        assertThat(OneTouchResolution.of(OneTouchDefinition.DEFAULT)).isSameAs(OneTouchResolution.defaults());
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
