package io.github.supportkpi.time;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Operations on time that must end quickly, whatever their input: calendars and bucket ranges. */
class TimeNoHangTest {
    private static final Instant T0 = Instant.parse("2000-01-03T00:00:00Z");

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void should_build_a_calendar_of_64000_closures_and_openings_quickly() {
        // GIVEN a Monday-to-Friday calendar closed one hour on each of 64,000 days and open one hour on
        // Saturdays, given out of order
        BusinessCalendar.Builder b = BusinessCalendar.builder(ZoneOffset.UTC).weekdays(LocalTime.of(9, 0),
                LocalTime.of(17, 0));
        int days = 64_000;
        for (int i = days - 1; i >= 0; i--) {
            Instant day = T0.plus(Duration.ofDays(i));
            b.closed(day.plus(Duration.ofHours(9)), day.plus(Duration.ofHours(10)));
        }
        // WHEN
        BusinessCalendar calendar = b.build();
        // THEN every weekday lost one of its eight hours
        Instant to = T0.plus(Duration.ofDays(days));
        long weekdays = days / 7 * 5 + Math.min(days % 7, 5);
        assertThat(calendar.closures()).hasSize(days);
        assertThat(calendar.nanosBetween(T0, to)).isEqualTo(Duration.ofHours(7).multipliedBy(weekdays).toNanos());
        assertThat(calendar.isOpen(T0.plus(Duration.ofHours(9)))).isFalse();
        assertThat(calendar.isOpen(T0.plus(Duration.ofHours(10)))).isTrue();
        assertThat(calendar.intervals().get(0).day()).isEqualTo(DayOfWeek.MONDAY);
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void should_refuse_an_hour_range_over_the_whole_supported_range_at_once() {
        assertThatThrownBy(() -> BucketRange.of(Bucket.EARLIEST, Bucket.LATEST_EXCLUSIVE, Granularity.HOUR,
                ZoneId.of("Europe/Berlin")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("range must hold at most 100000 buckets (BucketRange.MAX_BUCKETS)");
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void should_refuse_an_unbounded_range_at_once_instead_of_running_out_of_memory() {
        assertThatThrownBy(() -> Bucket.covering(Instant.MIN, Instant.MAX, Granularity.HOUR, ZoneOffset.UTC))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("from must be in the supported range");
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void should_build_the_largest_hour_range_quickly() {
        Instant from = Instant.parse("2010-01-01T00:00:00Z");
        BucketRange r = BucketRange.of(from, from.plusSeconds(3600L * BucketRange.MAX_BUCKETS), Granularity.HOUR,
                ZoneId.of("Europe/Berlin"));
        assertThat(r.size()).isEqualTo(BucketRange.MAX_BUCKETS);
        assertThat(r.indexOf(from)).isZero();
    }
}
