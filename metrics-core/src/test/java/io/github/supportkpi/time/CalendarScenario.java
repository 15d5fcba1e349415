package io.github.supportkpi.time;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * A randomly generated calendar (intervals per day, some overnight or all-day, holidays, closures and
 * openings) together with a slow, independent reference computation of its open time using java.time day
 * by day. Built from a seed, which {@link #toString()} prints with the whole calendar.
 */
record CalendarScenario(long seed, ZoneId zone, List<Interval> intervals, TreeSet<LocalDate> holidays,
        List<Instant[]> closed, List<Instant[]> opened, BusinessCalendar calendar, Instant origin) {

    /** Zones with and without daylight saving time, a half-hour one, one that skipped a day, midnight gaps. */
    static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"),
            ZoneId.of("Asia/Kolkata"), ZoneId.of("UTC"), ZoneId.of("Australia/Lord_Howe"),
            ZoneId.of("Pacific/Apia"), ZoneId.of("America/Sao_Paulo"), ZoneId.of("America/Havana"));

    private static final Instant FROM = Instant.parse("2010-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2027-01-01T00:00:00Z");

    record Interval(DayOfWeek day, LocalTime start, LocalTime end, boolean allDay) {
        @Override
        public String toString() {
            return day + " " + start + "-" + (allDay ? "24:00" : end);
        }
    }

    static Gen<CalendarScenario> scenarios() {
        return SourceDSL.longs().all().map(CalendarScenario::of);
    }

    /** Instants in 2010-2026, every other one snapped to a whole quarter hour so that it hits boundaries. */
    static Gen<Instant> instants() {
        return SourceDSL.longs().between(FROM.getEpochSecond(), TO.getEpochSecond())
                .zip(SourceDSL.integers().between(0, 999_999_999), (s, n) -> s % 2 == 0
                        ? Instant.ofEpochSecond(s - Math.floorMod(s, 900))
                        : Instant.ofEpochSecond(s, n));
    }

    static CalendarScenario of(long seed) {
        Random random = new Random(seed);
        ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
        // Cut points in minutes of the week, paired into intervals, then rotated so some wrap into Monday.
        int cuts = 2 * (1 + random.nextInt(random.nextBoolean() ? 4 : 12));
        TreeSet<Integer> points = new TreeSet<>();
        while (points.size() < cuts) {
            points.add(random.nextInt(7 * 1440));
        }
        Integer[] p = points.toArray(new Integer[0]);
        int rotation = random.nextInt(7 * 1440);
        List<Interval> intervals = new ArrayList<>();
        for (int i = 0; i + 1 < p.length; i += 2) {
            int length = p[i + 1] - p[i];
            if (length > 1440) {
                length = 1 + random.nextInt(1440); // at most a whole day
            }
            int startMinute = (p[i] + rotation) % (7 * 1440);
            DayOfWeek day = DayOfWeek.of(startMinute / 1440 + 1);
            LocalTime start = LocalTime.of(startMinute % 1440 / 60, startMinute % 60);
            if (length == 1440) {
                if (start.equals(LocalTime.MIDNIGHT)) {
                    intervals.add(new Interval(day, start, start, true));
                }
                continue; // a 24-hour interval not at midnight cannot be written
            }
            intervals.add(new Interval(day, start, start.plusMinutes(length), false));
        }
        if (random.nextInt(10) == 0) {
            intervals.clear();
            for (DayOfWeek d : DayOfWeek.values()) {
                if (random.nextInt(3) > 0) {
                    intervals.add(new Interval(d, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, true));
                }
            }
        }
        Instant origin = Instant.ofEpochSecond(FROM.getEpochSecond()
                + (long) (random.nextDouble() * (TO.getEpochSecond() - FROM.getEpochSecond())));
        LocalDate originDate = origin.atZone(zone).toLocalDate();
        TreeSet<LocalDate> holidays = new TreeSet<>();
        int holidayCount = random.nextInt(8);
        for (int i = 0; i < holidayCount; i++) {
            holidays.add(originDate.plusDays(random.nextInt(120) - 20));
        }
        List<Instant[]> closed = new ArrayList<>();
        List<Instant[]> opened = new ArrayList<>();
        int exceptions = random.nextInt(4);
        for (int i = 0; i < exceptions; i++) {
            Instant from = origin.plusSeconds(random.nextInt(100 * 86_400) - 10 * 86_400L);
            Instant to = from.plusSeconds(60 + random.nextInt(3 * 86_400));
            (random.nextBoolean() ? closed : opened).add(new Instant[] {from, to});
        }
        BusinessCalendar.Builder builder = BusinessCalendar.builder(zone);
        for (Interval i : intervals) {
            if (i.allDay()) {
                builder.allDay(i.day());
            } else {
                builder.interval(i.day(), i.start(), i.end());
            }
        }
        builder.holidays(holidays);
        closed.forEach(c -> builder.closed(c[0], c[1]));
        opened.forEach(o -> builder.open(o[0], o[1]));
        return new CalendarScenario(seed, zone, intervals, holidays, closed, opened, builder.build(), origin);
    }

    /** An instant near the holidays and exceptions of this scenario, from a fraction in [0, 1). */
    Instant near(double fraction, int nanos) {
        return origin.plusSeconds((long) ((fraction - 0.2) * 130 * 86_400)).plusNanos(nanos);
    }

    /** The open time in [a, b), in nanoseconds, computed day by day with java.time. Slow. */
    long referenceNanos(Instant a, Instant b) {
        List<Instant[]> open = new ArrayList<>();
        LocalDate first = a.atZone(zone).toLocalDate().minusDays(2);
        LocalDate last = b.atZone(zone).toLocalDate().plusDays(1);
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            if (holidays.contains(d)) {
                continue;
            }
            for (Interval i : intervals) {
                if (i.day() != d.getDayOfWeek()) {
                    continue;
                }
                LocalDateTime s = d.atTime(i.start());
                LocalDateTime e = i.allDay() || !i.end().isAfter(i.start())
                        ? d.plusDays(1).atTime(i.end()) : d.atTime(i.end());
                open.add(new Instant[] {instantOf(s), instantOf(e)});
            }
        }
        TreeSet<Instant> points = new TreeSet<>(List.of(a, b));
        for (List<Instant[]> spans : List.of(open, closed, opened)) {
            for (Instant[] span : spans) {
                points.add(span[0]);
                points.add(span[1]);
            }
        }
        long total = 0;
        Instant previous = null;
        for (Instant p : points.subSet(a, true, b, true)) {
            if (previous != null && isOpenPiece(previous, open)) {
                total += java.time.Duration.between(previous, p).toNanos();
            }
            previous = p;
        }
        return total;
    }

    private boolean isOpenPiece(Instant t, List<Instant[]> open) {
        if (contains(closed, t)) {
            return false;
        }
        return contains(opened, t) || contains(open, t);
    }

    private static boolean contains(List<Instant[]> spans, Instant t) {
        for (Instant[] s : spans) {
            if (!t.isBefore(s[0]) && t.isBefore(s[1])) {
                return true;
            }
        }
        return false;
    }

    /** The documented rule, written independently: a gap maps to the transition, an overlap to the earlier offset. */
    private Instant instantOf(LocalDateTime local) {
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            return transition.getInstant();
        }
        return ZonedDateTime.ofLocal(local, zone, null).toInstant();
    }

    @Override
    public String toString() {
        return "CalendarScenario[seed=" + seed + ", origin=" + origin + ", " + calendar + "]";
    }
}
