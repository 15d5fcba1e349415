package io.github.supportkpi.workload;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Frequencies;
import io.github.supportkpi.metric.Ratio;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Top topics (M47): tickets per category. */
class VolumeByCategoryTest {
    private static final List<Ticket> TICKETS = VolumeByChannelTest.TICKETS;

    @Test
    void should_rank_the_top_topics() {
        // [000], [001] top topics: count per category, top N
        // WHEN
        Frequencies<String> byCategory = VolumeByCategory.defaults().over(TICKETS);
        // THEN billing and login tie at 3, in key order; bug 1; one ticket has no category
        assertThat(byCategory.top(2)).containsExactly(Map.entry("billing", 3L), Map.entry("login", 3L));
        assertThat(byCategory.share("bug")).isEqualTo(Ratio.of(1, 8));
        assertThat(byCategory.absent()).isEqualTo(1);
    }

    @Test
    void should_be_zero_with_no_tickets() {
        Frequencies<String> none = VolumeByCategory.defaults().over(List.of());
        assertThat(none.total()).isZero();
        assertThat(none.share("billing").percent()).isEmpty();
    }

    @Test
    void should_have_its_id() {
        assertThat(VolumeByCategory.defaults().id()).isEqualTo("volume.by.category");
    }
}
