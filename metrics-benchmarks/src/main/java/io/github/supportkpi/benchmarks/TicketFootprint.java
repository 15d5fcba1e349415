package io.github.supportkpi.benchmarks;

import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.Priority;
import io.github.supportkpi.domain.Ticket;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.management.ObjectName;

/**
 * The retained heap of library tickets, measured by hand (not a JMH benchmark, not a test): builds
 * tickets like the benchmark generator and reports the bytes each one keeps on the heap.
 *
 * <p>Run from the repository root after {@code mvn -B -q -o package -DskipTests}:
 * <pre>{@code
 * java -Xmx3g -cp metrics-benchmarks/target/benchmarks.jar \
 *     io.github.supportkpi.benchmarks.TicketFootprint [tickets] [histogram]
 * }</pre>
 *
 * <p>Each line is the used heap after full collections with the tickets held, less the used heap before
 * building them and less the list's reference per ticket, divided by the number of tickets:
 * <ul>
 *   <li>{@code two interactions}: every ticket has a customer message and one agent reply; {@code 0-3
 *       replies}: a customer message and zero to three agent replies, as the benchmark generator.</li>
 *   <li>{@code with id}: the ticket's id string (such as {@code "T-123456"}) is counted; {@code structure}:
 *       the ids are made before the first reading, so only the ticket's own structure is counted.</li>
 *   <li>Customer, agent and category names are shared by many tickets in a real export; they are drawn
 *       from pools made before the first reading and are not counted.</li>
 * </ul>
 * With {@code histogram} it also prints the classes on the heap with the tickets held (the JVM's class
 * histogram), for the break-down by class.
 */
public final class TicketFootprint {
    private static final Instant EPOCH = Instant.parse("2026-01-05T00:00:00Z");
    private static final Channel[] CHANNELS = {Channel.EMAIL, Channel.CHAT, Channel.PHONE, Channel.WEB, Channel.SOCIAL};
    private static final Priority[] PRIORITIES = Priority.values();

    private TicketFootprint() {}

    /**
     * Prints the bytes per ticket.
     *
     * @param args the number of tickets (default 1,000,000), then {@code histogram} to print the class histogram
     * @throws Exception if the class histogram cannot be read
     */
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        boolean histogram = args.length > 1 && args[1].equals("histogram");
        String[] customers = pool("C-", n / 4 + 1);
        String[] agents = pool("agent-", 200);
        String[] categories = pool("cat-", 12);
        for (boolean two : new boolean[] {true, false}) {
            for (boolean countId : new boolean[] {true, false}) {
                double perTicket = measure(n, two, countId, histogram && two && countId, customers, agents, categories);
                System.out.printf("%-17s %-9s %,10d tickets: %6.1f B per ticket%n",
                        two ? "two interactions" : "0-3 replies", countId ? "with id" : "structure", n, perTicket);
            }
        }
    }

    /** The bytes per ticket of one run; its tickets are unreachable once it returns. */
    private static double measure(int n, boolean two, boolean countId, boolean histogram, String[] customers,
            String[] agents, String[] categories) throws Exception {
        String[] ids = countId ? null : pool("T-", n);
        long before = used();
        List<Ticket> tickets = generate(n, 42, two, ids, customers, agents, categories);
        long after = used();
        if (histogram) {
            printHistogram();
        }
        if (tickets.size() != n || (ids != null && ids.length != n)) {
            throw new IllegalStateException("tickets lost: " + tickets.size());
        }
        return (double) (after - before) / n - 4; // less the list's reference per ticket
    }

    private static String[] pool(String prefix, int size) {
        String[] names = new String[size];
        for (int i = 0; i < size; i++) {
            names[i] = prefix + i;
        }
        return names;
    }

    /** Tickets as the benchmark generator makes them; with {@code two}, each with exactly one agent reply. */
    static List<Ticket> generate(int n, long seed, boolean two, String[] ids, String[] customers, String[] agents,
            String[] categories) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Ticket> tickets = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Instant created = EPOCH.plusSeconds(random.nextLong(365L * 24 * 3600));
            String agent = agents[random.nextInt(agents.length)];
            Ticket.Builder b = Ticket.builder(ids == null ? "T-" + i : ids[i], created)
                    .customerId(customers[random.nextInt(customers.length)])
                    .channel(CHANNELS[random.nextInt(CHANNELS.length)])
                    .priority(PRIORITIES[random.nextInt(PRIORITIES.length)])
                    .category(categories[random.nextInt(categories.length)])
                    .assignee(agent)
                    .escalated(random.nextInt(100) < 8)
                    .transferred(random.nextInt(100) < 5)
                    .interaction(Interaction.customerMessage(created));
            Instant t = created;
            int replies = two ? 1 : random.nextInt(4);
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

    private static long used() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 6; i++) {
            System.gc();
            Thread.sleep(50);
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }

    private static void printHistogram() throws Exception {
        Object out = ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        String[] lines = out.toString().split("\n");
        for (int i = 0; i < Math.min(lines.length, 22); i++) {
            System.out.println("  " + lines[i]);
        }
    }
}
