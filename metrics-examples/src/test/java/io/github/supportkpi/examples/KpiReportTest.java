package io.github.supportkpi.examples;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.report.Cell;
import io.github.supportkpi.report.Report;
import io.github.supportkpi.report.Row;
import io.github.supportkpi.report.Section;
import io.github.supportkpi.workload.TicketVolume;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KpiReportTest {
    private final HelpDeskDataset week = HelpDeskDataset.generate(7, KpiReport.START, 1, KpiReport.ZONE);

    @Test
    void should_generate_the_same_data_from_the_same_seed() {
        HelpDeskDataset again = HelpDeskDataset.generate(7, KpiReport.START, 1, KpiReport.ZONE);
        assertThat(again).isEqualTo(week);
        assertThat(HelpDeskDataset.generate(8, KpiReport.START, 1, KpiReport.ZONE)).isNotEqualTo(week);
    }

    @Test
    void should_generate_a_realistic_mix_of_records() {
        assertThat(week.tickets()).hasSizeBetween(400, 800);
        assertThat(week.tickets()).extracting(t -> t.channel().orElseThrow()).containsAll(HelpDeskDataset.CHANNELS);
        assertThat(week.tickets()).anyMatch(Ticket::isReopened).anyMatch(t -> !t.isResolved());
        assertThat(week.calls()).anyMatch(c -> c.abandoned()).anyMatch(c -> c.isAnswered());
        assertThat(week.surveys()).isNotEmpty();
        assertThat(week.sessions()).isNotEmpty();
    }

    @Test
    void should_print_every_section_with_the_dataset_numbers_and_no_nan() {
        // GIVEN a week of generated data
        // WHEN the report is built and written as text
        Report report = KpiReport.report(week, 7);
        String text = KpiReport.render(week, 7);
        // THEN every section is there, the ticket count is the metric's, and nothing is NaN
        assertThat(report.sections()).extracting(Section::id).contains("executive", "durations", "frt-bands", "sla",
                "backlog-age", "backlog-priority", "flow", "channels", "weekly", "heatmap", "leaderboard", "contact",
                "customers", "staffing-day", "staffing-week", "quality");
        for (Section s : report.sections()) {
            assertThat(text).contains(s.title());
        }
        long volume = TicketVolume.defaults().over(week.tickets()).value();
        Cell tickets = report.section("executive").orElseThrow().rows().get(0).cells().get(0);
        assertThat(((Cell.Measure) tickets).value()).hasValue(volume);
        assertThat(text).doesNotContain("NaN").doesNotContain("Infinity").contains("Europe/Berlin");
    }

    @Test
    void should_name_enum_segments_as_channels_are_named() {
        // GIVEN the report's segment rows
        String text = KpiReport.render(week, 7);
        // THEN priorities are written in lower case beside the channels, never LOW or URGENT
        assertThat(text).contains("low", "urgent", "chat", "email").doesNotContain("LOW", "URGENT", "MEDIUM");
    }

    @Test
    void should_account_for_every_open_ticket_and_every_offered_call() {
        // GIVEN the report
        Report report = KpiReport.report(week, 7);
        Section age = report.section("backlog-age").orElseThrow();
        Section priority = report.section("backlog-priority").orElseThrow();
        // THEN the backlog by age and by priority count the same open tickets
        assertThat(value(last(age))).isEqualTo(value(last(priority)));
        long byAge = age.rows().stream().limit(age.rows().size() - 1L).mapToLong(r -> (long) value(r)).sum();
        assertThat(byAge).isEqualTo((long) value(last(age)));
        // and the note says how the open tickets split by the SLA, and why the call rates have fewer calls
        assertThat(age.notes().get(0)).contains(String.valueOf((long) value(last(age))) + " tickets open");
        assertThat(report.section("contact").orElseThrow().notes().get(0)).contains("misdials");
    }

    @Test
    void should_leave_nothing_out_silently_in_the_coverage_table() {
        // GIVEN the data-quality section
        Section quality = KpiReport.report(week, 7).section("quality").orElseThrow();
        // THEN on every row, used and left out add up to the records
        assertThat(quality.rows()).isNotEmpty().allSatisfy(r -> assertThat(measure(r, 1) + measure(r, 2))
                .as(r.label()).isEqualTo(measure(r, 0)));
    }

    private static double measure(Row row, int column) {
        return ((Cell.Measure) row.cells().get(column)).value().orElseThrow();
    }

    private static Row last(Section s) {
        return s.rows().get(s.rows().size() - 1);
    }

    private static double value(Row row) {
        return ((Cell.Measure) row.cells().get(0)).value().orElseThrow();
    }
}
