package io.github.supportkpi.metric;

import io.github.supportkpi.time.Bucket;
import io.github.supportkpi.time.BucketRange;
import io.github.supportkpi.time.Granularity;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BucketSeriesTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Metric<Event, Count> VOLUME = Count.metric("ticket.volume", e -> true);

    record Event(Instant at) {}

    private static Instant berlin(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN).toInstant();
    }

    private static Bucket day(String date) {
        return Bucket.of(LocalDate.parse(date), Granularity.DAY, BERLIN);
    }

    @Test
    void should_put_each_record_in_the_bucket_of_its_day_with_absent_instants_apart() {
        // GIVEN three events on two days of Friday 1 to Sunday 3 March, one without an instant, one the day after
        List<Event> events = Arrays.asList(new Event(berlin("2024-03-01T10:00")), new Event(berlin("2024-03-01T11:00")),
                new Event(berlin("2024-03-02T10:00")), new Event(null), new Event(berlin("2024-03-04T00:00")));
        // WHEN
        BucketSeries<Count> perDay = BucketSeries.metric(VOLUME, Event::at, berlin("2024-03-01T00:00"),
                berlin("2024-03-04T00:00"), Granularity.DAY, BERLIN).over(events);
        // THEN every day is present, Sunday with a count of zero; nothing is dropped
        assertThat(perDay.buckets()).hasSize(3);
        assertThat(perDay.get(day("2024-03-01"))).isEqualTo(Count.of(2));
        assertThat(perDay.get(day("2024-03-03"))).isEqualTo(Count.ZERO);
        assertThat(perDay.absent()).isEqualTo(Count.of(1));
        assertThat(perDay.outOfRange()).isEqualTo(Count.of(1));
        assertThat(perDay.inRange()).isEqualTo(Count.of(3));
        assertThat(perDay.total()).isEqualTo(Count.of(5));
        assertThat(perDay.sampleSize()).isEqualTo(5);
        assertThat(perDay.range()).isEqualTo(BucketRange.of(berlin("2024-03-01T00:00"), berlin("2024-03-04T00:00"),
                Granularity.DAY, BERLIN));
    }

    @Test
    void should_roll_day_tallies_up_into_weeks() {
        // GIVEN events on Friday, Saturday and the next Monday
        List<Event> events = List.of(new Event(berlin("2024-03-01T10:00")), new Event(berlin("2024-03-02T10:00")),
                new Event(berlin("2024-03-04T10:00")));
        Instant from = berlin("2024-03-01T00:00");
        Instant to = berlin("2024-03-05T00:00");
        BucketSeries<Count> perDay = BucketSeries.metric(VOLUME, Event::at, from, to, Granularity.DAY, BERLIN)
                .over(events);
        // WHEN
        BucketSeries<Count> perWeek = perDay.rollUp(Granularity.WEEK);
        // THEN
        assertThat(perWeek.buckets().values()).containsExactly(Count.of(2), Count.of(1));
        assertThat(perWeek.buckets().firstKey()).hasToString("2024-W09");
        assertThat(perWeek).isEqualTo(BucketSeries.metric(VOLUME, Event::at, from, to, Granularity.WEEK, BERLIN)
                .over(events));
        assertThat(perDay.rollUp(Granularity.DAY)).isSameAs(perDay);
    }

    @Test
    void should_build_a_series_from_tallies_per_bucket_with_the_others_empty() {
        // GIVEN a tally for Friday and Sunday only
        BucketRange range = BucketRange.of(berlin("2024-03-01T00:00"), berlin("2024-03-04T00:00"), Granularity.DAY,
                BERLIN);
        // WHEN
        BucketSeries<Count> series = BucketSeries.of(range, Count.ZERO,
                Map.of(day("2024-03-01"), Count.of(4), day("2024-03-03"), Count.of(1)), Count.of(2), Count.ZERO);
        // THEN Saturday is present and empty; the whole equals the series a metric builds from such records
        assertThat(series.buckets().values()).containsExactly(Count.of(4), Count.ZERO, Count.of(1));
        assertThat(series.total()).isEqualTo(Count.of(7));
        assertThat(BucketSeries.of(range, Count.ZERO, Map.of(), Count.ZERO, Count.ZERO))
                .isEqualTo(BucketSeries.empty(Count.ZERO, range))
                .isEqualTo(BucketSeries.metric(VOLUME, Event::at, range).over(List.of()));
    }

    @Test
    void should_give_every_value_in_time_order_empty_where_undefined() {
        BucketRange range = BucketRange.of(berlin("2024-03-01T00:00"), berlin("2024-03-03T00:00"), Granularity.DAY,
                BERLIN);
        BucketSeries<Ratio> rate = BucketSeries.of(range, Ratio.EMPTY, Map.of(day("2024-03-02"), Ratio.of(1, 4)),
                Ratio.EMPTY, Ratio.EMPTY);
        assertThat(rate.values(Ratio::percent)).containsExactly(Map.entry(day("2024-03-01"), OptionalDouble.empty()),
                Map.entry(day("2024-03-02"), OptionalDouble.of(25.0)));
        assertThat(rate.inRange()).isEqualTo(Ratio.of(1, 4));
    }

    @Test
    void should_merge_bucket_by_bucket() {
        BucketRange range = BucketRange.of(berlin("2024-03-01T00:00"), berlin("2024-03-03T00:00"), Granularity.DAY,
                BERLIN);
        BucketSeries<Count> a = BucketSeries.of(range, Count.ZERO, Map.of(day("2024-03-01"), Count.of(1)), Count.of(1),
                Count.ZERO);
        BucketSeries<Count> b = BucketSeries.of(range, Count.ZERO,
                Map.of(day("2024-03-01"), Count.of(2), day("2024-03-02"), Count.of(3)), Count.ZERO, Count.of(4));
        assertThat(a.plus(b)).isEqualTo(BucketSeries.of(range, Count.ZERO,
                Map.of(day("2024-03-01"), Count.of(3), day("2024-03-02"), Count.of(3)), Count.of(1), Count.of(4)));
        assertThat(a.plus(b)).hasToString("BucketSeries[DAY buckets in Europe/Berlin from 2024-02-29T23:00:00Z to "
                + "2024-03-02T23:00:00Z: {2024-03-01=3, 2024-03-02=3}, outOfRange=1, absent=4]");
    }

    @Test
    void should_refuse_what_it_cannot_do() {
        Instant monday = Instant.parse("2024-03-04T00:00:00Z");
        Instant nextMonday = Instant.parse("2024-03-11T00:00:00Z");
        BucketRange days = BucketRange.of(monday, nextMonday, Granularity.DAY, ZoneOffset.UTC);
        BucketSeries<Count> perDay = BucketSeries.empty(Count.ZERO, days);
        BucketSeries<Count> perWeek = BucketSeries.empty(Count.ZERO, days.withGranularity(Granularity.WEEK));
        Bucket sunday = Bucket.of(LocalDate.parse("2024-03-10"), Granularity.DAY, ZoneOffset.UTC);
        Bucket nextDay = sunday.next();
        // a series of another range
        assertThatThrownBy(() -> perDay.plus(perWeek)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("range must match to merge: DAY buckets in Z from 2024-03-04T00:00:00Z to "
                        + "2024-03-11T00:00:00Z and WEEK buckets in Z from 2024-03-04T00:00:00Z to "
                        + "2024-03-11T00:00:00Z");
        // a bucket outside the range, when read or given
        assertThatThrownBy(() -> perDay.get(nextDay)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bucket must be one of the 7 DAY buckets in Z from 2024-03-04T00:00:00Z to "
                        + "2024-03-11T00:00:00Z: 2024-03-11");
        assertThatThrownBy(() -> BucketSeries.of(days, Count.ZERO, Map.of(sunday, Count.of(1), nextDay, Count.of(1)),
                Count.ZERO, Count.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith(": 2024-03-11");
        assertThatThrownBy(() -> BucketSeries.of(days, Count.ZERO,
                Map.of(Bucket.of(monday, Granularity.WEEK, ZoneOffset.UTC), Count.of(1)), Count.ZERO, Count.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith(": 2024-W10");
        // weeks do not roll up into months
        assertThatThrownBy(() -> perWeek.rollUp(Granularity.MONTH)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("granularity must contain WEEK buckets: MONTH");
        // a value function that gives NaN
        assertThatThrownBy(() -> perDay.values(c -> OptionalDouble.of(Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("value must be finite: NaN in bucket 2024-03-04");
    }

    @Test
    void should_keep_the_metric_id() {
        Metric<Event, BucketSeries<Count>> metric = BucketSeries.metric(VOLUME, Event::at,
                BucketRange.of(berlin("2024-03-01T00:00"), berlin("2024-03-04T00:00"), Granularity.DAY, BERLIN));
        assertThat(metric.id()).isEqualTo("ticket.volume");
        assertThat(metric.over(List.of())).isEqualTo(metric.empty());
    }
}
