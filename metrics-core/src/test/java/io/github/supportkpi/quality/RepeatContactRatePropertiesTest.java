package io.github.supportkpi.quality;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import java.time.Duration;
import java.util.List;
import java.util.stream.DoubleStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

class RepeatContactRatePropertiesTest implements TallyContract<Ticket, ContactHistory> {
    @Override
    public Metric<Ticket, ContactHistory> metric() {
        return RepeatContactRate.defaults();
    }

    @Override
    public Gen<List<Ticket>> records() {
        return Sources.tickets();
    }

    @Override
    public Dimension<? super Ticket, ?> dimension() {
        return TicketDimensions.attribute("tier");
    }

    @Override
    public DoubleStream values(ContactHistory tally) {
        return DoubleStream.concat(tally.repeated().percent().stream(), tally.unrepeated().percent().stream());
    }

    private static Gen<Duration> windows() {
        return integers().between(0, 20 * 24).map(h -> Duration.ofHours(h));
    }

    @Test
    void should_be_a_percentage_over_every_ticket() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.tickets(), windows()).checkAssert((ts, w) -> {
            ContactHistory h = RepeatContactRate.within(w).over(ts);
            assertThat(h.repeated().denominator()).isEqualTo(ts.size());
            assertThat(h.tickets()).isEqualTo(ts.size());
            h.repeated().percent().ifPresent(p -> assertThat(p).isBetween(0.0, 100.0));
        });
    }

    @Test
    void should_never_fall_as_the_window_grows() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.tickets(), windows(), windows()).checkAssert((ts, a, b) -> {
            Duration small = a.compareTo(b) <= 0 ? a : b;
            Duration large = a.compareTo(b) <= 0 ? b : a;
            long s = RepeatContactRate.within(small).over(ts).repeated().numerator();
            long l = RepeatContactRate.within(large).over(ts).repeated().numerator();
            assertThat(s).isLessThanOrEqualTo(l);
        });
    }

    @Test
    void should_equal_a_second_pass_when_the_window_is_changed_afterwards() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.tickets(), windows()).checkAssert((ts, w) ->
                assertThat(RepeatContactRate.defaults().over(ts).withWindow(w))
                        .isEqualTo(RepeatContactRate.within(w).over(ts)));
    }

    @Test
    void should_find_at_least_as_many_repeats_when_any_category_matches() {
        RepeatContactRate anyCategory = RepeatContactRate.of(RepeatContactDefinition.DEFAULT.withSameCategory(false));
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.tickets()).checkAssert(ts ->
                assertThat(RepeatContactRate.defaults().over(ts).repeated().numerator())
                        .isLessThanOrEqualTo(anyCategory.over(ts).repeated().numerator()));
    }

    @Test
    void should_never_lose_a_repeat_when_more_tickets_are_added() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.tickets(), Sources.tickets()).checkAssert((a, b) ->
                assertThat(RepeatContactRate.defaults().over(Stream.concat(a.stream(), b.stream()).toList())
                        .repeated().numerator())
                        .isGreaterThanOrEqualTo(RepeatContactRate.defaults().over(a).repeated().numerator()));
    }
}
