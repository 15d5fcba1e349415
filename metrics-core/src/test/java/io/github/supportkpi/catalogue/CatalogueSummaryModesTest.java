package io.github.supportkpi.catalogue;

import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.DefinedMetric;
import io.github.supportkpi.metric.DurationStats.Summary;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.MetricSet;
import io.github.supportkpi.metric.PercentileMethod;
import io.github.supportkpi.metric.Tallies;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.testing.LibraryClasses;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

/**
 * Every catalogue metric of durations, found by reflection, in both summary modes: the sketch keeps the
 * exact count, unmeasured count, sum, minimum and maximum, and its percentiles are within the stated bound
 * of the exact ones; sets and segmented metrics pass the mode on.
 */
class CatalogueSummaryModesTest {
    private static final double[] PERCENTILES = {0, 1, 10, 25, 50, 75, 90, 95, 99, 100};

    /** The catalogue's metrics of durations from their no-argument factories, by record type. */
    private static List<Metric<?, ?>> durationMetrics(Class<?> records) throws Exception {
        List<Metric<?, ?>> found = new ArrayList<>();
        for (Class<?> c : LibraryClasses.all()) {
            if (!Modifier.isPublic(c.getModifiers()) || !DefinedMetric.class.isAssignableFrom(c)
                    || !(c.getGenericSuperclass() instanceof ParameterizedType type)
                    || type.getActualTypeArguments()[0] != records
                    || type.getActualTypeArguments()[1] != DurationStats.class) {
                continue;
            }
            for (Method factory : c.getDeclaredMethods()) {
                int m = factory.getModifiers();
                if (Modifier.isPublic(m) && Modifier.isStatic(m) && factory.getParameterCount() == 0
                        && c.isAssignableFrom(factory.getReturnType())) {
                    found.add((Metric<?, ?>) factory.invoke(null));
                }
            }
        }
        return found;
    }

    private static void assertSketchNearExact(DurationStats exact, DurationStats sketch, String what) {
        assertThat(exact.summary()).isEqualTo(Summary.EXACT);
        assertThat(sketch.summary()).as(what).isEqualTo(Summary.SKETCH);
        assertThat(sketch.count()).as(what).isEqualTo(exact.count());
        assertThat(sketch.unmeasured()).as(what).isEqualTo(exact.unmeasured());
        assertThat(sketch.sum()).as(what).isEqualTo(exact.sum());
        assertThat(sketch.mean()).as(what).isEqualTo(exact.mean());
        assertThat(sketch.min()).as(what).isEqualTo(exact.min());
        assertThat(sketch.max()).as(what).isEqualTo(exact.max());
        for (PercentileMethod method : PercentileMethod.values()) {
            for (double p : PERCENTILES) {
                if (exact.count() == 0) {
                    assertThat(sketch.percentile(p, method)).isEmpty();
                    continue;
                }
                long e = exact.percentile(p, method).orElseThrow().toNanos();
                long s = sketch.percentile(p, method).orElseThrow().toNanos();
                assertThat((double) Math.abs(s - e)).as("%s p%s %s", what, p, method)
                        .isLessThanOrEqualTo(e * DurationStats.SKETCH_RELATIVE_ERROR + 1);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void check(Class<T> type, Gen<List<T>> records) throws Exception {
        List<Metric<?, ?>> metrics = durationMetrics(type);
        assertThat(metrics).as("catalogue metrics of durations over %s", type.getSimpleName()).isNotEmpty();
        qt().withExamples(TallyContract.EXAMPLES / 3).forAll(records).checkAssert(rs -> {
            for (Metric<?, ?> found : metrics) {
                Metric<T, DurationStats> exact = (Metric<T, DurationStats>) found;
                Metric<T, DurationStats> sketch = exact.withSummary(Summary.SKETCH);
                assertThat(sketch).as("%s in sketch mode", exact).isNotEqualTo(exact);
                assertThat(sketch.withSummary(Summary.EXACT)).isEqualTo(exact);
                assertSketchNearExact(exact.over(rs), sketch.over(rs), exact.toString());
                assertSketchNearExact(exact.filter(r -> r.hashCode() % 3 != 0).over(rs),
                        exact.filter(r -> r.hashCode() % 3 != 0).withSummary(Summary.SKETCH).over(rs),
                        "filtered " + exact);
            }
        });
    }

    @Test
    void every_duration_metric_of_tickets_keeps_exact_counts_and_near_percentiles_in_sketch_mode() throws Exception {
        check(Ticket.class, Sources.ticketsWithHistory());
    }

    @Test
    void every_duration_metric_of_interactions_keeps_exact_counts_and_near_percentiles_in_sketch_mode()
            throws Exception {
        check(Interaction.class, Sources.calls());
    }

    @Test
    void a_set_and_its_segments_pass_the_mode_on_to_every_metric() throws Exception {
        List<Metric<Ticket, ?>> metrics = new ArrayList<>();
        for (Metric<?, ?> m : durationMetrics(Ticket.class)) {
            @SuppressWarnings("unchecked")
            Metric<Ticket, ?> t = (Metric<Ticket, ?>) m;
            metrics.add(t);
        }
        MetricSet<Ticket> exact = MetricSet.of(metrics);
        MetricSet<Ticket> sketch = exact.withSummary(Summary.SKETCH);
        assertThat(sketch).isNotEqualTo(exact).isEqualTo(exact.withSummary(Summary.SKETCH));
        qt().withExamples(TallyContract.EXAMPLES / 3).forAll(Sources.tickets()).checkAssert(ts -> {
            var bySegment = exact.by(TicketDimensions.CHANNEL).withSummary(Summary.SKETCH).over(ts);
            for (Tallies<Ticket> segment : bySegment.segments().values()) {
                for (Metric<Ticket, ?> m : sketch.metrics()) {
                    assertThat(((DurationStats) segment.get(m)).summary()).isEqualTo(Summary.SKETCH);
                }
            }
            Tallies<Ticket> whole = sketch.over(ts);
            assertThat(bySegment.total()).isEqualTo(whole);
            for (int i = 0; i < metrics.size(); i++) {
                assertSketchNearExact((DurationStats) exact.over(ts).get(exact.metrics().get(i)),
                        (DurationStats) whole.get(sketch.metrics().get(i)), metrics.get(i).toString());
            }
        });
    }
}
