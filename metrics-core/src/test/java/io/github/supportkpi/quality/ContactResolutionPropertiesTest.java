package io.github.supportkpi.quality;

import io.github.supportkpi.domain.ContactOutcome;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.InteractionDimensions;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import java.util.List;
import java.util.Optional;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

class ContactResolutionPropertiesTest implements TallyContract<Interaction, Ratio> {
    @Override
    public Metric<Interaction, Ratio> metric() {
        return ContactResolution.defaults();
    }

    @Override
    public Gen<List<Interaction>> records() {
        return Sources.interactions();
    }

    @Override
    public Dimension<? super Interaction, ?> dimension() {
        return InteractionDimensions.ROUTED_AGENT;
    }

    @Override
    public DoubleStream values(Ratio tally) {
        return tally.percent().stream();
    }

    @Test
    void should_count_every_contact_with_an_outcome_once_and_stay_within_0_and_100_percent() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.calls()).checkAssert(calls -> {
            Ratio r = ContactResolution.defaults().over(calls);
            assertThat(r.denominator()).isEqualTo(calls.stream().filter(i -> i.outcome().isPresent()).count());
            r.percent().ifPresent(p -> assertThat(p).isBetween(0.0, 100.0));
            assertThat(calls.stream().filter(i -> i.abandoned() && i.outcome().isPresent())
                    .map(i -> i.outcome().orElseThrow())).doesNotContain(
                            ContactOutcome.RESOLVED);
        });
    }

    @Test
    void should_not_change_when_outcomes_are_forgotten_on_contacts_left_out() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.calls()).checkAssert(calls -> {
            // the contacts with no outcome, whatever else they hold, change nothing
            List<Interaction> recorded = calls.stream().filter(i -> i.outcome().isPresent()).toList();
            assertThat(ContactResolution.defaults().over(calls)).isEqualTo(ContactResolution.defaults().over(recorded));
            // and forgetting every outcome leaves it undefined, never 0
            List<Interaction> forgotten = calls.stream().map(i -> new Interaction(i.id(), i.ticketId(), i.kind(),
                    i.actor(), i.agentId(), i.customerId(), i.at(), i.channel(), i.direction(), i.queueWait(),
                    i.abandoned(), i.talk(), i.hold(), i.afterContact(), i.articleId(), Optional.empty(),
                    i.routedToAgentId())).toList();
            assertThat(ContactResolution.defaults().over(forgotten).percent()).isEmpty();
        });
    }
}
