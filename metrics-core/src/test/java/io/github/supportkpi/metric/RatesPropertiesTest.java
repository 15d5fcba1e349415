package io.github.supportkpi.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.supportkpi.definition.ReopenRateDefinition;
import io.github.supportkpi.definition.TicketDenominator;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import java.util.List;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The tally contract and bounds of the simple ticket rates (M21-M24). */
class RatesPropertiesTest {
    private static final List<Metric<Ticket, Ratio>> ALL = List.of(OneTouchResolution.defaults(),
            ResolutionRate.defaults(), ReopenRate.defaults(),
            ReopenRate.of(ReopenRateDefinition.DEFAULT.withDenominator(TicketDenominator.ALL)),
            EscalationRate.defaults());

    /** The contract, for one rate. */
    abstract static class Contract implements TallyContract<Ticket, Ratio> {
        @Override
        public Gen<List<Ticket>> records() {
            return Sources.tickets();
        }

        @Override
        public Dimension<? super Ticket, ?> dimension() {
            return TicketDimensions.CHANNEL;
        }

        @Override
        public DoubleStream values(Ratio tally) {
            return tally.percent().stream();
        }
    }

    @Nested
    class OneTouch extends Contract {
        @Override
        public Metric<Ticket, Ratio> metric() {
            return OneTouchResolution.defaults();
        }
    }

    @Nested
    class Resolution extends Contract {
        @Override
        public Metric<Ticket, Ratio> metric() {
            return ResolutionRate.defaults();
        }
    }

    @Nested
    class Reopen extends Contract {
        @Override
        public Metric<Ticket, Ratio> metric() {
            return ReopenRate.defaults();
        }
    }

    @Nested
    class Escalation extends Contract {
        @Override
        public Metric<Ticket, Ratio> metric() {
            return EscalationRate.defaults();
        }
    }

    @Test
    void should_be_percentages() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.tickets()).checkAssert(ts -> {
            for (Metric<Ticket, Ratio> m : ALL) {
                m.over(ts).percent().ifPresent(p -> assertThat(p).as(m.id()).isBetween(0.0, 100.0));
            }
        });
    }

    @Test
    void should_not_count_more_one_touch_than_resolved_tickets() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.tickets()).checkAssert(ts ->
                assertThat(OneTouchResolution.defaults().over(ts).numerator())
                        .isLessThanOrEqualTo(ResolutionRate.defaults().over(ts).numerator()));
    }

    @Test
    void should_reopen_the_same_tickets_under_either_denominator() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.tickets()).checkAssert(ts -> {
            Ratio resolved = ReopenRate.defaults().over(ts);
            Ratio all = ReopenRate.of(ReopenRateDefinition.DEFAULT.withDenominator(TicketDenominator.ALL)).over(ts);
            assertThat(resolved.numerator()).isEqualTo(all.numerator());
            assertThat(resolved.denominator()).isLessThanOrEqualTo(all.denominator());
            assertThat(all.denominator()).isEqualTo(ts.size());
        });
    }
}
