package io.github.supportkpi.examples;

import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.staffing.ErlangA;
import io.github.supportkpi.staffing.ErlangC;
import io.github.supportkpi.staffing.IntradayPlan;
import io.github.supportkpi.staffing.StaffingGoal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StaffingSnippetTest {
    private static final StaffingGoal GOAL = StaffingGoal.ofPercent(80, Duration.ofSeconds(20))
            .withMaxAverageSpeedOfAnswer(Duration.ofSeconds(30)).withShrinkagePercent(30);

    @Test
    void should_compute_what_the_readme_says_of_the_goals() {
        // GIVEN / WHEN
        StaffingSnippet.Goals g = StaffingSnippet.goals();
        // THEN
        assertThat(g.need().agents()).isEqualTo(14);
        assertThat(g.need().positions()).isEqualTo(20);
        assertThat(g.with13().serviceLevel()).isCloseTo(0.796, within(5e-4));
        assertThat(g.forWaiting()).isEqualTo(12);
        assertThat(g.erlangA()).isEqualTo(13);
        assertThat(g.a13().serviceLevel()).isCloseTo(0.858, within(5e-4));
        assertThat(g.a13().probabilityOfAbandonmentPercent()).isCloseTo(2.5, within(0.05));
        assertThat(g.trunks()).isEqualTo(36);
    }

    @Test
    void should_forecast_each_day_from_the_same_weekdays_and_plan_it_under_both_models() {
        // GIVEN two generated weeks
        HelpDeskDataset data = HelpDeskDataset.generate(7, KpiReport.START, 2, KpiReport.ZONE);
        // WHEN
        StaffingSnippet.Week week = StaffingSnippet.week(data.calls(), data.start(), data.end(), data.zone());
        // THEN next Monday 10:00 forecasts the mean of the two Mondays' 10:00 calls, counted here
        LocalDate monday = data.end();
        long counted = data.calls().stream().filter(Interaction::isOffered).filter(c -> {
            ZonedDateTime at = c.at().atZone(data.zone());
            return at.getHour() == 10 && (at.toLocalDate().equals(data.start()) || at.toLocalDate().equals(data.start().plusWeeks(1)));
        }).count();
        IntradayPlan.Row c = week.erlangC().days().get(monday).rows().get(10);
        IntradayPlan.Row a = week.erlangA().days().get(monday).rows().get(10);
        assertThat(c.start()).isEqualTo(LocalTime.of(10, 0));
        assertThat(c.offered()).isEqualTo(counted / 2.0);
        assertThat(a.offered()).isEqualTo(counted / 2.0);
        // AND each row is the model's requirement with the estimated times
        Duration aht = week.times().averageHandleTime();
        Duration patience = week.times().averagePatience().orElseThrow();
        assertThat(c.requirement()).isEqualTo(ErlangC.of(c.offered(), Duration.ofHours(1), aht).requirement(GOAL));
        assertThat(a.requirement()).isEqualTo(ErlangA.of(a.offered(), Duration.ofHours(1), aht, patience).requirement(GOAL));
        // AND the weekend, with no calls in the history, plans nobody
        assertThat(week.erlangA().days().get(monday.plusDays(5)).peakAgents()).isZero();
        // AND the table sets both side by side, a line per day and the week
        List<String> lines = week.table().lines().toList();
        assertThat(lines).hasSize(11);
        assertThat(lines.get(1)).contains("Erlang C (nobody hangs up)").contains("Erlang A (callers hang up)");
        assertThat(lines.get(3)).startsWith("Mon " + monday);
        assertThat(lines.get(10)).startsWith("week");
        assertThat(week.table()).doesNotContain("NaN").doesNotContain("Infinity");
    }
}
