package io.github.supportkpi.quality;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import java.time.Duration;
import java.util.List;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

class FirstContactResolutionWithoutRepeatPropertiesTest implements TallyContract<Ticket, ContactHistory> {
    @Override
    public Metric<Ticket, ContactHistory> metric() {
        return FirstContactResolution.withoutRepeatContact(
                FcrDefinition.DEFAULT.withEligibility(FcrEligibility.excludingCategories("refund")), Duration.ofDays(7));
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
    public DoubleStream values(ContactHistory tally) {
        return DoubleStream.concat(tally.repeated().percent().stream(), tally.unrepeated().percent().stream());
    }

    private static Gen<FcrCriteria> criteria() {
        return integers().between(0, 4).zip(booleans().all(), booleans().all(), booleans().all(), FcrCriteria::new);
    }

    @Test
    void should_not_exceed_fcr_without_the_repeat_condition() {
        Gen<Integer> days = integers().between(0, 30);
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.tickets(), criteria(), days).checkAssert((ts, c, d) -> {
            FcrDefinition def = FcrDefinition.DEFAULT.withCriteria(c);
            Ratio plain = FirstContactResolution.of(def).over(ts);
            Ratio strict = FirstContactResolution.withoutRepeatContact(def, Duration.ofDays(d)).over(ts).unrepeated();
            assertThat(strict.denominator()).isEqualTo(plain.denominator());
            assertThat(strict.numerator()).isLessThanOrEqualTo(plain.numerator());
            strict.percent().ifPresent(p -> assertThat(p).isBetween(0.0, 100.0));
        });
    }

    @Test
    void should_lose_at_most_the_tickets_followed_by_a_repeat() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.tickets()).checkAssert(ts -> {
            ContactHistory h = FirstContactResolutionWithoutRepeat.defaults().over(ts);
            Ratio plain = FirstContactResolution.defaults().over(ts);
            assertThat(plain.numerator() - h.unrepeated().numerator()).isLessThanOrEqualTo(h.repeated().numerator());
            assertThat(h.repeated()).isEqualTo(RepeatContactRate.defaults().over(ts).repeated());
        });
    }
}
