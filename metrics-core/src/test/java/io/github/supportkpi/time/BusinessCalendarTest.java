package io.github.supportkpi.time;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BusinessCalendarTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final ZoneId UTC = ZoneId.of("UTC");

    /** Monday to Friday, 09:00 to 18:00, in Berlin. */
    private static final BusinessCalendar OFFICE = BusinessCalendar.builder(BERLIN)
            .weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0))
            .build();

    private static Instant at(ZoneId zone, String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    private static Instant berlin(String localDateTime) {
        return at(BERLIN, localDateTime);
    }

    @Nested
    class BusinessTime {
        @Test
        void should_count_fifteen_minutes_from_friday_evening_to_monday_morning() {
            // GIVEN a ticket created Friday 17:55 and answered Monday 09:10
            Instant created = berlin("2024-03-01T17:55");
            Instant answered = berlin("2024-03-04T09:10");
            // WHEN
            Duration businessTime = OFFICE.between(created, answered);
            // THEN 5 minutes on Friday and 10 on Monday
            assertThat(businessTime).isEqualTo(Duration.ofMinutes(15));
        }

        @Test
        void should_skip_holidays_in_between() {
            // GIVEN Christmas Day and Boxing Day off
            BusinessCalendar calendar = BusinessCalendar.builder(BERLIN)
                    .weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0))
                    .holiday(LocalDate.of(2024, 12, 25))
                    .holiday(LocalDate.of(2024, 12, 26))
                    .build();
            // WHEN Tuesday 24th 17:00 to Friday 27th 10:00
            Duration businessTime = calendar.between(berlin("2024-12-24T17:00"), berlin("2024-12-27T10:00"));
            // THEN 1 hour on the 24th and 1 hour on the 27th
            assertThat(businessTime).isEqualTo(Duration.ofHours(2));
        }

        @Test
        void should_count_a_lunch_break_as_closed() {
            // GIVEN two intervals a day
            BusinessCalendar calendar = BusinessCalendar.builder(BERLIN)
                    .weekdays(LocalTime.of(9, 0), LocalTime.of(12, 0))
                    .weekdays(LocalTime.of(13, 0), LocalTime.of(17, 0))
                    .build();
            // WHEN 11:00 to 14:00 on a Wednesday
            Duration businessTime = calendar.between(berlin("2024-03-06T11:00"), berlin("2024-03-06T14:00"));
            // THEN 11-12 and 13-14
            assertThat(businessTime).isEqualTo(Duration.ofHours(2));
        }

        @Test
        void should_count_an_overnight_shift_across_midnight() {
            // GIVEN a night shift Monday 22:00 to Tuesday 06:00
            BusinessCalendar calendar = BusinessCalendar.builder(UTC)
                    .interval(DayOfWeek.MONDAY, LocalTime.of(22, 0), LocalTime.of(6, 0))
                    .build();
            // WHEN Monday 23:00 to Tuesday 07:00
            Duration businessTime = calendar.between(at(UTC, "2024-03-04T23:00"), at(UTC, "2024-03-05T07:00"));
            // THEN 23:00-06:00
            assertThat(businessTime).isEqualTo(Duration.ofHours(7));
        }

        @Test
        void should_let_a_holiday_cancel_the_overnight_shift_that_starts_on_it_but_not_the_one_before() {
            // GIVEN night shifts every day and a holiday on Tuesday 2024-03-05
            BusinessCalendar.Builder builder = BusinessCalendar.builder(UTC);
            for (DayOfWeek d : DayOfWeek.values()) {
                builder.interval(d, LocalTime.of(22, 0), LocalTime.of(6, 0));
            }
            BusinessCalendar calendar = builder.holiday(LocalDate.of(2024, 3, 5)).build();
            // WHEN
            Duration tuesday = calendar.between(at(UTC, "2024-03-05T00:00"), at(UTC, "2024-03-06T00:00"));
            Duration wednesdayMorning = calendar.between(at(UTC, "2024-03-06T00:00"), at(UTC, "2024-03-06T12:00"));
            // THEN Monday's shift runs into the holiday; Tuesday's shift (into Wednesday) is cancelled
            assertThat(tuesday).isEqualTo(Duration.ofHours(6));
            assertThat(wednesdayMorning).isZero();
        }

        @Test
        void should_apply_one_off_closures_and_openings() {
            // GIVEN closed on the afternoon of Christmas Eve, open on a Saturday morning
            BusinessCalendar calendar = BusinessCalendar.builder(BERLIN)
                    .weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0))
                    .closed(LocalDateTime.parse("2024-12-24T12:00"), LocalDateTime.parse("2024-12-24T18:00"))
                    .open(berlin("2024-12-21T10:00"), berlin("2024-12-21T14:00"))
                    .build();
            // WHEN
            Duration christmasEve = calendar.between(berlin("2024-12-24T00:00"), berlin("2024-12-25T00:00"));
            Duration saturday = calendar.between(berlin("2024-12-21T00:00"), berlin("2024-12-22T00:00"));
            // THEN
            assertThat(christmasEve).isEqualTo(Duration.ofHours(3));
            assertThat(saturday).isEqualTo(Duration.ofHours(4));
            assertThat(calendar.isOpen(berlin("2024-12-24T12:00"))).isFalse();
            assertThat(calendar.isOpen(berlin("2024-12-21T13:59"))).isTrue();
        }

        @Test
        void should_let_a_closure_win_over_an_opening() {
            // GIVEN an opening and a closure over the same hours
            BusinessCalendar calendar = BusinessCalendar.builder(UTC)
                    .open(at(UTC, "2024-03-02T10:00"), at(UTC, "2024-03-02T14:00"))
                    .closed(at(UTC, "2024-03-02T12:00"), at(UTC, "2024-03-02T16:00"))
                    .build();
            // WHEN
            Duration saturday = calendar.between(at(UTC, "2024-03-02T00:00"), at(UTC, "2024-03-03T00:00"));
            // THEN only 10:00-12:00 is open
            assertThat(saturday).isEqualTo(Duration.ofHours(2));
        }

        @Test
        void should_give_calendar_time_when_open_twenty_four_seven() {
            // GIVEN
            BusinessCalendar calendar = BusinessCalendar.twentyFourSeven(BERLIN);
            Instant from = berlin("2024-03-30T12:00");
            Instant to = berlin("2024-10-27T12:00");
            // WHEN
            Duration businessTime = calendar.between(from, to);
            // THEN
            assertThat(businessTime).isEqualTo(Duration.between(from, to));
        }

        @Test
        void should_be_an_elapsed_time() {
            // GIVEN
            ElapsedTime elapsed = OFFICE;
            // WHEN a whole regular week
            long nanos = elapsed.nanosBetween(berlin("2024-03-04T00:00"), berlin("2024-03-11T00:00"));
            // THEN 5 days of 9 hours
            assertThat(nanos).isEqualTo(Duration.ofHours(45).toNanos());
        }

        @Test
        void should_refuse_an_end_before_the_start() {
            assertThatThrownBy(() -> OFFICE.between(berlin("2024-03-04T10:00"), berlin("2024-03-04T09:00")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("end must not be before start");
        }
    }

    @Nested
    class DaylightSavingTime {
        private BusinessCalendar sundayNight(ZoneId zone) {
            return BusinessCalendar.builder(zone).interval(DayOfWeek.SUNDAY, LocalTime.MIDNIGHT, LocalTime.of(6, 0)).build();
        }

        @Test
        void should_last_five_hours_on_the_spring_forward_night_in_berlin() {
            // GIVEN 00:00-06:00 on Sunday 2024-03-31, when 02:00 becomes 03:00
            BusinessCalendar calendar = sundayNight(BERLIN);
            // WHEN
            Duration night = calendar.between(berlin("2024-03-30T12:00"), berlin("2024-03-31T12:00"));
            // THEN
            assertThat(night).isEqualTo(Duration.ofHours(5));
        }

        @Test
        void should_last_seven_hours_on_the_fall_back_night_in_berlin() {
            // GIVEN 00:00-06:00 on Sunday 2024-10-27, when 03:00 becomes 02:00
            BusinessCalendar calendar = sundayNight(BERLIN);
            // WHEN
            Duration night = calendar.between(berlin("2024-10-26T12:00"), berlin("2024-10-27T12:00"));
            // THEN
            assertThat(night).isEqualTo(Duration.ofHours(7));
        }

        @Test
        void should_count_an_overnight_shift_across_both_transitions_in_new_york() {
            // GIVEN Saturday 22:00 to Sunday 06:00 in New York
            BusinessCalendar calendar = BusinessCalendar.builder(NEW_YORK)
                    .interval(DayOfWeek.SATURDAY, LocalTime.of(22, 0), LocalTime.of(6, 0))
                    .build();
            // WHEN the nights of 2024-03-09 (spring forward) and 2024-11-02 (fall back)
            Duration spring = calendar.between(at(NEW_YORK, "2024-03-09T12:00"), at(NEW_YORK, "2024-03-10T12:00"));
            Duration fall = calendar.between(at(NEW_YORK, "2024-11-02T12:00"), at(NEW_YORK, "2024-11-03T12:00"));
            // THEN
            assertThat(spring).isEqualTo(Duration.ofHours(7));
            assertThat(fall).isEqualTo(Duration.ofHours(9));
        }

        @Test
        void should_start_an_interval_that_starts_in_the_missing_hour_at_the_transition() {
            // GIVEN 02:30-04:00 on Sunday; on 2024-03-31 Berlin has no 02:30
            BusinessCalendar calendar = BusinessCalendar.builder(BERLIN)
                    .interval(DayOfWeek.SUNDAY, LocalTime.of(2, 30), LocalTime.of(4, 0))
                    .build();
            // WHEN
            Duration night = calendar.between(berlin("2024-03-30T12:00"), berlin("2024-03-31T12:00"));
            // THEN open from the transition (03:00 CEST) to 04:00 CEST
            assertThat(night).isEqualTo(Duration.ofHours(1));
            assertThat(calendar.nextOpening(berlin("2024-03-31T00:00"))).contains(Instant.parse("2024-03-31T01:00:00Z"));
        }

        @Test
        void should_count_the_repeated_hour_once_per_pass_in_new_york() {
            // GIVEN 01:00-02:00 on Sunday; on 2024-11-03 New York lives 01:00-02:00 twice
            BusinessCalendar calendar = BusinessCalendar.builder(NEW_YORK)
                    .interval(DayOfWeek.SUNDAY, LocalTime.of(1, 0), LocalTime.of(2, 0))
                    .build();
            // WHEN
            Duration night = calendar.between(at(NEW_YORK, "2024-11-02T12:00"), at(NEW_YORK, "2024-11-03T12:00"));
            // THEN from 01:00 EDT to 02:00 EST: both passes
            assertThat(night).isEqualTo(Duration.ofHours(2));
        }

        @Test
        void should_keep_six_hours_in_a_zone_without_daylight_saving_time() {
            // GIVEN Kolkata, which has no transitions
            BusinessCalendar calendar = sundayNight(KOLKATA);
            // WHEN the nights of Berlin's transitions
            Duration spring = calendar.between(at(KOLKATA, "2024-03-30T12:00"), at(KOLKATA, "2024-03-31T12:00"));
            Duration fall = calendar.between(at(KOLKATA, "2024-10-26T12:00"), at(KOLKATA, "2024-10-27T12:00"));
            // THEN
            assertThat(spring).isEqualTo(Duration.ofHours(6));
            assertThat(fall).isEqualTo(Duration.ofHours(6));
        }

        @Test
        void should_give_calendar_time_across_transitions_when_open_twenty_four_seven_in_new_york() {
            BusinessCalendar calendar = BusinessCalendar.twentyFourSeven(NEW_YORK);
            Instant from = at(NEW_YORK, "2024-03-09T00:00");
            Instant to = at(NEW_YORK, "2024-03-11T00:00");
            assertThat(calendar.between(from, to)).isEqualTo(Duration.ofHours(47));
        }
    }

    @Nested
    class Deadlines {
        @Test
        void should_carry_a_deadline_over_the_weekend() {
            // GIVEN Friday 17:00
            Instant start = berlin("2024-03-01T17:00");
            // WHEN 2 business hours later
            Instant deadline = OFFICE.deadline(start, Duration.ofHours(2));
            // THEN 1 hour on Friday, 1 hour on Monday
            assertThat(deadline).isEqualTo(berlin("2024-03-04T10:00"));
        }

        @Test
        void should_end_a_deadline_reached_at_closing_time_at_the_closing_instant() {
            // GIVEN Friday 16:00
            Instant start = berlin("2024-03-01T16:00");
            // WHEN 2 business hours later
            Instant deadline = OFFICE.deadline(start, Duration.ofHours(2));
            // THEN Friday 18:00, not Monday 09:00
            assertThat(deadline).isEqualTo(berlin("2024-03-01T18:00"));
        }

        @Test
        void should_start_the_clock_at_the_next_opening() {
            // GIVEN Saturday noon
            Instant start = berlin("2024-03-02T12:00");
            // WHEN
            Instant deadline = OFFICE.deadline(start, Duration.ofMinutes(30));
            // THEN
            assertThat(deadline).isEqualTo(berlin("2024-03-04T09:30"));
        }

        @Test
        void should_return_the_start_for_a_zero_duration() {
            Instant start = berlin("2024-03-02T12:00");
            assertThat(OFFICE.deadline(start, Duration.ZERO)).isEqualTo(start);
        }

        @Test
        void should_skip_holidays_and_closures() {
            // GIVEN a holiday on Monday and a closure Tuesday 09:00-12:00
            BusinessCalendar calendar = BusinessCalendar.builder(BERLIN)
                    .weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0))
                    .holiday(LocalDate.of(2024, 3, 4))
                    .closed(berlin("2024-03-05T09:00"), berlin("2024-03-05T12:00"))
                    .build();
            // WHEN Friday 17:00 + 2 hours
            Instant deadline = calendar.deadline(berlin("2024-03-01T17:00"), Duration.ofHours(2));
            // THEN 1 hour on Friday, then Tuesday from 12:00
            assertThat(deadline).isEqualTo(berlin("2024-03-05T13:00"));
        }

        @Test
        void should_use_an_opening_for_a_deadline() {
            // GIVEN an extra Saturday 10:00-12:00
            BusinessCalendar calendar = BusinessCalendar.builder(BERLIN)
                    .weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0))
                    .open(LocalDateTime.parse("2024-03-02T10:00"), LocalDateTime.parse("2024-03-02T12:00"))
                    .build();
            // WHEN Friday 17:00 + 2 hours
            Instant deadline = calendar.deadline(berlin("2024-03-01T17:00"), Duration.ofHours(2));
            // THEN
            assertThat(deadline).isEqualTo(berlin("2024-03-02T11:00"));
        }

        @Test
        void should_refuse_a_deadline_in_a_calendar_that_never_opens() {
            BusinessCalendar never = BusinessCalendar.builder(UTC).build();
            assertThatThrownBy(() -> never.deadline(at(UTC, "2024-03-01T00:00"), Duration.ofMinutes(1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("businessTime must be reachable before 2200-01-01T00:00:00Z");
        }

        @Test
        void should_refuse_a_negative_duration() {
            assertThatThrownBy(() -> OFFICE.deadline(berlin("2024-03-01T17:00"), Duration.ofMinutes(-1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("businessTime must not be negative: PT-1M");
        }
    }

    @Nested
    class Openings {
        @Test
        void should_be_open_at_the_start_and_closed_at_the_end_of_an_interval() {
            assertThat(OFFICE.isOpen(berlin("2024-03-04T09:00"))).isTrue();
            assertThat(OFFICE.isOpen(berlin("2024-03-04T17:59:59.999999999"))).isTrue();
            assertThat(OFFICE.isOpen(berlin("2024-03-04T18:00"))).isFalse();
            assertThat(OFFICE.isOpen(berlin("2024-03-02T12:00"))).isFalse();
        }

        @Test
        void should_find_the_next_opening_after_the_weekend() {
            assertThat(OFFICE.nextOpening(berlin("2024-03-01T18:00"))).contains(berlin("2024-03-04T09:00"));
        }

        @Test
        void should_give_the_instant_itself_when_open() {
            Instant open = berlin("2024-03-04T10:00");
            assertThat(OFFICE.nextOpening(open)).contains(open);
        }

        @Test
        void should_find_no_opening_in_a_calendar_that_never_opens() {
            assertThat(BusinessCalendar.builder(UTC).build().nextOpening(at(UTC, "2024-03-01T00:00"))).isEmpty();
        }

        @Test
        void should_be_open_during_an_overnight_shift_after_midnight() {
            BusinessCalendar calendar = BusinessCalendar.builder(NEW_YORK)
                    .interval(DayOfWeek.SUNDAY, LocalTime.of(22, 0), LocalTime.of(6, 0))
                    .build();
            assertThat(calendar.isOpen(at(NEW_YORK, "2024-03-04T05:00"))).isTrue();
            assertThat(calendar.isOpen(at(NEW_YORK, "2024-03-04T06:00"))).isFalse();
        }
    }

    @Nested
    class Validation {
        @Test
        void should_refuse_overlapping_intervals_naming_both() {
            BusinessCalendar.Builder builder = BusinessCalendar.builder(BERLIN)
                    .interval(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))
                    .interval(DayOfWeek.MONDAY, LocalTime.of(11, 0), LocalTime.of(13, 0));
            assertThatThrownBy(builder::build)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("intervals must not overlap: MONDAY 09:00-12:00 and MONDAY 11:00-13:00");
        }

        @Test
        void should_refuse_an_overnight_interval_running_into_the_next_days_interval() {
            BusinessCalendar.Builder builder = BusinessCalendar.builder(BERLIN)
                    .interval(DayOfWeek.SUNDAY, LocalTime.of(22, 0), LocalTime.of(6, 0))
                    .interval(DayOfWeek.MONDAY, LocalTime.of(5, 0), LocalTime.of(9, 0));
            assertThatThrownBy(builder::build)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("intervals must not overlap: SUNDAY 22:00-06:00 and MONDAY 05:00-09:00");
        }

        @Test
        void should_refuse_an_interval_given_twice_naming_it() {
            // GIVEN weekdays, then Monday's interval again (a schedule mapped twice)
            BusinessCalendar.Builder builder = BusinessCalendar.builder(BERLIN)
                    .weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0))
                    .interval(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(18, 0));
            // WHEN / THEN it is refused rather than silently counted once
            assertThatThrownBy(builder::build)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("intervals must not overlap: MONDAY 09:00-18:00 twice");
            // AND a whole day opened twice likewise
            assertThatThrownBy(BusinessCalendar.builder(BERLIN).allDay(DayOfWeek.SUNDAY).allDay(DayOfWeek.SUNDAY)::build)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("intervals must not overlap: SUNDAY 00:00-24:00 twice");
        }

        @Test
        void should_count_a_holiday_given_twice_once() {
            // GIVEN two holiday lists that share Christmas Day
            LocalDate christmas = LocalDate.of(2024, 12, 25);
            LocalDate boxingDay = LocalDate.of(2024, 12, 26);
            BusinessCalendar twice = BusinessCalendar.builder(BERLIN).weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0))
                    .holidays(List.of(christmas)).holidays(List.of(christmas, boxingDay))
                    .holiday(christmas).build();
            BusinessCalendar once = BusinessCalendar.builder(BERLIN).weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0))
                    .holiday(christmas).holiday(boxingDay).build();
            // WHEN / THEN the calendars are the same: a date is one holiday however often it is given
            assertThat(twice).isEqualTo(once);
            assertThat(twice.toString()).endsWith("; holidays [2024-12-25, 2024-12-26]]");
            assertThat(twice.between(berlin("2024-12-23T00:00"), berlin("2024-12-28T00:00")))
                    .isEqualTo(Duration.ofHours(27));
        }

        @Test
        void should_let_a_closure_win_over_an_opening_whatever_the_order_given() {
            // GIVEN the same closure and opening, given in both orders
            Instant from = at(UTC, "2024-03-02T10:00");
            Instant to = at(UTC, "2024-03-02T14:00");
            BusinessCalendar openFirst = BusinessCalendar.builder(UTC).open(from, to).closed(from, to).build();
            BusinessCalendar closedFirst = BusinessCalendar.builder(UTC).closed(from, to).open(from, to).build();
            // WHEN / THEN neither replaces the other: the closure wins in both
            assertThat(openFirst).isEqualTo(closedFirst);
            assertThat(openFirst.isOpen(at(UTC, "2024-03-02T11:00"))).isFalse();
            // AND closures given twice or overlapping make one span
            BusinessCalendar overlapping = BusinessCalendar.builder(UTC).closed(from, to).closed(from, to)
                    .closed(at(UTC, "2024-03-02T12:00"), at(UTC, "2024-03-02T16:00")).build();
            assertThat(overlapping.toString()).endsWith("; closed 2024-03-02T10:00:00Z/2024-03-02T16:00:00Z]");
        }

        @Test
        void should_accept_touching_intervals() {
            BusinessCalendar calendar = BusinessCalendar.builder(BERLIN)
                    .interval(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))
                    .interval(DayOfWeek.MONDAY, LocalTime.of(12, 0), LocalTime.of(13, 0))
                    .build();
            assertThat(calendar.between(berlin("2024-03-04T00:00"), berlin("2024-03-05T00:00")))
                    .isEqualTo(Duration.ofHours(4));
        }

        @Test
        void should_refuse_an_empty_interval() {
            BusinessCalendar.Builder builder = BusinessCalendar.builder(BERLIN);
            assertThatThrownBy(() -> builder.interval(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(9, 0)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("interval must not be empty: MONDAY 09:00-09:00");
        }

        @Test
        void should_refuse_an_inverted_closure() {
            BusinessCalendar.Builder builder = BusinessCalendar.builder(BERLIN);
            assertThatThrownBy(() -> builder.closed(berlin("2024-12-24T18:00"), berlin("2024-12-24T12:00")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("to must be after from: 2024-12-24T17:00:00Z/2024-12-24T11:00:00Z");
        }

        @Test
        void should_refuse_instants_outside_the_supported_range() {
            assertThatThrownBy(() -> OFFICE.between(Instant.parse("1850-01-01T00:00:00Z"), berlin("2024-01-01T00:00")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("start must be between 1900-01-01T00:00:00Z and 2200-01-01T00:00:00Z: 1850-01-01T00:00:00Z");
        }

        @Test
        void should_describe_itself() {
            assertThat(OFFICE.toString()).startsWith("BusinessCalendar[Europe/Berlin: MONDAY 09:00-18:00, TUESDAY 09:00-18:00");
            assertThat(BusinessCalendar.twentyFourSeven(UTC)).isEqualTo(BusinessCalendar.twentyFourSeven(UTC));
        }
    }

    @Test
    void should_measure_a_long_span_in_whole_weeks() {
        // GIVEN 10 years minus nothing: 2015-01-05 (Monday) to 2025-01-06 (Monday) is 522 weeks
        Instant from = ZonedDateTime.of(LocalDate.of(2015, 1, 5).atStartOfDay(), BERLIN).toInstant();
        Instant to = ZonedDateTime.of(LocalDate.of(2025, 1, 6).atStartOfDay(), BERLIN).toInstant();
        // WHEN
        Duration businessTime = OFFICE.between(from, to);
        // THEN 45 hours a week; the office hours never touch a transition
        assertThat(businessTime).isEqualTo(Duration.ofHours(45L * 522));
    }
}
