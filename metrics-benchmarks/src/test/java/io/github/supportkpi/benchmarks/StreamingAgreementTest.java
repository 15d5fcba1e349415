package io.github.supportkpi.benchmarks;

import io.github.supportkpi.metric.DurationStats;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The streaming benchmark's export is seeded, of the size asked for and read whole by the bundled mapping,
 * and the library's pass and DuckDB's {@code read_csv} agree on it. Timings are never asserted here.
 */
class StreamingAgreementTest {
    @TempDir
    Path dir;

    @Test
    void should_write_the_same_bytes_for_a_seed_and_other_bytes_for_another() throws Exception {
        // GIVEN three exports of 100 KB, two of seed 7 and one of seed 8
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        ByteArrayOutputStream c = new ByteArrayOutputStream();
        long rows = TicketExport.write(a, 100_000, 7);
        TicketExport.write(b, 100_000, 7);
        TicketExport.write(c, 100_000, 8);

        // THEN the same seed gives the same bytes, another seed others
        assertThat(b.toByteArray()).isEqualTo(a.toByteArray());
        assertThat(c.toByteArray()).isNotEqualTo(a.toByteArray());
        // AND the size is reached by the last row, with less than a row more; the header and one line per row
        assertThat(a.size()).isGreaterThanOrEqualTo(100_000).isLessThan(100_000 + 256);
        List<String> lines = a.toString(StandardCharsets.US_ASCII).lines().toList();
        assertThat(lines).hasSize((int) rows + 1);
        assertThat(lines.get(0) + "\n").isEqualTo(TicketExport.HEADER);
        assertThat(lines.get(1)).startsWith("T-1,2026-");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = DurationStats.Summary.class, names = {"EXACT", "SKETCH"})
    void should_agree_with_duckdb_on_an_export_read_whole(DurationStats.Summary summary) throws Exception {
        // GIVEN an export of 2 MB (some 20,000 rows, across both changes of daylight saving time)
        Path file = dir.resolve("tickets.csv");
        long rows = TicketExport.write(file, 2 << 20, 42);

        // WHEN the library streams it (every row must be read as it is) and DuckDB reads it
        long[] read = new long[1];
        Map<String, StreamFigures> library = new StreamingMain.Library(summary).report(file, read);
        Map<String, StreamFigures> duckDb = DuckDbCsvReport.report(file, 2);

        // THEN every row was kept, on the five channels, and the two agree (check throws otherwise)
        assertThat(read[0]).isEqualTo(rows);
        assertThat(library.keySet()).containsExactly("chat", "email", "phone", "social", "web");
        assertThat(library.values().stream().mapToLong(StreamFigures::volume).sum()).isEqualTo(rows);
        StreamFigures.check("library and DuckDB", library, duckDb,
                summary == DurationStats.Summary.EXACT ? 1e-9 : DurationStats.SKETCH_RELATIVE_ERROR);
    }

    @Test
    void should_refuse_reports_that_differ() {
        // GIVEN a report and one with one more resolved ticket on email, and one with a mean 1 s longer
        StreamFigures f = new StreamFigures(100, 80, 90, 600, 300, 80, 3600, 7200);
        Map<String, StreamFigures> one = new TreeMap<>(Map.of("email", f));
        Map<String, StreamFigures> resolved = Map.of("email", new StreamFigures(100, 81, 90, 600, 300, 80, 3600, 7200));
        Map<String, StreamFigures> mean = Map.of("email", new StreamFigures(100, 80, 90, 601, 300, 80, 3600, 7200));

        // THEN the check names the figure and the channel
        StreamFigures.check("same", one, Map.of("email", f), 0);
        assertThatThrownBy(() -> StreamFigures.check("x", one, resolved, 0))
                .hasMessage("x must agree on resolved of email: 80 and 81");
        assertThatThrownBy(() -> StreamFigures.check("x", one, mean, 0))
                .hasMessageContaining("frt.mean of email");
        assertThatThrownBy(() -> StreamFigures.check("x", one, Map.of(), 0))
                .hasMessageContaining("channels must agree");
    }

    @Test
    void should_read_sizes() {
        assertThat(StreamingMain.bytes("2g")).isEqualTo(2L << 30);
        assertThat(StreamingMain.bytes("200m")).isEqualTo(200L << 20);
        assertThat(StreamingMain.bytes("1234")).isEqualTo(1234);
        assertThatThrownBy(() -> StreamingMain.bytes("2x")).hasMessageContaining("2x");
        assertThatThrownBy(() -> StreamingMain.bytes("0")).hasMessage("size must be positive: 0");
    }
}
