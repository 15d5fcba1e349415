package io.github.supportkpi.spark.example;

import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.InteractionKind;
import io.github.supportkpi.domain.Priority;
import io.github.supportkpi.domain.Status;
import io.github.supportkpi.domain.Ticket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Tickets of a help-desk vendor's tenants, each computed from a seed and its number alone, so that Spark's
 * tasks generate any range of them independently: a quarter of tickets from 2024-01-01 over eight tenants of
 * different sizes and five channels, with customer messages, bot and agent replies, reopens and escalations.
 */
final class GeneratedTickets {
    static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    static final List<String> TENANTS = List.of("acme", "globex", "initech", "umbrella", "hooli", "stark", "wayne",
            "wonka");
    private static final List<Channel> CHANNELS = List.of(Channel.EMAIL, Channel.CHAT, Channel.PHONE, Channel.WEB,
            Channel.SOCIAL);
    private static final List<String> CATEGORIES = List.of("billing", "login", "bug", "how-to", "refund", "shipping");
    private static final List<String> AGENTS = List.of("ana", "ben", "chen", "dara", "eli", "fay", "gus", "hana",
            "ines", "jon", "kai", "lea");

    private GeneratedTickets() {
    }

    /** The tenant of ticket {@code n}: the first tenants are the largest. */
    static String tenant(long seed, long n) {
        SplittableRandom r = random(seed, n);
        double u = r.nextDouble();
        return TENANTS.get((int) Math.min(TENANTS.size() - 1, Math.floor(-Math.log1p(-u) * 2.5)));
    }

    private static SplittableRandom random(long seed, long n) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + n);
    }

    /** Ticket {@code n} of the seed. */
    static Ticket ticket(long seed, long n) {
        SplittableRandom r = random(seed, n).split();
        String id = "T-" + n;
        Instant created = START.plusSeconds(r.nextLong(91L * 24 * 3600));
        String agent = AGENTS.get(r.nextInt(AGENTS.size()));
        Channel channel = CHANNELS.get(Math.min(CHANNELS.size() - 1, (int) Math.floor(-Math.log1p(-r.nextDouble()) * 1.6)));
        Ticket.Builder b = Ticket.builder(id, created)
                .customerId("C-" + r.nextInt(50_000))
                .channel(channel)
                .priority(Priority.values()[r.nextInt(Priority.values().length)])
                .category(CATEGORIES.get(r.nextInt(CATEGORIES.size())))
                .assignee(agent)
                .escalated(r.nextDouble() < 0.08);
        b.interaction(Interaction.customerMessage(created));
        Instant t = created;
        if (r.nextDouble() < 0.3) {
            t = t.plusSeconds(1 + r.nextInt(60));
            b.interaction(Interaction.botReply(t));
        }
        double speed = channel.equals(Channel.CHAT) || channel.equals(Channel.PHONE) ? 0.05 : 1.0;
        int replies = r.nextInt(4);
        for (int i = 0; i < replies; i++) {
            if (i > 0) {
                t = t.plusSeconds(600 + r.nextLong(12 * 3600));
                b.interaction(Interaction.customerMessage(t));
            }
            t = t.plusSeconds(1 + (long) (r.nextLong(8 * 3600) * speed));
            b.interaction(Interaction.builder(InteractionKind.AGENT_REPLY, t).agentId(agent).build());
        }
        if (replies > 0 && r.nextDouble() < 0.85) {
            Instant resolved = t.plus(Duration.ofSeconds(60 + r.nextLong(36 * 3600)));
            return b.reopenCount(r.nextDouble() < 0.07 ? 1 : 0).resolved(resolved).build();
        }
        return b.status(r.nextBoolean() ? Status.OPEN : Status.PENDING).build();
    }
}
