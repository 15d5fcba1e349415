package io.github.supportkpi.staffing;

import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.InteractionKind;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Week plans forecast from history; worked by hand and against the models. */
class WeeklyPlanTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final Duration HALF_HOUR = Duration.ofMinutes(30);
    private static final CallTimes ERLANG_A = CallTimes.of(Duration.ofSeconds(180), Duration.ofMinutes(5));

    /**
     * Two weeks: on each weekday {@code d} (Monday 1 ... Friday 5), {@code 100 + 10·d} calls between 10:00 and
     * 10:30 in the first week and {@code 100 − 10·d} in the second, so each weekday averages 100; weekends
     * have none.
     */
    private static List<Interaction> calls() {
        List<Interaction> calls = new ArrayList<>();
        for (int week = 0; week < 2; week++) {
            for (int d = 1; d <= 5; d++) {
                LocalDate day = MONDAY.plusWeeks(week).plusDays(d - 1);
                int volume = week == 0 ? 100 + 10 * d : 100 - 10 * d;
                for (int i = 0; i < volume; i++) {
                    calls.add(Interaction.builder(InteractionKind.CALL,
                                    ZonedDateTime.of(day, LocalTime.of(10, 0).plusSeconds(i * 1800L / volume), ZONE).toInstant())
                            .talk(Duration.ofSeconds(180)).build());
                }
            }
        }
        return calls;
    }

    private static List<LocalDate> history() {
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            days.add(MONDAY.plusDays(i));
        }
        return days;
    }

    @Test
    void should_plan_each_day_from_the_same_weekdays_of_the_history() {
        // GIVEN / WHEN the week after the history, Erlang A and Erlang C
        LocalDate first = MONDAY.plusWeeks(2);
        WeeklyPlan a = WeeklyPlan.forecast(calls(), history(), first, ZONE, HALF_HOUR, ERLANG_A, StaffingGoal.DEFAULT);
        WeeklyPlan c = WeeklyPlan.forecast(calls(), history(), first, ZONE, HALF_HOUR, ERLANG_A.withoutPatience(),
                StaffingGoal.DEFAULT);
        // THEN every weekday forecasts the classic 100 calls at 10:00: 14 agents under Erlang C, 13 under A
        assertThat(a.days().keySet()).containsExactly(first, first.plusDays(1), first.plusDays(2), first.plusDays(3),
                first.plusDays(4), first.plusDays(5), first.plusDays(6));
        for (int d = 0; d < 5; d++) {
            IntradayPlan.Row ten = a.days().get(first.plusDays(d)).rows().get(20);
            assertThat(ten.offered()).isEqualTo(100.0);
            assertThat(ten.requirement()).isEqualTo(ErlangA.of(100, HALF_HOUR, Duration.ofSeconds(180),
                    Duration.ofMinutes(5)).requirement(StaffingGoal.DEFAULT));
            assertThat(c.days().get(first.plusDays(d)).rows().get(20).agents()).isEqualTo(14);
        }
        assertThat(a.days().get(first.plusDays(5)).totalOffered()).isZero();
        assertThat(a.totalOffered()).isEqualTo(500.0);
        assertThat(a.peakAgents()).isEqualTo(13);
        assertThat(c.peakAgents()).isEqualTo(14);
        assertThat(a.agentTime()).isEqualTo(HALF_HOUR.multipliedBy(5 * 13));
        assertThat(c.scheduledTime()).isEqualTo(HALF_HOUR.multipliedBy(5 * 14));
    }

    @Test
    void should_print_a_line_per_day_and_a_total() {
        // GIVEN
        WeeklyPlan c = WeeklyPlan.forecast(calls(), history(), MONDAY.plusWeeks(2), ZONE, HALF_HOUR,
                ERLANG_A.withoutPatience(), StaffingGoal.DEFAULT.withShrinkagePercent(30));
        // WHEN
        List<String> lines = c.toTable().lines().toList();
        // THEN
        assertThat(lines).hasSize(9);
        assertThat(lines.get(0)).isEqualTo("day               offered  peak agents  peak positions  agent hours  scheduled hours");
        assertThat(lines.get(1)).isEqualTo("Mon 2026-03-16     100.00           14              20          7.0             10.0");
        assertThat(lines.get(7)).isEqualTo("Sun 2026-03-22       0.00            0               0          0.0              0.0");
        assertThat(lines.get(8)).isEqualTo("week               500.00           14              20         35.0             50.0");
    }

    @Test
    void should_refuse_a_weekday_missing_from_the_history() {
        // GIVEN a history of weekdays only
        List<LocalDate> weekdays = history().stream().filter(d -> d.getDayOfWeek().getValue() <= 5).toList();
        // WHEN / THEN
        assertThatThrownBy(() -> WeeklyPlan.forecast(calls(), weekdays, MONDAY.plusWeeks(2), ZONE, HALF_HOUR,
                        ERLANG_A, StaffingGoal.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("history must include a " + DayOfWeek.SATURDAY + " to forecast 2026-03-21: none");
    }

    @Test
    void should_refuse_days_that_are_not_a_week() {
        IntradayPlan empty = IntradayPlan.of(Map.of(), HALF_HOUR, Duration.ofSeconds(180), StaffingGoal.DEFAULT);
        TreeMap<LocalDate, IntradayPlan> six = new TreeMap<>();
        for (int i = 0; i < 6; i++) {
            six.put(MONDAY.plusDays(i), empty);
        }
        assertThatThrownBy(() -> new WeeklyPlan(six))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("days must be seven consecutive days: [2026-03-02");
    }
}
