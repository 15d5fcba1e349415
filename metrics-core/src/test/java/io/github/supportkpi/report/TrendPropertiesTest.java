package io.github.supportkpi.report;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.TicketInstant;
import io.github.supportkpi.metric.BucketSeries;
import io.github.supportkpi.metric.Count;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.metric.Tally;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.quality.ResolutionRate;
import io.github.supportkpi.speed.FirstResponseTime;
import io.github.supportkpi.speed.ResolutionTime;
import io.github.supportkpi.testing.RandomRecords;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import io.github.supportkpi.time.Bucket;
import io.github.supportkpi.time.Granularity;
import io.github.supportkpi.workload.TicketVolume;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.DoubleStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

/**
 * The trend tally obeys the tally contract; re-bucketing days into weeks or months equals bucketing by them;
 * nothing is dropped; every bucket of the range is present; no change is NaN or infinite. Ranges are drawn
 * around the six weeks of generated tickets, in Berlin (clocks go forward on 2024-03-31) and New York.
 */
class TrendPropertiesTest implements TallyContract<Ticket, BucketSeries<Ratio>> {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** A range not on day boundaries, so that first and last buckets are partial. */
    private static final Instant FROM = RandomRecords.EPOCH.plus(Duration.ofHours(3 * 24 + 5));
    private static final Instant TO = RandomRecords.EPOCH.plus(Duration.ofDays(30)).plusSeconds(17);

    @Override
    public Metric<Ticket, BucketSeries<Ratio>> metric() {
        return Trend.metric(ResolutionRate.defaults(), TicketInstant.FIRST_RESPONSE, FROM, TO, Granularity.DAY, BERLIN);
    }

    @Override
    public Gen<List<Ticket>> records() {
        return Sources.tickets();
    }

    @Override
    public Dimension<? super Ticket, ?> dimension() {
        return TicketDimensions.CHANNEL;
    }

    @Override
    public DoubleStream values(BucketSeries<Ratio> tally) {
        Stream<OptionalDouble> all = Stream.concat(tally.values(Ratio::percent).values().stream(),
                Trend.changes(tally, Ratio::percent).stream().flatMap(c -> Stream.of(c.absolute(), c.percent())));
        return Stream.concat(all, Stream.of(Trend.meanPerBucket(tally, Ratio::percent), tally.total().percent()))
                .filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble);
    }

    /** A range from -2 days to +45 days around the epoch, of up to 50 days, with odd hours. */
    private static Gen<Instant[]> ranges() {
        return integers().between(-48, 45 * 24).zip(integers().between(0, 50 * 24 * 60),
                (h, m) -> new Instant[] {RandomRecords.EPOCH.plus(Duration.ofHours(h)),
                        RandomRecords.EPOCH.plus(Duration.ofHours(h)).plus(Duration.ofMinutes(m))});
    }

    private static <S extends Tally<S>> void rollUpEqualsDirect(Metric<Ticket, S> metric, TicketInstant instant,
            Granularity coarser, ZoneId zone) {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.tickets(), ranges()).checkAssert((ts, range) -> {
            BucketSeries<S> days = Trend.metric(metric, instant, range[0], range[1], Granularity.DAY, zone).over(ts);
            BucketSeries<S> direct = Trend.metric(metric, instant, range[0], range[1], coarser, zone).over(ts);
            assertThat(days.rollUp(coarser)).isEqualTo(direct);
        });
    }

    @Test
    void should_roll_days_up_into_weeks_as_bucketing_by_week_does() {
        rollUpEqualsDirect(TicketVolume.defaults(), TicketInstant.CREATED, Granularity.WEEK, BERLIN);
        rollUpEqualsDirect(ResolutionRate.defaults(), TicketInstant.RESOLVED, Granularity.WEEK, NEW_YORK);
    }

    @Test
    void should_roll_days_up_into_months_as_bucketing_by_month_does() {
        rollUpEqualsDirect(TicketVolume.defaults(), TicketInstant.FIRST_RESPONSE, Granularity.MONTH, NEW_YORK);
        rollUpEqualsDirect(ResolutionRate.defaults(), TicketInstant.CREATED, Granularity.MONTH, BERLIN);
    }

    @Test
    void should_add_buckets_out_of_range_and_absent_up_to_the_whole() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.tickets(), ranges()).checkAssert((ts, range) -> {
            BucketSeries<DurationStats> t = Trend.metric(ResolutionTime.defaults(), range[0], range[1], Granularity.DAY,
                    BERLIN).over(ts);
            DurationStats sum = t.outOfRange().plus(t.absent());
            for (DurationStats s : t.buckets().values()) {
                sum = sum.plus(s);
            }
            assertThat(sum).isEqualTo(ResolutionTime.defaults().over(ts));
            assertThat(t.total()).isEqualTo(sum);
            assertThat(t.inRange().plus(t.outOfRange()).plus(t.absent())).isEqualTo(sum);
        });
    }

    @Test
    void should_put_each_record_in_the_bucket_of_its_instant_within_the_range() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.tickets(), ranges()).checkAssert((ts, range) -> {
            TicketInstant instant = TicketInstant.FIRST_RESPONSE;
            BucketSeries<Count> t = Trend.metric(TicketVolume.defaults(), instant, range[0], range[1], Granularity.WEEK,
                    NEW_YORK).over(ts);
            for (Bucket b : t.buckets().keySet()) {
                long expected = ts.stream().map(instant::instantOf)
                        .filter(i -> i != null && b.contains(i) && !i.isBefore(range[0]) && i.isBefore(range[1]))
                        .count();
                assertThat(t.get(b)).as("bucket %s", b).isEqualTo(Count.of(expected));
            }
            assertThat(t.absent()).isEqualTo(Count.of(ts.stream().filter(x -> instant.instantOf(x) == null).count()));
        });
    }

    @Test
    void should_have_every_bucket_of_the_range() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.tickets(), ranges()).checkAssert((ts, range) -> {
            for (Granularity g : Granularity.values()) {
                BucketSeries<Count> t = Trend.metric(TicketVolume.defaults(), range[0], range[1], g, BERLIN).over(ts);
                List<Bucket> covering = Bucket.covering(range[0], range[1], g, BERLIN);
                assertThat(t.buckets()).hasSize(covering.size());
                assertThat(t.buckets().keySet()).containsExactlyElementsOf(covering);
                assertThat(Trend.changes(t, Trend::count)).hasSize(Math.max(0, covering.size() - 1));
                OptionalDouble average = Trend.averageCount(t);
                assertThat(average.isPresent()).isEqualTo(!covering.isEmpty());
            }
        });
    }

    private static <S extends Tally<S>> void finite(BucketSeries<S> t, Function<? super S, OptionalDouble> valueOf) {
        for (PeriodChange c : Trend.changes(t, valueOf)) {
            Stream.of(c.absolute(), c.percent()).filter(OptionalDouble::isPresent).forEach(v ->
                    assertThat(Double.isFinite(v.getAsDouble())).as("finite: %s", c).isTrue());
            if (c.previous().isEmpty() || c.current().isEmpty()) {
                assertThat(c.absolute()).isEmpty();
                assertThat(c.percent()).isEmpty();
            }
            if (c.previous().isPresent() && c.previous().getAsDouble() == 0) {
                assertThat(c.percent()).isEmpty();
            }
        }
    }

    @Test
    void should_never_give_a_nan_or_infinite_change() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.tickets(), ranges()).checkAssert((ts, range) -> {
            finite(Trend.metric(TicketVolume.defaults(), range[0], range[1], Granularity.HOUR, BERLIN).over(ts),
                    Trend::count);
            finite(Trend.metric(ResolutionRate.defaults(), range[0], range[1], Granularity.DAY, BERLIN).over(ts),
                    Ratio::percent);
            finite(Trend.metric(FirstResponseTime.defaults(), range[0], range[1], Granularity.DAY, NEW_YORK).over(ts),
                    DurationStats::meanSeconds);
        });
    }
}
