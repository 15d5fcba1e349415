package io.github.supportkpi.contact;

import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.InteractionDimensions;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.testing.RandomRecords;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

class AverageHandleTimePropertiesTest implements TallyContract<Ticket, DurationStats> {
    private static final AverageHandleTime PER_TICKET =
            AverageHandleTime.of(HandleTimeDefinition.DEFAULT.withUnit(HandleTimeUnit.PER_TICKET));

    /**
     * The generated tickets have no calls or chats; give each some of the generated calls and chats
     * (answered by agents or bots, or abandoned).
     */
    static Gen<List<Ticket>> ticketsWithCalls() {
        return Sources.tickets().zip(Sources.interactions(), (ts, is) -> {
            List<Ticket> out = new ArrayList<>();
            for (int i = 0; i < ts.size(); i++) {
                Ticket t = ts.get(i);
                Ticket.Builder b = t.toBuilder();
                for (int j = i; j < is.size(); j += Math.max(1, ts.size())) {
                    Interaction x = is.get(j);
                    if (!x.at().isBefore(t.created())) {
                        b.interaction(x);
                    }
                }
                out.add(b.build());
            }
            return out;
        });
    }

    @Override
    public Metric<Ticket, DurationStats> metric() {
        return AverageHandleTime.defaults();
    }

    @Override
    public Gen<List<Ticket>> records() {
        return ticketsWithCalls();
    }

    @Override
    public Dimension<? super Ticket, ?> dimension() {
        return TicketDimensions.AGENT;
    }

    @Override
    public DoubleStream values(DurationStats tally) {
        return tally.meanSeconds().stream();
    }

    @Test
    void should_have_its_mean_within_min_and_max() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(ticketsWithCalls()).checkAssert(ts -> {
            DurationStats s = AverageHandleTime.defaults().over(ts);
            s.mean().ifPresent(m -> assertThat(m).isBetween(s.min().get(), s.max().get()));
        });
    }

    @Test
    void should_have_the_same_total_time_per_ticket_as_per_interaction() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(ticketsWithCalls()).checkAssert(ts -> {
            DurationStats perInteraction = AverageHandleTime.defaults().over(ts);
            DurationStats perTicket = PER_TICKET.over(ts);
            assertThat(perTicket.sum()).isEqualTo(perInteraction.sum());
            assertThat(perTicket.count()).isLessThanOrEqualTo(perInteraction.count());
            assertThat(perTicket.count() + perTicket.unmeasured()).isEqualTo(ts.size());
        });
    }

    @Test
    void should_agree_over_tickets_and_over_their_interactions() {
        Metric<Interaction, DurationStats> overInteractions =
                AverageHandleTime.overInteractions(HandleTimeDefinition.DEFAULT);
        qt().withExamples(TallyContract.EXAMPLES).forAll(ticketsWithCalls()).checkAssert(ts ->
                assertThat(overInteractions.over(ts.stream().flatMap(t -> t.interactions().stream()).toList()))
                        .isEqualTo(AverageHandleTime.defaults().over(ts)));
    }

    /** The contract of the metric over a stream of calls. */
    @Nested
    class OverCalls implements TallyContract<Interaction, DurationStats> {
        @Override
        public Metric<Interaction, DurationStats> metric() {
            return AverageHandleTime.overInteractions(HandleTimeDefinition.DEFAULT);
        }

        @Override
        public Gen<List<Interaction>> records() {
            return Sources.interactions();
        }

        @Override
        public Dimension<? super Interaction, ?> dimension() {
            return InteractionDimensions.CHANNEL;
        }

        @Override
        public DoubleStream values(DurationStats tally) {
            return tally.meanSeconds().stream();
        }
    }

    @Test
    void should_find_handled_calls_in_the_generated_tickets() {
        // GIVEN a fixed seed, WHEN / THEN the generator feeds the metric something to measure
        List<Ticket> ts = new ArrayList<>();
        RandomRecords r = new RandomRecords(7);
        List<Interaction> is = r.interactions(200);
        for (Ticket t : r.tickets(50)) {
            Ticket.Builder b = t.toBuilder();
            is.stream().filter(x -> !x.at().isBefore(t.created())).limit(3).forEach(b::interaction);
            ts.add(b.build());
        }
        assertThat(AverageHandleTime.defaults().over(ts).count()).isPositive();
    }
}
