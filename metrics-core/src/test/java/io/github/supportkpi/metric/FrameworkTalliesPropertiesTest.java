package io.github.supportkpi.metric;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import io.github.supportkpi.time.ElapsedTime;
import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

/** The tally contract and the tallies' own invariants, for each of the framework's generic tallies. */
class FrameworkTalliesPropertiesTest {

    static DoubleStream present(OptionalDouble... values) {
        return java.util.Arrays.stream(values).filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble);
    }

    @Nested
    class RatioContract implements TallyContract<Ticket, Ratio> {
        @Override
        public Metric<Ticket, Ratio> metric() {
            return Ratio.metric("resolved.share", t -> true, Ticket::isResolved);
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
        public DoubleStream values(Ratio t) {
            return present(t.value(), t.percent());
        }

        @Test
        void percent_is_within_0_and_100() {
            qt().withExamples(EXAMPLES).forAll(records()).checkAssert(ts ->
                    metric().over(ts).percent().ifPresent(p -> assertThat(p).isBetween(0.0, 100.0)));
        }
    }

    @Nested
    class MeanContract implements TallyContract<Ticket, Mean> {
        @Override
        public Metric<Ticket, Mean> metric() {
            return Mean.metric("replies.per.ticket", t -> true, t -> t.replyCount(false));
        }

        @Override
        public Gen<List<Ticket>> records() {
            return Sources.tickets();
        }

        @Override
        public Dimension<? super Ticket, ?> dimension() {
            return TicketDimensions.AGENT;
        }

        @Override
        public DoubleStream values(Mean t) {
            return present(t.value());
        }
    }

    @Nested
    class CountContract implements TallyContract<Ticket, Count> {
        @Override
        public Metric<Ticket, Count> metric() {
            return Count.metric("escalated", Ticket::escalated);
        }

        @Override
        public Gen<List<Ticket>> records() {
            return Sources.tickets();
        }

        @Override
        public Dimension<? super Ticket, ?> dimension() {
            return TicketDimensions.PRIORITY;
        }

        @Override
        public DoubleStream values(Count t) {
            return DoubleStream.of(t.value());
        }
    }

    @Nested
    class FrequenciesContract implements TallyContract<Ticket, Frequencies<String>> {
        @Override
        public Metric<Ticket, Frequencies<String>> metric() {
            return Frequencies.metric("volume.by.category", t -> true, t -> t.category().orElse(null));
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
        public DoubleStream values(Frequencies<String> t) {
            return t.counts().keySet().stream().flatMapToDouble(k -> present(t.share(k).percent()));
        }

        @Test
        void counts_and_absent_add_up_to_the_total() {
            qt().withExamples(EXAMPLES).forAll(records()).checkAssert(ts -> {
                Frequencies<String> f = metric().over(ts);
                long sum = f.absent() + f.counts().values().stream().mapToLong(Long::longValue).sum();
                assertThat(sum).isEqualTo(f.total()).isEqualTo(ts.size());
            });
        }
    }

    @Nested
    class DurationStatsContract implements TallyContract<Ticket, DurationStats> {
        @Override
        public Metric<Ticket, DurationStats> metric() {
            return DurationStats.metric("age.at.resolution", t -> true, t -> t.resolved().isPresent()
                    ? ElapsedTime.CALENDAR.nanosBetween(t.created(), t.resolved().get())
                    : DurationMeasure.ABSENT);
        }

        @Override
        public Gen<List<Ticket>> records() {
            return Sources.tickets();
        }

        @Override
        public Dimension<? super Ticket, ?> dimension() {
            return TicketDimensions.CATEGORY;
        }

        @Override
        public DoubleStream values(DurationStats t) {
            return present(t.meanSeconds());
        }

        @Test
        void measured_and_unmeasured_add_up_to_the_records() {
            qt().withExamples(EXAMPLES).forAll(records()).checkAssert(ts -> {
                DurationStats s = metric().over(ts);
                assertThat(s.count() + s.unmeasured()).isEqualTo(ts.size());
            });
        }

        @Test
        void mean_and_every_percentile_lie_within_min_and_max_and_percentiles_rise_with_p() {
            qt().withExamples(EXAMPLES).forAll(records(), doubles().between(0, 100), doubles().between(0, 100))
                    .checkAssert((ts, p, q) -> {
                        DurationStats s = metric().over(ts);
                        if (s.count() == 0) {
                            return;
                        }
                        Duration min = s.min().orElseThrow();
                        Duration max = s.max().orElseThrow();
                        assertThat(s.mean().orElseThrow()).isBetween(min, max);
                        for (PercentileMethod m : PercentileMethod.values()) {
                            Duration lo = s.percentile(Math.min(p, q), m).orElseThrow();
                            Duration hi = s.percentile(Math.max(p, q), m).orElseThrow();
                            assertThat(lo).isBetween(min, max).isLessThanOrEqualTo(hi);
                        }
                    });
        }
    }

    @Nested
    class MetricSetContract implements TallyContract<Ticket, Tallies<Ticket>> {
        final Metric<Ticket, Ratio> resolved = Ratio.metric("resolved.share", t -> true, Ticket::isResolved);
        final Metric<Ticket, Count> escalated = Count.metric("escalated", Ticket::escalated);
        final MetricSet<Ticket> set = MetricSet.of(resolved, escalated);

        @Override
        public Metric<Ticket, Tallies<Ticket>> metric() {
            return set;
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
        public DoubleStream values(Tallies<Ticket> t) {
            return present(t.get(resolved).percent());
        }

        @Test
        void one_pass_equals_each_metric_on_its_own() {
            qt().withExamples(EXAMPLES).forAll(records()).checkAssert(ts -> {
                Tallies<Ticket> t = set.over(ts);
                assertThat(t.get(resolved)).isEqualTo(resolved.over(ts));
                assertThat(t.get(escalated)).isEqualTo(escalated.over(ts));
            });
        }

        @Test
        void equal_sets_built_apart_merge_to_the_tally_of_the_whole() {
            qt().withExamples(EXAMPLES).forAll(records(), integers().between(0, Sources.MAX_SIZE)).checkAssert((rs, at) -> {
                int cut = Math.min(at, rs.size());
                Tallies<Ticket> left = MetricSet.of(new MetricSetTest.ResolvedShare("all tickets"), escalated)
                        .over(rs.subList(0, cut));
                Tallies<Ticket> right = MetricSet.of(new MetricSetTest.ResolvedShare("all tickets"), escalated)
                        .over(rs.subList(cut, rs.size()));
                Tallies<Ticket> whole = MetricSet.of(new MetricSetTest.ResolvedShare("all tickets"), escalated).over(rs);
                assertThat(left.plus(right)).isEqualTo(whole).hasSameHashCodeAs(whole);
                assertThat(right.plus(left)).isEqualTo(whole);
            });
        }
    }

    @Nested
    class FilteredContract implements TallyContract<Ticket, Ratio> {
        @Override
        public Metric<Ticket, Ratio> metric() {
            return Ratio.metric("resolved.share", (Ticket t) -> true, Ticket::isResolved).filter(Ticket::escalated);
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
        public DoubleStream values(Ratio t) {
            return present(t.percent());
        }

        @Test
        void filtering_equals_tallying_the_kept_records() {
            qt().withExamples(EXAMPLES).forAll(records()).checkAssert(ts -> {
                List<Ticket> kept = ts.stream().filter(Ticket::escalated).toList();
                assertThat(metric().over(ts))
                        .isEqualTo(Ratio.metric("resolved.share", (Ticket t) -> true, Ticket::isResolved).over(kept));
            });
        }
    }
}
