package io.github.supportkpi.staffing;

import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.metric.Count;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.Segmented;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * An intraday staffing plan: for each interval of a day (every 15, 30 or 60 minutes, say), the offered
 * calls, counted or forecast (a forecast may be fractional), and the agents and positions a staffing model
 * requires for them to meet a {@link StaffingGoal}: Erlang C, or Erlang A when the {@link CallTimes} carry a
 * patience. Immutable and thread-safe.
 *
 * <p>Each row is {@link StaffingModel#requirement(StaffingGoal)} of
 * {@code callTimes.model(offered, interval)}; every interval of the day has a row, from 00:00, and intervals
 * with no calls have zero volume, zero agents and zero positions.
 *
 * <pre>{@code
 * IntradayPlan plan = IntradayPlan.forDay(calls, LocalDate.of(2026, 3, 2), ZoneId.of("Europe/Paris"),
 *         Duration.ofMinutes(30), StaffingGoal.ofPercent(80, Duration.ofSeconds(20)).withShrinkagePercent(30));
 * System.out.print(plan.toTable());
 * IntradayPlan forecast = IntradayPlan.of(ArrivalProfile.of(calls, mondays, zone, Duration.ofMinutes(30)),
 *         CallTimes.estimate(calls, Estimate.MEAN, Estimate.MEAN), StaffingGoal.DEFAULT);  // Erlang A
 * }</pre>
 *
 * @param interval the length of each interval; divides a day evenly
 * @param callTimes the handle time and, for Erlang A, patience used for every interval
 * @param goal the staffing goal
 * @param rows one row per interval of the day, in order from 00:00
 */
public record IntradayPlan(Duration interval, CallTimes callTimes, StaffingGoal goal, List<Row> rows) {
    private static final long SECONDS_PER_DAY = 86_400;

    /**
     * One interval of the plan. Immutable and thread-safe.
     *
     * @param start the interval's start, a time of day
     * @param offered the calls offered in the interval, finite and not negative; fractional for a forecast
     * @param requirement the agents and positions the interval requires
     */
    public record Row(LocalTime start, double offered, StaffingRequirement requirement) {
        /**
         * Validates the row.
         *
         * @throws NullPointerException if a field is null
         * @throws IllegalArgumentException if {@code offered} is negative, NaN or infinite
         */
        public Row {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(requirement, "requirement");
            if (!(offered >= 0 && offered < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("offered must be finite and not negative: " + offered);
            }
        }

        /**
         * The agents required in this interval.
         *
         * @return the agents, zero when no call is offered
         */
        public int agents() {
            return requirement.agents();
        }

        /**
         * The positions to schedule in this interval, after shrinkage.
         *
         * @return the positions, zero when no call is offered
         */
        public int positions() {
            return requirement.positions();
        }

        /**
         * The predicted outcome with the required agents.
         *
         * @return the outcome
         */
        public StaffingOutcome outcome() {
            return requirement.outcome();
        }
    }

    /**
     * Validates the plan and copies the rows.
     *
     * @throws NullPointerException if a field or row is null
     * @throws IllegalArgumentException if the interval does not divide a day, or the rows are not one per
     *     interval of the day in order from 00:00
     */
    public IntradayPlan {
        checkInterval(interval);
        Objects.requireNonNull(callTimes, "callTimes");
        Objects.requireNonNull(goal, "goal");
        rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
        long step = interval.getSeconds();
        if (rows.size() != SECONDS_PER_DAY / step) {
            throw new IllegalArgumentException(
                    "rows must number one per " + interval + " of a day, " + SECONDS_PER_DAY / step + ": " + rows.size());
        }
        for (int i = 0; i < rows.size(); i++) {
            LocalTime expected = LocalTime.ofSecondOfDay(i * step);
            if (!rows.get(i).start().equals(expected)) {
                throw new IllegalArgumentException(
                        "rows[" + i + "].start must be " + expected + ": " + rows.get(i).start());
            }
        }
    }

    /**
     * A plan of the Erlang C model with this average handle time.
     *
     * @param interval the length of each interval; divides a day evenly
     * @param averageHandleTime the average handle time used for every interval, positive
     * @param goal the staffing goal
     * @param rows one row per interval of the day, in order from 00:00
     * @throws IllegalArgumentException as the canonical constructor does, or if the handle time is not
     *     positive
     */
    public IntradayPlan(Duration interval, Duration averageHandleTime, StaffingGoal goal, List<Row> rows) {
        this(interval, CallTimes.of(averageHandleTime), goal, rows);
    }

    /**
     * The average handle time used for every interval.
     *
     * @return the handle time of the plan's {@link #callTimes()}
     */
    public Duration averageHandleTime() {
        return callTimes.averageHandleTime();
    }

    /**
     * The Erlang C plan for forecast or counted volumes per interval start.
     *
     * @param offered the calls offered per interval start (a time of day that is a multiple of the
     *     interval after midnight), each finite and not negative, fractional for a forecast; missing
     *     intervals have none
     * @param interval the interval, dividing a day evenly: 15, 30 or 60 minutes, say
     * @param averageHandleTime the average handle time, positive
     * @param goal the goal
     * @return the plan
     * @throws IllegalArgumentException if the interval does not divide a day, a start is not aligned to the
     *     interval, a volume is negative, NaN or infinite, or the handle time is not positive
     */
    public static IntradayPlan of(Map<LocalTime, ? extends Number> offered, Duration interval,
            Duration averageHandleTime, StaffingGoal goal) {
        return of(offered, interval, CallTimes.of(averageHandleTime), goal);
    }

    /**
     * The plan for forecast or counted volumes per interval start, under Erlang C or, when the call times
     * carry a patience, Erlang A.
     *
     * @param offered the calls offered per interval start (a time of day that is a multiple of the
     *     interval after midnight), each finite and not negative, fractional for a forecast; missing
     *     intervals have none
     * @param interval the interval, dividing a day evenly: 15, 30 or 60 minutes, say
     * @param callTimes the handle time and optional patience
     * @param goal the goal
     * @return the plan
     * @throws IllegalArgumentException if the interval does not divide a day, a start is not aligned to the
     *     interval, a volume is negative, NaN or infinite, or an interval's goal needs more than
     *     {@link StaffingModel#MAX_AGENTS} agents
     */
    public static IntradayPlan of(Map<LocalTime, ? extends Number> offered, Duration interval, CallTimes callTimes,
            StaffingGoal goal) {
        Objects.requireNonNull(offered, "offered");
        checkInterval(interval);
        Objects.requireNonNull(callTimes, "callTimes");
        Objects.requireNonNull(goal, "goal");
        long step = interval.getSeconds();
        double[] volumes = new double[(int) (SECONDS_PER_DAY / step)];
        offered.forEach((start, count) -> {
            checkStart(Objects.requireNonNull(start, "interval start"), interval);
            double v = Objects.requireNonNull(count, "offered").doubleValue();
            if (!(v >= 0 && v < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("offered must be finite and not negative: " + start + "=" + count);
            }
            volumes[(int) (start.toSecondOfDay() / step)] = v;
        });
        List<Row> rows = new ArrayList<>(volumes.length);
        for (int i = 0; i < volumes.length; i++) {
            StaffingRequirement need = callTimes.model(volumes[i], interval).requirement(goal);
            rows.add(new Row(LocalTime.ofSecondOfDay(i * step), volumes[i], need));
        }
        return new IntradayPlan(interval, callTimes, goal, rows);
    }

    /**
     * The plan for a forecast profile, under Erlang C or, when the call times carry a patience, Erlang A.
     *
     * @param profile the mean calls per interval
     * @param callTimes the handle time and optional patience
     * @param goal the goal
     * @return the plan, of the profile's interval
     * @throws IllegalArgumentException if an interval's goal needs more than {@link StaffingModel#MAX_AGENTS}
     *     agents
     */
    public static IntradayPlan of(ArrivalProfile profile, CallTimes callTimes, StaffingGoal goal) {
        Objects.requireNonNull(profile, "profile");
        return of(profile.offered(), profile.interval(), callTimes, goal);
    }

    /**
     * The plan for the calls offered on one day, with a given average handle time. Offered calls are those
     * with {@link Interaction#isOffered()} (inbound calls and chats) whose {@link Interaction#at()} falls
     * on {@code day} in {@code zone}; they are counted with {@link #offeredVolume}.
     *
     * @param calls the interactions; others than offered calls on the day are ignored
     * @param day the day
     * @param zone the time zone of the day and its intervals
     * @param interval the interval, dividing a day evenly
     * @param averageHandleTime the average handle time, positive
     * @param goal the goal
     * @return the plan
     * @throws IllegalArgumentException if the interval does not divide a day or the handle time is not
     *     positive
     */
    public static IntradayPlan forDay(Iterable<? extends Interaction> calls, LocalDate day, ZoneId zone,
            Duration interval, Duration averageHandleTime, StaffingGoal goal) {
        Segmented<LocalTime, Count> volume = offeredVolume(calls, day, zone, interval);
        SortedMap<LocalTime, Long> offered = new TreeMap<>();
        volume.segments().forEach((start, count) -> offered.put(start, count.value()));
        return of(offered, interval, averageHandleTime, goal);
    }

    /**
     * The plan for the calls offered on one day, with the average handle time measured from that day's
     * answered offered calls: the mean of their {@link Interaction#handleTime()} (talk, hold and
     * after-contact work). The calls are iterated twice: once for the handle time, once for the volume.
     *
     * @param calls the interactions; others than offered calls on the day are ignored
     * @param day the day
     * @param zone the time zone of the day and its intervals
     * @param interval the interval, dividing a day evenly
     * @param goal the goal
     * @return the plan
     * @throws IllegalArgumentException if the interval does not divide a day, or no offered call on the day
     *     was answered, or their mean handle time is zero
     */
    public static IntradayPlan forDay(Iterable<? extends Interaction> calls, LocalDate day, ZoneId zone,
            Duration interval, StaffingGoal goal) {
        Objects.requireNonNull(calls, "calls");
        Predicate<Interaction> onDay = onDay(day, zone);
        DurationStats handled = DurationStats.<Interaction>metric("aht",
                        c -> c.isOffered() && c.isAnswered() && onDay.test(c), c -> c.handleTime().toNanos())
                .over(calls);
        Duration aht = handled.mean().orElseThrow(() -> new IllegalArgumentException(
                "calls must include an answered offered call on " + day + " to measure the average handle time: none"));
        if (aht.isZero()) {
            throw new IllegalArgumentException("measured averageHandleTime must be positive: " + aht + " over "
                    + handled.count() + " answered calls on " + day);
        }
        return forDay(calls, day, zone, interval, aht, goal);
    }

    /**
     * The offered volume of one day per interval: the library's volume count of offered calls
     * ({@code Count.metric("volume.offered", Interaction::isOffered)}) over the calls on {@code day} in
     * {@code zone}, segmented by the dimension {@code interval}, whose key is the start of the interval
     * holding the call's {@link Interaction#at()} as a time of day.
     *
     * <p>On a day when clocks go back, the repeated hour's calls fall in the same intervals; on a day when
     * they go forward, the skipped intervals have no calls.
     *
     * @param calls the interactions
     * @param day the day
     * @param zone the time zone
     * @param interval the interval, dividing a day evenly
     * @return the offered calls per interval start; intervals with no calls are absent
     * @throws IllegalArgumentException if the interval does not divide a day
     */
    public static Segmented<LocalTime, Count> offeredVolume(Iterable<? extends Interaction> calls, LocalDate day,
            ZoneId zone, Duration interval) {
        Objects.requireNonNull(calls, "calls");
        checkInterval(interval);
        long step = interval.getSeconds();
        Metric<Interaction, Count> offered = Count.<Interaction>metric("volume.offered", Interaction::isOffered)
                .filter(onDay(day, zone));
        Dimension<Interaction, LocalTime> start = Dimension.of("interval", c -> {
            long second = c.at().atZone(zone).toLocalTime().toSecondOfDay();
            return LocalTime.ofSecondOfDay(second - second % step);
        });
        return offered.by(start).over(calls);
    }

    private static Predicate<Interaction> onDay(LocalDate day, ZoneId zone) {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(zone, "zone");
        return c -> c.at().atZone(zone).toLocalDate().equals(day);
    }

    static void checkStart(LocalTime start, Duration interval) {
        if (start.getNano() != 0 || start.toSecondOfDay() % interval.getSeconds() != 0) {
            throw new IllegalArgumentException(
                    "interval start must be a multiple of " + interval + " after midnight: " + start);
        }
    }

    static void checkInterval(Duration interval) {
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || interval.isZero() || interval.getNano() != 0
                || SECONDS_PER_DAY % interval.getSeconds() != 0) {
            throw new IllegalArgumentException(
                    "interval must divide a day evenly (such as 15, 30 or 60 minutes): " + interval);
        }
    }

    /**
     * The calls offered over the day.
     *
     * @return the sum of every row's offered calls; fractional for a forecast
     */
    public double totalOffered() {
        double sum = 0;
        for (Row r : rows) {
            sum += r.offered();
        }
        return sum;
    }

    /**
     * The most agents any interval requires.
     *
     * @return the peak, zero for a day with no calls
     */
    public int peakAgents() {
        int peak = 0;
        for (Row r : rows) {
            peak = Math.max(peak, r.agents());
        }
        return peak;
    }

    /**
     * The most positions any interval requires.
     *
     * @return the peak, zero for a day with no calls
     */
    public int peakPositions() {
        int peak = 0;
        for (Row r : rows) {
            peak = Math.max(peak, r.positions());
        }
        return peak;
    }

    /**
     * The scheduled time the plan requires: the sum over intervals of positions times the interval.
     *
     * @return the total scheduled time
     */
    public Duration scheduledTime() {
        long positions = 0;
        for (Row r : rows) {
            positions += r.positions();
        }
        return interval.multipliedBy(positions);
    }

    /**
     * The agent time on the phones the plan requires, before shrinkage: the sum over intervals of agents
     * times the interval.
     *
     * @return the total agent time
     */
    public Duration agentTime() {
        long agents = 0;
        for (Row r : rows) {
            agents += r.agents();
        }
        return interval.multipliedBy(agents);
    }

    /**
     * The plan as a plain-text table, one line per interval (numbers formatted with {@link Locale#ROOT}).
     * Offered calls show as whole numbers when every interval's are whole, else with two decimals; an
     * Erlang A plan adds the share of calls abandoned. Intervals with no calls show "-" for the outcome.
     *
     * <pre>
     * interval  offered  agents  positions  service level  ASA (s)  occupancy
     * 08:00         100      14         20          88.8%      7.8      71.4%
     * </pre>
     *
     * @return the table, each line ending with a newline
     */
    public String toTable() {
        boolean whole = rows.stream().allMatch(r -> r.offered() == Math.rint(r.offered()));
        boolean abandonment = callTimes.averagePatience().isPresent();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-8s  %7s  %6s  %9s  %13s  %7s  %9s",
                "interval", "offered", "agents", "positions", "service level", "ASA (s)", "occupancy"));
        sb.append(abandonment ? "  abandoned\n" : "\n");
        for (Row r : rows) {
            String sl = "-";
            String asa = "-";
            String occ = "-";
            String ab = "-";
            if (r.offered() > 0) {
                StaffingOutcome o = r.outcome();
                sl = String.format(Locale.ROOT, "%.1f%%", o.serviceLevelPercent());
                asa = o.averageSpeedOfAnswer()
                        .map(d -> String.format(Locale.ROOT, "%.1f", d.getSeconds() + d.getNano() / 1e9))
                        .orElse("-");
                occ = String.format(Locale.ROOT, "%.1f%%", o.occupancyPercent());
                ab = String.format(Locale.ROOT, "%.1f%%", o.probabilityOfAbandonmentPercent());
            }
            String offered = whole ? String.format(Locale.ROOT, "%7d", (long) r.offered())
                    : String.format(Locale.ROOT, "%7.2f", r.offered());
            sb.append(String.format(Locale.ROOT, "%-8s  %s  %6d  %9d  %13s  %7s  %9s",
                    r.start(), offered, r.agents(), r.positions(), sl, asa, occ));
            sb.append(abandonment ? String.format(Locale.ROOT, "  %9s\n", ab) : "\n");
        }
        return sb.toString();
    }
}
