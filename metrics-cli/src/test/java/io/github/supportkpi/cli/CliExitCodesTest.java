package io.github.supportkpi.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The documented exit codes and messages: 0 done, 1 bad input, 2 usage; and CSV safe to open. */
class CliExitCodesTest {
    private static final String SAMPLE = SampleExport.FILE.toString();

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SupportKpi.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void should_exit_2_for_usage_errors_naming_what_is_wrong() throws URISyntaxException {
        assertThat(run("report", "--tickets", SAMPLE)).satisfies(r -> {
            assertThat(r.code()).isEqualTo(SupportKpi.USAGE);
            assertThat(r.err()).startsWith("supportkpi: Missing required option: '--mapping=FILE|NAME'")
                    .contains("Try 'supportkpi report --help'.");
        });
        assertThat(run("report", "--tickets", "missing.csv", "--mapping", "supportkpi-tickets").err())
                .startsWith("supportkpi: --tickets: cannot read missing.csv");
        assertThat(run("report", "--tickets", SAMPLE, "--mapping", "zendesk-ish").err())
                .startsWith("supportkpi: --mapping zendesk-ish: mapping must be one of the bundled mappings");
        assertThat(run("report", "--tickets", SAMPLE, "--mapping", "supportkpi-tickets", "--metrics", "nps").err())
                .startsWith("supportkpi: --metrics: unknown metric nps (known: ticket.volume, resolution.rate, frt,");
        assertThat(run("report", "--tickets", SAMPLE, "--mapping", "supportkpi-tickets", "--definition",
                "frt.includeBots=sometimes").err())
                .startsWith("supportkpi: --definition frt.includeBots=sometimes: must be true or false");
        assertThat(run("report", "--tickets", SAMPLE, "--mapping", "supportkpi-tickets", "--by", "mood").err())
                .startsWith("supportkpi: --by must be one of channel, priority, category,");
        assertThat(run("report", "--tickets", SAMPLE, "--mapping", "supportkpi-tickets", "--bucket", "fortnight").code())
                .isEqualTo(SupportKpi.USAGE);
        assertThat(run("report", "--tickets", SAMPLE, "--mapping", "supportkpi-tickets", "--from", "2026-04-01",
                "--to", "2026-03-01").err()).startsWith("supportkpi: --to must not be before --from");
        assertThat(run("calls", "--calls", SAMPLE, "--mapping", "supportkpi-tickets").err())
                .startsWith("supportkpi: --mapping supportkpi-tickets reads tickets, this command reads interactions");
        assertThat(run().code()).isEqualTo(SupportKpi.USAGE);
    }

    @Test
    void should_exit_2_for_aggregates_that_cannot_join_the_calls() throws URISyntaxException {
        String calls = CliGoldenTest.fixture("calls.csv");
        String callsMapping = CliGoldenTest.fixture("calls-mapping.json");
        String aggregates = CliGoldenTest.fixture("aggregates.csv");
        String aggregatesMapping = CliGoldenTest.fixture("aggregates-mapping.json");
        assertThat(run("calls", "--calls", calls, "--mapping", callsMapping, "--aggregates", aggregates).err())
                .startsWith("supportkpi: --aggregates needs --aggregates-mapping");
        assertThat(run("calls", "--calls", calls, "--mapping", callsMapping, "--aggregates", aggregates,
                "--aggregates-mapping", callsMapping).err())
                .startsWith("supportkpi: --aggregates-mapping " + callsMapping + " reads interactions, this command"
                        + " reads aggregates");
        Run byKind = run("calls", "--calls", calls, "--mapping", callsMapping, "--aggregates", aggregates,
                "--aggregates-mapping", aggregatesMapping, "--by", "kind", "--quiet");
        assertThat(byKind.code()).isEqualTo(SupportKpi.USAGE);
        assertThat(byKind.err()).startsWith("supportkpi: --by kind cannot segment aggregate rows: they are keyed by"
                + " period, agent, queue, team, channel");
        assertThat(run("surveys", "--surveys", calls, "--mapping", callsMapping).err())
                .startsWith("supportkpi: --mapping " + callsMapping + " reads interactions, this command reads surveys");
    }

    @Test
    void should_exit_1_for_bad_input_naming_the_row() {
        Run strict = run("report", "--tickets", SAMPLE, "--mapping", "supportkpi-tickets", "--strict", "--quiet");

        assertThat(strict.code()).isEqualTo(SupportKpi.BAD_INPUT);
        assertThat(strict.err()).isEqualTo("supportkpi: tickets.csv row 23: Status must be a known status name (add it"
                + " to the field's values): \"Frozen\"\n");
        assertThat(strict.out()).isEmpty();
    }

    @Test
    void should_exit_1_for_an_export_without_a_required_column(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("other.csv");
        Files.writeString(file, "Id,When\n1,2026-03-02 09:00\n", StandardCharsets.UTF_8);

        Run r = run("report", "--tickets", file.toString(), "--mapping", "supportkpi-tickets", "--quiet");
        assertThat(r.code()).isEqualTo(SupportKpi.BAD_INPUT);
        assertThat(r.err()).startsWith("supportkpi: header must have a column for id (Ticket ID): [Id, When]");
    }

    @Test
    void should_escape_csv_cells_a_spreadsheet_would_run_as_formulas(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("evil.csv");
        Files.writeString(file, "Ticket ID,Created,Status,Priority,Channel,Category,Agent,First Response,Resolved,"
                + "CSAT,Plan\nT-1,2026-03-02 09:00,Open,Low,Chat,\"=HYPERLINK(\"\"http://x\"\")\",@ana,,,,-pro\n"
                + "T-2,2026-03-02 10:00,Open,Low,Chat,+1,ben,,,,free\n", StandardCharsets.UTF_8);

        String byCategory = run("report", "--tickets", file.toString(), "--mapping", "supportkpi-tickets", "--by",
                "category", "--metrics", "ticket.volume", "--format", "csv", "--quiet").out();
        String byAgent = run("report", "--tickets", file.toString(), "--mapping", "supportkpi-tickets", "--by",
                "agent", "--metrics", "ticket.volume", "--format", "csv", "--quiet").out();

        assertThat(byCategory).isEqualTo("category,ticket.volume\r\n+1,1\r\n\"'=HYPERLINK(\"\"http://x\"\")\",1\r\n"
                + "all,2\r\n");
        assertThat(byAgent).contains("'@ana,1\r\n");
        assertThat(Render.csvCell("-pro")).isEqualTo("'-pro");
        assertThat(Render.csvCell("-5")).isEqualTo("-5");
        assertThat(Render.csvCell("\tx")).isEqualTo("'\tx");
    }

    @Test
    void should_write_the_report_to_a_file_when_asked(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("r.json");
        Run r = run("report", "--tickets", SAMPLE, "--mapping", "supportkpi-tickets", "--format", "json", "-o",
                out.toString(), "--quiet");

        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).startsWith("{").contains("\"command\" : \"report\"");
    }
}
