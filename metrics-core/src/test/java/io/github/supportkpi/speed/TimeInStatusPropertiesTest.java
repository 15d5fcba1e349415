package io.github.supportkpi.speed;

import io.github.supportkpi.domain.Status;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import io.github.supportkpi.time.ElapsedTime;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

class TimeInStatusPropertiesTest implements TallyContract<Ticket, DurationStats> {
    private static final Instant AS_OF = Instant.parse("2024-04-10T00:00:00Z");

    @Override
    public Metric<Ticket, DurationStats> metric() {
        return TimeInStatus.of(StatusTimeDefinition.CUSTOMER_WAIT.withAsOf(AS_OF));
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
    public DoubleStream values(DurationStats t) {
        return t.meanSeconds().isPresent() ? DoubleStream.of(t.meanSeconds().getAsDouble()) : DoubleStream.empty();
    }

    @Test
    void the_times_in_every_status_add_up_to_the_ticket_age_as_of_the_report() {
        qt().withExamples(EXAMPLES).forAll(records()).checkAssert(ts -> {
            for (Ticket t : ts) {
                if (t.created().isAfter(AS_OF)) {
                    continue;
                }
                Duration sum = Duration.ZERO;
                for (Status s : Status.values()) {
                    StatusTimeDefinition d = StatusTimeDefinition.CUSTOMER_WAIT.withStatuses(EnumSet.of(s)).withAsOf(AS_OF);
                    sum = sum.plus(TimeInStatus.of(d).over(List.of(t)).sum());
                }
                assertThat(sum).as("ticket %s", t).isEqualTo(Duration.between(t.created(), AS_OF));
            }
        });
    }

    @Test
    void customer_wait_never_exceeds_the_time_to_the_last_change() {
        qt().withExamples(EXAMPLES).forAll(records()).checkAssert(ts -> {
            for (Ticket t : ts) {
                DurationStats s = TimeInStatus.customerWait().over(List.of(t));
                if (s.count() == 1) {
                    Instant last = t.statusHistory().get(t.statusHistory().size() - 1).at();
                    assertThat(s.max().orElseThrow()).isLessThanOrEqualTo(Duration.between(t.created(), last));
                } else {
                    assertThat(t.isResolved()).isFalse();
                }
            }
        });
    }

    @Test
    void business_time_never_exceeds_calendar_time() {
        ElapsedTime half = (a, b) -> ElapsedTime.calendarNanos(a, b) / 2;
        qt().withExamples(EXAMPLES).forAll(records()).checkAssert(ts -> {
            DurationStats calendar = metric().over(ts);
            DurationStats business = TimeInStatus.of(StatusTimeDefinition.CUSTOMER_WAIT.withAsOf(AS_OF)
                    .withElapsedTime(half)).over(ts);
            assertThat(business.sum()).isLessThanOrEqualTo(calendar.sum());
            assertThat(business.count()).isEqualTo(calendar.count());
        });
    }

    @Test
    void reopens_in_the_history_equal_the_reopen_count() {
        qt().withExamples(EXAMPLES).forAll(records()).checkAssert(ts ->
                ts.forEach(t -> assertThat(t.reopensInHistory()).isEqualTo(t.reopenCount())));
    }
}
