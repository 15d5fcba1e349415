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
}
