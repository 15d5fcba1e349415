package io.github.supportkpi.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BucketTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static Instant berlin(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN).toInstant();
    }

    @Test
    void should_label_buckets_as_a_report_does() {
        // GIVEN Friday 2024-03-01 13:45 in Berlin
        Instant t = berlin("2024-03-01T13:45");
        // WHEN / THEN
        assertThat(Bucket.of(t, Granularity.HOUR, BERLIN)).hasToString("2024-03-01T13:00+01:00");
        assertThat(Bucket.of(t, Granularity.DAY, BERLIN)).hasToString("2024-03-01");
        assertThat(Bucket.of(t, Granularity.WEEK, BERLIN)).hasToString("2024-W09");
        assertThat(Bucket.of(t, Granularity.MONTH, BERLIN)).hasToString("2024-03");
        assertThat(Bucket.of(t, Granularity.QUARTER, BERLIN)).hasToString("2024-Q1");
    }

    @Test
    void should_start_the_week_on_monday_in_its_week_based_year() {
        // GIVEN Sunday 2023-01-01, which belongs to ISO week 52 of 2022
        Bucket week = Bucket.of(LocalDate.of(2023, 1, 1), Granularity.WEEK, ZoneOffset.UTC);
        // THEN
        assertThat(week).hasToString("2022-W52");
        assertThat(week.localStart()).isEqualTo(LocalDateTime.parse("2022-12-26T00:00"));
        assertThat(week.next()).hasToString("2023-W01");
    }

    @Test
    void should_bucket_in_the_report_zone() {
        // GIVEN 2024-03-01T23:30Z, already March 2nd in Berlin
        Instant t = Instant.parse("2024-03-01T23:30:00Z");
        // THEN
        assertThat(Bucket.of(t, Granularity.DAY, ZoneOffset.UTC)).hasToString("2024-03-01");
        assertThat(Bucket.of(t, Granularity.DAY, BERLIN)).hasToString("2024-03-02");
    }

    @Test
    void should_have_days_of_23_and_25_hours_on_transitions() {
        Bucket spring = Bucket.of(LocalDate.of(2024, 3, 10), Granularity.DAY, NEW_YORK);
        Bucket fall = Bucket.of(LocalDate.of(2024, 11, 3), Granularity.DAY, NEW_YORK);
        assertThat(Duration.between(spring.start(), spring.end())).isEqualTo(Duration.ofHours(23));
        assertThat(Duration.between(fall.start(), fall.end())).isEqualTo(Duration.ofHours(25));
    }

    @Test
    void should_give_two_hour_buckets_for_the_hour_that_happens_twice() {
        // GIVEN 02:30 CEST and 02:30 CET on 2024-10-27
        Bucket first = Bucket.of(Instant.parse("2024-10-27T00:30:00Z"), Granularity.HOUR, BERLIN);
        Bucket second = Bucket.of(Instant.parse("2024-10-27T01:30:00Z"), Granularity.HOUR, BERLIN);
        // THEN
        assertThat(first).isNotEqualTo(second).isLessThan(second);
        assertThat(first).hasToString("2024-10-27T02:00+02:00");
        assertThat(second).hasToString("2024-10-27T02:00+01:00");
        assertThat(first.next()).isEqualTo(second);
    }

    @Test
    void should_list_every_bucket_of_a_range_including_empty_ones() {
        // WHEN
        List<Bucket> months = Bucket.covering(berlin("2024-01-15T00:00"), berlin("2024-04-01T00:00"),
                Granularity.MONTH, BERLIN);
        // THEN April is not included: the range ends where it starts
        assertThat(months).extracting(Bucket::toString).containsExactly("2024-01", "2024-02", "2024-03");
        assertThat(Bucket.covering(berlin("2024-01-15T10:00"), berlin("2024-01-15T10:00"), Granularity.DAY, BERLIN))
                .isEmpty();
    }

    @Test
    void should_coarsen_a_day_to_its_week_month_and_quarter() {
        Bucket day = Bucket.of(LocalDate.of(2024, 3, 31), Granularity.DAY, BERLIN);
        assertThat(day.coarsen(Granularity.WEEK)).hasToString("2024-W13");
        assertThat(day.coarsen(Granularity.MONTH)).hasToString("2024-03");
        assertThat(day.coarsen(Granularity.QUARTER)).hasToString("2024-Q1");
        assertThat(day.coarsen(Granularity.DAY)).isSameAs(day);
    }

    @Test
    void should_refuse_to_coarsen_a_week_to_a_month_or_to_refine() {
        Bucket week = Bucket.of(LocalDate.of(2024, 4, 1), Granularity.WEEK, BERLIN);
        assertThatThrownBy(() -> week.coarsen(Granularity.MONTH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("granularity must contain WEEK buckets: MONTH");
        assertThatThrownBy(() -> week.coarsen(Granularity.DAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("granularity must contain WEEK buckets: DAY");
    }

    @Test
    void should_cut_the_clock_hour_at_a_half_hour_change_of_offset() {
        // GIVEN Lord Howe Island: clocks go back from 02:00 +11:00 to 01:30 +10:30 on 2024-04-07
        ZoneId lordHowe = ZoneId.of("Australia/Lord_Howe");
        Instant from = Instant.parse("2024-04-06T14:00:00Z");
        // WHEN
        List<Bucket> hours = Bucket.covering(from, from.plus(Duration.ofHours(3)), Granularity.HOUR, lordHowe);
        // THEN the hour from 01:00 ends at the change; the repeated half hour is a bucket of its own
        assertThat(hours).extracting(Bucket::toString).containsExactly("2024-04-07T01:00+11:00",
                "2024-04-07T01:30+10:30", "2024-04-07T02:00+10:30", "2024-04-07T03:00+10:30");
        assertThat(hours).extracting(Bucket::start).containsExactly(from, Instant.parse("2024-04-06T15:00:00Z"),
                Instant.parse("2024-04-06T15:30:00Z"), Instant.parse("2024-04-06T16:30:00Z"));
        assertThat(Bucket.of(Instant.parse("2024-04-06T15:10:00Z"), Granularity.HOUR, lordHowe))
                .isEqualTo(hours.get(1));
        // AND when clocks go forward from 02:00 +10:30 to 02:30 +11:00 on 2024-10-06, the hour from 02:30 is half
        List<Bucket> spring = Bucket.covering(Instant.parse("2024-10-05T14:30:00Z"),
                Instant.parse("2024-10-05T17:00:00Z"), Granularity.HOUR, lordHowe);
        assertThat(spring).extracting(Bucket::toString).containsExactly("2024-10-06T01:00+10:30",
                "2024-10-06T02:30+11:00", "2024-10-06T03:00+11:00");
        assertThat(spring.get(1).end()).isEqualTo(Instant.parse("2024-10-05T16:00:00Z"));
    }
}
