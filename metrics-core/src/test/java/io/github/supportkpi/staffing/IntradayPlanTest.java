package io.github.supportkpi.staffing;

import io.github.supportkpi.domain.Direction;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.InteractionKind;
import io.github.supportkpi.metric.Count;
import io.github.supportkpi.metric.Segmented;
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
import static org.assertj.core.api.Assertions.within;

class IntradayPlanTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final Duration HALF_HOUR = Duration.ofMinutes(30);
    private static final StaffingGoal GOAL = StaffingGoal.DEFAULT.withShrinkagePercent(30);

    private static Interaction call(LocalDate day, int hour, int minute, Duration talk, Duration wrapUp) {
        return Interaction.builder(InteractionKind.CALL, ZonedDateTime.of(day, LocalTime.of(hour, minute), PARIS).toInstant())
                .talk(talk).afterContact(wrapUp).build();
    }

    /**
     * 99 answered calls of 180 s and one abandoned call between 08:00 and 08:30; one answered call of 180 s
     * at 10:10; and calls that must not count: an outbound call and a call on the next day, each an hour long.
     */
    private static List<Interaction> calls() {
        List<Interaction> calls = new ArrayList<>();
        for (int i = 0; i < 99; i++) {
            calls.add(call(DAY, 8, i % 30, Duration.ofSeconds(150), Duration.ofSeconds(30)));
        }
        calls.add(Interaction.builder(InteractionKind.CALL, ZonedDateTime.of(DAY, LocalTime.of(8, 29, 59), PARIS).toInstant())
                .abandoned(true).queueWait(Duration.ofSeconds(40)).build());
        calls.add(call(DAY, 10, 10, Duration.ofSeconds(180), Duration.ZERO));
        calls.add(Interaction.builder(InteractionKind.CALL, ZonedDateTime.of(DAY, LocalTime.of(8, 10), PARIS).toInstant())
                .direction(Direction.OUTBOUND).talk(Duration.ofHours(1)).build());
        calls.add(call(DAY.plusDays(1), 8, 5, Duration.ofHours(1), Duration.ZERO));
        return calls;
    }

    @Test
    void should_count_offered_calls_per_interval_of_the_day() {
        // GIVEN the calls
        // WHEN
        Segmented<LocalTime, Count> volume = IntradayPlan.offeredVolume(calls(), DAY, PARIS, HALF_HOUR);
        // THEN the abandoned call is offered; the outbound call and the next day's call are not counted
        assertThat(volume.dimension()).isEqualTo("interval");
        assertThat(volume.segments()).containsExactly(
                Map.entry(LocalTime.of(8, 0), Count.of(100)), Map.entry(LocalTime.of(10, 0), Count.of(1)));
        assertThat(volume.total()).isEqualTo(Count.of(101));
    }

    @Test
    void should_plan_agents_per_interval_with_the_measured_handle_time() {
        // GIVEN the calls, whose answered offered calls on the day average 180 s
        // WHEN
        IntradayPlan plan = IntradayPlan.forDay(calls(), DAY, PARIS, HALF_HOUR, GOAL);
        // THEN 48 half hours; the classic 14 agents at 08:00 (20 positions at 30% shrinkage)
        assertThat(plan.averageHandleTime()).isEqualTo(Duration.ofSeconds(180));
        assertThat(plan.rows()).hasSize(48);
        IntradayPlan.Row eight = plan.rows().get(16);
        assertThat(eight.start()).isEqualTo(LocalTime.of(8, 0));
        assertThat(eight.offered()).isEqualTo(100);
        assertThat(eight.agents()).isEqualTo(14);
        assertThat(eight.positions()).isEqualTo(20);
        assertThat(eight.outcome().serviceLevel()).isCloseTo(0.8883500191794669, within(1e-12));
        // AND one call of 180 s in 30 minutes is 0.1 Erlang: one agent, two positions
        IntradayPlan.Row ten = plan.rows().get(20);
        assertThat(ten.offered()).isEqualTo(1);
        assertThat(ten.agents()).isEqualTo(1);
        assertThat(ten.positions()).isEqualTo(2);
        // AND every other interval has no volume and no agents
        assertThat(plan.rows()).filteredOn(r -> r.offered() == 0).hasSize(46)
                .allSatisfy(r -> assertThat(r.agents()).isZero());
        assertThat(plan.totalOffered()).isEqualTo(101);
        assertThat(plan.peakAgents()).isEqualTo(14);
        assertThat(plan.peakPositions()).isEqualTo(20);
        assertThat(plan.scheduledTime()).isEqualTo(HALF_HOUR.multipliedBy(22));
    }

    @Test
    void should_plan_with_a_given_handle_time() {
        // GIVEN an AHT of 360 s instead of the measured 180 s: 20 Erlangs at 08:00
        // WHEN
        IntradayPlan plan = IntradayPlan.forDay(calls(), DAY, PARIS, Duration.ofHours(1), Duration.ofSeconds(360),
                StaffingGoal.DEFAULT);
        // THEN 24 hours; 08:00 holds 100 calls per hour of 360 s: 10 Erlangs, as the classic example
        assertThat(plan.rows()).hasSize(24);
        assertThat(plan.rows().get(8).offered()).isEqualTo(100);
        assertThat(plan.rows().get(8).agents()).isEqualTo(14);
    }

    @Test
    void should_render_a_plain_text_table() {
        // GIVEN the plan
        IntradayPlan plan = IntradayPlan.forDay(calls(), DAY, PARIS, HALF_HOUR, GOAL);
        // WHEN
        String table = plan.toTable();
        // THEN SL, ASA and occupancy of the 08:00 row from the classic example; "-" with no calls
        List<String> lines = table.lines().toList();
        assertThat(lines).hasSize(49);
        assertThat(lines.get(0)).isEqualTo("interval  offered  agents  positions  service level  ASA (s)  occupancy");
        assertThat(lines.get(17)).isEqualTo("08:00         100      14         20          88.8%      7.8      71.4%");
        assertThat(lines.get(19)).isEqualTo("09:00           0       0          0              -        -          -");
        assertThat(lines.get(21)).isEqualTo("10:00           1       1          2          91.0%     20.0      10.0%");
        assertThat(table).endsWith("\n");
    }

    @Test
    void should_plan_zero_agents_for_a_day_without_calls() {
        // GIVEN no volume
        // WHEN
        IntradayPlan plan = IntradayPlan.of(Map.of(), Duration.ofMinutes(15), Duration.ofSeconds(200), GOAL);
        // THEN
        assertThat(plan.rows()).hasSize(96).allSatisfy(r -> {
            assertThat(r.offered()).isZero();
            assertThat(r.agents()).isZero();
            assertThat(r.positions()).isZero();
        });
        assertThat(plan.peakAgents()).isZero();
        assertThat(plan.scheduledTime()).isEqualTo(Duration.ZERO);
    }

    @Test
    void should_plan_forecast_volumes() {
        // GIVEN a forecast by hour
        Map<LocalTime, Long> forecast = new TreeMap<>(Map.of(LocalTime.of(9, 0), 200L, LocalTime.of(10, 0), 100L));
        // WHEN
        IntradayPlan plan = IntradayPlan.of(forecast, Duration.ofHours(1), Duration.ofSeconds(180), StaffingGoal.DEFAULT);
        // THEN 200 calls of 180 s in an hour are 10 Erlangs
        assertThat(plan.rows().get(9).agents()).isEqualTo(14);
        assertThat(plan.rows().get(10).agents()).isLessThan(14);
        assertThat(plan.rows().get(11).agents()).isZero();
    }

    @Test
    void should_refuse_an_interval_that_does_not_divide_a_day() {
        assertThatThrownBy(() -> IntradayPlan.of(Map.of(), Duration.ofMinutes(7), Duration.ofSeconds(180), GOAL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("interval must divide a day evenly (such as 15, 30 or 60 minutes): PT7M");
        assertThatThrownBy(() -> IntradayPlan.offeredVolume(calls(), DAY, PARIS, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("interval must divide a day evenly (such as 15, 30 or 60 minutes): PT0S");
        assertThatThrownBy(() -> IntradayPlan.offeredVolume(calls(), DAY, PARIS, Duration.ofDays(2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("interval must divide a day evenly (such as 15, 30 or 60 minutes): PT48H");
    }

    @Test
    void should_refuse_a_volume_at_a_start_not_aligned_to_the_interval() {
        assertThatThrownBy(() -> IntradayPlan.of(Map.of(LocalTime.of(8, 15), 10L), HALF_HOUR, Duration.ofSeconds(180), GOAL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("interval start must be a multiple of PT30M after midnight: 08:15");
    }

    @Test
    void should_refuse_a_negative_volume() {
        assertThatThrownBy(() -> IntradayPlan.of(Map.of(LocalTime.of(8, 0), -1L), HALF_HOUR, Duration.ofSeconds(180), GOAL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("offered must be finite and not negative: 08:00=-1");
    }

    @Test
    void should_refuse_to_measure_the_handle_time_without_answered_calls() {
        // GIVEN only the next day's call
        List<Interaction> calls = List.of(call(DAY.plusDays(1), 8, 5, Duration.ofSeconds(100), Duration.ZERO));
        // WHEN / THEN
        assertThatThrownBy(() -> IntradayPlan.forDay(calls, DAY, PARIS, HALF_HOUR, GOAL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("calls must include an answered offered call on 2026-03-02 to measure the average handle time: none");
    }

    @Test
    void should_refuse_a_measured_handle_time_of_zero() {
        // GIVEN answered calls with no recorded handle time
        List<Interaction> calls = List.of(call(DAY, 8, 5, Duration.ZERO, Duration.ZERO));
        // WHEN / THEN
        assertThatThrownBy(() -> IntradayPlan.forDay(calls, DAY, PARIS, HALF_HOUR, GOAL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("measured averageHandleTime must be positive: PT0S over 1 answered calls on 2026-03-02");
    }

    @Test
    void should_refuse_rows_that_do_not_cover_the_day() {
        // GIVEN a valid plan
        IntradayPlan plan = IntradayPlan.of(Map.of(), Duration.ofHours(1), Duration.ofSeconds(180), GOAL);
        // WHEN / THEN
        assertThatThrownBy(() -> new IntradayPlan(Duration.ofHours(1), Duration.ofSeconds(180), GOAL, plan.rows().subList(0, 23)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rows must number one per PT1H of a day, 24: 23");
        List<IntradayPlan.Row> swapped = new ArrayList<>(plan.rows());
        swapped.set(0, plan.rows().get(1));
        assertThatThrownBy(() -> new IntradayPlan(Duration.ofHours(1), Duration.ofSeconds(180), GOAL, swapped))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rows[0].start must be 00:00: 01:00");
    }

    @Test
    void should_plan_with_erlang_a_and_show_abandonment() {
        // GIVEN the classic 100 calls of 180 s at 08:00, callers patient 5 minutes
        CallTimes times = CallTimes.of(Duration.ofSeconds(180), Duration.ofMinutes(5));
        Map<LocalTime, Long> offered = Map.of(LocalTime.of(8, 0), 100L);
        // WHEN
        IntradayPlan plan = IntradayPlan.of(offered, HALF_HOUR, times, StaffingGoal.DEFAULT);
        // THEN each row is the Erlang A requirement; the table adds the share abandoned
        StaffingRequirement expected = ErlangA.of(100, HALF_HOUR, Duration.ofSeconds(180), Duration.ofMinutes(5))
                .requirement(StaffingGoal.DEFAULT);
        assertThat(plan.rows().get(16).requirement()).isEqualTo(expected);
        assertThat(plan.callTimes()).isEqualTo(times);
        assertThat(plan.averageHandleTime()).isEqualTo(Duration.ofSeconds(180));
        List<String> lines = plan.toTable().lines().toList();
        assertThat(lines.get(0)).endsWith("occupancy  abandoned");
        assertThat(lines.get(17)).startsWith("08:00         100      13         13").endsWith(String.format(
                java.util.Locale.ROOT, "%9.1f%%", expected.outcome().probabilityOfAbandonmentPercent()).substring(1));
        assertThat(lines.get(18)).endsWith("-          -");
        assertThat(plan.agentTime()).isEqualTo(HALF_HOUR.multipliedBy(13));
    }

    @Test
    void should_refuse_a_fractional_volume_that_is_not_finite() {
        assertThatThrownBy(() -> IntradayPlan.of(Map.of(LocalTime.of(8, 0), Double.POSITIVE_INFINITY), HALF_HOUR,
                        Duration.ofSeconds(180), GOAL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("offered must be finite and not negative: 08:00=Infinity");
    }
}
