package io.github.supportkpi.benchmarks;

import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.Priority;
import io.github.supportkpi.domain.Status;
import io.github.supportkpi.domain.Ticket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded tickets for the benchmarks: the same seed gives the same tickets, on any machine.
 *
 * <ul>
 *   <li>Created at whole seconds over the year before {@link #NOW}, on one of the five {@link #CHANNELS}
 *       (email 35%, chat 25%, phone 15%, web 15%, social 10%), with a priority (low 30%, medium 40%,
 *       high 20%, urgent 10%), a category (12), an agent (200) and a customer.</li>
 *   <li>Two interactions per ticket <em>on average</em>: a customer message at the creation, then no agent
 *       reply (12%), one (76%) or two (12%). The first reply comes 1 minute to 2 days after the creation,
 *       the second 5 minutes to 1 day after the first (log-uniform, whole seconds).</li>
 *   <li>85% resolved, 10 minutes to 5 days (log-uniform) after the last interaction; 40% of those are
 *       closed 4 days later. 7% of resolved tickets were reopened once or twice before their final
 *       resolution; a fifth of the unresolved ones were reopened and are open again.</li>
 *   <li>8% escalated, 5% transferred.</li>
 *   <li>No status history: each ticket's timeline is implied by its creation and resolution.</li>
 * </ul>
 * Events of tickets created in the last days before {@code NOW} fall after it, so an SLA evaluated at
 * {@code NOW} has tickets in progress as well as achieved and breached ones.
 *
 * <p>Ticket and customer ids are new strings per ticket, as a reader of an export makes them; categories
 * and agents, a few hundred values in all, are shared strings.
 */
final class Tickets {
    /** The instant an SLA is evaluated at: the end of the year of creations. */
    static final Instant NOW = Instant.parse("2027-01-05T00:00:00Z");
    /** The channels tickets arrive on, in the order of {@link CompactTicket#channel()}. */
    static final List<Channel> CHANNELS =
            List.of(Channel.EMAIL, Channel.CHAT, Channel.PHONE, Channel.WEB, Channel.SOCIAL);

    private static final long YEAR_SECONDS = 365L * 24 * 3600;
    private static final Instant START = NOW.minusSeconds(YEAR_SECONDS);
    private static final int[] CHANNEL_PERCENT = {35, 25, 15, 15, 10};
    private static final int[] PRIORITY_PERCENT = {30, 40, 20, 10};
    private static final Priority[] PRIORITIES = Priority.values();
    private static final String[] CATEGORIES = names("cat-", 12);
    private static final String[] AGENTS = names("agent-", 200);

    private Tickets() {}

    private static String[] names(String prefix, int n) {
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            names[i] = prefix + i;
        }
        return names;
    }

    /**
     * Generates tickets.
     *
     * @param n how many, positive
     * @param seed the seed
     * @return {@code n} tickets, in an {@link ArrayList}
     */
    static List<Ticket> generate(int n, long seed) {
        if (n <= 0) {
            throw new IllegalArgumentException("n must be positive: " + n);
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<Ticket> tickets = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            tickets.add(ticket(i, n, random));
        }
        return tickets;
    }

    private static Ticket ticket(int i, int n, SplittableRandom random) {
        Instant created = START.plusSeconds(random.nextLong(YEAR_SECONDS));
        String agent = AGENTS[random.nextInt(AGENTS.length)];
        Ticket.Builder b = Ticket.builder("T-" + i, created)
                .customerId("C-" + random.nextInt(n / 4 + 1))
                .channel(CHANNELS.get(pick(CHANNEL_PERCENT, random)))
                .priority(PRIORITIES[pick(PRIORITY_PERCENT, random)])
                .category(CATEGORIES[random.nextInt(CATEGORIES.length)])
                .assignee(agent)
                .escalated(random.nextInt(100) < 8)
                .transferred(random.nextInt(100) < 5)
                .interaction(Interaction.customerMessage(created));
        int roll = random.nextInt(100);
        int replies = roll < 12 ? 0 : roll < 88 ? 1 : 2;
        Instant last = created;
        if (replies >= 1) {
            last = last.plusSeconds(logUniform(60, 2 * 24 * 3600, random));
            b.interaction(Interaction.agentReply(last, agent));
        }
        if (replies == 2) {
            last = last.plusSeconds(logUniform(5 * 60, 24 * 3600, random));
            b.interaction(Interaction.agentReply(last, agent));
        }
        if (random.nextInt(100) < 85) {
            Instant resolved = last.plusSeconds(logUniform(10 * 60, 5 * 24 * 3600, random));
            int reopenRoll = random.nextInt(100);
            b.resolved(resolved).reopenCount(reopenRoll < 6 ? 1 : reopenRoll < 7 ? 2 : 0);
            if (random.nextInt(100) < 40) {
                b.status(Status.CLOSED).closed(resolved.plusSeconds(4 * 24 * 3600));
            }
        } else {
            boolean reopened = random.nextInt(100) < 20;
            b.status(replies == 0 && !reopened ? Status.NEW : Status.OPEN).reopenCount(reopened ? 1 : 0);
        }
        return b.build();
    }

    /** An index drawn with the given percentages, which add up to 100. */
    private static int pick(int[] percent, SplittableRandom random) {
        int roll = random.nextInt(100);
        for (int i = 0; i < percent.length - 1; i++) {
            roll -= percent[i];
            if (roll < 0) {
                return i;
            }
        }
        return percent.length - 1;
    }

    /** Whole seconds in {@code [min, max)}, log-uniform: as many between 1 and 10 minutes as between 1 and 10 hours. */
    private static long logUniform(long min, long max, SplittableRandom random) {
        double x = Math.exp(Math.log(min) + random.nextDouble() * (Math.log(max) - Math.log(min)));
        return Math.min(max - 1, Math.max(min, (long) x));
    }
}
