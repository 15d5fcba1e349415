package io.github.supportkpi.workload;

import io.github.supportkpi.metric.Accumulator;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.Tally;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Volume by hour of day and day of week: a 7 x 24 grid of counts of records (tickets by their creation, by
 * default), each placed by the local time of an instant in a zone, and the records that had no instant.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * VolumeHeatmap map = TicketVolumeHeatmap.in(ZoneId.of("Europe/Berlin")).over(tickets);
 * map.count(DayOfWeek.MONDAY, 9);     // tickets created on Mondays between 09:00 and 10:00, Berlin time
 * map.busiestHour();                  // the hour of day with the most tickets, over all days
 * }</pre>
 * <ul>
 *   <li>Rows are days of week, Monday first; columns the hours 0 to 23. A day's total ({@link #dayTotal}) is
 *       its row's sum, an hour's total ({@link #hourTotal}) its column's; both add up to {@link #total()}.</li>
 *   <li>Local time decides the cell, so daylight saving time moves nothing: 09:00 is 09:00 in summer and in
 *       winter. On the day clocks go forward, the skipped local hour (02:00 in most of Europe) receives
 *       nothing; on the day they go back, the repeated hour receives both real hours. Each record is
 *       counted exactly once.</li>
 *   <li>A record with no instant (a ticket not resolved, placed by its resolution) is counted as
 *       {@link #unplaced()}, never dropped and never in a cell.</li>
 *   <li>With no records every count is zero, a real answer for counts; the busiest day, hour and slot are
 *       then undefined (empty). Among equal counts the busiest is the earliest: Monday before Tuesday,
 *       hour 0 before hour 1.</li>
 *   <li>Merging adds the counts cell by cell; heatmaps of different zones do not merge.</li>
 * </ul>
 */
public final class VolumeHeatmap implements Tally<VolumeHeatmap> {
    /** The hours of a day: the grid's columns. */
    public static final int HOURS = 24;
    /** The days of a week: the grid's rows. */
    public static final int DAYS = 7;
    /** The cells of the grid. */
    public static final int CELLS = DAYS * HOURS;

    private final ZoneId zone;
    private final long[] counts;
    private final long unplaced;
    private final long total;

    private VolumeHeatmap(ZoneId zone, long[] counts, long unplaced) {
        this.zone = zone;
        this.counts = counts;
        this.unplaced = unplaced;
        long sum = 0;
        for (long c : counts) {
            sum = Math.addExact(sum, c);
        }
        this.total = sum;
    }

    /**
     * The heatmap of no records.
     *
     * @param zone the zone whose local time places records
     * @return every count zero
     */
    public static VolumeHeatmap empty(ZoneId zone) {
        return new VolumeHeatmap(Objects.requireNonNull(zone, "zone"), new long[CELLS], 0);
    }

    /**
     * A heatmap from its counts, such as counts read back from storage or counted upstream: the inverse of
     * {@link #zone()}, {@link #toArray()} and {@link #unplaced()}.
     *
     * @param zone the zone whose local time placed the records
     * @param counts the {@value #CELLS} counts, row by row: Monday's hours 0 to 23, then Tuesday's, ... Sunday's
     * @param unplaced the records that had no instant
     * @return the heatmap
     * @throws IllegalArgumentException if there are not {@value #CELLS} counts, or a count is negative, or the
     *     counts overflow a {@code long}
     */
    public static VolumeHeatmap of(ZoneId zone, long[] counts, long unplaced) {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(counts, "counts");
        if (counts.length != CELLS) {
            throw new IllegalArgumentException("counts must be " + CELLS + " (7 days x 24 hours): " + counts.length);
        }
        for (int i = 0; i < CELLS; i++) {
            if (counts[i] < 0) {
                throw new IllegalArgumentException("count must not be negative: " + counts[i] + " at "
                        + DayOfWeek.of(i / HOURS + 1) + " hour " + i % HOURS);
            }
        }
        if (unplaced < 0) {
            throw new IllegalArgumentException("unplaced must not be negative: " + unplaced);
        }
        try {
            return new VolumeHeatmap(zone, counts.clone(), unplaced);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("counts must add up to at most " + Long.MAX_VALUE, e);
        }
    }

    /**
     * The zone whose local time placed the records.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * The records placed in one cell.
     *
     * @param day the day of week, in the zone
     * @param hour the hour of day, 0 to 23, in the zone
     * @return the count
     * @throws IllegalArgumentException if the hour is outside 0 to 23
     */
    public long count(DayOfWeek day, int hour) {
        Objects.requireNonNull(day, "day");
        return counts[(day.getValue() - 1) * HOURS + checkHour(hour)];
    }

    /**
     * A row's sum: the records placed on one day of week.
     *
     * @param day the day of week
     * @return the count
     */
    public long dayTotal(DayOfWeek day) {
        Objects.requireNonNull(day, "day");
        long sum = 0;
        int from = (day.getValue() - 1) * HOURS;
        for (int h = 0; h < HOURS; h++) {
            sum += counts[from + h];
        }
        return sum;
    }

    /**
     * A column's sum: the records placed in one hour of day, over every day.
     *
     * @param hour the hour of day, 0 to 23
     * @return the count
     * @throws IllegalArgumentException if the hour is outside 0 to 23
     */
    public long hourTotal(int hour) {
        checkHour(hour);
        long sum = 0;
        for (int d = 0; d < DAYS; d++) {
            sum += counts[d * HOURS + hour];
        }
        return sum;
    }

    /**
     * The records placed in a cell: the sum of every cell, of the day totals and of the hour totals.
     *
     * @return the count, unplaced records not included
     */
    public long total() {
        return total;
    }

    /**
     * The records that had no instant to place them by.
     *
     * @return the count
     */
    public long unplaced() {
        return unplaced;
    }

    /**
     * The counts, row by row as {@link #of} takes them.
     *
     * @return a copy of the {@value #CELLS} counts
     */
    public long[] toArray() {
        return counts.clone();
    }

    /**
     * The day of week with the most records; the earliest in the week among equals.
     *
     * @return the day; empty when no record was placed
     */
    public Optional<DayOfWeek> busiestDay() {
        int best = -1;
        long most = 0;
        for (int d = 0; d < DAYS; d++) {
            long n = dayTotal(DayOfWeek.of(d + 1));
            if (n > most) {
                most = n;
                best = d;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(DayOfWeek.of(best + 1));
    }

    /**
     * The hour of day with the most records over all days; the earliest among equals.
     *
     * @return the hour, 0 to 23; empty when no record was placed
     */
    public OptionalInt busiestHour() {
        int best = -1;
        long most = 0;
        for (int h = 0; h < HOURS; h++) {
            long n = hourTotal(h);
            if (n > most) {
                most = n;
                best = h;
            }
        }
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
    }

    /**
     * The cell with the most records; the earliest in the week among equals.
     *
     * @return the cell and its count; empty when no record was placed
     */
    public Optional<Slot> busiestSlot() {
        int best = -1;
        long most = 0;
        for (int i = 0; i < CELLS; i++) {
            if (counts[i] > most) {
                most = counts[i];
                best = i;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(new Slot(DayOfWeek.of(best / HOURS + 1), best % HOURS, most));
    }

    /**
     * One cell of the grid and its count. Immutable and thread-safe.
     *
     * @param day the day of week
     * @param hour the hour of day, 0 to 23
     * @param count the records placed in it, not negative
     */
    public record Slot(DayOfWeek day, int hour, long count) {
        /**
         * Validates the fields.
         *
         * @throws IllegalArgumentException if the hour is outside 0 to 23 or the count negative
         */
        public Slot {
            Objects.requireNonNull(day, "day");
            checkHour(hour);
            if (count < 0) {
                throw new IllegalArgumentException("count must not be negative: " + count);
            }
        }
    }

    /**
     * Adds the counts cell by cell.
     *
     * @throws IllegalArgumentException if the zones differ
     */
    @Override
    public VolumeHeatmap plus(VolumeHeatmap other) {
        if (!zone.equals(other.zone)) {
            throw new IllegalArgumentException("zone must match to merge: " + zone + " and " + other.zone);
        }
        long[] sum = new long[CELLS];
        for (int i = 0; i < CELLS; i++) {
            sum[i] = Math.addExact(counts[i], other.counts[i]);
        }
        return new VolumeHeatmap(zone, sum, Math.addExact(unplaced, other.unplaced));
    }

    /** The records placed: {@link #total()}. */
    @Override
    public long sampleSize() {
        return total;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VolumeHeatmap other && zone.equals(other.zone) && unplaced == other.unplaced
                && Arrays.equals(counts, other.counts);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * zone.hashCode() + Long.hashCode(unplaced)) + Arrays.hashCode(counts);
    }

    /** @return the zone, the totals and the busiest slot */
    @Override
    public String toString() {
        return "VolumeHeatmap[" + zone + ": total=" + total + ", unplaced=" + unplaced
                + busiestSlot().map(s -> ", busiest=" + s.day() + " " + s.hour() + "h (" + s.count() + ")").orElse("")
                + "]";
    }

    /**
     * A heatmap metric of any records: each record placed by the local time of its instant in the zone. Its
     * {@link Metric#definition()} throws (a function has no stable name): for tickets use
     * {@link TicketVolumeHeatmap}, whose tallies can be stored.
     *
     * @param id the metric's id
     * @param zone the zone whose local time places records
     * @param instant the instant of a record, or null when it has none (counted as unplaced)
     * @param <T> the record type
     * @return the metric
     */
    public static <T> Metric<T, VolumeHeatmap> metric(String id, ZoneId zone, Function<? super T, Instant> instant) {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(instant, "instant");
        return Metric.of(id, empty(zone), () -> new Cells<T>(zone, instant));
    }

    /** Counts records into the grid; no allocation per record for a fixed-offset zone. */
    static final class Cells<T> implements Accumulator<T, VolumeHeatmap> {
        private static final long SECONDS_PER_DAY = 86_400;
        private final ZoneId zone;
        private final ZoneRules rules;
        private final Function<? super T, Instant> instant;
        private final long[] counts = new long[CELLS];
        private long unplaced;

        Cells(ZoneId zone, Function<? super T, Instant> instant) {
            this.zone = zone;
            this.rules = zone.getRules();
            this.instant = instant;
        }

        @Override
        public void accept(T record) {
            Instant at = instant.apply(record);
            if (at == null) {
                unplaced++;
                return;
            }
            counts[cellOf(at)]++;
        }

        /** The cell of an instant: its local day of week and hour in the zone. */
        int cellOf(Instant at) {
            ZoneOffset offset = rules.getOffset(at);
            long local = at.getEpochSecond() + offset.getTotalSeconds();
            long day = Math.floorDiv(local, SECONDS_PER_DAY);
            int dayOfWeek = Math.floorMod(day + 3, 7); // 1970-01-01 was a Thursday; Monday is 0
            int hour = (int) (Math.floorMod(local, SECONDS_PER_DAY) / 3600);
            return dayOfWeek * HOURS + hour;
        }

        @Override
        public VolumeHeatmap tally() {
            return new VolumeHeatmap(zone, counts.clone(), unplaced);
        }
    }

    private static int checkHour(int hour) {
        if (hour < 0 || hour >= HOURS) {
            throw new IllegalArgumentException("hour must be within 0 to 23: " + hour);
        }
        return hour;
    }
}
