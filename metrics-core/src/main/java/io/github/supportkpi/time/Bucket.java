package io.github.supportkpi.time;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A period of a report: an hour, day, ISO week, month or quarter of the local calendar of a time zone, as
 * the span of instants {@code [start, end)}. Immutable and thread-safe; comparable in time order.
 *
 * <p>The report's zone is separate from any {@link BusinessCalendar}'s zone: a team in Berlin may report
 * in UTC. Buckets cover time without gaps or overlaps: a day starts at its first valid local time (a
 * midnight that does not exist starts the day at 01:00), so days of 23 and 25 hours occur on
 * daylight-saving transitions. An hour is a clock hour; the hour that happens twice when clocks fall back
 * gives two buckets, told apart by their offset. In the rare zones whose offset changes by part of an hour
 * (Australia/Lord_Howe, half an hour), the change cuts a clock hour in two: a bucket ends at the change and
 * the next starts there, so an hour bucket next to it may last half an hour. Days and longer are exact in
 * every zone.
 *
 * <p>List every bucket of a range with {@link #covering} or a {@link BucketRange} (so that a report shows
 * empty buckets as undefined, not missing), and find the coarser bucket containing one with
 * {@link #coarsen}:
 * <pre>{@code
 * Bucket day = Bucket.of(ticket.created(), Granularity.DAY, ZoneOffset.UTC);   // 2024-03-01
 * Bucket week = day.coarsen(Granularity.WEEK);                                 // 2024-W09
 * List<Bucket> march = Bucket.covering(from, to, Granularity.DAY, ZoneOffset.UTC);
 * }</pre>
 *
 * <p>Buckets are made for instants in the supported range {@code [}{@link #EARLIEST}{@code , }{@link
 * #LATEST_EXCLUSIVE}{@code )}, years 1900 to 2099, the range a ticket's instants are kept in; an instant
 * outside it is refused with the range in the message. A bucket at either end may reach a little beyond the
 * range (the first day in a zone west of UTC starts before 1900-01-01T00:00Z).
 */
public final class Bucket implements Comparable<Bucket> {
    /** The first instant a bucket is made for, 1900-01-01T00:00:00Z, the first a ticket may hold. */
    public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    /** The first instant after the supported range, 2100-01-01T00:00:00Z, as for a ticket. */
    public static final Instant LATEST_EXCLUSIVE = Instant.parse("2100-01-01T00:00:00Z");
    /** The supported range, as the messages of refusals state it. */
    static final String RANGE = "[" + EARLIEST + ", " + LATEST_EXCLUSIVE + ")";

    private static final Comparator<Bucket> ORDER = Comparator.comparing(Bucket::start)
            .thenComparing(Bucket::granularity)
            .thenComparing(b -> b.zone().getId());
    private static final DateTimeFormatter HOUR_FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mmxxx", Locale.ROOT);

    private final Granularity granularity;
    private final ZonedDateTime start;

    private Bucket(Granularity granularity, ZonedDateTime start) {
        this.granularity = granularity;
        this.start = start;
    }

    /**
     * The bucket of a granularity that contains an instant, in a zone.
     *
     * @param instant the instant
     * @param granularity the size of the bucket
     * @param zone the report's time zone
     * @return the bucket whose {@code [start, end)} contains the instant
     * @throws IllegalArgumentException if the instant is outside the supported range {@code [}{@link
     *     #EARLIEST}{@code , }{@link #LATEST_EXCLUSIVE}{@code )}
     */
    public static Bucket of(Instant instant, Granularity granularity, ZoneId zone) {
        Objects.requireNonNull(instant, "instant");
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(zone, "zone");
        checkSupported(instant, "instant");
        return make(instant, granularity, zone);
    }

    /**
     * Refuses an instant outside the supported range.
     *
     * @throws IllegalArgumentException naming the field, the range and the value
     */
    static void checkSupported(Instant instant, String field) {
        if (instant.isBefore(EARLIEST) || !instant.isBefore(LATEST_EXCLUSIVE)) {
            throw new IllegalArgumentException(field + " must be in the supported range " + RANGE + ": " + instant);
        }
    }

    /** The bucket containing an instant, which is within a few months of the supported range. */
    private static Bucket make(Instant instant, Granularity granularity, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        if (granularity == Granularity.HOUR) {
            Bucket hour = new Bucket(granularity, local.truncatedTo(ChronoUnit.HOURS));
            if (instant.isBefore(hour.end())) {
                return hour;
            }
            // the clock hour was cut by an offset change of part of an hour: the bucket starts at the change
            ZoneOffsetTransition change = zone.getRules().previousTransition(instant.plusNanos(1));
            return new Bucket(granularity, change.getInstant().atZone(zone));
        }
        return new Bucket(granularity, firstDay(local.toLocalDate(), granularity).atStartOfDay(zone));
    }

    /**
     * The bucket of a granularity that contains a date, in a zone; for {@link Granularity#HOUR}, the first
     * hour of the date.
     *
     * @param date the local date
     * @param granularity the size of the bucket
     * @param zone the report's time zone
     * @return the bucket
     * @throws IllegalArgumentException if the start of the date in the zone is outside the supported range
     *     {@code [}{@link #EARLIEST}{@code , }{@link #LATEST_EXCLUSIVE}{@code )}
     */
    public static Bucket of(LocalDate date, Granularity granularity, ZoneId zone) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(zone, "zone");
        if (date.getYear() < 1899 || date.getYear() > 2100) { // far outside: refused before the zone's rules
            throw new IllegalArgumentException("date must start in the supported range " + RANGE + ": " + date);
        }
        Instant start = date.atStartOfDay(zone).toInstant();
        if (start.isBefore(EARLIEST) || !start.isBefore(LATEST_EXCLUSIVE)) {
            throw new IllegalArgumentException("date must start in the supported range " + RANGE + ": " + date
                    + " starts at " + start + " in " + zone);
        }
        return of(start, granularity, zone);
    }

    private static LocalDate firstDay(LocalDate date, Granularity granularity) {
        switch (granularity) {
            case WEEK:
                return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH:
                return date.withDayOfMonth(1);
            case QUARTER:
                return LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
            default:
                return date;
        }
    }

    /**
     * Every bucket that overlaps {@code [from, to)}, in order, including those no record falls in: the
     * buckets of {@link BucketRange#of BucketRange.of(from, to, granularity, zone)}.
     *
     * @param from the start of the range
     * @param to the end of the range (exclusive), not before {@code from}
     * @param granularity the size of the buckets
     * @param zone the report's time zone
     * @return an unmodifiable list of the buckets, empty when {@code from} equals {@code to}
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public static List<Bucket> covering(Instant from, Instant to, Granularity granularity, ZoneId zone) {
        return BucketRange.of(from, to, granularity, zone).buckets();
    }

    /**
     * The bucket of a coarser granularity that contains this one, such as the week of a day.
     *
     * @param coarser a granularity that {@link Granularity#contains contains} this bucket's
     * @return the containing bucket, in the same zone
     * @throws IllegalArgumentException if {@code coarser} does not contain this bucket's granularity (a
     *     week has no single month)
     */
    public Bucket coarsen(Granularity coarser) {
        Objects.requireNonNull(coarser, "coarser");
        if (!coarser.contains(granularity)) {
            throw new IllegalArgumentException("granularity must contain " + granularity + " buckets: " + coarser);
        }
        return coarser == granularity ? this : make(start(), coarser, zone());
    }

    /**
     * The size of this bucket.
     *
     * @return the granularity
     */
    public Granularity granularity() {
        return granularity;
    }

    /**
     * The report's time zone.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return start.getZone();
    }

    /**
     * The first instant of the bucket.
     *
     * @return the start, inclusive
     */
    public Instant start() {
        return start.toInstant();
    }

    /**
     * The end of the bucket: the start of the next one.
     *
     * @return the end, exclusive
     */
    public Instant end() {
        switch (granularity) {
            case HOUR: {
                // the next clock hour, or an hour later when the clock goes back; never past a change of offset
                Instant hourLater = start.plusHours(1).toInstant();
                LocalDateTime nextClockHour = start.toLocalDateTime().truncatedTo(ChronoUnit.HOURS).plusHours(1);
                Instant next = ZonedDateTime.ofLocal(nextClockHour, zone(), start.getOffset()).toInstant();
                return next.isBefore(hourLater) && next.isAfter(start.toInstant()) ? next : hourLater;
            }
            case DAY:
                return start.toLocalDate().plusDays(1).atStartOfDay(zone()).toInstant();
            case WEEK:
                return start.toLocalDate().plusWeeks(1).atStartOfDay(zone()).toInstant();
            case MONTH:
                return start.toLocalDate().plusMonths(1).atStartOfDay(zone()).toInstant();
            default:
                return start.toLocalDate().plusMonths(3).atStartOfDay(zone()).toInstant();
        }
    }

    /**
     * The local date-time at which the bucket starts, in its zone.
     *
     * @return the local start
     */
    public LocalDateTime localStart() {
        return start.toLocalDateTime();
    }

    /**
     * Whether an instant lies in {@code [start, end)}.
     *
     * @param instant the instant
     * @return true if the bucket contains it
     */
    public boolean contains(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return !instant.isBefore(start()) && instant.isBefore(end());
    }

    /**
     * The bucket that follows this one.
     *
     * @return the next bucket, starting at this one's end
     * @throws IllegalArgumentException if this one's end is not before {@link #LATEST_EXCLUSIVE}: the next
     *     bucket would start outside the supported range
     */
    public Bucket next() {
        Instant end = end();
        if (!end.isBefore(LATEST_EXCLUSIVE)) {
            throw new IllegalArgumentException("the next bucket must start in the supported range " + RANGE + ": "
                    + this + " in " + zone() + " ends at " + end);
        }
        return make(end, granularity, zone());
    }

    /**
     * The bucket that precedes this one.
     *
     * @return the previous bucket, ending at this one's start
     * @throws IllegalArgumentException if this one starts at or before {@link #EARLIEST}: the previous bucket
     *     would end outside the supported range
     */
    public Bucket previous() {
        Instant start = start();
        if (!start.isAfter(EARLIEST)) {
            throw new IllegalArgumentException("the previous bucket must end in the supported range " + RANGE
                    + ": " + this + " in " + zone() + " starts at " + start);
        }
        return make(start.minusNanos(1), granularity, zone());
    }

    /** In time order, then by granularity, then by zone id. */
    @Override
    public int compareTo(Bucket other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bucket other && granularity == other.granularity && start.equals(other.start);
    }

    @Override
    public int hashCode() {
        return granularity.hashCode() * 31 + start.hashCode();
    }

    /**
     * The bucket as a report labels it: {@code 2024-03-01T13:00+01:00} (an hour, with its offset),
     * {@code 2024-03-01}, {@code 2024-W09}, {@code 2024-03} or {@code 2024-Q1}. The zone is not shown.
     */
    @Override
    public String toString() {
        LocalDate date = start.toLocalDate();
        switch (granularity) {
            case HOUR:
                return HOUR_FORMAT.format(start);
            case DAY:
                return date.toString();
            case WEEK:
                return String.format(Locale.ROOT, "%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
                        date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH:
                return String.format(Locale.ROOT, "%d-%02d", date.getYear(), date.getMonthValue());
            default:
                return String.format(Locale.ROOT, "%d-Q%d", date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
        }
    }
}
