package io.github.supportkpi.quality;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import java.util.List;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

class FirstContactResolutionPropertiesTest implements TallyContract<Ticket, Ratio> {
    @Override
    public Metric<Ticket, Ratio> metric() {
        return FirstContactResolution.of(FcrDefinition.DEFAULT.withEligibility(
                FcrEligibility.excludingCategories("refund", "bug")));
    }

    @Override
    public Gen<List<Ticket>> records() {
        return Sources.tickets();
    }

    @Override
    public Dimension<? super Ticket, ?> dimension() {
        return TicketDimensions.TEAM;
    }

    @Override
    public DoubleStream values(Ratio tally) {
        return tally.percent().stream();
    }

    private static Gen<FcrCriteria> criteria() {
        return integers().between(0, 4).zip(booleans().all(), booleans().all(), booleans().all(),
                FcrCriteria::new);
    }

    @Test
    void should_be_a_percentage() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.tickets(), criteria()).checkAssert((ts, c) ->
                FirstContactResolution.of(FcrDefinition.DEFAULT.withCriteria(c)).over(ts).percent()
                        .ifPresent(p -> assertThat(p).isBetween(0.0, 100.0)));
    }

    @Test
    void should_not_exceed_the_resolution_rate_when_every_ticket_is_eligible() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.tickets(), criteria()).checkAssert((ts, c) -> {
            Ratio fcr = FirstContactResolution.of(FcrDefinition.DEFAULT.withCriteria(c)).over(ts);
            Ratio resolved = ResolutionRate.defaults().over(ts);
            assertThat(fcr.denominator()).isEqualTo(resolved.denominator());
            assertThat(fcr.numerator()).isLessThanOrEqualTo(resolved.numerator());
        });
    }

    @Test
    void should_never_rise_when_a_condition_is_added_or_the_reply_limit_lowered() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.tickets(), criteria()).checkAssert((ts, c) -> {
            long base = FirstContactResolution.of(FcrDefinition.DEFAULT.withCriteria(c)).over(ts).numerator();
            for (FcrCriteria stricter : List.of(c.withNoReopen(true), c.withNoEscalation(true),
                    c.withNoTransfer(true), c.withMaxAgentReplies(Math.max(0, c.maxAgentReplies() - 1)))) {
                long n = FirstContactResolution.of(FcrDefinition.DEFAULT.withCriteria(stricter)).over(ts).numerator();
                assertThat(n).as("%s vs %s", stricter, c).isLessThanOrEqualTo(base);
            }
        });
    }

    @Test
    void should_not_exceed_one_touch_plus_tickets_resolved_with_no_reply() {
        // one-touch counts resolved tickets with exactly one reply; FCR's default allows zero or one
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.tickets()).checkAssert(ts -> {
            long fcr = FirstContactResolution.defaults().over(ts).numerator();
            long oneTouch = OneTouchResolution.defaults().over(ts).numerator();
            long noReply = ts.stream().filter(t -> t.isResolved() && t.replyCount(false) == 0).count();
            assertThat(fcr).isLessThanOrEqualTo(oneTouch + noReply);
        });
    }
}
