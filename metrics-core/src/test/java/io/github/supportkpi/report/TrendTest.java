package io.github.supportkpi.report;

import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.Status;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.TicketInstant;
import io.github.supportkpi.metric.BucketSeries;
import io.github.supportkpi.metric.Count;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.quality.ResolutionRate;
import io.github.supportkpi.speed.FirstResponseTime;
import io.github.supportkpi.speed.ResolutionTime;
import io.github.supportkpi.speed.ResponseDefinition;
import io.github.supportkpi.time.Bucket;
import io.github.supportkpi.time.BucketRange;
import io.github.supportkpi.time.Granularity;
import io.github.supportkpi.workload.ResolvedTickets;
import io.github.supportkpi.workload.TicketVolume;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Hand-worked trends over one week, Monday 2024-03-04 to Sunday 2024-03-10, in UTC unless said. */
class TrendTest {
    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final Instant MONDAY = Instant.parse("2024-03-04T00:00:00Z");
    private static final Instant NEXT_MONDAY = Instant.parse("2024-03-11T00:00:00Z");

    private static Instant at(String utc) {
        return Instant.parse(utc);
    }

    private static Bucket day(String date) {
        return Bucket.of(LocalDate.parse(date), Granularity.DAY, UTC);
    }

    private static Ticket created(String id, String utc) {
        return Ticket.builder(id, at(utc)).status(Status.OPEN).build();
    }

    private static Ticket resolved(String id, String createdUtc, String resolvedUtc) {
        return Ticket.builder(id, at(createdUtc)).resolved(at(resolvedUtc)).build();
    }

    /** Monday: 1 resolved of 2; Tuesday: none; Wednesday: 1 of 1; plus one the Sunday before and one after. */
    private static List<Ticket> week() {
        return List.of(
                resolved("T1", "2024-03-04T10:00:00Z", "2024-03-04T12:00:00Z"),
                created("T2", "2024-03-04T15:00:00Z"),
                resolved("T3", "2024-03-06T09:00:00Z", "2024-03-08T09:00:00Z"),
                created("T4", "2024-03-03T23:59:59Z"),
                created("T5", "2024-03-11T00:00:00Z"));
    }

    @Test
    void should_show_a_day_with_no_ticket_as_undefined_not_missing() {
        // GIVEN no ticket was created on Tuesday
        // WHEN the resolution rate is bucketed by day of creation
        BucketSeries<Ratio> trend = Trend.metric(ResolutionRate.defaults(), MONDAY, NEXT_MONDAY, Granularity.DAY, UTC)
                .over(week());
        // THEN all seven days are present, Tuesday with the empty tally and an undefined value
        assertThat(trend.buckets()).hasSize(7);
        assertThat(trend.buckets().firstKey()).isEqualTo(day("2024-03-04"));
        assertThat(trend.get(day("2024-03-04"))).isEqualTo(Ratio.of(1, 2));
        assertThat(trend.get(day("2024-03-05"))).isEqualTo(Ratio.EMPTY);
        assertThat(trend.values(Ratio::percent).get(day("2024-03-05"))).isEmpty();
        assertThat(trend.values(Ratio::percent).get(day("2024-03-06"))).hasValue(100.0);
    }

    @Test
    void should_count_records_out_of_range_and_without_an_instant() {
        // GIVEN a ticket the Sunday before, one at the (exclusive) end of the range
        // WHEN volume is bucketed by creation
        BucketSeries<Count> volume = Trend.metric(TicketVolume.defaults(), MONDAY, NEXT_MONDAY, Granularity.DAY, UTC)
                .over(week());
        // THEN both are out of range, none is dropped
        assertThat(volume.outOfRange()).isEqualTo(Count.of(2));
        assertThat(volume.absent()).isEqualTo(Count.ZERO);
        assertThat(volume.inRange()).isEqualTo(Count.of(3));
        assertThat(volume.total()).isEqualTo(Count.of(5));
        assertThat(volume.sampleSize()).isEqualTo(5);

        // WHEN resolved tickets are bucketed by resolution (their default)
        BucketSeries<Count> resolved = Trend.metric(ResolvedTickets.defaults(), MONDAY, NEXT_MONDAY, Granularity.DAY,
                UTC).over(week());
        // THEN the three unresolved tickets have no instant: absent, where the metric counts them as it would
        // (resolved tickets count zero of them; volume by resolution counts all three)
        assertThat(resolved.absent()).isEqualTo(Count.ZERO);
        assertThat(Trend.metric(TicketVolume.defaults(), TicketInstant.RESOLVED, MONDAY, NEXT_MONDAY,
                Granularity.DAY, UTC).over(week()).absent()).isEqualTo(Count.of(3));
        assertThat(resolved.get(day("2024-03-04"))).isEqualTo(Count.of(1));
        assertThat(resolved.get(day("2024-03-08"))).isEqualTo(Count.of(1));
        assertThat(resolved.total()).isEqualTo(ResolvedTickets.defaults().over(week()));
    }

    @Test
    void should_bucket_resolution_time_by_the_resolved_instant() {
        // GIVEN T3 created Wednesday and resolved Friday, 48 h later
        // WHEN resolution time is bucketed by its default instant
        BucketSeries<DurationStats> trend = Trend.metric(ResolutionTime.defaults(), MONDAY, NEXT_MONDAY,
                Granularity.DAY, UTC).over(week());
        // THEN T3 is in Friday's bucket, not Wednesday's
        assertThat(trend.get(day("2024-03-06")).count()).isZero();
        assertThat(trend.get(day("2024-03-08")).mean()).hasValue(Duration.ofHours(48));
        assertThat(trend.get(day("2024-03-04")).mean()).hasValue(Duration.ofHours(2));
        // and the open tickets are absent; by creation, Wednesday would hold it
        assertThat(trend.absent().unmeasured()).isEqualTo(3);
        BucketSeries<DurationStats> byCreation = Trend.metric(ResolutionTime.defaults(), TicketInstant.CREATED, MONDAY,
                NEXT_MONDAY, Granularity.DAY, UTC).over(week());
        assertThat(byCreation.get(day("2024-03-06")).mean()).hasValue(Duration.ofHours(48));
    }

    @Test
    void should_bucket_first_response_time_by_the_first_response_instant() {
        // GIVEN a ticket created Monday 23:00 and first answered by an agent Tuesday 01:00, a bot reply before
        Ticket late = Ticket.builder("L", at("2024-03-04T23:00:00Z"))
                .interaction(Interaction.customerMessage(at("2024-03-04T23:00:00Z")))
                .interaction(Interaction.botReply(at("2024-03-04T23:01:00Z")))
                .interaction(Interaction.agentReply(at("2024-03-05T01:00:00Z"), "ana"))
                .status(Status.OPEN).build();
        // and a ticket with no reply yet
        Ticket waiting = Ticket.builder("W", at("2024-03-05T09:00:00Z"))
                .interaction(Interaction.customerMessage(at("2024-03-05T09:00:00Z")))
                .status(Status.OPEN).build();
        // WHEN FRT is bucketed by its default instant
        BucketSeries<DurationStats> frt = Trend.metric(FirstResponseTime.defaults(), MONDAY, NEXT_MONDAY,
                Granularity.DAY, UTC).over(List.of(late, waiting));
        // THEN it lands on Tuesday with 2 h; the unanswered ticket is absent (unmeasured), not dropped
        assertThat(frt.get(day("2024-03-04")).count()).isZero();
        assertThat(frt.get(day("2024-03-05")).mean()).hasValue(Duration.ofHours(2));
        assertThat(frt.absent().unmeasured()).isEqualTo(1);
    }

    @Test
    void should_bucket_a_filtered_metric_by_the_instant_its_metric_declares() {
        // GIVEN a ticket created Monday 23:00, answered by a bot at 23:01 and by an agent Tuesday 01:00
        Ticket late = Ticket.builder("L", at("2024-03-04T23:00:00Z"))
                .interaction(Interaction.customerMessage(at("2024-03-04T23:00:00Z")))
                .interaction(Interaction.botReply(at("2024-03-04T23:01:00Z")))
                .interaction(Interaction.agentReply(at("2024-03-05T01:00:00Z"), "ana"))
                .status(Status.OPEN).build();
        // WHEN FRT counting bots, filtered, is bucketed by its declared instant
        FirstResponseTime withBots = FirstResponseTime.of(ResponseDefinition.DEFAULT.withIncludeBots(true));
        BucketSeries<DurationStats> frt = Trend.metric(withBots.filter(t -> t.status() == Status.OPEN), MONDAY,
                NEXT_MONDAY, Granularity.DAY, UTC).over(List.of(late));
        // THEN the bot's reply puts it on Monday, as the unfiltered metric does
        assertThat(frt.get(day("2024-03-04")).mean()).hasValue(Duration.ofMinutes(1));
        assertThat(frt).isEqualTo(Trend.metric(withBots, MONDAY, NEXT_MONDAY, Granularity.DAY, UTC)
                .over(List.of(late)));
    }

    @Test
    void should_bucket_a_metric_that_declares_no_instant_by_creation() {
        // GIVEN a metric of our own counting resolved tickets, declaring no instant
        Metric<Ticket, Count> resolvedCount = Count.metric("my.resolved", Ticket::isResolved);
        // WHEN
        BucketSeries<Count> trend = Trend.metric(resolvedCount, MONDAY, NEXT_MONDAY, Granularity.DAY, UTC)
                .over(week());
        // THEN T3, created Wednesday and resolved Friday, is Wednesday's; declared by resolution, Friday's
        assertThat(trend.get(day("2024-03-06"))).isEqualTo(Count.of(1));
        assertThat(trend.get(day("2024-03-08"))).isEqualTo(Count.ZERO);
        BucketSeries<Count> byResolution = Trend.metric(resolvedCount.withBucketInstant(TicketInstant.RESOLVED),
                MONDAY, NEXT_MONDAY, Granularity.DAY, UTC).over(week());
        assertThat(byResolution.get(day("2024-03-08"))).isEqualTo(Count.of(1));
        assertThat(byResolution).isEqualTo(Trend.metric(ResolvedTickets.defaults(), MONDAY, NEXT_MONDAY,
                Granularity.DAY, UTC).over(week()));
    }

    @Test
    void should_bucket_in_the_report_zone() {
        // GIVEN a ticket created Monday 23:30 UTC, which is Tuesday 00:30 in Berlin (UTC+1 in March)
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Instant from = LocalDate.parse("2024-03-04").atStartOfDay(berlin).toInstant();
        Instant to = LocalDate.parse("2024-03-11").atStartOfDay(berlin).toInstant();
        // WHEN
        BucketSeries<Count> volume = Trend.metric(TicketVolume.defaults(), from, to, Granularity.DAY, berlin)
                .over(List.of(created("B", "2024-03-04T23:30:00Z")));
        // THEN it is Tuesday's in Berlin
        assertThat(volume.get(Bucket.of(LocalDate.parse("2024-03-05"), Granularity.DAY, berlin)))
                .isEqualTo(Count.of(1));
    }

    @Test
    void should_give_period_over_period_changes_absolute_and_relative() {
        // GIVEN volume per day: Mon 2, Tue 0, Wed 1, Thu-Sun 0
        BucketSeries<Count> volume = Trend.metric(TicketVolume.defaults(), MONDAY, NEXT_MONDAY, Granularity.DAY, UTC)
                .over(week());
        // WHEN
        List<PeriodChange> changes = Trend.changes(volume, Trend::count);
        // THEN one change per day after the first
        assertThat(changes).hasSize(6);
        PeriodChange monToTue = changes.get(0);
        assertThat(monToTue.previousBucket()).isEqualTo(day("2024-03-04"));
        assertThat(monToTue.bucket()).isEqualTo(day("2024-03-05"));
        assertThat(monToTue.absolute()).hasValue(-2.0);
        assertThat(monToTue.percent()).hasValue(-100.0);
        // a zero previous value: absolute defined, relative undefined, never infinite
        PeriodChange tueToWed = changes.get(1);
        assertThat(tueToWed.absolute()).hasValue(1.0);
        assertThat(tueToWed.percent()).isEmpty();
        assertThat(tueToWed).hasToString("2024-03-05 -> 2024-03-06: 0.00 -> 1.00 (+1.00, n/a)");
    }

    @Test
    void should_leave_a_change_undefined_next_to_an_undefined_bucket() {
        // GIVEN resolution rate per day: Mon 50%, Tue undefined, Wed 100%
        BucketSeries<Ratio> rate = Trend.metric(ResolutionRate.defaults(), MONDAY, NEXT_MONDAY, Granularity.DAY, UTC)
                .over(week());
        // WHEN
        List<PeriodChange> changes = Trend.changes(rate, Ratio::percent);
        // THEN Mon->Tue and Tue->Wed are undefined, both ways
        assertThat(changes.get(0).previous()).hasValue(50.0);
        assertThat(changes.get(0).current()).isEmpty();
        assertThat(changes.get(0).absolute()).isEmpty();
        assertThat(changes.get(0).percent()).isEmpty();
        assertThat(changes.get(1).absolute()).isEmpty();
        assertThat(changes.get(1).percent()).isEmpty();
        // and week over week from 50% to 75%: +25 points, +50%
        BucketSeries<Ratio> weeks = Trend.metric(ResolutionRate.defaults(), MONDAY,
                NEXT_MONDAY.plus(Duration.ofDays(7)), Granularity.WEEK, UTC).over(List.of(
                        resolved("A", "2024-03-04T10:00:00Z", "2024-03-04T11:00:00Z"),
                        created("B", "2024-03-05T10:00:00Z"),
                        resolved("C", "2024-03-11T10:00:00Z", "2024-03-11T11:00:00Z"),
                        resolved("D", "2024-03-12T10:00:00Z", "2024-03-12T11:00:00Z"),
                        resolved("E", "2024-03-13T10:00:00Z", "2024-03-13T11:00:00Z"),
                        created("F", "2024-03-14T10:00:00Z")));
        PeriodChange wow = Trend.changes(weeks, Ratio::percent).get(0);
        assertThat(wow.absolute()).hasValue(25.0);
        assertThat(wow.percent()).hasValue(50.0);
    }

    @Test
    void should_average_the_count_over_every_bucket_including_empty_ones() {
        // GIVEN 3 tickets created in a week, on 2 of its 7 days (catalogue M31, [003] "mean tickets per bucket")
        BucketSeries<Count> volume = Trend.metric(TicketVolume.defaults(), MONDAY, NEXT_MONDAY, Granularity.DAY, UTC)
                .over(week());
        // WHEN / THEN 3 / 7 per day: the five empty days count, the two out-of-range tickets do not
        assertThat(Trend.averageCount(volume).getAsDouble()).isCloseTo(3.0 / 7, within(1e-12));
        assertThat(Trend.meanPerBucket(volume, Trend::count).getAsDouble()).isCloseTo(3.0 / 7, within(1e-12));
        // and per week: 3
        assertThat(Trend.averageCount(volume.rollUp(Granularity.WEEK))).hasValue(3.0);
        // with no bucket in the range the average is undefined, not 0 and not NaN
        BucketSeries<Count> none = Trend.metric(TicketVolume.defaults(), MONDAY, MONDAY, Granularity.DAY, UTC)
                .over(week());
        assertThat(none.buckets()).isEmpty();
        assertThat(Trend.averageCount(none)).isEmpty();
        assertThat(none.outOfRange()).isEqualTo(Count.of(5));
    }

    @Test
    void should_average_a_rate_over_the_buckets_where_it_is_defined() {
        // GIVEN Mon 50%, Wed 100%, the other days undefined
        BucketSeries<Ratio> rate = Trend.metric(ResolutionRate.defaults(), MONDAY, NEXT_MONDAY, Granularity.DAY, UTC)
                .over(week());
        // WHEN / THEN the mean of the two defined days
        assertThat(Trend.meanPerBucket(rate, Ratio::percent)).hasValue(75.0);
        BucketSeries<Ratio> none = BucketSeries.empty(Ratio.EMPTY, BucketRange.of(MONDAY, NEXT_MONDAY, Granularity.DAY,
                UTC));
        assertThat(Trend.meanPerBucket(none, Ratio::percent)).isEmpty();
    }

    @Test
    void should_roll_days_up_into_weeks_and_months() {
        // GIVEN volume per day over March 2024
        Instant march = Instant.parse("2024-03-01T00:00:00Z");
        Instant april = Instant.parse("2024-04-01T00:00:00Z");
        BucketSeries<Count> days = Trend.metric(TicketVolume.defaults(), march, april, Granularity.DAY, UTC)
                .over(week());
        // WHEN
        BucketSeries<Count> weeks = days.rollUp(Granularity.WEEK);
        // THEN the weeks overlapping March (2024-W09 to 2024-W13), as if bucketed by week directly
        assertThat(weeks.buckets()).hasSize(5);
        assertThat(weeks.get(Bucket.of(MONDAY, Granularity.WEEK, UTC))).isEqualTo(Count.of(3));
        assertThat(weeks.get(Bucket.of(MONDAY.minus(Duration.ofDays(7)), Granularity.WEEK, UTC)))
                .isEqualTo(Count.of(1));
        assertThat(weeks).isEqualTo(Trend.metric(TicketVolume.defaults(), march, april, Granularity.WEEK, UTC)
                .over(week()));
        assertThat(days.rollUp(Granularity.MONTH).buckets().values()).containsExactly(Count.of(5));
    }

    @Test
    void should_refuse_what_it_cannot_do() {
        BucketSeries<Count> weeks = BucketSeries.empty(Count.ZERO, BucketRange.of(MONDAY, NEXT_MONDAY, Granularity.WEEK,
                UTC));
        // weeks do not roll up into months
        assertThatThrownBy(() -> weeks.rollUp(Granularity.MONTH)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("granularity must contain WEEK buckets: MONTH");
        // a range that ends before it starts
        assertThatThrownBy(() -> Trend.metric(TicketVolume.defaults(), NEXT_MONDAY, MONDAY, Granularity.DAY, UTC))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("to must not be before from: 2024-03-11T00:00:00Z/2024-03-04T00:00:00Z");
        // merging trends of different ranges
        BucketSeries<Count> days = BucketSeries.empty(Count.ZERO, BucketRange.of(MONDAY, NEXT_MONDAY, Granularity.DAY,
                UTC));
        assertThatThrownBy(() -> weeks.plus(days)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("range must match to merge: WEEK buckets in Z from 2024-03-04T00:00:00Z to "
                        + "2024-03-11T00:00:00Z and DAY buckets in Z from 2024-03-04T00:00:00Z to "
                        + "2024-03-11T00:00:00Z");
        // a bucket outside the trend
        assertThatThrownBy(() -> days.get(day("2024-03-11"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bucket must be one of the 7 DAY buckets in Z from 2024-03-04T00:00:00Z to "
                        + "2024-03-11T00:00:00Z: 2024-03-11");
        // a value function that gives NaN
        assertThatThrownBy(() -> days.values(c -> OptionalDouble.of(Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value must be finite: NaN in bucket 2024-03-04");
    }

    @Test
    void should_keep_the_metric_id_and_merge_bucket_by_bucket() {
        var metric = Trend.metric(TicketVolume.defaults(), MONDAY, NEXT_MONDAY, Granularity.DAY, UTC);
        assertThat(metric.id()).isEqualTo(TicketVolume.ID);
        List<Ticket> w = week();
        assertThat(metric.over(w.subList(0, 2)).plus(metric.over(w.subList(2, 5)))).isEqualTo(metric.over(w));
        assertThat(metric.over(List.of())).isEqualTo(metric.empty());
    }
}
