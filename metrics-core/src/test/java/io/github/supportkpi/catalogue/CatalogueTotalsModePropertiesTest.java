package io.github.supportkpi.catalogue;

import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.DurationStats.Summary;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.PercentileMethod;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

/**
 * Every catalogue metric of durations kept as {@link Summary#TOTALS}: the count, unmeasured count, sum and mean
 * of the exact metric, no percentile, and the parts of a pass merge into the whole; the totals of a pass are
 * those counted from the exact tally's count and sum.
 */
class CatalogueTotalsModePropertiesTest {

    @SuppressWarnings("unchecked")
    private static <T> List<Metric<T, DurationStats>> durationMetrics(Class<T> records) throws Exception {
        List<Metric<T, DurationStats>> found = new ArrayList<>();
        for (CatalogueDefinitionsTest.Found f : CatalogueDefinitionsTest.defaults()) {
            Metric<?, ?> m = f.metric();
            if (m.empty() instanceof DurationStats && m.getClass().getGenericSuperclass()
                    instanceof java.lang.reflect.ParameterizedType p && p.getActualTypeArguments()[0] == records) {
                found.add((Metric<T, DurationStats>) m);
            }
        }
        return found;
    }

    private static <T> void check(Class<T> type, Gen<List<T>> records) throws Exception {
        List<Metric<T, DurationStats>> metrics = durationMetrics(type);
        assertThat(metrics).as("duration metrics of %s", type.getSimpleName()).isNotEmpty();
        qt().withExamples(TallyContract.EXAMPLES / 3).forAll(records, integers().between(0, Sources.MAX_SIZE))
                .checkAssert((rs, at) -> {
                    int cut = Math.min(at, rs.size());
                    for (Metric<T, DurationStats> exact : metrics) {
                        Metric<T, DurationStats> totals = exact.withSummary(Summary.TOTALS);
                        assertThat(totals).isNotEqualTo(exact);
                        assertThat(totals.definition()).contains("summary=DurationStats.Summary.TOTALS");
                        DurationStats e = exact.over(rs);
                        DurationStats t = totals.over(rs);
                        // the mean side equals the exact metric's
                        assertThat(t.summary()).isEqualTo(Summary.TOTALS);
                        assertThat(t.count()).as(exact.id()).isEqualTo(e.count());
                        assertThat(t.unmeasured()).isEqualTo(e.unmeasured());
                        assertThat(t.sum()).isEqualTo(e.sum());
                        assertThat(t.mean()).isEqualTo(e.mean());
                        // what totals cannot tell is empty
                        assertThat(t.median()).isEmpty();
                        assertThat(t.percentile(90, PercentileMethod.NEAREST_RANK)).isEmpty();
                        assertThat(t.min()).isEmpty();
                        // the totals are those counted from the exact tally
                        assertThat(totals.counted(DurationStats.ofTotals(e.count(), e.sum(), e.unmeasured())))
                                .isEqualTo(t);
                        assertThat(exact.counted(DurationStats.ofTotals(e.count(), e.sum(), e.unmeasured())))
                                .isEqualTo(t);
                        // split and merged, in either order, equals the whole
                        DurationStats left = totals.over(rs.subList(0, cut));
                        DurationStats right = totals.over(rs.subList(cut, rs.size()));
                        assertThat(left.plus(right)).isEqualTo(t).hasSameHashCodeAs(t);
                        assertThat(right.plus(left)).isEqualTo(t);
                        // a record-level exact part merges with a totals part into the totals of the whole
                        assertThat(exact.over(rs.subList(0, cut)).plus(right)).isEqualTo(t);
                    }
                });
    }

    @Test
    void every_duration_metric_of_tickets_kept_as_totals_keeps_the_exact_mean_and_no_percentile() throws Exception {
        check(Ticket.class, Sources.ticketsWithHistory());
    }

    @Test
    void every_duration_metric_of_interactions_kept_as_totals_keeps_the_exact_mean_and_no_percentile()
            throws Exception {
        check(Interaction.class, Sources.calls());
    }
}
