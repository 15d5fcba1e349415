package io.github.supportkpi.examples;

import io.github.supportkpi.domain.Ticket;
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
        String report = KpiReport.render(week, 7);
        assertThat(report).contains("Executive view", "By channel", "Contact centre", "Customers and cost",
                "Weekly trend (Europe/Berlin)", "2026-W10", "SLA compliance by priority", "total     first_response",
                "Backlog and flow", "past resolution SLA",
                "Intraday staffing for 2026-03-03", "Staffing the week of 2026-03-09", "Erlang A (callers hang up)");
        long volume = TicketVolume.defaults().over(week.tickets()).value();
        assertThat(report).contains("Ticket volume         " + volume + " tickets");
        assertThat(report).doesNotContain("NaN").doesNotContain("Infinity");
    }
}
