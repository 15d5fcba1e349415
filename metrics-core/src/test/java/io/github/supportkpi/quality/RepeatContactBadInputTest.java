package io.github.supportkpi.quality;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Ratio;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Extreme knobs of repeat contact: a window of any length is a window, never an overflow. */
class RepeatContactBadInputTest {
    private static Ticket ticket(String id, Instant created) {
        return Ticket.builder(id, created).customerId("ann").category("billing").build();
    }

    @Test
    void should_take_the_longest_window_as_every_later_contact_instead_of_overflowing() {
        // GIVEN ann's contacts at the two ends of the supported range
        List<Ticket> tickets = List.of(ticket("1", Ticket.EARLIEST),
                ticket("2", Ticket.LATEST_EXCLUSIVE.minusNanos(1)));
        Duration longest = Duration.ofSeconds(Long.MAX_VALUE, 999_999_999);
        // WHEN / THEN the first is followed by the second within the window; the second by nothing
        assertThat(RepeatContactRate.within(longest).over(tickets).repeated()).isEqualTo(Ratio.of(1, 2));
        // AND a window one nanosecond shorter than the gap does not reach it
        Duration gap = Duration.between(Ticket.EARLIEST, Ticket.LATEST_EXCLUSIVE.minusNanos(1));
        assertThat(RepeatContactRate.within(gap.minusNanos(1)).over(tickets).repeated()).isEqualTo(Ratio.of(0, 2));
        assertThat(RepeatContactRate.within(gap).over(tickets).repeated()).isEqualTo(Ratio.of(1, 2));
    }
}
