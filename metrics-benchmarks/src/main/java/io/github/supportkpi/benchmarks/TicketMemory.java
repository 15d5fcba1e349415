package io.github.supportkpi.benchmarks;

import io.github.supportkpi.domain.Ticket;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.openjdk.jol.info.GraphLayout;
import org.openjdk.jol.vm.VM;

/**
 * How much heap the generated tickets hold, per ticket: the library's {@link Ticket} with its interactions,
 * strings and everything else it references, and the {@link CompactTicket} beside it.
 *
 * <p>Measured two ways, which should agree: JOL's walk of the object graph (exact sizes, and a breakdown by
 * class), and the used heap after repeated {@link System#gc()} before and after generating and holding the
 * tickets. Neither counts the list's own array of references. Shared objects (the channel constants, pooled
 * agent and category names) are counted once over all tickets, so they add almost nothing per ticket.
 */
final class TicketMemory {
    static {
        // Records' field offsets are refused to sun.misc.Unsafe; JOL finds them another way when asked to.
        System.setProperty("jol.magicFieldOffset", "true");
    }

    private TicketMemory() {}

    /**
     * One class's share of the tickets' heap.
     *
     * @param type the class's simple name
     * @param count its objects per ticket
     * @param bytes their bytes per ticket
     */
    record Share(String type, double count, double bytes) {}

    /**
     * The heap figures of some tickets.
     *
     * @param tickets how many tickets were measured
     * @param bytesPerTicket retained bytes per ticket by JOL
     * @param bytesPerTicketByGc retained bytes per ticket by the used heap around a collection
     * @param shares the classes by bytes per ticket, largest first
     * @param compactBytes the size of one {@link CompactTicket} by JOL
     */
    record Figures(int tickets, double bytesPerTicket, double bytesPerTicketByGc, List<Share> shares,
            long compactBytes) {
        /**
         * The figures as text.
         *
         * @return a few lines
         */
        String format() {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                    "Heap per library Ticket (with its interactions and strings), %,d generated tickets:"
                            + " %.0f B by JOL, %.0f B by used heap after GC; CompactTicket: %d B.%n",
                    tickets, bytesPerTicket, bytesPerTicketByGc, compactBytes));
            sb.append(String.format(Locale.ROOT, "  %-34s %8s %8s%n", "class", "objects", "bytes"));
            for (Share s : shares) {
                sb.append(String.format(Locale.ROOT, "  %-34s %8.2f %8.1f%n", s.type, s.count, s.bytes));
            }
            return sb.toString();
        }
    }

    /**
     * Generates tickets with the benchmark's seed and measures them.
     *
     * @param n how many tickets
     * @param seed the seed
     * @return the figures
     */
    static Figures measure(int n, long seed) {
        long before = usedAfterGc();
        List<Ticket> tickets = Tickets.generate(n, seed);
        long after = usedAfterGc();
        Object[] refs = tickets.toArray();
        long listBytes = VM.current().sizeOf(tickets) + VM.current().sizeOf(refs);
        double byGc = (double) (after - before - listBytes) / n;
        GraphLayout layout = GraphLayout.parseInstance(tickets);
        double byJol = (double) (layout.totalSize() - listBytes) / n;
        List<Share> shares = new ArrayList<>();
        for (Class<?> c : layout.getClasses()) {
            long count = layout.getClassCounts().count(c);
            long bytes = layout.getClassSizes().count(c);
            if (c == Object[].class) {
                count -= 1;
                bytes -= VM.current().sizeOf(refs);
            }
            if (c == ArrayList.class) {
                count -= 1;
                bytes -= VM.current().sizeOf(tickets);
            }
            if (bytes > 0) {
                shares.add(new Share(c.getSimpleName().isEmpty() ? c.getName() : c.getSimpleName(),
                        (double) count / n, (double) bytes / n));
            }
        }
        shares.sort(Comparator.comparingDouble(Share::bytes).reversed());
        long compact = VM.current().sizeOf(CompactTicket.of(0, tickets.get(0)));
        return new Figures(n, byJol, byGc, shares.subList(0, Math.min(12, shares.size())), compact);
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }
}
