package io.github.supportkpi.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code supportkpi reconcile} on a small export in Zendesk's Tickets API shape, worked out by hand. */
class CliReconcileTest {
    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SupportKpi.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private static String fixture() throws URISyntaxException {
        return Path.of(CliReconcileTest.class.getResource("zendesk-tickets.json").toURI()).toString();
    }

    @Test
    void should_set_ours_beside_zendesks_counting_each_outcome_and_rule() throws URISyntaxException {
        Run r = run("reconcile", "--tickets", fixture(), "--mapping", "zendesk-tickets", "--pairs");

        // ticket 1: 25 h 30 min 40 s = 1530.67 min beside 1531, rounded; ticket 2: 600 min beside 700, and
        // Zendesk's first resolution is 600; ticket 3 is refused (created_at "yesterday")
        assertThat(r.code()).isEqualTo(SupportKpi.OK);
        assertThat(r.out()).startsWith("zendesk-tickets.json: 2 tickets read, 1 rows rejected")
                .contains("1, resolution, 1530.67, 1531, equal, rounded to minutes\n")
                .contains("2, resolution, 600, 700, different, first resolution\n")
                .contains("2, firstResponse, 0, 0, equal, exact\n");
        Run json = run("reconcile", "--tickets", fixture(), "--mapping", "zendesk-tickets", "--format", "json");
        assertThat(json.out()).contains("\"command\" : \"reconcile\"").contains("\"first resolution\" : 1")
                .doesNotContain("\"pairs\"");
    }

    @Test
    void should_exit_2_for_a_mapping_without_vendor_values() throws URISyntaxException {
        Run r = run("reconcile", "--tickets", fixture(), "--mapping", "supportkpi-tickets");
        assertThat(r.code()).isEqualTo(SupportKpi.USAGE);
        assertThat(r.err()).startsWith("supportkpi: --mapping supportkpi-tickets names no vendor values of tickets");
        assertThat(run("reconcile", "--tickets", fixture(), "--mapping", "zendesk-tickets", "--format", "csv").code())
                .isEqualTo(SupportKpi.USAGE);
    }
}
