package io.github.supportkpi.staffing;

import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.InteractionKind;
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

/** Arrival profiles averaged over days; worked by hand. */
class ArrivalProfileTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final Duration HOUR = Duration.ofHours(1);

    private static Interaction call(LocalDate day, int hour, int minute) {
        return Interaction.builder(InteractionKind.CALL, ZonedDateTime.of(day, LocalTime.of(hour, minute), ZONE).toInstant())
                .talk(Duration.ofMinutes(3)).build();
    }

    /** Four Mondays with 5, 8, 6 and 8 calls between 09:00 and 10:00 and one at 14:30 on the first; a Tuesday. */
    private static List<Interaction> calls() {
        List<Interaction> calls = new ArrayList<>();
        int[] nine = {5, 8, 6, 8};
        for (int w = 0; w < 4; w++) {
            for (int i = 0; i < nine[w]; i++) {
                calls.add(call(MONDAY.plusWeeks(w), 9, i * 7));
            }
        }
        calls.add(call(MONDAY, 14, 30));
        calls.add(call(MONDAY.plusDays(1), 9, 0));
        return calls;
    }

    private static List<LocalDate> mondays(int n) {
        List<LocalDate> days = new ArrayList<>();
        for (int w = 0; w < n; w++) {
            days.add(MONDAY.plusWeeks(w));
        }
        return days;
    }

    @Test
    void should_average_each_interval_over_the_chosen_days() {
        // GIVEN / WHEN four Mondays
        ArrivalProfile profile = ArrivalProfile.of(calls(), mondays(4), ZONE, HOUR);
        // THEN 27 / 4 = 6.75 calls at 09:00, 1 / 4 at 14:00; the Tuesday's call is not counted
        assertThat(profile.days()).isEqualTo(4);
        assertThat(profile.offered()).containsExactly(Map.entry(LocalTime.of(9, 0), 6.75), Map.entry(LocalTime.of(14, 0), 0.25));
        assertThat(profile.at(LocalTime.of(9, 0))).isEqualTo(6.75);
        assertThat(profile.at(LocalTime.of(10, 0))).isZero();
        assertThat(profile.total()).isEqualTo(7.0);
    }

    @Test
    void should_count_a_chosen_day_without_calls_as_none() {
        // GIVEN four Mondays and a fifth with no call
        // WHEN
        ArrivalProfile profile = ArrivalProfile.of(calls(), mondays(5), ZONE, HOUR);
        // THEN 27 / 5
        assertThat(profile.at(LocalTime.of(9, 0))).isEqualTo(5.4);
    }

    @Test
    void should_split_into_shorter_intervals() {
        // GIVEN / WHEN half hours over the first Monday: calls at 09:00, 09:07, ..., 09:28 and 09:35
        ArrivalProfile profile = ArrivalProfile.of(calls(), List.of(MONDAY), ZONE, Duration.ofMinutes(30));
        // THEN
        assertThat(profile.at(LocalTime.of(9, 0))).isEqualTo(5.0);
        assertThat(profile.at(LocalTime.of(14, 30))).isEqualTo(1.0);
    }

    @Test
    void should_scale_a_forecast() {
        // GIVEN / WHEN 10% more calls
        ArrivalProfile profile = ArrivalProfile.of(calls(), mondays(4), ZONE, HOUR).scaledBy(1.1);
        // THEN
        assertThat(profile.at(LocalTime.of(9, 0))).isEqualTo(6.75 * 1.1);
        assertThat(profile.days()).isEqualTo(4);
    }

    @Test
    void should_plan_the_fractional_forecast() {
        // GIVEN 6.75 calls at 09:00 of 180 s
        ArrivalProfile profile = ArrivalProfile.of(calls(), mondays(4), ZONE, HOUR);
        // WHEN
        IntradayPlan plan = IntradayPlan.of(profile, CallTimes.of(Duration.ofSeconds(180)), StaffingGoal.DEFAULT);
        // THEN as the Erlang C model of 6.75 calls an hour
        assertThat(plan.rows().get(9).offered()).isEqualTo(6.75);
        assertThat(plan.rows().get(9).requirement())
                .isEqualTo(ErlangC.of(6.75, HOUR, Duration.ofSeconds(180)).requirement(StaffingGoal.DEFAULT));
        assertThat(plan.totalOffered()).isEqualTo(7.0);
        assertThat(plan.toTable()).contains("09:00        6.75       2          2").contains("10:00        0.00       0");
    }

    @Test
    void should_refuse_no_day_a_repeated_day_or_bad_volumes() {
        assertThatThrownBy(() -> ArrivalProfile.of(calls(), List.of(), ZONE, HOUR))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("days must include at least one day: none");
        assertThatThrownBy(() -> ArrivalProfile.of(calls(), List.of(MONDAY, MONDAY), ZONE, HOUR))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("days must not repeat: 2026-03-02");
        assertThatThrownBy(() -> new ArrivalProfile(HOUR, 1, new TreeMap<>(Map.of(LocalTime.of(9, 0), Double.NaN))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("offered must be finite and not negative: 09:00=NaN");
        assertThatThrownBy(() -> new ArrivalProfile(HOUR, 1, new TreeMap<>(Map.of(LocalTime.of(9, 30), 1.0))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("interval start must be a multiple of PT1H after midnight: 09:30");
        assertThatThrownBy(() -> new ArrivalProfile(HOUR, 0, new TreeMap<>()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("days must be positive: 0");
        assertThatThrownBy(() -> ArrivalProfile.of(calls(), mondays(1), ZONE, HOUR).scaledBy(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("factor must be finite and not negative: -1.0");
    }
}
