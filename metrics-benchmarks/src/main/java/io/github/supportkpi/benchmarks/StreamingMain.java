package io.github.supportkpi.benchmarks;

import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.DataQuality;
import io.github.supportkpi.domain.SurveyResponse;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.io.ExportReader;
import io.github.supportkpi.io.Mapping;
import io.github.supportkpi.io.Records;
import io.github.supportkpi.metric.Accumulator;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.MetricSet;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.metric.Segmented;
import io.github.supportkpi.metric.Tallies;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.quality.ResolutionRate;
import io.github.supportkpi.speed.FirstResponseTime;
import io.github.supportkpi.speed.ResolutionTime;
import io.github.supportkpi.workload.TicketVolume;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.management.ListenerNotFoundException;

/**
 * Streams a large generated ticket export through {@link ExportReader} into ticket metrics by channel, in
 * bounded memory, and reads the same file with DuckDB's {@code read_csv} in the same run (not a JMH benchmark,
 * not a test). Run it in a JVM with a small heap, which is the point:
 * <pre>{@code
 * java -Xmx256m -cp metrics-benchmarks/target/benchmarks.jar io.github.supportkpi.benchmarks.StreamingMain \
 *     [--size 2g] [--warmup-size 200m] [--seed 42] [--passes 1] [--summary sketch] [--dir target/streaming]
 * }</pre>
 *
 * <p>It writes two {@link TicketExport} files into the directory unless they are there already (the same
 * seed and size give the same file): the warm-up file and the measured one. The library's pass is
 * {@code MetricSet.of(TicketVolume, ResolutionRate, FirstResponseTime, ResolutionTime).withSummary(summary)
 * .by(TicketDimensions.CHANNEL)}, one accumulator fed by the reader's sink on the calling thread, with the
 * bundled {@code supportkpi-tickets} mapping. Each pass gives rows/s, MB/s (MB of 2^20 bytes), its wall time,
 * and for the library's passes the heap from the collector's notifications ({@link HeapWatch}): the peak in
 * use and the most left after a collection. DuckDB's passes use 2 threads, then 1; its memory is native, off
 * the heap, and the process's resident high-water mark is printed before and after them.
 *
 * <p>It warms up on the smaller file (two library passes, one DuckDB pass) and checks there that the
 * library and DuckDB agree (counts exactly, means to 1e-9, percentiles within the sketch's error); then it
 * measures the larger file, checks again, and prints a table, also written to {@code summary.md} in the
 * directory. A single pass over 2 GB lasts minutes, long enough that JIT compilation is done within the
 * warm-up and timer resolution does not matter; JMH would add forks and iterations of that length for
 * little, and the heap figures need a JVM of its own with a small heap, which this main is.
 *
 * <p>{@code --summary exact} keeps every duration (exact percentiles): its heap grows with the file, and a
 * 2 GB file does not fit a 256 MB heap. {@code sketch} and {@code totals} keep a bounded summary.
 */
public final class StreamingMain {
    private static final double MB = 1024 * 1024;

    private StreamingMain() {}

    /**
     * Runs the benchmark.
     *
     * @param args the options above
     * @throws IOException if a file cannot be written or read
     * @throws SQLException if DuckDB fails
     * @throws ListenerNotFoundException if the heap watch cannot stop listening
     */
    public static void main(String[] args) throws IOException, SQLException, ListenerNotFoundException {
        Map<String, String> opts = options(args);
        long size = bytes(opts.getOrDefault("size", "2g"));
        long warmupSize = bytes(opts.getOrDefault("warmup-size", "200m"));
        long seed = Long.parseLong(opts.getOrDefault("seed", "42"));
        int passes = Integer.parseInt(opts.getOrDefault("passes", "1"));
        DurationStats.Summary summary = DurationStats.Summary.valueOf(
                opts.getOrDefault("summary", "sketch").toUpperCase(Locale.ROOT));
        Path dir = Paths.get(opts.getOrDefault("dir", "target/streaming"));
        Files.createDirectories(dir);
        Path big = dir.resolve("tickets-" + opts.getOrDefault("size", "2g") + "-" + seed + ".csv");
        Path small = dir.resolve("tickets-" + opts.getOrDefault("warmup-size", "200m") + "-" + seed + ".csv");
        List<String> lines = new ArrayList<>();
        prepare(small, warmupSize, seed, lines);
        prepare(big, size, seed, lines);

        Library library = new Library(summary);
        double tolerance = summary == DurationStats.Summary.EXACT ? 1e-9 : DurationStats.SKETCH_RELATIVE_ERROR;
        List<Pass> results = new ArrayList<>();
        try (HeapWatch heap = new HeapWatch()) {
            double loadBefore = load();
            Pass warm = null;
            for (int i = 0; i < 2; i++) {
                warm = library.pass(small, heap, "warm-up");
            }
            results.add(warm);
            Pass warmDuck = duckDb(small, 2, "warm-up");
            StreamFigures.check("library and DuckDB over " + small.getFileName(), warm.figures, warmDuck.figures,
                    tolerance);
            long rssBefore = residentHighWaterMark();
            for (int i = 0; i < passes; i++) {
                results.add(library.pass(big, heap, "measured"));
            }
            long rssLibrary = residentHighWaterMark();
            Pass libraryBig = results.get(results.size() - 1);
            for (int threads = 2; threads >= 1; threads--) {
                for (int i = 0; i < passes; i++) {
                    Pass d = duckDb(big, threads, "measured");
                    StreamFigures.check("library and DuckDB over " + big.getFileName(), libraryBig.figures, d.figures,
                            tolerance);
                    results.add(d);
                }
            }
            long rssDuck = residentHighWaterMark();
            double loadAfter = load();
            lines.add(table(results, libraryBig));
            lines.add(String.format(Locale.ROOT, "Checked: the library (%s) and DuckDB agree on every channel of both "
                    + "files (counts exactly, means to 1e-9, percentiles within %.3g).", summary.name().toLowerCase(
                    Locale.ROOT), tolerance));
            lines.add(String.format(Locale.ROOT, "Process resident high-water mark: %,d MB after the warm-up, %,d MB "
                    + "after the library's passes, %,d MB after DuckDB's.", rssBefore >> 20, rssLibrary >> 20,
                    rssDuck >> 20));
            lines.add(String.format(Locale.ROOT, "Heap maximum %,d MB; system load average %.2f before, %.2f after "
                    + "(%d processors); JDK %s; %s.", Runtime.getRuntime().maxMemory() >> 20, loadBefore, loadAfter,
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                    LocalDate.now(ZoneOffset.UTC)));
        }
        String text = String.join("\n\n", lines) + "\n";
        System.out.println();
        System.out.print(text);
        Files.writeString(dir.resolve("summary.md"), text, StandardCharsets.UTF_8);
    }

    /** Writes the file unless it is there with the size asked for or more (the writer's last row overshoots). */
    private static void prepare(Path file, long size, long seed, List<String> lines) throws IOException {
        if (Files.isRegularFile(file) && Files.size(file) >= size && Files.size(file) < size + 1024) {
            lines.add(String.format(Locale.ROOT, "Reused %s (%,d bytes).", file, Files.size(file)));
            return;
        }
        long start = System.nanoTime();
        long rows = TicketExport.write(file, size, seed);
        double s = (System.nanoTime() - start) / 1e9;
        String line = String.format(Locale.ROOT, "Generated %s: %,d rows, %,d bytes in %.1f s (%.0f MB/s).", file,
                rows, Files.size(file), s, Files.size(file) / MB / s);
        System.out.println(line);
        lines.add(line);
    }

    /** The library's metrics by channel, and a pass of the reader into them. */
    static final class Library {
        final TicketVolume volume = TicketVolume.defaults();
        final ResolutionRate resolutionRate = ResolutionRate.defaults();
        final FirstResponseTime frt;
        final ResolutionTime resolutionTime;
        final Metric<Ticket, Segmented<Channel, Tallies<Ticket>>> byChannel;
        final ExportReader reader = ExportReader.of(Mapping.bundled("supportkpi-tickets"));
        final DurationStats.Summary summary;

        Library(DurationStats.Summary summary) {
            this.summary = summary;
            frt = FirstResponseTime.defaults().withSummary(summary);
            resolutionTime = ResolutionTime.defaults().withSummary(summary);
            byChannel = MetricSet.of(volume, resolutionRate, FirstResponseTime.defaults(), ResolutionTime.defaults())
                    .withSummary(summary).by(TicketDimensions.CHANNEL);
        }

        Pass pass(Path file, HeapWatch heap, String phase) throws IOException {
            System.gc();
            heap.reset();
            long start = System.nanoTime();
            long[] rows = new long[1];
            Map<String, StreamFigures> figures = report(file, rows);
            long nanos = System.nanoTime() - start;
            HeapWatch.Figures h = heap.figures();
            Pass p = new Pass("supportkpi ExportReader -> MetricSet (" + summary.name().toLowerCase(Locale.ROOT)
                    + "), 1 thread", phase, file, rows[0], nanos, h, figures);
            System.out.println(p.line());
            return p;
        }

        /**
         * Streams a file into the metrics.
         *
         * @param file the export
         * @param rows where the number of rows read goes, at index 0
         * @return the figures by channel
         * @throws IOException if reading fails
         * @throws IllegalStateException unless every row is read as it is
         */
        Map<String, StreamFigures> report(Path file, long[] rows) throws IOException {
            Accumulator<Ticket, Segmented<Channel, Tallies<Ticket>>> acc = byChannel.newAccumulator();
            DataQuality quality = reader.read(file, new Records() {
                @Override
                public void ticket(Ticket ticket) {
                    acc.accept(ticket);
                }

                @Override
                public void survey(SurveyResponse answer) {
                    // the CSAT answers are read and left: the metrics here are over tickets
                }
            }).quality();
            if (quality.rejected() != 0 || quality.ignored() != 0 || quality.suspect() != 0) {
                throw new IllegalStateException("every row of " + file + " must be read as it is: " + quality);
            }
            rows[0] = quality.kept();
            return figures(acc.tally());
        }

        Map<String, StreamFigures> figures(Segmented<Channel, Tallies<Ticket>> tallies) {
            if (tallies.absent().sampleSize() != 0) {
                throw new IllegalStateException("every ticket must have a channel: " + tallies.absent());
            }
            Map<String, StreamFigures> out = new TreeMap<>();
            tallies.segments().forEach((channel, t) -> {
                Ratio rate = t.get(resolutionRate);
                DurationStats f = t.get(frt);
                DurationStats r = t.get(resolutionTime);
                out.put(channel.name(), new StreamFigures(t.get(volume).value(), rate.numerator(), f.count(),
                        seconds(f.mean()), summary == DurationStats.Summary.TOTALS ? Double.NaN : seconds(f.median()),
                        r.count(), seconds(r.mean()),
                        summary == DurationStats.Summary.TOTALS ? Double.NaN : seconds(r.percentile(90))));
            });
            return out;
        }
    }

    private static double seconds(Optional<Duration> d) {
        return d.map(x -> x.toNanos() / 1e9).orElse(Double.NaN);
    }

    private static Pass duckDb(Path file, int threads, String phase) throws SQLException, IOException {
        long start = System.nanoTime();
        Map<String, StreamFigures> figures = DuckDbCsvReport.report(file, threads);
        long nanos = System.nanoTime() - start;
        long rows = figures.values().stream().mapToLong(StreamFigures::volume).sum();
        Pass p = new Pass("DuckDB read_csv + GROUP BY, SET threads=" + threads, phase, file, rows, nanos, null,
                figures);
        System.out.println(p.line());
        return p;
    }

    /** One pass over a file. */
    private record Pass(String what, String phase, Path file, long rows, long nanos, HeapWatch.Figures heap,
            Map<String, StreamFigures> figures) {
        double seconds() {
            return nanos / 1e9;
        }

        double mbPerSecond() throws IOException {
            return Files.size(file) / MB / seconds();
        }

        String heapText() {
            return heap == null ? "- (native)" : String.format(Locale.ROOT, "%,d MB peak, %,d MB after GC",
                    heap.peak() >> 20, heap.live() >> 20);
        }

        String line() throws IOException {
            return String.format(Locale.ROOT, "# %s, %s over %s: %,d rows in %.1f s, %,.0f rows/s, %.1f MB/s, heap %s",
                    phase, what, file.getFileName(), rows, seconds(), rows / seconds(), mbPerSecond(), heapText());
        }
    }

    private static String table(List<Pass> results, Pass library) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("| pass | file | rows | wall time | rows/s | MB/s | x DuckDB 2 threads | heap |\n");
        sb.append("|---|---|---:|---:|---:|---:|---:|---|\n");
        double duck2 = Double.NaN;
        for (Pass p : results) {
            if (p.heap == null && p.what.endsWith("threads=2") && p.phase.equals("measured")) {
                duck2 = p.seconds();
            }
        }
        for (Pass p : results) {
            boolean measured = p.phase.equals("measured");
            sb.append(String.format(Locale.ROOT, "| %s%s | %,d MB | %,d | %.1f s | %,.0f | %.1f | %s | %s |%n", p.what,
                    measured ? "" : " (" + p.phase + ")", Files.size(p.file) >> 20, p.rows, p.seconds(),
                    p.rows / p.seconds(), p.mbPerSecond(),
                    measured && !Double.isNaN(duck2) ? String.format(Locale.ROOT, "%.2f", p.seconds() / duck2) : "-",
                    p.heapText()));
        }
        return sb.toString();
    }

    private static long residentHighWaterMark() throws IOException {
        Path status = Paths.get("/proc/self/status");
        if (!Files.isReadable(status)) {
            return -1;
        }
        for (String l : Files.readAllLines(status, StandardCharsets.US_ASCII)) {
            if (l.startsWith("VmHWM:")) {
                return Long.parseLong(l.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        return -1;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /**
     * A size such as {@code 2g}, {@code 200m}, {@code 64k} or a number of bytes.
     *
     * @param text the size
     * @return bytes
     */
    static long bytes(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        int shift = t.endsWith("g") ? 30 : t.endsWith("m") ? 20 : t.endsWith("k") ? 10 : 0;
        long n;
        try {
            n = Long.parseLong(shift == 0 ? t : t.substring(0, t.length() - 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("size must be a number of bytes, or of k, m or g such as 2g: " + text,
                    e);
        }
        if (n <= 0) {
            throw new IllegalArgumentException("size must be positive: " + text);
        }
        return n << shift;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> opts = new TreeMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException("arguments must be pairs such as --size 2g: " + String.join(" ",
                        args));
            }
            opts.put(args[i].substring(2), args[++i]);
        }
        return opts;
    }
}
