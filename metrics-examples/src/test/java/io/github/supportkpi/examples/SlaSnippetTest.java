package io.github.supportkpi.examples;

import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.Priority;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Count;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.sla.SlaStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlaSnippetTest {

    @Test
    void should_compute_what_the_readme_says() {
        // GIVEN an urgent ticket answered in 30 min and resolved in 3 h (both met, 24x7),
        // and an urgent ticket created Monday 09:00 UTC, unanswered and unresolved at Tuesday 12:00
        Instant monday = Instant.parse("2024-03-04T09:00:00Z");
        Ticket met = Ticket.builder("U-1", monday).priority(Priority.URGENT)
                .interaction(Interaction.agentReply(monday.plus(Duration.ofMinutes(30)), "ana"))
                .resolved(monday.plus(Duration.ofHours(3))).build();
        Ticket late = Ticket.builder("U-2", monday).priority(Priority.URGENT).build();
        // WHEN
        SlaSnippet.Result r = SlaSnippet.run(List.of(met, late), met);
        // THEN one first response met, one breached (overdue counts as breached); the late one is past its SLA
        assertThat(r.firstResponse()).isEqualTo(Ratio.of(1, 2));
        assertThat(r.breaches()).isEqualTo(1);
        assertThat(r.outcome().status()).isEqualTo(SlaStatus.ACHIEVED);
        assertThat(r.pastSla()).isEqualTo(Count.of(1));
        assertThat(r.table()).contains("URGENT").contains("first_response");
    }
}
