package io.github.supportkpi.examples;

import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.staffing.CallTimes;
import io.github.supportkpi.staffing.ErlangA;
import io.github.supportkpi.staffing.ErlangB;
import io.github.supportkpi.staffing.ErlangC;
import io.github.supportkpi.staffing.Estimate;
import io.github.supportkpi.staffing.IntradayPlan;
import io.github.supportkpi.staffing.StaffingGoal;
import io.github.supportkpi.staffing.StaffingOutcome;
import io.github.supportkpi.staffing.StaffingRequirement;
import io.github.supportkpi.staffing.WeeklyPlan;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The README's staffing section, kept compiling and tested: goals of every kind under Erlang C and Erlang
 * A, Erlang B, and a week's plan forecast from generated calls under both models side by side.
 */
public final class StaffingSnippet {
    private StaffingSnippet() {}

    /**
     * Prints the week's plan for the generated help desk's six weeks of calls.
     *
     * @param args an optional seed (default 42)
     */
    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 42;
        HelpDeskDataset data = HelpDeskDataset.generate(seed, KpiReport.START, 6, KpiReport.ZONE);
        System.out.print(week(data.calls(), data.start(), data.end(), data.zone()).table());
    }

    /** What the goals snippet computes, for the test. */
    record Goals(StaffingRequirement need, StaffingOutcome with13, int forWaiting, int erlangA, StaffingOutcome a13,
            int trunks) {}

    static Goals goals() {
        // --- README staffing goals begin
        ErlangC traffic = ErlangC.of(100, Duration.ofMinutes(30), Duration.ofSeconds(180)); // A = 10 Erlangs
        StaffingGoal goal = StaffingGoal.ofPercent(80, Duration.ofSeconds(20))  // 80% answered within 20 s
                .withMaxAverageSpeedOfAnswer(Duration.ofSeconds(30))            // and ASA at most 30 s
                .withMaxOccupancyPercent(85)                                    // and occupancy at most 85%
                .withShrinkagePercent(30);
        StaffingRequirement need = traffic.requirement(goal);  // 14 agents, 20 positions = ceil(14 / 0.7)
        StaffingOutcome with13 = traffic.outcome(13, Duration.ofSeconds(20)); // SL 0.796: not enough
        int forWaiting = traffic.requirement(StaffingGoal.NONE.withMaxProbabilityOfWaiting(0.5)).agents(); // 12

        ErlangA impatient = traffic.withAveragePatience(Duration.ofMinutes(5)); // callers hang up after 5 min
        int erlangA = impatient.requirement(goal).agents();                       // 13
        StaffingOutcome a13 = impatient.outcome(13, Duration.ofSeconds(20)); // SL 0.858, 2.5% abandon

        int trunks = ErlangB.of(25).trunks(0.01);  // 36 lines block at most 1% of 25 Erlangs
        // --- README staffing goals end
        return new Goals(need, with13, forWaiting, erlangA, a13, trunks);
    }

    /** A week's plan under both models, and the table that sets them side by side. */
    record Week(CallTimes times, WeeklyPlan erlangC, WeeklyPlan erlangA, String table) {}

    /**
     * The week after {@code end}, forecast from the calls of the days {@code [start, end)}: each day from the
     * same weekdays, hour by hour, 80% in 20 s and ASA at most 30 s, 30% shrinkage.
     */
    static Week week(List<Interaction> calls, LocalDate start, LocalDate end, ZoneId zone) {
        // --- README staffing week begins
        List<LocalDate> history = start.datesUntil(end).toList();          // the weeks of calls we have
        CallTimes times = CallTimes.estimate(calls, Estimate.MEAN, Estimate.MEAN); // AHT and patience
        StaffingGoal goal = StaffingGoal.ofPercent(80, Duration.ofSeconds(20))
                .withMaxAverageSpeedOfAnswer(Duration.ofSeconds(30)).withShrinkagePercent(30);
        WeeklyPlan erlangA = WeeklyPlan.forecast(calls, history, end, zone, Duration.ofHours(1), times, goal);
        WeeklyPlan erlangC = WeeklyPlan.forecast(calls, history, end, zone, Duration.ofHours(1),
                times.withoutPatience(), goal);
        // --- README staffing week ends
        return new Week(times, erlangC, erlangA, sideBySide(times, erlangC, erlangA));
    }

    /** Each day's calls, then Erlang C's and Erlang A's peak agents, agent hours and predictions. */
    static String sideBySide(CallTimes times, WeeklyPlan erlangC, WeeklyPlan erlangA) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "AHT %s, mean patience %s%n",
                Format.duration(Optional.of(times.averageHandleTime())),
                times.averagePatience().map(p -> Format.duration(Optional.of(p))).orElse("n/a (nobody hung up)")));
        sb.append(String.format(Locale.ROOT, "%-14s  %7s  |  %-26s  |  %s%n", "", "",
                "Erlang C (nobody hangs up)", "Erlang A (callers hang up)"));
        sb.append(String.format(Locale.ROOT, "%-14s  %7s  |  %4s  %8s  %10s  |  %4s  %8s  %10s  %10s%n", "day",
                "calls", "peak", "agent h", "scheduled", "peak", "agent h", "scheduled", "abandoned"));
        for (LocalDate day : erlangC.days().keySet()) {
            IntradayPlan c = erlangC.days().get(day);
            IntradayPlan a = erlangA.days().get(day);
            sb.append(String.format(Locale.ROOT, "%-14s  %7.1f  |  %4d  %8.1f  %10.1f  |  %4d  %8.1f  %10.1f  %10s%n",
                    day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ROOT) + " " + day, c.totalOffered(),
                    c.peakAgents(),
                    hours(c.agentTime()), hours(c.scheduledTime()), a.peakAgents(), hours(a.agentTime()),
                    hours(a.scheduledTime()), abandoned(List.of(a))));
        }
        sb.append(String.format(Locale.ROOT, "%-14s  %7.1f  |  %4d  %8.1f  %10.1f  |  %4d  %8.1f  %10.1f  %10s%n",
                "week", erlangC.totalOffered(), erlangC.peakAgents(), hours(erlangC.agentTime()),
                hours(erlangC.scheduledTime()), erlangA.peakAgents(), hours(erlangA.agentTime()),
                hours(erlangA.scheduledTime()), abandoned(erlangA.days().values())));
        return sb.toString();
    }

    /** The share of the forecast calls Erlang A predicts abandoned, weighting each hour by its calls. */
    private static String abandoned(Collection<IntradayPlan> plans) {
        double calls = 0;
        double lost = 0;
        for (IntradayPlan p : plans) {
            for (IntradayPlan.Row r : p.rows()) {
                calls += r.offered();
                lost += r.offered() * r.outcome().probabilityOfAbandonment();
            }
        }
        return calls == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * lost / calls);
    }

    private static double hours(Duration d) {
        return d.getSeconds() / 3600.0;
    }
}
