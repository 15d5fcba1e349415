package io.github.supportkpi.time;

import io.github.supportkpi.time.BusinessCalendar.Interval;
import io.github.supportkpi.time.BusinessCalendar.Span;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

/** The parts a business calendar is read back by: its intervals, holidays, closures and openings. */
class BusinessCalendarPartsTest {
    private static final Instant T = Instant.parse("2024-03-01T10:00:00Z");

    @Test
    void should_read_back_the_parts_sorted_deduplicated_and_merged() {
        // GIVEN intervals, a holiday given twice, and overlapping closures and openings, in no order
        BusinessCalendar c = BusinessCalendar.builder(ZoneId.of("Europe/Paris"))
                .interval(DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))
                .allDay(DayOfWeek.SUNDAY)
                .interval(DayOfWeek.MONDAY, LocalTime.of(22, 0), LocalTime.of(6, 0))
                .holiday(LocalDate.of(2024, 12, 25)).holiday(LocalDate.of(2024, 5, 1)).holiday(LocalDate.of(2024, 12, 25))
                .closed(T.plusSeconds(3600), T.plusSeconds(7200)).closed(T, T.plusSeconds(5400))
                .open(T.plusSeconds(6000), T.plusSeconds(9000))
                .build();
        // THEN the parts come in the week's and time's order, the holiday once, the closures merged, and the
        // opening cut where the closure wins
        assertThat(c.intervals()).containsExactly(
                new Interval(DayOfWeek.MONDAY, LocalTime.of(22, 0), LocalTime.of(6, 0), false),
                new Interval(DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(12, 0), false),
                new Interval(DayOfWeek.SUNDAY, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, true));
        assertThat(c.holidays()).containsExactly(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 12, 25));
        assertThat(c.closures()).containsExactly(new Span(T, T.plusSeconds(7200)));
        assertThat(c.openings()).containsExactly(new Span(T.plusSeconds(7200), T.plusSeconds(9000)));
        assertThatThrownBy(() -> c.holidays().add(LocalDate.of(2025, 1, 1)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void should_rebuild_an_equal_calendar_from_its_parts() {
        qt().withExamples(500).forAll(CalendarScenario.scenarios()).checkAssert(s -> {
            BusinessCalendar c = s.calendar();
            BusinessCalendar.Builder b = BusinessCalendar.builder(c.zone());
            for (Interval i : c.intervals()) {
                if (i.allDay()) {
                    b.allDay(i.day());
                } else {
                    b.interval(i.day(), i.start(), i.end());
                }
            }
            b.holidays(c.holidays());
            c.closures().forEach(span -> b.closed(span.from(), span.to()));
            c.openings().forEach(span -> b.open(span.from(), span.to()));
            BusinessCalendar rebuilt = b.build();
            assertThat(rebuilt).isEqualTo(c);
            assertThat(List.of(rebuilt.intervals(), rebuilt.holidays(), rebuilt.closures(), rebuilt.openings()))
                    .isEqualTo(List.of(c.intervals(), c.holidays(), c.closures(), c.openings()));
        });
    }

    @Test
    void should_refuse_parts_that_no_calendar_has() {
        assertThatThrownBy(() -> new Interval(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(9, 0), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("interval must not be empty: MONDAY 09:00-09:00");
        assertThatThrownBy(() -> new Interval(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.MIDNIGHT, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a whole day must run from 00:00 to 00:00: MONDAY 09:00-00:00");
        assertThatThrownBy(() -> new Interval(null, LocalTime.NOON, LocalTime.MIDNIGHT, false))
                .isInstanceOf(NullPointerException.class).hasMessage("day");
        assertThatThrownBy(() -> new Span(T, T)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("to must be after from: 2024-03-01T10:00:00Z/2024-03-01T10:00:00Z");
    }
}
