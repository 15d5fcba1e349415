package io.github.supportkpi.cli;

import io.github.supportkpi.metric.DurationStats;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** {@code --summary}: how the report keeps durations, exact by default. */
class CliSummaryTest {
    private static final String SAMPLE = SampleExport.FILE.toString();

    private static String[] report(String... more) {
        List<String> args = new ArrayList<>(List.of("report", "--tickets", SAMPLE, "--mapping", "supportkpi-tickets",
                "--by", "channel", "--metrics", "ticket.volume,resolution.rate,frt", "--format", "csv", "--quiet"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private static String run(int expectedCode, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SupportKpi.run(new PrintWriter(out), new PrintWriter(err), args);
        assertThat(code).as(err.toString()).isEqualTo(expectedCode);
        return expectedCode == 0 ? out.toString() : err.toString();
    }

    /** The CSV's rows by their first cell, each a map of heading to cell. */
    private static Map<String, Map<String, String>> rows(String csv) {
        List<String> lines = csv.lines().toList();
        String[] headings = lines.get(0).split(",", -1);
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            if (cells.length != headings.length) {
                continue; // the notes after the table
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < cells.length; i++) {
                row.put(headings[i], cells[i]);
            }
            rows.put(cells[0], row);
        }
        return rows;
    }

    @Test
    void should_change_nothing_at_its_default() {
        assertThat(run(0, report("--summary", "exact"))).isEqualTo(run(0, report()));
    }

    @Test
    void should_keep_counts_and_means_and_sketch_the_percentiles() {
        // GIVEN the sample's report by channel exact, sketched and in totals
        Map<String, Map<String, String>> exact = rows(run(0, report()));
        Map<String, Map<String, String>> sketch = rows(run(0, report("--summary", "sketch")));
        Map<String, Map<String, String>> totals = rows(run(0, report("--summary", "totals")));

        // THEN the same rows (the five channels and all), the same counts and means in each
        assertThat(exact).containsKeys("chat", "email", "phone", "social", "web", "all");
        assertThat(sketch.keySet()).isEqualTo(exact.keySet());
        assertThat(totals.keySet()).isEqualTo(exact.keySet());
        exact.forEach((channel, e) -> {
            for (Map<String, String> other : List.of(sketch.get(channel), totals.get(channel))) {
                for (String column : List.of("ticket.volume", "resolution.rate.numerator", "frt.mean.n",
                        "frt.mean.seconds")) {
                    assertThat(other.get(column)).as(channel + " " + column).isEqualTo(e.get(column));
                }
            }
            // AND the sketch's median within its error bound of the exact one (3 decimals of seconds shown)
            double median = Double.parseDouble(e.get("frt.median.seconds"));
            assertThat(Double.parseDouble(sketch.get(channel).get("frt.median.seconds"))).as(channel)
                    .isCloseTo(median, within(median * DurationStats.SKETCH_RELATIVE_ERROR + 0.001));
            // AND totals, which keep no durations, have no median
            assertThat(totals.get(channel).get("frt.median.seconds")).as(channel).isNotEqualTo(e.get("frt.median.seconds"));
        });
    }

    @Test
    void should_refuse_an_unknown_summary() {
        assertThat(run(SupportKpi.USAGE, report("--summary", "approximate"))).contains("--summary");
    }
}
