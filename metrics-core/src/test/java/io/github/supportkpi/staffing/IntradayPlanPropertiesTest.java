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

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/** Properties of intraday plans over generated call times. */
class IntradayPlanPropertiesTest {
    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final LocalDate DAY = LocalDate.of(2026, 6, 10);

    private static List<Interaction> callsAt(List<Integer> secondsOfDay) {
        List<Interaction> calls = new ArrayList<>();
        for (int s : secondsOfDay) {
            calls.add(Interaction.builder(InteractionKind.CALL,
                            ZonedDateTime.of(DAY.atStartOfDay(), ZONE).plusSeconds(s).toInstant())
                    .talk(Duration.ofSeconds(120 + s % 300)).build());
        }
        return calls;
    }

    @Test
    void should_plan_every_offered_call_once_and_staff_exactly_the_intervals_with_calls() {
        qt().withExamples(200).forAll(lists().of(integers().between(0, 86_399)).ofSizeBetween(1, 400), integers().between(0, 3))
                .check((seconds, pick) -> {
                    Duration interval = Duration.ofMinutes(new int[] {15, 30, 60, 120}[pick]);
                    IntradayPlan plan = IntradayPlan.forDay(callsAt(seconds), DAY, ZONE, interval, StaffingGoal.DEFAULT);
                    boolean staffedIffCalls = plan.rows().stream()
                            .allMatch(r -> (r.offered() == 0) == (r.agents() == 0));
                    boolean aboveTraffic = plan.rows().stream().allMatch(r -> r.agents()
                            > ErlangC.of(r.offered(), interval, plan.averageHandleTime()).trafficIntensity()
                            || r.offered() == 0);
                    return plan.totalOffered() == seconds.size() && staffedIffCalls && aboveTraffic
                            && plan.rows().size() == 86_400 / interval.getSeconds();
                });
    }

    @Test
    void should_average_every_offered_call_of_the_chosen_days_into_the_profile() {
        qt().withExamples(100).forAll(lists().of(integers().between(0, 3 * 86_400 - 1)).ofSizeBetween(0, 300),
                        integers().between(1, 3), integers().between(0, 3))
                .check((seconds, days, pick) -> {
                    Duration interval = Duration.ofMinutes(new int[] {15, 30, 60, 120}[pick]);
                    List<LocalDate> chosen = new ArrayList<>();
                    for (int d = 0; d < days; d++) {
                        chosen.add(DAY.plusDays(d));
                    }
                    ArrivalProfile profile = ArrivalProfile.of(callsAt(seconds), chosen, ZONE, interval);
                    long onChosenDays = callsAt(seconds).stream()
                            .filter(c -> chosen.contains(c.at().atZone(ZONE).toLocalDate())).count();
                    return Math.abs(profile.total() * days - onChosenDays) < 1e-9 && profile.days() == days;
                });
    }

    @Test
    void should_never_plan_fewer_agents_for_a_larger_forecast_under_either_model() {
        qt().withExamples(60).forAll(lists().of(integers().between(0, 86_399)).ofSizeBetween(1, 300),
                        doubles().between(1, 3), integers().between(0, 1))
                .check((seconds, growth, model) -> {
                    CallTimes times = model == 0 ? CallTimes.of(Duration.ofSeconds(200))
                            : CallTimes.of(Duration.ofSeconds(200), Duration.ofSeconds(90));
                    ArrivalProfile profile = ArrivalProfile.of(callsAt(seconds), List.of(DAY), ZONE, Duration.ofMinutes(30));
                    StaffingGoal goal = StaffingGoal.DEFAULT.withMaxAverageSpeedOfAnswer(Duration.ofSeconds(20));
                    IntradayPlan base = IntradayPlan.of(profile, times, goal);
                    IntradayPlan grown = IntradayPlan.of(profile.scaledBy(growth), times, goal);
                    for (int i = 0; i < base.rows().size(); i++) {
                        if (grown.rows().get(i).agents() < base.rows().get(i).agents()) {
                            return false;
                        }
                    }
                    return grown.agentTime().compareTo(base.agentTime()) >= 0;
                });
    }
}
