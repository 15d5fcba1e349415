package io.github.supportkpi.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BucketRangeTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static Instant berlin(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN).toInstant();
    }

    @Test
    void should_cut_a_range_into_every_bucket_that_overlaps_it() {
        // GIVEN Wednesday 12:00 to the next Tuesday 12:00 in Berlin
        BucketRange range = BucketRange.of(berlin("2024-03-06T12:00"), berlin("2024-03-12T12:00"), Granularity.WEEK,
                BERLIN);
        // THEN two weeks, both partial
        assertThat(range.buckets()).extracting(Bucket::toString).containsExactly("2024-W10", "2024-W11");
        assertThat(range.size()).isEqualTo(2);
        assertThat(range.buckets()).isEqualTo(Bucket.covering(range.from(), range.to(), Granularity.WEEK, BERLIN));
        assertThat(range).hasToString("WEEK buckets in Europe/Berlin from 2024-03-06T11:00:00Z to 2024-03-12T11:00:00Z");
    }

    @Test
    void should_find_the_bucket_of_an_instant_only_within_the_range() {
        // GIVEN the days from Monday 06:00 to Thursday 06:00 in Berlin
        BucketRange days = BucketRange.of(berlin("2024-03-04T06:00"), berlin("2024-03-07T06:00"), Granularity.DAY,
                BERLIN);
        // WHEN / THEN each day's instants find their day; the parts of Monday and Thursday outside do not
        assertThat(days.size()).isEqualTo(4);
        assertThat(days.indexOf(berlin("2024-03-04T06:00"))).isZero();
        assertThat(days.indexOf(berlin("2024-03-05T00:00"))).isEqualTo(1);
        assertThat(days.indexOf(berlin("2024-03-06T23:59:59.999999999"))).isEqualTo(2);
        assertThat(days.indexOf(berlin("2024-03-07T05:59"))).isEqualTo(3);
        assertThat(days.indexOf(berlin("2024-03-04T05:59"))).isEqualTo(-1);
        assertThat(days.indexOf(berlin("2024-03-07T06:00"))).isEqualTo(-1);
        assertThat(days.contains(berlin("2024-03-07T06:00"))).isFalse();
        // and a bucket finds its position, a bucket of another range does not
        assertThat(days.indexOf(Bucket.of(LocalDate.of(2024, 3, 7), Granularity.DAY, BERLIN))).isEqualTo(3);
        assertThat(days.indexOf(Bucket.of(LocalDate.of(2024, 3, 8), Granularity.DAY, BERLIN))).isEqualTo(-1);
        assertThat(days.indexOf(Bucket.of(LocalDate.of(2024, 3, 5), Granularity.DAY, ZoneOffset.UTC))).isEqualTo(-1);
        assertThat(days.indexOf(Bucket.of(LocalDate.of(2024, 3, 4), Granularity.WEEK, BERLIN))).isEqualTo(-1);
    }

    @Test
    void should_have_no_bucket_in_an_empty_range() {
        Instant t = berlin("2024-03-04T06:00");
        BucketRange none = BucketRange.of(t, t, Granularity.HOUR, BERLIN);
        assertThat(none.buckets()).isEmpty();
        assertThat(none.size()).isZero();
        assertThat(none.indexOf(t)).isEqualTo(-1);
    }

    @Test
    void should_keep_the_range_when_cut_into_another_granularity() {
        BucketRange days = BucketRange.of(berlin("2024-03-01T00:00"), berlin("2024-04-01T00:00"), Granularity.DAY,
                BERLIN);
        BucketRange weeks = days.withGranularity(Granularity.WEEK);
        assertThat(days.size()).isEqualTo(31);
        assertThat(weeks.size()).isEqualTo(5);
        assertThat(weeks.from()).isEqualTo(days.from());
        assertThat(weeks.to()).isEqualTo(days.to());
        assertThat(weeks.zone()).isEqualTo(BERLIN);
        assertThat(weeks).isEqualTo(BucketRange.of(days.from(), days.to(), Granularity.WEEK, BERLIN))
                .hasSameHashCodeAs(BucketRange.of(days.from(), days.to(), Granularity.WEEK, BERLIN))
                .isNotEqualTo(days);
        assertThat(days.withGranularity(Granularity.DAY)).isSameAs(days);
    }

    @Test
    void should_refuse_a_range_that_ends_before_it_starts() {
        assertThatThrownBy(() -> BucketRange.of(Instant.parse("2024-03-11T00:00:00Z"),
                Instant.parse("2024-03-04T00:00:00Z"), Granularity.DAY, ZoneOffset.UTC))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("to must not be before from: 2024-03-11T00:00:00Z/2024-03-04T00:00:00Z");
        assertThatThrownBy(() -> BucketRange.of(Instant.EPOCH, Instant.EPOCH, null, ZoneOffset.UTC))
                .isInstanceOf(NullPointerException.class).hasMessage("granularity");
    }
}
