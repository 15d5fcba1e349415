package io.github.supportkpi.time;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * Properties of {@link BusinessCalendar} over random calendars ({@link CalendarScenario}): random intervals
 * per day, some overnight or all-day, holidays, closures and openings, in zones with and without daylight
 * saving time. QuickTheories prints the seed and the falsifying scenario of a failure.
 */
class BusinessCalendarPropertiesTest {

    /** Three instants near a scenario's holidays and exceptions, sorted. */
    private static Instant[] sorted(CalendarScenario s, double x, double y, double z, int nanos) {
        Instant[] t = {s.near(x, nanos), s.near(y, nanos / 3), s.near(z, 0)};
        Arrays.sort(t);
        return t;
    }

    @Test
    void should_agree_with_a_day_by_day_reference_computation() {
        qt().withExamples(2000).forAll(CalendarScenario.scenarios(), doubles().between(0, 1), doubles().between(0, 1),
                integers().between(0, 999_999_999)).check((s, x, y, nanos) -> {
                    Instant[] t = sorted(s, x, y, 0.5, nanos);
                    return s.calendar().nanosBetween(t[0], t[1]) == s.referenceNanos(t[0], t[1]);
                });
    }

    @Test
    void should_measure_epoch_nanoseconds_as_it_measures_instants() {
        qt().withExamples(1000).forAll(CalendarScenario.scenarios(), doubles().between(0, 1), doubles().between(0, 1),
                integers().between(0, 999_999_999)).checkAssert((s, x, y, nanos) -> {
                    Instant[] t = sorted(s, x, y, 0.5, nanos);
                    long a = t[0].getEpochSecond() * 1_000_000_000L + t[0].getNano();
                    long b = t[1].getEpochSecond() * 1_000_000_000L + t[1].getNano();
                    assertThat(s.calendar().nanosBetween(a, b)).isEqualTo(s.calendar().nanosBetween(t[0], t[1]));
                    assertThat(ElapsedTime.CALENDAR.nanosBetween(a, b)).isEqualTo(ElapsedTime.calendarNanos(t[0], t[1]));
                });
    }

    @Test
    void should_measure_calendar_time_when_open_all_day_every_day_but_not_across_a_holiday() {
        qt().forAll(CalendarScenario.instants(), CalendarScenario.instants()).checkAssert((x, y) -> {
            Instant a = x.isBefore(y) ? x : y;
            Instant b = x.isBefore(y) ? y : x;
            for (String zone : List.of("Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "UTC")) {
                BusinessCalendar always = BusinessCalendar.twentyFourSeven(ZoneId.of(zone));
                assertThat(always.nanosBetween(a, b)).isEqualTo(ElapsedTime.calendarNanos(a, b));
                // a holiday on the first day closes that day: less than calendar time once the span covers it
                BusinessCalendar.Builder withHoliday = BusinessCalendar.builder(ZoneId.of(zone));
                for (DayOfWeek d : DayOfWeek.values()) {
                    withHoliday.allDay(d);
                }
                LocalDate day = a.atZone(ZoneId.of(zone)).toLocalDate().plusDays(1);
                BusinessCalendar closedOnce = withHoliday.holiday(day).build();
                Instant dayStart = day.atStartOfDay(ZoneId.of(zone)).toInstant();
                Instant dayEnd = day.plusDays(1).atStartOfDay(ZoneId.of(zone)).toInstant();
                long expected = ElapsedTime.calendarNanos(a, b) - overlap(a, b, dayStart, dayEnd);
                assertThat(closedOnce.nanosBetween(a, b)).as("%s %s..%s", zone, a, b).isEqualTo(expected);
            }
        });
    }

    private static long overlap(Instant a, Instant b, Instant from, Instant to) {
        Instant x = a.isAfter(from) ? a : from;
        Instant y = b.isBefore(to) ? b : to;
        return y.isAfter(x) ? ElapsedTime.calendarNanos(x, y) : 0;
    }

    @Test
    void should_never_exceed_calendar_time() {
        qt().forAll(CalendarScenario.scenarios(), CalendarScenario.instants(), CalendarScenario.instants())
                .check((s, x, y) -> {
                    Instant a = x.isBefore(y) ? x : y;
                    Instant b = x.isBefore(y) ? y : x;
                    long business = s.calendar().nanosBetween(a, b);
                    return business >= 0 && business <= ElapsedTime.calendarNanos(a, b);
                });
    }

    @Test
    void should_be_additive() {
        qt().forAll(CalendarScenario.scenarios(), doubles().between(0, 1), doubles().between(0, 1),
                doubles().between(0, 1)).check((s, x, y, z) -> {
                    Instant[] t = sorted(s, x, y, z, 12_345);
                    BusinessCalendar c = s.calendar();
                    return c.nanosBetween(t[0], t[2]) == c.nanosBetween(t[0], t[1]) + c.nanosBetween(t[1], t[2]);
                });
    }

    @Test
    void should_be_additive_over_years() {
        qt().forAll(CalendarScenario.scenarios(), CalendarScenario.instants(), CalendarScenario.instants(),
                CalendarScenario.instants()).check((s, x, y, z) -> {
                    Instant[] t = {x, y, z};
                    Arrays.sort(t);
                    BusinessCalendar c = s.calendar();
                    return c.nanosBetween(t[0], t[2]) == c.nanosBetween(t[0], t[1]) + c.nanosBetween(t[1], t[2]);
                });
    }

    @Test
    void should_reach_exactly_the_business_duration_at_the_earliest_deadline() {
        qt().forAll(CalendarScenario.scenarios(), doubles().between(0, 1),
                longs().between(0, Duration.ofDays(30).toNanos())).check((s, x, d) -> {
                    Instant start = s.near(x, 0);
                    BusinessCalendar c = s.calendar();
                    Instant deadline;
                    try {
                        deadline = c.deadline(start, Duration.ofNanos(d));
                    } catch (IllegalArgumentException neverOpen) {
                        return c.nextOpening(start).isEmpty() || d > 0 && c.nanosBetween(start,
                                Instant.parse("2200-01-01T00:00:00Z")) < d;
                    }
                    boolean reached = c.nanosBetween(start, deadline) == d;
                    boolean earliest = d == 0 ? deadline.equals(start)
                            : c.nanosBetween(start, deadline.minusNanos(1)) == d - 1;
                    return reached && earliest;
                });
    }

    @Test
    void should_open_next_at_an_open_instant_with_no_business_time_before_it() {
        qt().forAll(CalendarScenario.scenarios(), doubles().between(0, 1)).check((s, x) -> {
            Instant t = s.near(x, 0);
            BusinessCalendar c = s.calendar();
            return c.nextOpening(t).map(o -> c.isOpen(o) && c.nanosBetween(t, o) == 0).orElse(true);
        });
    }

    @Test
    void should_be_open_exactly_where_the_reference_counts_open_time() {
        qt().forAll(CalendarScenario.scenarios(), doubles().between(0, 1)).check((s, x) -> {
            Instant t = s.near(x, 0);
            return s.calendar().isOpen(t) == (s.referenceNanos(t, t.plusNanos(1)) == 1);
        });
    }

    @Test
    void should_give_calendar_time_when_open_twenty_four_seven() {
        qt().forAll(integers().between(0, CalendarScenario.ZONES.size() - 1), CalendarScenario.instants(),
                CalendarScenario.instants()).check((zone, x, y) -> {
                    Instant a = x.isBefore(y) ? x : y;
                    Instant b = x.isBefore(y) ? y : x;
                    BusinessCalendar c = BusinessCalendar.twentyFourSeven(CalendarScenario.ZONES.get(zone));
                    return c.nanosBetween(a, b) == ElapsedTime.calendarNanos(a, b)
                            && c.deadline(a, Duration.between(a, b)).equals(b);
                });
    }

    @Test
    void should_keep_its_examples_reproducible_from_the_seed() {
        CalendarScenario s = CalendarScenario.of(42);
        assertThat(CalendarScenario.of(42).calendar()).isEqualTo(s.calendar());
    }
}
