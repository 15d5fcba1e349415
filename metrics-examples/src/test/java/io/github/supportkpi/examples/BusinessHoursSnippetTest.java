package io.github.supportkpi.examples;

import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.Ticket;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BusinessHoursSnippetTest {

    @Test
    void should_compute_what_the_readme_says() {
        // GIVEN two tickets in week 9 of 2024 and none in week 10
        Instant friday = Instant.parse("2024-03-01T16:55:00Z");
        List<Ticket> tickets = List.of(
                Ticket.builder("T-1", friday).interaction(Interaction.agentReply(Instant.parse("2024-03-04T08:10:00Z"),
                        "ana")).build(),
                Ticket.builder("T-2", Instant.parse("2024-02-27T10:00:00Z")).build());
        // WHEN
        BusinessHoursSnippet.Result r = BusinessHoursSnippet.run(tickets, Instant.parse("2024-02-26T00:00:00Z"),
                Instant.parse("2024-03-11T00:00:00Z"));
        // THEN Friday 17:55 to Monday 09:10 in a 9-18 calendar is 15 business minutes
        assertThat(r.waited()).isEqualTo(Duration.ofMinutes(15));
        assertThat(r.due().atZone(ZoneId.of("Europe/Berlin")).toLocalDateTime())
                .hasToString("2024-03-04T10:55");
        assertThat(r.frt().over(tickets).mean()).contains(Duration.ofMinutes(15));
        assertThat(r.weeks()).containsExactly("2024-W09 2", "2024-W10 0");
    }
}
