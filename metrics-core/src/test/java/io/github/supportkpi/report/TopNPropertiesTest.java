package io.github.supportkpi.report;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Count;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.metric.Segmented;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.quality.FirstContactResolution;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.workload.TicketVolume;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/** Top-N over generated segmented tallies: ordered, stable, complete and independent of the records' order. */
class TopNPropertiesTest {
    private static final int EXAMPLES = 200;

    @Test
    void should_rank_by_value_then_key_and_account_for_every_segment() {
        qt().withExamples(EXAMPLES).forAll(Sources.tickets(), integers().between(1, 8)).checkAssert((ts, n) -> {
            Segmented<String, Ratio> fcr = FirstContactResolution.defaults()
                    .by(TicketDimensions.CATEGORY).over(ts);
            TopN<String, Ratio> top = TopN.highest(fcr, n, Ratio::value);
            List<TopN.Entry<String, Ratio>> e = top.entries();
            assertThat(e.size()).isLessThanOrEqualTo(n);
            for (int i = 1; i < e.size(); i++) {
                assertThat(e.get(i).value()).isLessThanOrEqualTo(e.get(i - 1).value());
                if (e.get(i).value() == e.get(i - 1).value()) {
                    assertThat(e.get(i).key()).isGreaterThan(e.get(i - 1).key());
                }
            }
            long defined = fcr.segments().values().stream().filter(r -> r.value().isPresent()).count();
            assertThat(e.size()).isEqualTo((int) Math.min(n, defined));
            assertThat(top.undefined()).hasSize((int) (fcr.segments().size() - defined));
            // every defined segment left out is no better than the last entry, and ties past the cut are counted
            if (!e.isEmpty()) {
                double last = e.get(e.size() - 1).value();
                long tied = fcr.segments().entrySet().stream()
                        .filter(s -> s.getValue().value().isPresent() && !top.keys().contains(s.getKey()))
                        .peek(s -> assertThat(s.getValue().value().getAsDouble()).isLessThanOrEqualTo(last))
                        .filter(s -> s.getValue().value().getAsDouble() == last).count();
                assertThat(top.tiedPastCut()).isEqualTo((int) tied);
            }
        });
    }

    @Test
    void should_not_depend_on_the_order_of_the_records() {
        qt().withExamples(EXAMPLES).forAll(Sources.tickets(), longs().all(), integers().between(1, 5)).checkAssert((ts, seed, n) -> {
            List<Ticket> shuffled = new ArrayList<>(ts);
            Collections.shuffle(shuffled, new Random(seed));
            Metric<Ticket, Segmented<String, Count>> volume = TicketVolume.defaults().by(TicketDimensions.AGENT);
            assertThat(TopN.highest(volume.over(shuffled), n, TopN::count))
                    .isEqualTo(TopN.highest(volume.over(ts), n, TopN::count));
            assertThat(TopN.lowest(volume.over(shuffled), n, TopN::count))
                    .isEqualTo(TopN.lowest(volume.over(ts), n, TopN::count));
        });
    }
}
