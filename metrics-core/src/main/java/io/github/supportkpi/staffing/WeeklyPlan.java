package io.github.supportkpi.staffing;

import io.github.supportkpi.domain.Interaction;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A staffing plan for a week: an {@link IntradayPlan} for each of seven consecutive days. Immutable and
 * thread-safe.
 *
 * <p>{@link #forecast} plans each day from the calls of the history days that fall on the same day of the
 * week, averaged interval by interval ({@link ArrivalProfile}): next Monday from the last six Mondays.
 *
 * <pre>{@code
 * CallTimes times = CallTimes.estimate(history, Estimate.MEAN, Estimate.MEAN);
 * WeeklyPlan erlangA = WeeklyPlan.forecast(calls, historyDays, LocalDate.of(2026, 4, 13), zone,
 *         Duration.ofMinutes(30), times, goal);
 * WeeklyPlan erlangC = WeeklyPlan.forecast(calls, historyDays, LocalDate.of(2026, 4, 13), zone,
 *         Duration.ofMinutes(30), times.withoutPatience(), goal);
 * System.out.print(erlangA.toTable());
 * }</pre>
 *
 * @param days the plan of each day, seven consecutive days in order
 */
public record WeeklyPlan(SortedMap<LocalDate, IntradayPlan> days) {
    /**
     * Validates the plan and copies the days.
     *
     * @throws NullPointerException if the map, a day or a plan is null
     * @throws IllegalArgumentException unless there are seven consecutive days
     */
    public WeeklyPlan {
        Objects.requireNonNull(days, "days");
        SortedMap<LocalDate, IntradayPlan> copy = new TreeMap<>();
        for (Map.Entry<LocalDate, IntradayPlan> e : days.entrySet()) {
            copy.put(Objects.requireNonNull(e.getKey(), "day"), Objects.requireNonNull(e.getValue(), "plan"));
        }
        if (copy.size() != 7 || !copy.lastKey().equals(copy.firstKey().plusDays(6))) {
            throw new IllegalArgumentException("days must be seven consecutive days: " + copy.keySet());
        }
        days = Collections.unmodifiableSortedMap(copy);
    }

    /**
     * The plan of the seven days from {@code firstDay}, each from the mean calls per interval of the history
     * days on the same day of the week.
     *
     * @param calls the interactions; others than offered calls on the history days are ignored
     * @param history the days to forecast from, none repeated; a day with no calls counts as no calls
     * @param firstDay the first day of the plan
     * @param zone the time zone of the days and their intervals
     * @param interval the interval, dividing a day evenly
     * @param callTimes the handle time and, for Erlang A, patience
     * @param goal the goal
     * @return the plan
     * @throws IllegalArgumentException if a day of the week of the plan has no history day, a history day
     *     repeats, the interval does not divide a day, or an interval needs more than
     *     {@link StaffingModel#MAX_AGENTS} agents
     */
    public static WeeklyPlan forecast(Iterable<? extends Interaction> calls, Collection<LocalDate> history,
            LocalDate firstDay, ZoneId zone, Duration interval, CallTimes callTimes, StaffingGoal goal) {
        Objects.requireNonNull(calls, "calls");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(firstDay, "firstDay");
        SortedMap<LocalDate, IntradayPlan> plans = new TreeMap<>();
        for (int i = 0; i < 7; i++) {
            LocalDate day = firstDay.plusDays(i);
            List<LocalDate> same = new ArrayList<>();
            for (LocalDate h : history) {
                if (Objects.requireNonNull(h, "history day").getDayOfWeek() == day.getDayOfWeek()) {
                    same.add(h);
                }
            }
            if (same.isEmpty()) {
                throw new IllegalArgumentException("history must include a " + day.getDayOfWeek()
                        + " to forecast " + day + ": none");
            }
            plans.put(day, IntradayPlan.of(ArrivalProfile.of(calls, same, zone, interval), callTimes, goal));
        }
        return new WeeklyPlan(plans);
    }

    /**
     * The calls offered over the week.
     *
     * @return the sum of every day's offered calls
     */
    public double totalOffered() {
        double sum = 0;
        for (IntradayPlan p : days.values()) {
            sum += p.totalOffered();
        }
        return sum;
    }

    /**
     * The most agents any interval of the week requires.
     *
     * @return the peak, zero for a week with no calls
     */
    public int peakAgents() {
        int peak = 0;
        for (IntradayPlan p : days.values()) {
            peak = Math.max(peak, p.peakAgents());
        }
        return peak;
    }

    /**
     * The agent time on the phones the week requires, before shrinkage.
     *
     * @return the sum of every day's {@link IntradayPlan#agentTime()}
     */
    public Duration agentTime() {
        Duration sum = Duration.ZERO;
        for (IntradayPlan p : days.values()) {
            sum = sum.plus(p.agentTime());
        }
        return sum;
    }

    /**
     * The scheduled time the week requires, after shrinkage.
     *
     * @return the sum of every day's {@link IntradayPlan#scheduledTime()}
     */
    public Duration scheduledTime() {
        Duration sum = Duration.ZERO;
        for (IntradayPlan p : days.values()) {
            sum = sum.plus(p.scheduledTime());
        }
        return sum;
    }

    /**
     * The week as a plain-text table, one line per day and a total (numbers formatted with
     * {@link Locale#ROOT}): calls offered, peak agents and positions, agent hours and scheduled hours.
     *
     * <pre>
     * day               offered  peak agents  peak positions  agent hours  scheduled hours
     * Mon 2026-03-16     100.00           14              20          7.0             10.0
     * </pre>
     *
     * @return the table, each line ending with a newline
     */
    public String toTable() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-14s  %9s  %11s  %14s  %11s  %15s\n",
                "day", "offered", "peak agents", "peak positions", "agent hours", "scheduled hours"));
        for (Map.Entry<LocalDate, IntradayPlan> e : days.entrySet()) {
            IntradayPlan p = e.getValue();
            sb.append(String.format(Locale.ROOT, "%-14s  %9.2f  %11d  %14d  %11.1f  %15.1f\n",
                    weekday(e.getKey().getDayOfWeek()) + " " + e.getKey(), p.totalOffered(), p.peakAgents(),
                    p.peakPositions(), hours(p.agentTime()), hours(p.scheduledTime())));
        }
        int peakPositions = 0;
        for (IntradayPlan p : days.values()) {
            peakPositions = Math.max(peakPositions, p.peakPositions());
        }
        sb.append(String.format(Locale.ROOT, "%-14s  %9.2f  %11d  %14d  %11.1f  %15.1f\n", "week", totalOffered(),
                peakAgents(), peakPositions, hours(agentTime()), hours(scheduledTime())));
        return sb.toString();
    }

    private static String weekday(DayOfWeek d) {
        return d.getDisplayName(TextStyle.SHORT, Locale.ROOT);
    }

    private static double hours(Duration d) {
        return d.getSeconds() / 3600.0;
    }
}
