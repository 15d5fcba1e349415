package io.github.supportkpi.metric;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.TicketInstant;
import io.github.supportkpi.metric.DurationStats.Summary;
import io.github.supportkpi.time.BucketRange;
import io.github.supportkpi.time.ElapsedTime;
import io.github.supportkpi.time.Granularity;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link Metric#definition()} through the framework: metrics of one's own, named and unnamed filters,
 * segments, re-bucketed metrics, bucket series and metric sets, and the messages that name what has no name.
 */
class MetricDefinitionTest {
    private static final Instant T0 = Instant.parse("2024-03-01T00:00:00Z");
    private static final BucketRange WEEK = BucketRange.of(T0, T0.plus(Duration.ofDays(7)), Granularity.DAY,
            ZoneOffset.UTC);

    /** The knobs of {@link Waits}. */
    public record WaitsDefinition(Duration cap, ElapsedTime elapsedTime, Summary summary) {}

    /** A catalogue-like metric of durations with a summary knob. */
    public static final class Waits extends DefinedMetric<Ticket, DurationStats, WaitsDefinition> {
        Waits(WaitsDefinition d) {
            super("waits", d, DurationStats.metric("waits", t -> true,
                    t -> Math.min(d.cap().toNanos(), d.elapsedTime().nanosBetween(t.created(), T0.plusSeconds(1))),
                    d.summary()));
        }

        @Override
        public Waits withSummary(Summary summary) {
            WaitsDefinition d = definedBy();
            return new Waits(new WaitsDefinition(d.cap(), d.elapsedTime(), summary));
        }

        @Override
        public Optional<Function<? super Ticket, Instant>> bucketInstant() {
            return Optional.of(TicketInstant.CREATED);
        }
    }

    /** A metric of one's own that declares its bucket instant as a method reference, held once. */
    static final class Arrivals implements Metric<Ticket, Count> {
        private static final Function<Ticket, Instant> CREATED = Ticket::created;
        private final Metric<Ticket, Count> count = Count.metric("arrivals", t -> true);

        @Override
        public String id() {
            return "arrivals";
        }

        @Override
        public Count empty() {
            return Count.ZERO;
        }

        @Override
        public Accumulator<Ticket, Count> newAccumulator() {
            return count.newAccumulator();
        }

        @Override
        public Optional<Function<? super Ticket, Instant>> bucketInstant() {
            return Optional.of(CREATED);
        }

        @Override
        public String definition() {
            return "Arrivals(every ticket)";
        }
    }

    /** A named instant of one's own: the creation, shifted. */
    public static final class ShiftedCreation implements Function<Ticket, Instant>, Definable {
        private final Duration shift;

        ShiftedCreation(Duration shift) {
            this.shift = shift;
        }

        @Override
        public Instant apply(Ticket t) {
            return t.created().plus(shift);
        }

        @Override
        public Map<String, ?> definingParts() {
            return Map.of("shift", shift);
        }
    }

    private static Waits waits(Duration cap) {
        return new Waits(new WaitsDefinition(cap, ElapsedTime.CALENDAR, Summary.EXACT));
    }

    private static final String WAITS = "MetricDefinitionTest.Waits(MetricDefinitionTest.WaitsDefinition[cap=PT8H,"
            + " elapsedTime=ElapsedTime.CALENDAR, summary=DurationStats.Summary.EXACT])";

    @Test
    void should_name_a_defined_metric_by_its_class_and_its_definition() {
        assertThat(waits(Duration.ofHours(8)).definition()).isEqualTo(WAITS);
        assertThat(waits(Duration.ofHours(8)).definition()).isEqualTo(waits(Duration.ofHours(8)).definition());
        assertThat(waits(Duration.ofHours(8)).withSummary(Summary.SKETCH).definition())
                .isEqualTo(WAITS.replace("EXACT", "SKETCH"));
        assertThat(waits(Duration.ofHours(9)).definition()).isNotEqualTo(WAITS);
    }

    @Test
    void should_name_the_part_of_a_defined_metric_that_has_no_name() {
        ElapsedTime lambda = (a, b) -> 0;
        Waits w = new Waits(new WaitsDefinition(Duration.ofHours(1), lambda, Summary.EXACT));
        assertThat(w.over(List.of())).isEqualTo(DurationStats.empty(Summary.EXACT));
        assertThatThrownBy(w::definition).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("metric waits: definition part MetricDefinitionTest.WaitsDefinition.elapsedTime"
                        + " is a lambda or method reference (" + lambda.getClass().getName() + ")");
    }

    @Test
    void should_give_a_metric_of_ones_own_the_canonical_text_of_its_definition() {
        record Share(String tier, Duration window) {}
        Metric<Ticket, Count> a = Metric.of("tier.count", new Share("gold", Duration.ofDays(7)), Count.ZERO,
                () -> Count.metric("tier.count", (Ticket t) -> true).newAccumulator());
        Metric<Ticket, Count> b = Metric.of("tier.count", new Share("gold", Duration.ofDays(7)), Count.ZERO,
                () -> Count.metric("tier.count", (Ticket t) -> true).newAccumulator());
        assertThat(a.definition()).isEqualTo("Share[tier=\"gold\", window=PT168H]").isEqualTo(b.definition());
        assertThat(Metric.of("x", "taken as it is", Count.ZERO, () -> null).definition()).isEqualTo("taken as it is");
        assertThat(a.over(List.of(Ticket.builder("1", T0).build()))).isEqualTo(Count.of(1));
    }

    @Test
    void should_refuse_a_metric_of_ones_own_whose_definition_has_no_name() {
        Predicate<Ticket> rule = t -> true;
        assertThatThrownBy(() -> Metric.of("tier.count", List.of("gold", rule), Count.ZERO, () -> null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("metric tier.count: definition part [1] is a lambda or method reference ("
                        + rule.getClass().getName() + ")");
        assertThatThrownBy(() -> Metric.of("x", (Object) null, Count.ZERO, () -> null))
                .isInstanceOf(NullPointerException.class).hasMessage("definition");
    }

    @Test
    void should_say_how_to_give_a_definition_when_a_metric_has_none() {
        Metric<Ticket, Count> plain = Count.metric("plain.count", t -> true);
        assertThatThrownBy(plain::definition).isInstanceOf(IllegalStateException.class)
                .hasMessage("metric plain.count declares no definition: override definition(), or build it with"
                        + " Metric.of(id, definition, empty, accumulators)");
        assertThatThrownBy(() -> plain.filter("kept", t -> true).by(TicketDimensions.CHANNEL).definition())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("metric plain.count declares no definition");
    }

    @Test
    void should_add_a_named_filter_and_refuse_an_unnamed_one() {
        Waits w = waits(Duration.ofHours(8));
        assertThat(w.filter("email", t -> true).definition()).isEqualTo(WAITS + " filtered by \"email\"");
        assertThat(w.filter("email", t -> true).definition()).isNotEqualTo(w.filter("chat", t -> true).definition());
        assertThat(w.filter("a \"quoted\" name", t -> true).definition())
                .isEqualTo(WAITS + " filtered by \"a \\\"quoted\\\" name\"");
        assertThatThrownBy(() -> w.filter(t -> true).definition()).isInstanceOf(IllegalStateException.class)
                .hasMessage("metric waits is filtered by a predicate without a name: use filter(name, keep)");
        assertThatThrownBy(() -> w.filter(t -> true).withSummary(Summary.SKETCH).definition())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("filter(name, keep)");
        assertThatThrownBy(() -> w.filter(" ", t -> true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("filter name must not be blank: \" \"");
        assertThatThrownBy(() -> w.filter(null, t -> true)).isInstanceOf(NullPointerException.class)
                .hasMessage("name");
    }

    @Test
    void should_pass_the_definition_through_segments_summaries_and_bucket_instants() {
        Waits w = waits(Duration.ofHours(8));
        Metric<Ticket, DurationStats> filtered = w.filter("email", t -> true);
        assertThat(filtered.by(TicketDimensions.CHANNEL).definition())
                .isEqualTo(WAITS + " filtered by \"email\" by Dimension[\"channel\"]");
        assertThat(w.by(TicketDimensions.CHANNEL).filter("email", s -> true).definition())
                .isEqualTo(WAITS + " by Dimension[\"channel\"] filtered by \"email\"");
        assertThat(filtered.withSummary(Summary.SKETCH).definition())
                .isEqualTo(w.withSummary(Summary.SKETCH).filter("email", t -> true).definition())
                .contains("SKETCH").doesNotContain("EXACT");
        assertThat(filtered.by(TicketDimensions.CHANNEL).withSummary(Summary.SKETCH).definition())
                .isEqualTo(WAITS.replace("EXACT", "SKETCH") + " filtered by \"email\" by Dimension[\"channel\"]");
        assertThat(w.withBucketInstant(TicketInstant.RESOLVED).definition()).isEqualTo(WAITS);
        assertThat(w.withBucketInstant(Ticket::created).withSummary(Summary.SKETCH).definition())
                .isEqualTo(WAITS.replace("EXACT", "SKETCH"));
    }

    @Test
    void should_name_the_instant_and_range_of_a_bucket_series() {
        Waits w = waits(Duration.ofHours(8));
        String range = "BucketRange[from=2024-03-01T00:00:00Z, to=2024-03-08T00:00:00Z, granularity=Granularity.DAY,"
                + " zone=\"Z\"]";
        assertThat(BucketSeries.metric(w, TicketInstant.RESOLVED, WEEK).definition())
                .isEqualTo(WAITS + " in buckets of TicketInstant.RESOLVED over " + range);
        assertThat(BucketSeries.metric(w, new ShiftedCreation(Duration.ofHours(2)), WEEK).definition())
                .isEqualTo(WAITS + " in buckets of MetricDefinitionTest.ShiftedCreation[shift=PT2H] over " + range);
        assertThat(BucketSeries.metric(w, TicketInstant.CREATED, WEEK.withGranularity(Granularity.WEEK)).definition())
                .isNotEqualTo(BucketSeries.metric(w, TicketInstant.CREATED, WEEK).definition());
        Arrivals arrivals = new Arrivals();
        assertThat(BucketSeries.metric(arrivals, arrivals.bucketInstant().orElseThrow(), WEEK).definition())
                .isEqualTo("Arrivals(every ticket) in buckets of declared instant over " + range);
        Metric<Ticket, Count> named = arrivals.filter("kept", t -> true);
        assertThat(BucketSeries.metric(named, named.bucketInstant().orElseThrow(), WEEK).definition())
                .isEqualTo("Arrivals(every ticket) filtered by \"kept\" in buckets of declared instant over " + range);
    }

    @Test
    void should_refuse_a_bucket_series_by_an_instant_without_a_name() {
        Waits w = waits(Duration.ofHours(8));
        Function<Ticket, Instant> lambda = Ticket::created;
        assertThatThrownBy(() -> BucketSeries.metric(w, lambda, WEEK).definition())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("metric waits is bucketed by an instant without a name (a lambda or method reference ("
                        + lambda.getClass().getName() + ")): bucket by a TicketInstant, by the metric's own"
                        + " bucketInstant(), or by a record, an enum or a class implementing"
                        + " io.github.supportkpi.metric.Definable");
        // a declared instant given by withBucketInstant as a lambda is not the definition's: it has no name
        Metric<Ticket, DurationStats> rebucketed = w.withBucketInstant(lambda);
        assertThatThrownBy(() -> BucketSeries.metric(rebucketed, lambda, WEEK).definition())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("bucketed by an instant without a name");
        assertThatThrownBy(() -> BucketSeries.metric(rebucketed.filter("kept", t -> true), lambda, WEEK).definition())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("bucketed by an instant without a name");
        // while the metric's own declared instant, given back to it, is
        Arrivals arrivals = new Arrivals();
        Function<? super Ticket, Instant> own = arrivals.bucketInstant().orElseThrow();
        assertThat(BucketSeries.metric(arrivals.withBucketInstant(own), own, WEEK).definition())
                .contains("in buckets of declared instant");
    }

    @Test
    void should_give_a_sets_metrics_ids_and_definitions_in_order() {
        Waits w = waits(Duration.ofHours(8));
        Metric<Ticket, DurationStats> email = w.filter("email", t -> true);
        MetricSet<Ticket> set = MetricSet.of(w, email);
        assertThat(set.definition()).isEqualTo("MetricSet[\"waits\"=" + WAITS + ", \"waits\"=" + WAITS
                + " filtered by \"email\"]");
        assertThat(MetricSet.of(email, w).definition()).isNotEqualTo(set.definition());
        assertThat(set.withSummary(Summary.SKETCH).definition()).isEqualTo(set.definition().replace("EXACT", "SKETCH"));
        assertThat(set.by(TicketDimensions.PRIORITY).definition())
                .isEqualTo(set.definition() + " by Dimension[\"priority\"]");
        assertThatThrownBy(() -> MetricSet.of(w, Count.<Ticket>metric("plain.count", t -> true)).definition())
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("metric plain.count declares no");
    }
}
