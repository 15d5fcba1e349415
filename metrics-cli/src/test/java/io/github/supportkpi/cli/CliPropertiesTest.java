package io.github.supportkpi.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * The command line over generated exports: segments add up to the total row, the total row is the report
 * without segments, and an export split into two files reports as the whole.
 */
class CliPropertiesTest {
    private static final int EXAMPLES = 25;

    @TempDir
    Path dir;

    private static List<String[]> csv(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SupportKpi.run(new PrintWriter(out), new PrintWriter(err), args);
        assertThat(code).as(err.toString()).isZero();
        List<String[]> rows = new ArrayList<>();
        for (String line : out.toString().split("\r\n")) {
            rows.add(line.split(",", -1));
        }
        return rows;
    }

    private Path write(String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void segments_add_up_to_the_total_and_the_total_is_the_unsegmented_report() {
        qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(1, 120)).checkAssert((seed, n) -> {
            Path file = write("t.csv", SampleExport.generate(seed, n));
            String[] base = {"report", "--tickets", file.toString(), "--mapping", "supportkpi-tickets", "--format", "csv",
                "--metrics", "ticket.volume,resolution.rate,csat", "--quiet"};
            List<String[]> whole = csv(base);
            List<String> byChannel = new ArrayList<>(List.of(base));
            byChannel.addAll(List.of("--by", "channel"));
            List<String[]> segments = csv(byChannel.toArray(new String[0]));

            String[] total = segments.get(segments.size() - 1);
            assertThat(total[0]).isEqualTo("all");
            // the total row is the unsegmented report's only row
            assertThat(List.of(total).subList(1, total.length)).isEqualTo(List.of(whole.get(1)));
            long tickets = 0;
            long resolved = 0;
            for (String[] row : segments.subList(1, segments.size() - 1)) {
                tickets += Long.parseLong(row[1]);
                resolved += Long.parseLong(row[3]);
            }
            assertThat(tickets).isEqualTo(Long.parseLong(total[1]));
            assertThat(resolved).isEqualTo(Long.parseLong(total[3]));
        });
    }

    @Test
    void an_export_in_two_files_reports_as_the_whole() {
        qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(2, 120), integers().between(1, 119))
                .checkAssert((seed, n, cut) -> {
                    String text = SampleExport.generate(seed, n);
                    String[] lines = text.split("\n");
                    int k = Math.min(cut, lines.length - 1);
                    StringBuilder a = new StringBuilder(lines[0]).append('\n');
                    StringBuilder b = new StringBuilder(lines[0]).append('\n');
                    for (int i = 1; i < lines.length; i++) {
                        (i <= k ? a : b).append(lines[i]).append('\n');
                    }
                    Path whole = write("whole.csv", text);
                    Path first = write("a.csv", a.toString());
                    Path second = write("b.csv", b.toString());
                    String[] opts = {"--mapping", "supportkpi-tickets", "--format", "csv", "--by", "priority",
                        "--bucket", "week", "--quiet"};
                    List<String> one = new ArrayList<>(List.of("report", "--tickets", whole.toString()));
                    one.addAll(List.of(opts));
                    List<String> two = new ArrayList<>(List.of("report", "--tickets", first.toString(), "--tickets",
                        second.toString()));
                    two.addAll(List.of(opts));

                    List<String[]> x = csv(one.toArray(new String[0]));
                    List<String[]> y = csv(two.toArray(new String[0]));
                    assertThat(y).hasSameSizeAs(x);
                    for (int i = 0; i < x.size(); i++) {
                        assertThat(y.get(i)).containsExactly(x.get(i));
                    }
                });
    }
}
