package io.github.supportkpi.staffing;

import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.metric.Count;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.Segmented;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A forecast of the calls offered in each interval of a day (every 15, 30 or 60 minutes, say): the mean over
 * chosen days of the calls counted in that interval, a fractional number such as 6.75. Immutable and
 * thread-safe.
 *
 * <p>{@link #of(Iterable, Collection, ZoneId, Duration)} counts with the library's volume metric of offered
 * calls, {@code Count.metric("volume.offered", Interaction::isOffered)}, segmented by the interval holding
 * each call's {@link Interaction#at()} as a time of day in the zone, over the calls on the chosen days, and
 * divides by the number of days. A chosen day with no calls counts as zero calls: choose the days that are
 * like the one to plan (the last six Mondays, say, without a holiday).
 *
 * <pre>{@code
 * List<LocalDate> mondays = List.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 16));
 * ArrivalProfile profile = ArrivalProfile.of(calls, mondays, zone, Duration.ofMinutes(30));
 * IntradayPlan plan = IntradayPlan.of(profile, CallTimes.of(Duration.ofSeconds(180)), StaffingGoal.DEFAULT);
 * }</pre>
 *
 * @param interval the length of each interval; divides a day evenly
 * @param days the number of days averaged over, positive
 * @param offered the mean calls offered per interval start, each finite and not negative; an interval not
 *     present has none
 */
public record ArrivalProfile(Duration interval, int days, SortedMap<LocalTime, Double> offered) {
    /**
     * Validates the profile and copies the volumes.
     *
     * @throws NullPointerException if a field, key or value is null
     * @throws IllegalArgumentException if the interval does not divide a day, {@code days} is not positive,
     *     a start is not aligned to the interval, or a volume is negative, NaN or infinite
     */
    public ArrivalProfile {
        IntradayPlan.checkInterval(interval);
        if (days <= 0) {
            throw new IllegalArgumentException("days must be positive: " + days);
        }
        Objects.requireNonNull(offered, "offered");
        SortedMap<LocalTime, Double> copy = new TreeMap<>();
        for (Map.Entry<LocalTime, Double> e : offered.entrySet()) {
            IntradayPlan.checkStart(Objects.requireNonNull(e.getKey(), "interval start"), interval);
            double v = Objects.requireNonNull(e.getValue(), "offered");
            if (!(v >= 0 && v < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException(
                        "offered must be finite and not negative: " + e.getKey() + "=" + v);
            }
            copy.put(e.getKey(), v);
        }
        offered = Collections.unmodifiableSortedMap(copy);
    }

    /**
     * The mean calls offered per interval over the chosen days, counted as the class description says.
     *
     * @param calls the interactions; others than offered calls on the chosen days are ignored
     * @param days the days to average over, at least one, none repeated
     * @param zone the time zone of the days and their intervals
     * @param interval the interval, dividing a day evenly
     * @return the profile; intervals with no call on any chosen day are absent
     * @throws IllegalArgumentException if there is no day, a day repeats, or the interval does not divide a
     *     day
     */
    public static ArrivalProfile of(Iterable<? extends Interaction> calls, Collection<LocalDate> days, ZoneId zone,
            Duration interval) {
        Objects.requireNonNull(calls, "calls");
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(zone, "zone");
        IntradayPlan.checkInterval(interval);
        Set<LocalDate> chosen = new HashSet<>();
        for (LocalDate d : days) {
            if (!chosen.add(Objects.requireNonNull(d, "day"))) {
                throw new IllegalArgumentException("days must not repeat: " + d);
            }
        }
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("days must include at least one day: none");
        }
        long step = interval.getSeconds();
        Metric<Interaction, Count> volume = Count.<Interaction>metric("volume.offered", Interaction::isOffered)
                .filter(c -> chosen.contains(c.at().atZone(zone).toLocalDate()));
        Dimension<Interaction, LocalTime> start = Dimension.of("interval", c -> {
            long second = c.at().atZone(zone).toLocalTime().toSecondOfDay();
            return LocalTime.ofSecondOfDay(second - second % step);
        });
        Segmented<LocalTime, Count> counted = volume.by(start).over(calls);
        SortedMap<LocalTime, Double> mean = new TreeMap<>();
        counted.segments().forEach((s, count) -> mean.put(s, (double) count.value() / chosen.size()));
        return new ArrivalProfile(interval, chosen.size(), mean);
    }

    /**
     * The mean calls offered in the interval starting at {@code start}.
     *
     * @param start an interval start, a multiple of the interval after midnight
     * @return the calls, zero for an interval not present
     * @throws IllegalArgumentException if {@code start} is not aligned to the interval
     */
    public double at(LocalTime start) {
        IntradayPlan.checkStart(Objects.requireNonNull(start, "start"), interval);
        return offered.getOrDefault(start, 0.0);
    }

    /**
     * The mean calls offered over the day.
     *
     * @return the sum of every interval's calls
     */
    public double total() {
        double sum = 0;
        for (double v : offered.values()) {
            sum += v;
        }
        return sum;
    }

    /**
     * This profile with every volume multiplied by {@code factor}: a growth forecast, {@code 1.1} for 10% more
     * calls.
     *
     * @param factor the factor, finite and not negative
     * @return the scaled profile
     * @throws IllegalArgumentException if {@code factor} is negative, NaN or infinite
     */
    public ArrivalProfile scaledBy(double factor) {
        if (!(factor >= 0 && factor < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("factor must be finite and not negative: " + factor);
        }
        SortedMap<LocalTime, Double> scaled = new TreeMap<>();
        offered.forEach((s, v) -> scaled.put(s, v * factor));
        return new ArrivalProfile(interval, days, scaled);
    }
}
