package io.github.supportkpi.catalogue;

import io.github.supportkpi.business.CostDenominator;
import io.github.supportkpi.business.CostPerResolution;
import io.github.supportkpi.business.CostPerResolutionDefinition;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.MetricSet;
import io.github.supportkpi.metric.Tallies;
import io.github.supportkpi.quality.FcrDefinition;
import io.github.supportkpi.quality.FirstContactResolution;
import io.github.supportkpi.quality.ReopenRate;
import io.github.supportkpi.quality.ReopenRateDefinition;
import io.github.supportkpi.speed.FirstResponseTime;
import io.github.supportkpi.speed.ResolutionTime;
import io.github.supportkpi.speed.ResolutionTimeDefinition;
import io.github.supportkpi.speed.ResponseDefinition;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

/**
 * Sets of catalogue metrics built apart, as two machines or two runs would build them: equal definitions
 * make equal sets, whose tallies merge.
 */
class CatalogueMetricSetPropertiesTest {

    /** A new executive view: every metric built anew from its definition. */
    private static MetricSet<Ticket> executive() {
        return MetricSet.of(FirstResponseTime.of(ResponseDefinition.DEFAULT),
                ResolutionTime.of(ResolutionTimeDefinition.DEFAULT), FirstContactResolution.of(FcrDefinition.DEFAULT),
                ReopenRate.of(ReopenRateDefinition.DEFAULT), CostPerResolution.of(CostPerResolutionDefinition.DEFAULT));
    }

    @Test
    void tallies_of_equal_sets_built_apart_merge_to_the_tally_of_the_whole() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.tickets(), integers().between(0, Sources.MAX_SIZE))
                .checkAssert((ts, at) -> {
                    // GIVEN the records split in two, each part tallied by its own, separately built set
                    int cut = Math.min(at, ts.size());
                    Tallies<Ticket> left = executive().over(ts.subList(0, cut));
                    Tallies<Ticket> right = executive().over(ts.subList(cut, ts.size()));
                    // WHEN merged, THEN equal to the whole tallied by a third set
                    Tallies<Ticket> whole = executive().over(ts);
                    assertThat(left.plus(right)).isEqualTo(whole).hasSameHashCodeAs(whole);
                    assertThat(right.plus(left)).isEqualTo(whole);
                });
    }

    @Test
    void should_refuse_tallies_of_a_set_with_another_definition_naming_both_sets() {
        // GIVEN the executive view and one that divides cost by every ticket
        MetricSet<Ticket> other = MetricSet.of(FirstResponseTime.of(ResponseDefinition.DEFAULT),
                ResolutionTime.of(ResolutionTimeDefinition.DEFAULT), FirstContactResolution.of(FcrDefinition.DEFAULT),
                ReopenRate.of(ReopenRateDefinition.DEFAULT),
                CostPerResolution.of(CostPerResolutionDefinition.DEFAULT.withDenominator(CostDenominator.ALL)));
        // THEN the sets differ, and so do their tallies, which do not merge
        assertThat(executive()).isEqualTo(executive()).isNotEqualTo(other);
        Tallies<Ticket> a = executive().over(List.of());
        Tallies<Ticket> b = other.over(List.of());
        assertThat(a).isNotEqualTo(b);
        assertThatThrownBy(() -> a.plus(b)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tallies must come from equal metric sets to merge:"
                        + " frt+resolution.time+fcr.rate+reopen.rate+cost.per.resolution"
                        + " and frt+resolution.time+fcr.rate+reopen.rate+cost.per.resolution"
                        + " (first different metric: cost.per.resolution CostPerResolutionDefinition[denominator=RESOLVED]"
                        + " and cost.per.resolution CostPerResolutionDefinition[denominator=ALL];"
                        + " a metric built with Metric.of is equal only to itself)");
    }
}
