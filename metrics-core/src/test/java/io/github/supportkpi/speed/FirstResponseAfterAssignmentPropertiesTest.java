package io.github.supportkpi.speed;

import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.Segmented;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

class FirstResponseAfterAssignmentPropertiesTest implements TallyContract<Ticket, DurationStats> {
    private static final FirstResponseAfterAssignment WITH_BOTS =
            FirstResponseAfterAssignment.of(ResponseDefinition.DEFAULT.withIncludeBots(true));

    @Override
    public Metric<Ticket, DurationStats> metric() {
        return FirstResponseAfterAssignment.defaults();
    }

    @Override
    public Gen<List<Ticket>> records() {
        return Sources.ticketsWithAssignments();
    }

    @Override
    public Dimension<? super Ticket, ?> dimension() {
        return TicketDimensions.FIRST_REPLIER;
    }

    @Override
    public DoubleStream values(DurationStats tally) {
        return tally.meanSeconds().stream();
    }

    private static Optional<Duration> one(Metric<Ticket, DurationStats> m, Ticket t) {
        return m.over(List.of(t)).mean();
    }

    @Test
    void should_add_up_with_time_to_first_assignment_to_first_response_time_when_the_reply_follows_it() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.ticketsWithAssignments()).checkAssert(ts -> {
            for (Ticket t : ts) {
                Optional<Duration> assign = one(TimeToFirstAssignment.defaults(), t);
                Optional<Duration> after = one(FirstResponseAfterAssignment.defaults(), t);
                Optional<Duration> frt = one(FirstResponseTime.defaults(), t);
                if (assign.isEmpty()) {
                    assertThat(after).as("%s", t).isEmpty();
                    continue;
                }
                Instant assigned = t.created().plus(assign.get());
                Optional<Instant> reply = t.firstReply(false);
                if (reply.isPresent() && !reply.get().isBefore(assigned)) {
                    // created -> assigned -> replied: the two parts make the whole
                    assertThat(assign.get().plus(after.get())).as("%s", t).isEqualTo(frt.get());
                } else if (after.isPresent()) {
                    // a later reply than the first: after the first response time
                    assertThat(assign.get().plus(after.get())).as("%s", t).isGreaterThan(frt.get());
                }
            }
        });
    }

    @Test
    void should_measure_no_fewer_tickets_and_no_longer_waits_when_bots_count() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.ticketsWithAssignments()).checkAssert(ts -> {
            DurationStats human = FirstResponseAfterAssignment.defaults().over(ts);
            DurationStats all = WITH_BOTS.over(ts);
            assertThat(all.count()).isGreaterThanOrEqualTo(human.count());
            assertThat(all.count() + all.unmeasured()).isEqualTo(ts.size());
            assertThat(human.count()).isLessThanOrEqualTo(TimeToFirstAssignment.defaults().over(ts).count());
            for (Ticket t : ts) {
                one(FirstResponseAfterAssignment.defaults(), t).ifPresent(h ->
                        assertThat(one(WITH_BOTS, t).get()).as("%s", t).isLessThanOrEqualTo(h));
            }
        });
    }

    @Test
    void should_split_first_response_time_by_first_replier_into_segments_that_add_up() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.ticketsWithAssignments()).checkAssert(ts -> {
            Segmented<String, DurationStats> by = FirstResponseTime.defaults().by(TicketDimensions.FIRST_REPLIER)
                    .over(ts);
            DurationStats sum = by.absent();
            for (DurationStats s : by.segments().values()) {
                sum = sum.plus(s);
                assertThat(s.unmeasured()).isZero(); // a ticket with a first replier was answered
            }
            assertThat(sum).isEqualTo(FirstResponseTime.defaults().over(ts));
            for (Ticket t : ts) {
                t.firstReplier().ifPresent(agent -> assertThat(t.interactions().stream()
                        .filter(i -> i.isReply(false)).findFirst().flatMap(Interaction::agentId)).contains(agent));
            }
        });
    }
}
