package io.github.supportkpi.testing;

import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.Status;
import io.github.supportkpi.domain.Ticket;
import java.time.Instant;
import java.util.List;

/** The five hand-worked tickets the per-ticket rate tests share. */
public final class TicketRateFixtures {
    private TicketRateFixtures() {}

    public static final Instant T0 = Instant.parse("2024-03-04T09:00:00Z");

    public static Ticket.Builder ticket(String id, int replies) {
        Ticket.Builder b = Ticket.builder(id, T0).interaction(Interaction.customerMessage(T0));
        b.interaction(Interaction.botReply(T0.plusSeconds(1)));
        for (int i = 1; i <= replies; i++) {
            b.interaction(Interaction.agentReply(T0.plusSeconds(60L * i), "ana"));
        }
        return b;
    }

    /** Five tickets: resolved with 1, 1 (escalated, reopened twice), 2 and 0 agent replies; one reopened, open now. */
    public static List<Ticket> tickets() {
        return List.of(
                ticket("A", 1).resolved(T0.plusSeconds(600)).build(),
                ticket("B", 1).escalated(true).reopenCount(2).resolved(T0.plusSeconds(600))
                        .closed(T0.plusSeconds(900)).build(),
                ticket("C", 2).resolved(T0.plusSeconds(600)).build(),
                ticket("D", 0).resolved(T0.plusSeconds(600)).build(),
                ticket("E", 1).reopenCount(1).status(Status.OPEN).build());
    }
}
