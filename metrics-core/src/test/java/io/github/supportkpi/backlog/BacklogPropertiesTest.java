package io.github.supportkpi.backlog;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Count;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.Segmented;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.testing.RandomRecords;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import io.github.supportkpi.time.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

class BacklogPropertiesTest implements TallyContract<Ticket, Count> {
    private static final Instant AT = RandomRecords.EPOCH.plus(Duration.ofDays(21));
    private static final AgeBands BANDS =
            AgeBands.of(Duration.ofHours(4), Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(7));

    @Override
    public Metric<Ticket, Count> metric() {
        return Backlog.at(AT);
    }

    @Override
    public Gen<List<Ticket>> records() {
        return Sources.ticketsWithHistory();
    }

    @Override
    public Dimension<? super Ticket, ?> dimension() {
        return TicketDimensions.PRIORITY;
    }

    @Override
    public DoubleStream values(Count tally) {
        return DoubleStream.of(tally.value());
    }

    /** Instants across the generated six weeks and a little beyond. */
    private static Gen<Instant> instants() {
        return integers().between(-24, 45 * 24).map(h -> RandomRecords.EPOCH.plus(Duration.ofHours(h)));
    }

    @Test
    void should_add_up_by_age_band_and_by_priority_to_the_total_backlog() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.ticketsWithHistory(), instants()).checkAssert((ts, at) -> {
            Count total = Backlog.at(at).over(ts);
            Segmented<AgeBand, Count> byAge = Backlog.at(at).byAge(BANDS).over(ts);
            long sum = byAge.segments().values().stream().mapToLong(Count::value).sum();
            assertThat(byAge.absent()).isEqualTo(Count.ZERO);
            assertThat(sum).isEqualTo(total.value());
            Segmented<?, Count> byPriority = Backlog.at(at).by(TicketDimensions.PRIORITY).over(ts);
            assertThat(byPriority.segments().values().stream().mapToLong(Count::value).sum()
                    + byPriority.absent().value()).isEqualTo(total.value());
        });
    }

    @Test
    void should_never_count_a_ticket_created_after_the_instant() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.tickets(), instants()).checkAssert((ts, at) -> {
            long createdByThen = ts.stream().filter(t -> !t.created().isAfter(at)).count();
            assertThat(Backlog.at(at).over(ts).value()).isLessThanOrEqualTo(createdByThen);
            List<Ticket> later = ts.stream().filter(t -> t.created().isAfter(at)).toList();
            assertThat(Backlog.at(at).over(later)).isEqualTo(Count.ZERO);
        });
    }

    @Test
    void should_count_the_tickets_unresolved_now_at_any_instant_after_every_event() {
        // after the last status change and resolution, the status in force is the current one
        Instant end = RandomRecords.EPOCH.plus(Duration.ofDays(365));
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.ticketsWithHistory()).checkAssert(ts ->
                assertThat(Backlog.at(end).over(ts).value())
                        .isEqualTo(ts.stream().filter(t -> !t.isResolved()).count()));
    }

    @Test
    void should_shrink_or_stay_under_a_stricter_definition() {
        var calendar = io.github.supportkpi.time.BusinessCalendar.builder(ZoneOffset.UTC)
                .weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0)).build();
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.ticketsWithHistory(), instants()).checkAssert((ts, at) -> {
            long all = Backlog.at(at).over(ts).value();
            long day = Backlog.at(at, BacklogDefinition.olderThan(Duration.ofDays(1))).over(ts).value();
            long week = Backlog.at(at, BacklogDefinition.olderThan(Duration.ofDays(7))).over(ts).value();
            long idle1 = Backlog.at(at, BacklogDefinition.notUpdatedFor(1, calendar)).over(ts).value();
            long idle3 = Backlog.at(at, BacklogDefinition.notUpdatedFor(3, calendar)).over(ts).value();
            assertThat(week).isLessThanOrEqualTo(day);
            assertThat(day).isLessThanOrEqualTo(all);
            assertThat(idle3).isLessThanOrEqualTo(idle1);
            assertThat(idle1).isLessThanOrEqualTo(all);
        });
    }
}
