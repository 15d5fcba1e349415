package io.github.supportkpi.contact;

import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.InteractionDimensions;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import java.time.Duration;
import java.util.List;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

class AverageSpeedOfAnswerPropertiesTest implements TallyContract<Interaction, DurationStats> {
    @Override
    public Metric<Interaction, DurationStats> metric() {
        return AverageSpeedOfAnswer.defaults();
    }

    @Override
    public Gen<List<Interaction>> records() {
        return Sources.calls();
    }

    @Override
    public Dimension<? super Interaction, ?> dimension() {
        return InteractionDimensions.AGENT;
    }

    @Override
    public DoubleStream values(DurationStats tally) {
        return tally.meanSeconds().stream();
    }

    @Test
    void should_lie_within_the_shortest_and_longest_wait_of_answered_calls() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.calls()).checkAssert(calls -> {
            List<Duration> waits = calls.stream().filter(i -> i.isOffered() && !i.abandoned() && i.hasQueueWait())
                    .map(Interaction::knownQueueWait).toList();
            DurationStats asa = AverageSpeedOfAnswer.defaults().over(calls);
            assertThat(asa.count()).isEqualTo(waits.size());
            if (waits.isEmpty()) {
                assertThat(asa.mean()).isEmpty();
            } else {
                Duration min = waits.stream().min(Duration::compareTo).orElseThrow();
                Duration max = waits.stream().max(Duration::compareTo).orElseThrow();
                assertThat(asa.mean().orElseThrow()).isBetween(min, max);
            }
        });
    }

    @Test
    void should_count_abandoned_offered_calls_and_answers_of_unknown_wait_as_unmeasured() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.calls()).checkAssert(calls ->
                assertThat(AverageSpeedOfAnswer.defaults().over(calls).unmeasured()).isEqualTo(calls.stream()
                        .filter(i -> i.isOffered() && (i.abandoned() || !i.hasQueueWait())).count()));
    }
}
