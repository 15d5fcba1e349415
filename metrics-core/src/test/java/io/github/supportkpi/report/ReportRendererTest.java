package io.github.supportkpi.report;

import io.github.supportkpi.metric.Interval;
import io.github.supportkpi.metric.Ratio;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Exact output of every renderer for a small report. */
class ReportRendererTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ReportFormat FORMAT = ReportFormat.defaults(BERLIN);
    private static final Cells CELLS = Cells.plain().withMinimumSample(5);

    /** Tiles with a target, an interval, a duration, points, a count and an undefined rate; a table by priority. */
    static Report sample() {
        Ratio csat = Ratio.of(105, 120);
        Target<Ratio> csatTarget = Target.atLeast("csat >= 85%", Ratio::percent, 85);
        return Report.builder("Support KPIs", BERLIN).subtitle("March 2026")
                .asOf(Instant.parse("2026-04-01T00:00:00Z"))
                .section(Section.builder("executive", "Executive view", Section.Kind.TILES)
                        .row("CSAT", CELLS.percent(csat).withInterval(Interval.of(80.4, 92.3, 0.95))
                                .withTarget(csatTarget.evaluate(csat)))
                        .row("FRT median", Cell.Measure.of(Unit.DURATION, OptionalDouble.of(11_100), 412))
                        .row("NPS", Cell.Measure.of(Unit.POINTS, OptionalDouble.of(30), 100))
                        .row("Tickets", CELLS.count(1204))
                        .row("Reopen rate", CELLS.percent(Ratio.EMPTY))
                        .note("CSAT counts answers 4 and 5."))
                .section(Section.builder("priority", "By priority", Section.Kind.TABLE).columns("tickets", "FCR | first")
                        .row("low", CELLS.count(3), CELLS.percent(Ratio.of(2, 3)))
                        .row("urgent", CELLS.count(1), CELLS.percent(Ratio.of(1, 1)).withTooFew(false))
                        .row("@risk, urgent", CELLS.count(0), CELLS.percent(Ratio.EMPTY)))
                .build();
    }

    private static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    private static String sp(int n) {
        return " ".repeat(n);
    }

    @Test
    void should_write_aligned_text() {
        assertThat(ReportRenderer.text().render(sample(), FORMAT)).isEqualTo(lines(
                "Support KPIs",
                "============",
                "March 2026",
                "as of 2026-04-01 02:00 Europe/Berlin",
                "",
                "Executive view",
                "--------------",
                sp(33) + "value",
                "CSAT" + sp(9) + "87.5% of 120 (target met)",
                "FRT median" + sp(14) + "3h 05m (n 412)",
                "NPS" + sp(21) + "+30.00 (n 100)",
                "Tickets" + sp(26) + "1,204",
                "Reopen rate" + sp(19) + "n/a of 0",
                "CSAT counts answers 4 and 5.",
                "",
                "By priority",
                "-----------",
                sp(15) + "tickets" + sp(11) + "FCR | first",
                "low" + sp(18) + "3  66.7% of 3 (too few)",
                "urgent" + sp(15) + "1" + sp(11) + "100.0% of 1",
                "@risk, urgent" + sp(8) + "0" + sp(14) + "n/a of 0"));
    }

    @Test
    void should_write_csv_of_one_line_per_cell_with_machine_values() {
        assertThat(ReportRenderer.csv().render(sample(), FORMAT)).isEqualTo(lines(
                "section,row,column,value,unit,sample_size,numerator,denominator,interval_lower,interval_upper,"
                        + "interval_level,target,target_outcome,too_few,formatted",
                "executive,CSAT,value,87.5,percent,120,105,120,80.4,92.3,0.95,csat >= 85%,met,false,87.5%",
                "executive,FRT median,value,11100,duration,412,,,,,,,,false,3h 05m",
                "executive,NPS,value,30,points,100,,,,,,,,false,+30.00",
                "executive,Tickets,value,1204,count,1204,,,,,,,,false,\"1,204\"",
                "executive,Reopen rate,value,,percent,0,0,0,,,,,,false,n/a",
                "priority,low,tickets,3,count,3,,,,,,,,false,3",
                "priority,low,FCR | first,66.66666666666667,percent,3,2,3,,,,,,true,66.7% (too few)",
                "priority,urgent,tickets,1,count,1,,,,,,,,false,1",
                "priority,urgent,FCR | first,100,percent,1,1,1,,,,,,false,100.0%",
                "priority,\"'@risk, urgent\",tickets,0,count,0,,,,,,,,false,0",
                "priority,\"'@risk, urgent\",FCR | first,,percent,0,0,0,,,,,,false,n/a"));
    }

    @Test
    void should_write_github_markdown_with_escaped_pipes() {
        assertThat(ReportRenderer.markdown().render(sample(), FORMAT)).isEqualTo(lines(
                "# Support KPIs",
                "",
                "March 2026  ",
                "As of 2026-04-01 02:00 Europe/Berlin  ",
                "",
                "## Executive view",
                "",
                "|  | value |",
                "|---|---:|",
                "| CSAT | 87.5% of 120 (target met) |",
                "| FRT median | 3h 05m (n 412) |",
                "| NPS | +30.00 (n 100) |",
                "| Tickets | 1,204 |",
                "| Reopen rate | n/a of 0 |",
                "",
                "- CSAT counts answers 4 and 5.",
                "",
                "## By priority",
                "",
                "|  | tickets | FCR \\| first |",
                "|---|---:|---:|",
                "| low | 3 | 66.7% of 3 (too few) |",
                "| urgent | 1 | 100.0% of 1 |",
                "| @risk, urgent | 0 | n/a of 0 |"));
    }

    @Test
    void should_write_versioned_json_with_escapes_and_nulls() {
        // GIVEN a label with a quote, a backslash, a line break and a control character
        Report report = Report.builder("R", ZoneId.of("UTC"))
                .section(Section.builder("s", "S", Section.Kind.TILES)
                        .row("quote \" and \\ and\nline", Cells.plain().percent(Ratio.of(1, 4)))
                        .row("t\u0001\u2028", new Cell.Text("x"))
                        .row("when", new Cell.Moment(Instant.parse("2026-04-13T08:00:00Z"))))
                .build();
        // WHEN / THEN
        assertThat(ReportRenderer.json().render(report, ReportFormat.defaults(ZoneId.of("UTC")))).isEqualTo(
                "{\"schema\":\"supportkpi.report\",\"version\":1,\"title\":\"R\",\"subtitle\":[],\"zone\":\"UTC\","
                + "\"asOf\":null,\"sections\":[\n"
                + "{\"id\":\"s\",\"title\":\"S\",\"kind\":\"tiles\",\"columns\":[\"value\"],\"notes\":[],\"rows\":[\n"
                + "{\"label\":\"quote \\\" and \\\\ and\\nline\",\"cells\":[{\"type\":\"measure\",\"unit\":\"percent\","
                + "\"value\":25,\"sampleSize\":4,\"numerator\":1,\"denominator\":4,\"interval\":null,\"target\":null,"
                + "\"tooFew\":false,\"formatted\":\"25.0%\"}]},\n"
                + "{\"label\":\"t\\u0001\\u2028\",\"cells\":[{\"type\":\"text\",\"text\":\"x\",\"formatted\":\"x\"}]},\n"
                + "{\"label\":\"when\",\"cells\":[{\"type\":\"moment\",\"instant\":\"2026-04-13T08:00:00Z\","
                + "\"formatted\":\"2026-04-13 08:00 UTC\"}]}]}]}\n");
    }

    @Test
    void should_write_a_target_and_an_interval_in_json() {
        @SuppressWarnings("unchecked")
        Map<String, Object> doc = (Map<String, Object>) MiniJson.parse(ReportRenderer.json().render(sample(), FORMAT));
        assertThat(doc.get("asOf")).isEqualTo("2026-04-01T00:00:00Z");
        Object csat = ((Map<?, ?>) ((List<?>) ((Map<?, ?>) ((List<?>) ((Map<?, ?>) ((List<?>) doc.get("sections")).get(0))
                .get("rows")).get(0)).get("cells")).get(0));
        Map<?, ?> cell = (Map<?, ?>) csat;
        assertThat(cell.get("interval").toString()).isEqualTo("{lower=80.4, upper=92.3, level=0.95}");
        assertThat(cell.get("target").toString())
                .isEqualTo("{name=csat >= 85%, outcome=met, actual=87.5, baseline=null, changePercent=null}");
    }

    @Test
    void should_make_formula_text_safe_and_leave_numbers_alone() {
        assertThat(CsvRenderer.field("=SUM(A1:A3)")).isEqualTo("'=SUM(A1:A3)");
        assertThat(CsvRenderer.field("+1 555")).isEqualTo("'+1 555");
        assertThat(CsvRenderer.field("-4m 10s")).isEqualTo("'-4m 10s");
        assertThat(CsvRenderer.field("@risk")).isEqualTo("'@risk");
        assertThat(CsvRenderer.field("\tx")).isEqualTo("'\tx");
        assertThat(CsvRenderer.field("-18")).isEqualTo("-18");
        assertThat(CsvRenderer.field("+2.5")).isEqualTo("+2.5");
        assertThat(CsvRenderer.field("a \"b\", c")).isEqualTo("\"a \"\"b\"\", c\"");
        assertThat(CsvRenderer.field(" padded")).isEqualTo("\" padded\"");
        assertThat(CsvRenderer.field("")).isEmpty();
    }
}
