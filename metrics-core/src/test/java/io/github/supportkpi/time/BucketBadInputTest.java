package io.github.supportkpi.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Buckets refuse instants outside the supported range, with the range, instead of a DateTimeException. */
class BucketBadInputTest {
    private static final String RANGE = "[1900-01-01T00:00:00Z, 2100-01-01T00:00:00Z)";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void should_state_the_supported_range_as_the_tickets() {
        assertThat(Bucket.EARLIEST).isEqualTo(Instant.parse("1900-01-01T00:00:00Z"));
        assertThat(Bucket.LATEST_EXCLUSIVE).isEqualTo(Instant.parse("2100-01-01T00:00:00Z"));
    }

    @Test
    void should_refuse_an_instant_outside_the_range_naming_field_range_and_value() {
        assertThatThrownBy(() -> Bucket.of(Instant.MAX, Granularity.DAY, ZoneOffset.UTC))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("instant must be in the supported range " + RANGE + ": +1000000000-12-31T23:59:59.999999999Z");
        assertThatThrownBy(() -> Bucket.of(Bucket.EARLIEST.minusNanos(1), Granularity.HOUR, BERLIN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("instant must be in the supported range " + RANGE + ": 1899-12-31T23:59:59.999999999Z");
        assertThatThrownBy(() -> Bucket.of(Bucket.LATEST_EXCLUSIVE, Granularity.QUARTER, BERLIN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("instant must be in the supported range " + RANGE + ": 2100-01-01T00:00:00Z");
    }

    @Test
    void should_bucket_both_ends_of_the_range_in_any_zone() {
        for (Granularity g : Granularity.values()) {
            for (ZoneId zone : new ZoneId[] {ZoneId.of("Pacific/Kiritimati"), ZoneId.of("Etc/GMT+12"), BERLIN}) {
                Bucket first = Bucket.of(Bucket.EARLIEST, g, zone);
                Bucket last = Bucket.of(Bucket.LATEST_EXCLUSIVE.minusNanos(1), g, zone);
                assertThat(first.contains(Bucket.EARLIEST)).isTrue();
                assertThat(last.contains(Bucket.LATEST_EXCLUSIVE.minusNanos(1))).isTrue();
                assertThat(first.coarsen(Granularity.QUARTER.contains(g) ? Granularity.QUARTER : g)
                        .contains(Bucket.EARLIEST)).isTrue();
            }
        }
    }

    @Test
    void should_refuse_a_date_outside_the_range_naming_it() {
        assertThatThrownBy(() -> Bucket.of(LocalDate.MAX, Granularity.DAY, BERLIN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("date must start in the supported range " + RANGE + ": +999999999-12-31");
        assertThatThrownBy(() -> Bucket.of(LocalDate.of(1899, 12, 31), Granularity.DAY, ZoneOffset.UTC))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("date must start in the supported range " + RANGE
                        + ": 1899-12-31 starts at 1899-12-31T00:00:00Z in Z");
    }

    @Test
    void should_refuse_the_bucket_after_the_last_and_before_the_first() {
        Bucket last = Bucket.of(Bucket.LATEST_EXCLUSIVE.minusNanos(1), Granularity.MONTH, ZoneOffset.UTC);
        assertThatThrownBy(last::next)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the next bucket must start in the supported range " + RANGE
                        + ": 2099-12 in Z ends at 2100-01-01T00:00:00Z");
        Bucket first = Bucket.of(Bucket.EARLIEST, Granularity.DAY, ZoneOffset.UTC);
        assertThatThrownBy(first::previous)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the previous bucket must end in the supported range " + RANGE
                        + ": 1900-01-01 in Z starts at 1900-01-01T00:00:00Z");
        assertThat(first.next().previous()).isEqualTo(first);
    }

    @Test
    void should_refuse_a_range_reaching_outside_the_supported_range() {
        assertThatThrownBy(() -> BucketRange.of(Instant.MIN, Instant.MAX, Granularity.DAY, ZoneOffset.UTC))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("from must be in the supported range " + RANGE + ": -1000000000-01-01T00:00:00Z");
        assertThatThrownBy(() -> BucketRange.of(Bucket.EARLIEST, Instant.MAX, Granularity.DAY, ZoneOffset.UTC))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("to must be in the supported range [1900-01-01T00:00:00Z, 2100-01-01T00:00:00Z]:"
                        + " +1000000000-12-31T23:59:59.999999999Z");
        // AND the whole supported range is one range of days, its last bucket ending at its end
        BucketRange all = BucketRange.of(Bucket.EARLIEST, Bucket.LATEST_EXCLUSIVE, Granularity.DAY, ZoneOffset.UTC);
        assertThat(all.size()).isEqualTo(73_049);
        assertThat(all.buckets().get(all.size() - 1).end()).isEqualTo(Bucket.LATEST_EXCLUSIVE);
    }

    @Test
    void should_refuse_a_range_of_more_than_the_maximum_bucket_count_naming_it() {
        Instant from = Instant.parse("2000-01-01T00:00:00Z");
        // MAX_BUCKETS hours exactly fit; one more does not
        assertThat(BucketRange.of(from, from.plusSeconds(3600L * BucketRange.MAX_BUCKETS), Granularity.HOUR,
                ZoneOffset.UTC).size()).isEqualTo(BucketRange.MAX_BUCKETS);
        Instant to = from.plusSeconds(3600L * BucketRange.MAX_BUCKETS + 1);
        assertThatThrownBy(() -> BucketRange.of(from, to, Granularity.HOUR, ZoneOffset.UTC))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("range must hold at most 100000 buckets (BucketRange.MAX_BUCKETS): HOUR buckets in Z"
                        + " from 2000-01-01T00:00:00Z to 2011-05-29T16:00:01Z");
    }
}
