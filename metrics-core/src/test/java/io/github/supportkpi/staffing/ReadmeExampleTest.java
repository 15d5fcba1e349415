package io.github.supportkpi.staffing;

import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.InteractionKind;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The classic example of the README's staffing section, in the core's own terms (metrics-examples'
 * {@code StaffingSnippet} keeps the README's exact code compiling): its numbers, and an intraday table.
 */
class ReadmeExampleTest {
    @Test
    void should_give_the_numbers_the_readme_shows() {
        // GIVEN the README example
        ErlangC traffic = ErlangC.of(100, Duration.ofMinutes(30), Duration.ofSeconds(180)); // A = 10 Erlangs
        StaffingGoal goal = StaffingGoal.ofPercent(80, Duration.ofSeconds(20)) // 80% answered within 20 s
                .withMaxAverageSpeedOfAnswer(Duration.ofSeconds(30))
                .withMaxOccupancyPercent(85)
                .withShrinkagePercent(30);
        // WHEN
        StaffingRequirement need = traffic.requirement(goal);
        StaffingOutcome with13 = traffic.outcome(13, Duration.ofSeconds(20));
        // THEN
        assertThat(need.agents()).isEqualTo(14);
        assertThat(need.positions()).isEqualTo(20);
        StaffingOutcome o = need.outcome();
        assertThat(o.probabilityOfWaiting()).isCloseTo(0.174, within(5e-4));
        assertThat(o.serviceLevel()).isCloseTo(0.888, within(5e-4));
        assertThat(o.averageSpeedOfAnswer().orElseThrow().toNanos() / 1e9).isCloseTo(7.84, within(5e-3));
        assertThat(o.occupancy()).isCloseTo(0.714, within(5e-4));
        assertThat(with13.serviceLevel()).isCloseTo(0.796, within(5e-4));
    }

    @Test
    void should_print_an_intraday_table() {
        // GIVEN 100 calls of 180 s between 09:00 and 09:30
        ZoneId zone = ZoneId.of("Europe/Paris");
        LocalDate day = LocalDate.of(2026, 3, 2);
        List<Interaction> calls = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            calls.add(Interaction.builder(InteractionKind.CALL,
                            ZonedDateTime.of(day.atTime(9, i % 30), zone).toInstant())
                    .talk(Duration.ofSeconds(180)).build());
        }
        // WHEN
        IntradayPlan plan = IntradayPlan.forDay(calls, day, zone, Duration.ofMinutes(30),
                StaffingGoal.ofPercent(80, Duration.ofSeconds(20)).withShrinkagePercent(30));
        // THEN
        assertThat(plan.toTable()).contains("09:00         100      14         20          88.8%      7.8      71.4%\n");
        assertThat(plan.peakAgents()).isEqualTo(14);
    }
}
