package io.github.supportkpi.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code supportkpi staffing} on a generated two-week call log: golden outputs, and its refusals. */
class StaffingCommandTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "io", "github", "supportkpi", "cli", "golden");

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SupportKpi.run(new PrintWriter(out), new PrintWriter(err), args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    private static void golden(String name, String text) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("supportkpi.golden.overwrite")) {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
        assertThat(text).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void should_plan_the_week_after_the_log_in_text_and_csv(@TempDir Path dir) throws IOException, URISyntaxException {
        // GIVEN two weeks of calls from Monday 2021-01-04
        Path log = CallLog.write(dir, 7, LocalDate.of(2021, 1, 4), 14);
        String mapping = CliGoldenTest.fixture("calls-mapping.json");

        String[] text = run("staffing", "--calls", log.toString(), "--mapping", mapping, "--max-asa", "30s",
                "--shrinkage", "30");
        String[] csv = run("staffing", "--calls", log.toString(), "--mapping", mapping, "--model", "erlang-c",
                "--format", "csv");

        assertThat(text[0]).as(text[2]).isEqualTo("0");
        assertThat(text[1]).contains("history: 2021-01-04 to 2021-01-17 (14 days)", "Mon 2021-01-18");
        golden("staffing.txt", text[1]);
        assertThat(csv[0]).as(csv[2]).isEqualTo("0");
        golden("staffing-erlang-c.csv", csv[1]);
        // Erlang C never needs fewer agents than Erlang A, whose callers hang up
        String[] json = run("staffing", "--calls", log.toString(), "--mapping", mapping, "--format", "json");
        assertThat(json[1]).contains("\"model\" : \"erlang-a\"", "\"history_from\" : \"2021-01-04\"");
    }

    @Test
    void should_refuse_a_log_that_misses_a_weekday_naming_it() throws URISyntaxException {
        String[] r = run("staffing", "--calls", CliGoldenTest.fixture("calls.csv"), "--mapping",
                CliGoldenTest.fixture("calls-mapping.json"));

        assertThat(r[0]).isEqualTo(Integer.toString(SupportKpi.BAD_INPUT));
        assertThat(r[2]).isEqualTo("supportkpi: history must include a SATURDAY to forecast 2021-01-02: none\n");
    }

    @Test
    void should_refuse_a_bad_goal_as_usage() throws URISyntaxException {
        String[] r = run("staffing", "--calls", CliGoldenTest.fixture("calls.csv"), "--mapping",
                CliGoldenTest.fixture("calls-mapping.json"), "--within", "soon");

        assertThat(r[0]).isEqualTo(Integer.toString(SupportKpi.USAGE));
        assertThat(r[2]).startsWith("supportkpi: must be a duration such as PT30S, 30s, 5m, 2h or 1d");
    }
}
