package io.github.supportkpi.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code supportkpi quality} asks for a zone only when a field of the mapping reads local date-times. */
class CliQualityZoneTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SupportKpi.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void should_read_without_a_zone_when_no_field_is_a_date() throws IOException {
        // GIVEN a customers mapping, which has no date field, and no zone anywhere
        Path mapping = file("customers.json", "{\"records\": \"customers\", \"fields\": {\"customerId\": \"id\","
                + " \"churned\": \"Churn\"}}");
        Path export = file("customers.csv", "id,Churn\na,No\nb,maybe\n");

        // WHEN its quality is asked for without --zone
        Run r = run("quality", export.toString(), "--mapping", mapping.toString());

        // THEN it is read: one row kept, one rejected
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("2 rows: 1 kept, 1 rejected");
    }

    @Test
    void should_read_without_a_zone_when_the_dates_carry_offsets() throws IOException {
        // GIVEN ISO-8601 instants and a pattern with an offset
        Path mapping = file("tickets.json", "{\"records\": \"tickets\", \"fields\": {\"id\": \"id\","
                + " \"created\": \"created\", \"resolved\": {\"column\": \"solved\","
                + " \"pattern\": \"yyyy-MM-dd HH:mm XXX\"}}}");
        Path export = file("tickets.csv", "id,created,solved\n1,2026-03-02T10:00:00Z,2026-03-02 12:00 +01:00\n");

        Run r = run("quality", export.toString(), "--mapping", mapping.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("1 rows: 1 kept, 0 rejected");
    }

    @Test
    void should_exit_2_naming_the_field_whose_pattern_has_no_offset() throws IOException {
        Path mapping = file("tickets.json", "{\"records\": \"tickets\", \"fields\": {\"id\": \"id\","
                + " \"created\": {\"column\": \"Created At\", \"pattern\": \"yyyy-MM-dd HH:mm\"}}}");
        Path export = file("tickets.csv", "id,Created At\n1,2026-03-02 10:00\n");

        Run r = run("quality", export.toString(), "--mapping", mapping.toString());

        assertThat(r.code()).isEqualTo(SupportKpi.USAGE);
        assertThat(r.err()).startsWith("supportkpi: --zone must be given: the mapping names no zone for the export's"
                + " local times (field created, column Created At, is a local date-time)");
        // AND with the zone it is read
        assertThat(run("quality", export.toString(), "--mapping", mapping.toString(), "--zone", "Europe/Berlin")
                .code()).isZero();
    }

    @Test
    void should_exit_2_naming_the_column_of_an_iso_text_without_an_offset() throws IOException {
        Path mapping = file("tickets.json", "{\"records\": \"tickets\", \"fields\": {\"id\": \"id\","
                + " \"created\": \"created\"}}");
        Path export = file("tickets.csv", "id,created\n1,2026-03-02T10:00:00Z\n2,2026-03-02T10:00:00\n");

        Run r = run("quality", export.toString(), "--mapping", mapping.toString());

        assertThat(r.code()).isEqualTo(SupportKpi.USAGE);
        assertThat(r.err()).startsWith("supportkpi: --zone must be given to read tickets.csv: zone must be given to"
                + " read the local date-times of column created: the mapping names none, and"
                + " \"2026-03-02T10:00:00\" has no offset");
    }
}
