package io.github.supportkpi.cli;

import io.github.supportkpi.report.ReportFormat;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The report model's outputs from the command line: a Markdown page and a self-contained HTML dashboard. */
class CliReportFormatsTest {
    private static final String SAMPLE = SampleExport.FILE.toString();

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SupportKpi.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void should_write_a_dashboard_page_with_the_metrics_the_quality_and_no_network() {
        // GIVEN the sample export, by week
        // WHEN the report is asked for as HTML
        Run html = run("report", "--tickets", SAMPLE, "--mapping", "supportkpi-tickets", "--bucket", "week",
                "--metrics", "ticket.volume,frt,csat", "--format", "html");
        Run text = run("report", "--tickets", SAMPLE, "--mapping", "supportkpi-tickets", "--bucket", "week",
                "--metrics", "ticket.volume,frt,csat");
        // THEN one page: a trend chart per metric column, the data-quality table, nothing fetched from outside
        assertThat(html.code()).isZero();
        assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("data-section=\"metrics\"",
                "data-section=\"quality\"", "<svg", "data-chart=\"trend\"", "Data quality")
                .doesNotContain("http://", "https://", "NaN");
        // and the rows the text output counts are the page's: the first week's ticket count is in both
        String firstWeek = text.out().lines().filter(l -> l.matches("\\d{4}-W\\d{2}.*")).findFirst().orElseThrow();
        String week = firstWeek.split("\\s+")[0];
        String tickets = firstWeek.split("\\s+")[1];
        assertThat(html.out()).contains("data-row=\"" + week + "\"")
                .contains("data-text=\"" + tickets + "\"");
    }

    @Test
    void should_write_markdown_tables_with_intervals_on_rates() {
        // GIVEN the sample export by channel
        Run md = run("report", "--tickets", SAMPLE, "--mapping", "supportkpi-tickets", "--by", "channel",
                "--metrics", "ticket.volume,resolution.rate", "--format", "markdown");
        // THEN GitHub tables, a row per channel and the total, rates with their counts
        assertThat(md.code()).isZero();
        assertThat(md.out()).startsWith("# supportkpi report").contains("## Metrics", "## Data quality", "| chat",
                "| all", " of ").doesNotContain("NaN");
        assertThat(ReportFormat.UNDEFINED).isEqualTo("n/a");
    }

    @Test
    void should_refuse_html_where_a_command_does_not_write_it() {
        // WHEN a command without a report model output is asked for HTML
        Run r = run("quality", SAMPLE, "--mapping", "supportkpi-tickets", "--format", "html");
        // THEN a usage error naming the formats it writes
        assertThat(r.code()).isEqualTo(SupportKpi.USAGE);
        assertThat(r.err()).contains("--format html is not written by quality; it writes text, csv, json");
    }
}
