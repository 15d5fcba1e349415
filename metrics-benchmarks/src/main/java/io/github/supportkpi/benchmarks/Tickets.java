package io.github.supportkpi.benchmarks;

import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.Priority;
import io.github.supportkpi.domain.Ticket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded tickets for the benchmarks: a customer message, zero to three agent replies, most resolved. */
final class Tickets {
    private static final Instant EPOCH = Instant.parse("2026-01-05T00:00:00Z");
    private static final List<Channel> CHANNELS =
            List.of(Channel.EMAIL, Channel.CHAT, Channel.PHONE, Channel.WEB, Channel.SOCIAL);
    private static final Priority[] PRIORITIES = Priority.values();

    private Tickets() {}

    static List<Ticket> generate(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Ticket> tickets = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Instant created = EPOCH.plusSeconds(random.nextLong(365L * 24 * 3600));
            String agent = "agent-" + random.nextInt(200);
            Ticket.Builder b = Ticket.builder("T-" + i, created)
                    .customerId("C-" + random.nextInt(n / 4 + 1))
                    .channel(CHANNELS.get(random.nextInt(CHANNELS.size())))
                    .priority(PRIORITIES[random.nextInt(PRIORITIES.length)])
                    .category("cat-" + random.nextInt(12))
                    .assignee(agent)
                    .escalated(random.nextInt(100) < 8)
                    .transferred(random.nextInt(100) < 5)
                    .interaction(Interaction.customerMessage(created));
            Instant t = created;
            int replies = random.nextInt(4);
            for (int r = 0; r < replies; r++) {
                t = t.plusSeconds(60 + random.nextLong(8 * 3600));
                b.interaction(Interaction.agentReply(t, agent));
            }
            if (random.nextInt(100) < 85) {
                b.reopenCount(random.nextInt(100) < 7 ? 1 : 0).resolved(t.plusSeconds(random.nextLong(48 * 3600)));
            }
            tickets.add(b.build());
        }
        return tickets;
    }
}
