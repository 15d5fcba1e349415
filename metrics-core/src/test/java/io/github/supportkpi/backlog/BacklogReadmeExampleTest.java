package io.github.supportkpi.backlog;

import io.github.supportkpi.domain.Priority;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.BucketSeries;
import io.github.supportkpi.metric.Count;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.metric.Segmented;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.quality.FcrDefinition;
import io.github.supportkpi.quality.FirstContactResolution;
import io.github.supportkpi.quality.RepeatContactRate;
import io.github.supportkpi.testing.RandomRecords;
import io.github.supportkpi.time.Bucket;
import io.github.supportkpi.time.BusinessCalendar;
import io.github.supportkpi.time.Granularity;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's "Backlog, flow and repeat contacts" example, compiled and run. */
class BacklogReadmeExampleTest {
    @Test
    void should_run_the_readme_example() {
        List<Ticket> tickets = new RandomRecords(42).tickets(500);
        // --- README example starts here
        Instant now = Instant.parse("2024-03-29T17:00:00Z");
        ZoneId berlin = ZoneId.of("Europe/Berlin");

        // M33 backlog at an instant, by age band and by priority
        AgeBands bands = AgeBands.of(Duration.ofHours(4), Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(7));
        Count open = Backlog.at(now).over(tickets);
        Segmented<AgeBand, Count> byAge = Backlog.at(now).byAge(bands).over(tickets);
        Segmented<Priority, Count> byPriority = Backlog.at(now).by(TicketDimensions.PRIORITY).over(tickets);

        // other definitions: older than 24 h; not updated for 3 business days
        BusinessCalendar calendar = BusinessCalendar.builder(berlin)
                .weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0)).build();
        Count old = Backlog.at(now, BacklogDefinition.olderThan(Duration.ofHours(24))).over(tickets);
        Count stale = Backlog.at(now, BacklogDefinition.notUpdatedFor(3, calendar)).over(tickets);

        // net flow per day in Berlin over the last 7 days, empty days included as zero
        BucketSeries<FlowTally> flow = NetFlow.of(FlowDefinition.between(now.minus(Duration.ofDays(7)), now)
                .withZone(berlin)).over(tickets);
        flow.buckets().forEach((day, f) -> System.out.println(day + " created " + f.created()
                + ", resolved " + f.resolved() + ", net " + f.net()));
        FlowTally outside = flow.outOfRange(); // created or resolved outside the 7 days, not dropped
        SortedMap<Bucket, FlowTally> weekly = flow.rollUp(Granularity.WEEK).buckets();

        // M25 repeat contact rate (7 days) and FCR without repeat contact
        Ratio repeats = RepeatContactRate.defaults().over(tickets).repeated();
        Ratio fcr = FirstContactResolution.withoutRepeatContact(FcrDefinition.DEFAULT, Duration.ofDays(7))
                .over(tickets).unrepeated();
        System.out.println("backlog " + open + " (" + byAge.segments() + "), older than 24 h " + old
                + ", stale " + stale + ", repeat contacts " + repeats + ", FCR " + fcr);
        // --- README example ends here
        assertThat(byAge.total()).isEqualTo(open).isEqualTo(byPriority.total());
        assertThat(old.value()).isLessThanOrEqualTo(open.value());
        assertThat(stale.value()).isLessThanOrEqualTo(open.value());
        assertThat(flow.buckets()).hasSize(8); // 7 days that start off a Berlin midnight overlap 8 day buckets
        assertThat(flow.inRange().plus(outside)).isEqualTo(flow.total());
        assertThat(flow.total().created()).isEqualTo(tickets.size());
        assertThat(weekly).isNotEmpty();
        assertThat(repeats.percent()).isPresent();
        assertThat(fcr.percent()).isPresent();
    }
}
