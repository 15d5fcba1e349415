package io.github.supportkpi.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line end to end on the shipped sample and a fixture call log, each output compared with its
 * golden file in text, CSV and JSON. After a deliberate change, write them again with
 * {@code -Dsupportkpi.golden.overwrite=true} and review the diff.
 */
class CliGoldenTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "io", "github", "supportkpi", "cli", "golden");
    private static final String SAMPLE = SampleExport.FILE.toString();
    /** The command the README's first section shows, from the repository's root. */
    static final String[] README_ARGS = {"report", "--tickets", SAMPLE, "--mapping", "supportkpi-tickets", "--by",
        "channel", "--metrics", "ticket.volume,resolution.rate,frt,csat", "--quiet"};

    static Stream<Arguments> runs() throws URISyntaxException {
        String calls = fixture("calls.csv");
        String callsMapping = fixture("calls-mapping.json");
        String surveys = fixture("surveys.csv");
        String surveysMapping = fixture("surveys-mapping.json");
        String zendesk = fixture("zendesk/tickets.json");
        String audits = fixture("zendesk/audits.json");
        String events = fixture("zendesk/ticket_metric_events.json");
        String ratings = fixture("zendesk/satisfaction_ratings.json");
        String[] history = {"report", "--tickets", zendesk, "--mapping", "zendesk-tickets", "--audits", audits,
            "--metric-events", events, "--metrics",
            "ticket.volume,frt,reopen.rate,first.assignment.time,frt.after.assignment", "--quiet"};
        return Stream.of(
                Arguments.of("zendesk-history.txt", history),
                Arguments.of("zendesk-history-by-team.csv", concat(history, "--by", "team", "--format", "csv")),
                Arguments.of("zendesk-history.json", concat(history, "--format", "json")),
                Arguments.of("zendesk-satisfaction.txt", new String[] {"surveys", "--surveys", ratings, "--mapping",
                    "zendesk-satisfaction", "--by", "attribute:group", "--metrics", "csat", "--quiet"}),
                Arguments.of("zendesk-reconcile-events.txt", new String[] {"reconcile", "--tickets", zendesk,
                    "--mapping", "zendesk-tickets", "--metric-events", events, "--pairs"}),
                Arguments.of("customers-by-contract.txt", new String[] {"customers", "--customers",
                    fixture("customers.csv"), "--mapping", fixture("customers-mapping.json"), "--by",
                    "attribute:contract"}),
                Arguments.of("customers.csv", new String[] {"customers", "--customers", fixture("customers.csv"),
                    "--mapping", fixture("customers-mapping.json"), "--format", "csv"}),
                Arguments.of("customers.json", new String[] {"customers", "--customers", fixture("customers.csv"),
                    "--mapping", fixture("customers-mapping.json"), "--by", "attribute:contract", "--format",
                    "json"}),
                Arguments.of("readme.txt", README_ARGS),
                Arguments.of("report-by-channel.txt", new String[] {"report", "--tickets", SAMPLE, "--mapping",
                    "supportkpi-tickets", "--by", "channel", "--quiet"}),
                Arguments.of("report-weekly.csv", new String[] {"report", "--tickets", SAMPLE, "--mapping",
                    "supportkpi-tickets", "--bucket", "week", "--format", "csv", "--quiet"}),
                Arguments.of("report-priority-march.json", new String[] {"report", "--tickets", SAMPLE, "--mapping",
                    "supportkpi-tickets", "--by", "priority", "--from", "2026-03-01", "--to", "2026-03-31",
                    "--metrics", "ticket.volume,frt,csat", "--definition", "csat.satisfiedThreshold=5", "--format", "json",
                    "--quiet"}),
                Arguments.of("report-by-plan-monthly.txt", new String[] {"report", "--tickets", SAMPLE, "--mapping",
                    "supportkpi-tickets", "--by", "attribute:plan", "--bucket", "month", "--metrics",
                    "ticket.volume,resolution.rate,resolution.time", "--quiet"}),
                Arguments.of("calls-by-agent.txt", new String[] {"calls", "--calls", calls, "--mapping", callsMapping,
                    "--by", "agent", "--quiet"}),
                Arguments.of("calls-with-aggregates-by-agent.txt", new String[] {"calls", "--calls", calls,
                    "--mapping", callsMapping, "--aggregates", fixture("aggregates.csv"), "--aggregates-mapping",
                    fixture("aggregates-mapping.json"), "--by", "agent", "--quiet"}),
                Arguments.of("calls-with-aggregates-monthly.csv", new String[] {"calls", "--calls", calls,
                    "--mapping", callsMapping, "--aggregates", fixture("aggregates.csv"), "--aggregates-mapping",
                    fixture("aggregates-mapping.json"), "--bucket", "month", "--metrics", "contacts,abandon.rate,asa",
                    "--format", "csv", "--quiet"}),
                Arguments.of("calls.json", new String[] {"calls", "--calls", calls, "--mapping", callsMapping,
                    "--format", "json", "--quiet"}),
                Arguments.of("surveys-by-channel.txt", new String[] {"surveys", "--surveys", surveys, "--mapping",
                    surveysMapping, "--by", "channel", "--quiet"}),
                Arguments.of("surveys-weekly.csv", new String[] {"surveys", "--surveys", surveys, "--mapping",
                    surveysMapping, "--bucket", "week", "--metrics", "csat,csat.mean,nps,ces.easy,ces.mean", "--format",
                    "csv", "--quiet"}),
                Arguments.of("surveys-nps-by-agent.json", new String[] {"surveys", "--surveys", surveys, "--mapping",
                    surveysMapping, "--by", "agent", "--metrics", "nps", "--format", "json", "--quiet"}),
                Arguments.of("quality.txt", new String[] {"quality", SAMPLE, "--mapping", "supportkpi-tickets"}),
                Arguments.of("quality.json", new String[] {"quality", calls, "--mapping", callsMapping,
                    "--format", "json"}));
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static String fixture(String name) throws URISyntaxException {
        return Path.of(CliGoldenTest.class.getResource(name).toURI()).toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void writes_what_its_golden_file_says(String golden, String[] args) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SupportKpi.run(new PrintWriter(out), new PrintWriter(err), args);

        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).isEmpty();
        String text = out.toString();
        Path file = GOLDEN.resolve(golden);
        if (Boolean.getBoolean("supportkpi.golden.overwrite")) {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file").exists();
        assertThat(text).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
