package io.github.supportkpi.examples;

import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.MetricSet;
import io.github.supportkpi.metric.Segmented;
import io.github.supportkpi.metric.Tallies;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.quality.FirstContactResolution;
import io.github.supportkpi.speed.FirstResponseTime;
import java.time.Instant;
import java.util.List;

/** The README's quickstart, kept compiling and tested. */
public final class Quickstart {
    private Quickstart() {}

    /**
     * Runs the quickstart.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        System.out.println(run());
    }

    static String run() {
        // --- README quickstart begins
        Instant t0 = Instant.parse("2026-03-02T09:00:00Z");
        List<Ticket> tickets = List.of(
                Ticket.builder("T-1", t0).channel(Channel.EMAIL)
                        .interaction(Interaction.agentReply(t0.plusSeconds(10), "ana"))
                        .resolved(t0.plusSeconds(600)).build(),
                Ticket.builder("T-2", t0).channel(Channel.CHAT)
                        .interaction(Interaction.agentReply(t0.plusSeconds(38), "ben"))
                        .build());

        FirstResponseTime frt = FirstResponseTime.defaults();            // human replies, calendar time
        FirstContactResolution fcr = FirstContactResolution.defaults();  // resolved, <= 1 reply, no reopen...
        MetricSet<Ticket> kpis = MetricSet.of(frt, fcr);                  // both in one pass

        Segmented<Channel, Tallies<Ticket>> byChannel = kpis.by(TicketDimensions.CHANNEL).over(tickets);
        Tallies<Ticket> all = byChannel.total();                          // = merge of the segments
        String report = "FRT mean " + all.get(frt).mean().orElseThrow()  // PT24S
                + ", FCR " + all.get(fcr)                                 // 1/2 (50.00%)
                + ", chat FCR " + byChannel.get(Channel.CHAT).get(fcr);   // 0/1 (0.00%)
        // --- README quickstart ends
        return report;
    }
}
