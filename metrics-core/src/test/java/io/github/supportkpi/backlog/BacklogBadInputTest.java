package io.github.supportkpi.backlog;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Count;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Extreme knobs of the backlog: a threshold of any length is a threshold, never an overflow. */
class BacklogBadInputTest {
    @Test
    void should_keep_no_ticket_older_than_the_longest_threshold_instead_of_overflowing() {
        // GIVEN an open ticket from the first supported instant, looked at from the last
        Ticket old = Ticket.builder("T-1", Ticket.EARLIEST).build();
        Instant last = Ticket.LATEST_EXCLUSIVE.minusNanos(1);
        Duration longest = Duration.ofSeconds(Long.MAX_VALUE, 999_999_999);
        // WHEN / THEN no ticket is that old
        assertThat(Backlog.at(last, BacklogDefinition.olderThan(longest)).over(List.of(old))).isEqualTo(Count.ZERO);
        // AND a threshold of exactly its age keeps it, a nanosecond more does not
        Duration age = Duration.between(Ticket.EARLIEST, last);
        assertThat(Backlog.at(last, BacklogDefinition.olderThan(age)).over(List.of(old)).value()).isEqualTo(1);
        assertThat(Backlog.at(last, BacklogDefinition.olderThan(age.plusNanos(1))).over(List.of(old)))
                .isEqualTo(Count.ZERO);
    }
}
