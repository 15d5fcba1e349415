package io.github.supportkpi.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link StandardReportBenchmark} with JMH's GC profiler and prints one table per size: each variant's
 * time per report, its ratio to the floor and to DuckDB on 2 threads, and its allocation per report; then the
 * DuckDB load times and the heap per ticket.
 *
 * <pre>{@code
 * java -cp metrics-benchmarks/target/benchmarks.jar io.github.supportkpi.benchmarks.StandardReportMain \
 *     [--sizes 100000,1000000,10000000] [--variants floor,duckDb2Threads] [--warmup 2] [--iterations 3] \
 *     [--seconds 2] [--heap 12g] [--out target/standard-report]
 * }</pre>
 * The output directory receives JMH's JSON results, the notes of the forks and the tables as text.
 */
public final class StandardReportMain {
    private static final String FLOOR = "floor";
    private static final String DUCKDB_2 = "duckDb2Threads";

    private StandardReportMain() {}

    /**
     * Runs the benchmark.
     *
     * @param args the options above
     * @throws RunnerException if JMH fails, a variant disagreeing with the reference included
     * @throws IOException if the output cannot be written
     */
    public static void main(String[] args) throws RunnerException, IOException {
        Map<String, String> opts = options(args);
        List<Integer> sizes = Arrays.stream(opts.getOrDefault("sizes", "100000,1000000,10000000").split(","))
                .map(s -> Integer.parseInt(s.strip().replace("_", ""))).collect(Collectors.toList());
        List<String> variants = opts.containsKey("variants")
                ? Arrays.stream(opts.get("variants").split(",")).map(String::strip).collect(Collectors.toList())
                : new ArrayList<>(StandardReportBenchmark.VARIANTS.keySet());
        for (String v : variants) {
            if (!StandardReportBenchmark.VARIANTS.containsKey(v)) {
                throw new IllegalArgumentException("variant must be one of " + StandardReportBenchmark.VARIANTS.keySet()
                        + ": " + v);
            }
        }
        Path out = Paths.get(opts.getOrDefault("out", "target/standard-report"));
        Files.createDirectories(out);
        Path notes = out.resolve("notes.tsv");
        Files.deleteIfExists(notes);
        String heap = opts.getOrDefault("heap", "12g");
        int seconds = Integer.parseInt(opts.getOrDefault("seconds", "2"));

        double loadBefore = load();
        int memoryTickets = Math.min(1_000_000, sizes.stream().max(Integer::compare).orElseThrow());
        TicketMemory.Figures memory = TicketMemory.measure(memoryTickets, StandardReportBenchmark.SEED);
        System.out.print(memory.format());

        ChainedOptionsBuilder b = new OptionsBuilder()
                .include(Pattern.quote(StandardReportBenchmark.class.getName()) + "\\.(" + String.join("|", variants) + ")$")
                .param("tickets", sizes.stream().map(String::valueOf).toArray(String[]::new))
                .forks(1)
                .warmupIterations(Integer.parseInt(opts.getOrDefault("warmup", "2")))
                .measurementIterations(Integer.parseInt(opts.getOrDefault("iterations", "3")))
                .warmupTime(TimeValue.seconds(seconds))
                .measurementTime(TimeValue.seconds(seconds))
                .jvmArgsAppend("-Xms" + heap, "-Xmx" + heap,
                        "-D" + StandardReportBenchmark.NOTES + "=" + notes.toAbsolutePath())
                .addProfiler(GCProfiler.class)
                .shouldFailOnError(true)
                .result(out.resolve("results.json").toString())
                .resultFormat(ResultFormatType.JSON);
        Collection<RunResult> results = new Runner(b.build()).run();
        double loadAfter = load();

        String tables = tables(results, sizes, Files.exists(notes) ? Files.readAllLines(notes) : List.of())
                + String.format(Locale.ROOT, "%nSystem load average: %.2f before, %.2f after (%d processors); "
                        + "JDK %s.%n", loadBefore, loadAfter, Runtime.getRuntime().availableProcessors(),
                        System.getProperty("java.version"))
                + memory.format();
        System.out.println();
        System.out.print(tables);
        Files.writeString(out.resolve("summary.md"), tables, StandardCharsets.UTF_8);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> opts = new TreeMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException("arguments must be pairs such as --sizes 100000,1000000: "
                        + String.join(" ", args));
            }
            opts.put(args[i].substring(2), args[++i]);
        }
        return opts;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** The tables, a size after another, and the notes of the forks. */
    static String tables(Collection<RunResult> results, List<Integer> sizes, List<String> notes) {
        StringBuilder sb = new StringBuilder();
        for (int size : new TreeSet<>(sizes)) {
            Map<String, RunResult> byVariant = new TreeMap<>();
            for (RunResult r : results) {
                if (Integer.parseInt(r.getParams().getParam("tickets")) == size) {
                    String method = r.getParams().getBenchmark();
                    byVariant.put(method.substring(method.lastIndexOf('.') + 1), r);
                }
            }
            if (byVariant.isEmpty()) {
                continue;
            }
            sb.append(String.format(Locale.ROOT, "%n%,d tickets%n%n", size));
            sb.append("| variant | ms per report | x floor | x DuckDB 2 threads | alloc per report |\n");
            sb.append("|---|---:|---:|---:|---:|\n");
            Double floor = score(byVariant.get(FLOOR));
            Double duck = score(byVariant.get(DUCKDB_2));
            StandardReportBenchmark.VARIANTS.forEach((method, label) -> {
                RunResult r = byVariant.get(method);
                if (r == null) {
                    return;
                }
                Result<?> primary = r.getPrimaryResult();
                double ms = primary.getScore();
                Result<?> alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
                sb.append(String.format(Locale.ROOT, "| %s | %s ± %s | %s | %s | %s |%n", label, number(ms),
                        number(primary.getScoreError()), floor == null ? "-" : ratio(ms / floor),
                        duck == null ? "-" : ratio(ms / duck),
                        alloc == null ? "-" : bytes(alloc.getScore()) + (method.startsWith("duckDb") ? " (JVM)" : "")));
            });
            List<String> lines = notes.stream().filter(l -> l.startsWith(size + "\t")).collect(Collectors.toList());
            if (!lines.isEmpty()) {
                sb.append('\n').append("Setup notes (each fork generates the tickets and computes the reference again):");
                Map<String, List<String>> byKey = new TreeMap<>();
                for (String l : lines) {
                    String[] p = l.split("\t");
                    byKey.computeIfAbsent(p[1], k -> new ArrayList<>()).add(String.format(Locale.ROOT, "%,d",
                            Long.parseLong(p[2])));
                }
                byKey.forEach((k, v) -> sb.append(' ').append(k).append(' ').append(String.join(" / ", v)).append(';'));
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private static Double score(RunResult r) {
        return r == null ? null : r.getPrimaryResult().getScore();
    }

    private static String number(double v) {
        if (Double.isNaN(v)) {
            return "-"; // JMH gives no error for a single iteration
        }
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v)
                : v >= 10 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String ratio(double v) {
        return v >= 10 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String bytes(double b) {
        if (b < 1024) {
            return String.format(Locale.ROOT, "%.0f B", b);
        }
        if (b < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", b / 1024);
        }
        if (b < 1024.0 * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", b / (1024 * 1024));
        }
        return String.format(Locale.ROOT, "%.2f GB", b / (1024.0 * 1024 * 1024));
    }
}
