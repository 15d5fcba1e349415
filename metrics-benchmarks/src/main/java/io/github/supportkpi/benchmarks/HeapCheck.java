package io.github.supportkpi.benchmarks;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.DurationStats;
import java.util.List;
import java.util.Locale;

/**
 * Whether the benchmark's tickets fit in a heap and can be reported on there (not a JMH benchmark, not a
 * test): generates them, runs the standard report once in sketch mode and prints the heap in use with the
 * tickets held. Run it with the heap to check, such as 10M tickets in 2 GB:
 * <pre>{@code
 * java -Xmx2g -cp metrics-benchmarks/target/benchmarks.jar io.github.supportkpi.benchmarks.HeapCheck 10000000
 * }</pre>
 * An {@code OutOfMemoryError} means they do not fit.
 */
public final class HeapCheck {
    private HeapCheck() {}

    /**
     * Runs the check.
     *
     * @param args the number of tickets (default 10,000,000)
     */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
        List<Ticket> tickets = Tickets.generate(n, StandardReportBenchmark.SEED);
        StandardReport report = new LibraryReport(DurationStats.Summary.SKETCH).over(tickets, 2);
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        long used = rt.totalMemory() - rt.freeMemory();
        System.out.printf(Locale.ROOT, "%,d tickets held in a heap of at most %,d MB: %,d MB used (%.1f B per ticket"
                + " with the list), report over %d channels%n", tickets.size(), rt.maxMemory() >> 20, used >> 20,
                (double) used / tickets.size(), report.channels().size());
    }
}
