package io.github.supportkpi.metric;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.testing.RandomRecords;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import io.github.supportkpi.time.Bucket;
import io.github.supportkpi.time.BucketRange;
import io.github.supportkpi.time.Granularity;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * The series obeys the tally contract; rolling buckets up equals bucketing by the coarser granularity; a
 * series rebuilt from its own tallies per bucket is equal to it; nothing is dropped. Tickets are bucketed by
 * resolution in New York over a range not on day boundaries; events are drawn in zones with daylight saving.
 */
class BucketSeriesPropertiesTest implements TallyContract<Ticket, BucketSeries<Count>> {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Berlin"), NEW_YORK, ZoneId.of("Asia/Kolkata"),
            ZoneId.of("UTC"), ZoneId.of("America/Sao_Paulo"), ZoneId.of("Pacific/Apia"));
    private static final Instant FROM = RandomRecords.EPOCH.plus(Duration.ofHours(2 * 24 + 7));
    private static final Instant TO = RandomRecords.EPOCH.plus(Duration.ofDays(40)).plusSeconds(3);

    record Event(Instant at, int kind) {}

    @Override
    public Metric<Ticket, BucketSeries<Count>> metric() {
        return BucketSeries.metric(Count.metric("ticket.reopened", Ticket::isReopened),
                (Ticket t) -> t.resolved().orElse(null), FROM, TO, Granularity.DAY, NEW_YORK);
    }

    @Override
    public Gen<List<Ticket>> records() {
        return Sources.tickets();
    }

    @Override
    public Dimension<? super Ticket, ?> dimension() {
        return TicketDimensions.PRIORITY;
    }

    @Override
    public DoubleStream values(BucketSeries<Count> tally) {
        return tally.buckets().values().stream().mapToDouble(Count::value);
    }

    private static Gen<ZoneId> zones() {
        return integers().between(0, ZONES.size() - 1).map(ZONES::get);
    }

    /** Events from 20 days before to 80 days after the epoch, every other one on a whole hour, of kind 0 to 3. */
    private static Gen<List<Event>> events() {
        Gen<Instant> instants = longs().between(-20L * 24 * 3600, 80L * 24 * 3600).map(s ->
                RandomRecords.EPOCH.plusSeconds(s % 2 == 0 ? s - Math.floorMod(s, 3600) : s));
        return lists().of(instants.zip(integers().between(0, 3), Event::new)).ofSizeBetween(0, 60);
    }

    /** A range from 10 days before to 70 days after the epoch, of up to 60 days, with odd minutes. */
    private static Gen<BucketRange> ranges(Granularity granularity) {
        return integers().between(-10 * 24 * 60, 70 * 24 * 60).zip(integers().between(0, 60 * 24 * 60), zones(),
                (start, minutes, zone) -> {
                    Instant from = RandomRecords.EPOCH.plus(Duration.ofMinutes(start));
                    return BucketRange.of(from, from.plus(Duration.ofMinutes(minutes)), granularity, zone);
                });
    }

    @Test
    void should_roll_day_tallies_up_into_the_tallies_of_bucketing_by_week_or_quarter() {
        Metric<Event, Count> volume = Count.metric("ticket.volume", e -> e.kind() > 0);
        qt().withExamples(EXAMPLES).forAll(events(), ranges(Granularity.DAY)).checkAssert((list, days) -> {
            BucketSeries<Count> perDay = BucketSeries.metric(volume, Event::at, days).over(list);
            for (Granularity coarser : List.of(Granularity.WEEK, Granularity.MONTH, Granularity.QUARTER)) {
                assertThat(perDay.rollUp(coarser)).isEqualTo(BucketSeries.metric(volume, Event::at,
                        days.withGranularity(coarser)).over(list));
            }
        });
    }

    @Test
    void should_roll_hours_up_into_days_and_days_into_months() {
        qt().withExamples(EXAMPLES).forAll(records(), ranges(Granularity.HOUR)).checkAssert((ts, hours) -> {
            Metric<Ticket, Ratio> rate = Ratio.metric("resolution.rate", t -> true, Ticket::isResolved);
            BucketSeries<Ratio> perHour = BucketSeries.metric(rate, Ticket::created, hours).over(ts);
            BucketSeries<Ratio> perDay = BucketSeries.metric(rate, Ticket::created,
                    hours.withGranularity(Granularity.DAY)).over(ts);
            assertThat(perHour.rollUp(Granularity.DAY)).isEqualTo(perDay);
            assertThat(perHour.rollUp(Granularity.MONTH)).isEqualTo(perDay.rollUp(Granularity.MONTH));
        });
    }

    @Test
    void should_put_each_record_in_the_bucket_of_its_instant_and_drop_none() {
        Metric<Event, Count> volume = Count.metric("ticket.volume", e -> true);
        qt().withExamples(EXAMPLES).forAll(events(), ranges(Granularity.WEEK)).checkAssert((list, weeks) -> {
            BucketSeries<Count> series = BucketSeries.metric(volume, Event::at, weeks).over(list);
            assertThat(series.buckets().keySet()).containsExactlyElementsOf(weeks.buckets());
            for (Bucket b : weeks.buckets()) {
                long expected = list.stream().filter(e -> b.contains(e.at()) && weeks.contains(e.at())).count();
                assertThat(series.get(b)).as("bucket %s", b).isEqualTo(Count.of(expected));
            }
            long outside = list.stream().filter(e -> !weeks.contains(e.at())).count();
            assertThat(series.outOfRange()).isEqualTo(Count.of(outside));
            assertThat(series.total()).isEqualTo(Count.of(list.size()));
            assertThat(series.inRange().plus(series.outOfRange()).plus(series.absent())).isEqualTo(series.total());
        });
    }

    @Test
    void should_equal_the_series_rebuilt_from_its_tallies_per_bucket() {
        qt().withExamples(EXAMPLES).forAll(records()).checkAssert(ts -> {
            BucketSeries<Count> series = metric().over(ts);
            BucketSeries<Count> rebuilt = BucketSeries.of(series.range(), Count.ZERO, series.buckets(),
                    series.outOfRange(), series.absent());
            assertThat(rebuilt).isEqualTo(series).hasSameHashCodeAs(series);
            assertThat(rebuilt.total()).isEqualTo(series.total());
        });
    }
}
