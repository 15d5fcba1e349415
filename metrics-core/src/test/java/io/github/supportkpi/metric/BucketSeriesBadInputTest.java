package io.github.supportkpi.metric;

import io.github.supportkpi.time.Bucket;
import io.github.supportkpi.time.Granularity;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A series (a trend's buckets) over bad ranges: refused at once with the range, never a DateTimeException. */
class BucketSeriesBadInputTest {
    private static final Metric<Instant, Count> EVENTS = Count.metric("events", i -> true);

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void should_refuse_an_hourly_series_over_the_whole_supported_range_at_once() {
        assertThatThrownBy(() -> BucketSeries.metric(EVENTS, i -> i, Bucket.EARLIEST, Bucket.LATEST_EXCLUSIVE,
                Granularity.HOUR, ZoneId.of("Europe/Berlin")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("range must hold at most 100000 buckets (BucketRange.MAX_BUCKETS): HOUR buckets in"
                        + " Europe/Berlin from 1900-01-01T00:00:00Z to 2100-01-01T00:00:00Z");
    }

    @Test
    void should_refuse_a_series_starting_outside_the_supported_range_naming_it() {
        assertThatThrownBy(() -> BucketSeries.metric(EVENTS, i -> i, Instant.parse("1800-01-01T00:00:00Z"),
                Instant.parse("2000-01-01T00:00:00Z"), Granularity.MONTH, ZoneOffset.UTC))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("from must be in the supported range [1900-01-01T00:00:00Z, 2100-01-01T00:00:00Z):"
                        + " 1800-01-01T00:00:00Z");
    }

    @Test
    void should_count_records_at_any_instant_outside_a_range_at_the_ends_of_the_supported_range() {
        // GIVEN a quarterly series over the whole supported range, in a zone far east of UTC
        Metric<Instant, BucketSeries<Count>> series = BucketSeries.metric(EVENTS, i -> i, Bucket.EARLIEST,
                Bucket.LATEST_EXCLUSIVE, Granularity.QUARTER, ZoneId.of("Pacific/Kiritimati"));
        // WHEN records fall at both ends and far outside
        BucketSeries<Count> s = series.over(List.of(Bucket.EARLIEST, Bucket.LATEST_EXCLUSIVE.minusNanos(1),
                Instant.MIN, Instant.MAX));
        // THEN the two inside are bucketed, the two outside counted out of range
        assertThat(s.inRange()).isEqualTo(Count.of(2));
        assertThat(s.outOfRange()).isEqualTo(Count.of(2));
    }
}
