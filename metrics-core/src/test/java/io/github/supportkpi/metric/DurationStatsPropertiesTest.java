package io.github.supportkpi.metric;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.DurationStats.Summary;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import io.github.supportkpi.time.ElapsedTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * Properties of both summary modes over generated durations: the sketch's percentiles stay within the stated
 * bound of the exact ones, merging any split in any order equals the single pass, modes mix by the stated
 * rules, and the sketch's memory follows the octaves its values reach.
 */
class DurationStatsPropertiesTest {

    private static final int EXAMPLES = 300;
    private static final long SECOND = 1_000_000_000L;
    private static final double[] PERCENTILES = {0, 0.1, 1, 5, 10, 25, 33.3, 50, 66.7, 75, 90, 95, 99, 99.9, 100};

    /** Durations drawn from a seed; printed as the seed that replays them. */
    record Durations(long seed, long[] nanos) {
        @Override
        public String toString() {
            return nanos.length + " durations from seed " + seed;
        }
    }

    /**
     * Durations of every scale: zero, under a microsecond, under a second, a second to thirty days
     * (log-uniform), near {@code Long.MAX_VALUE / 2}, and repeats; each list leans to one scale or mixes them.
     */
    static Gen<Durations> durations() {
        return longs().all().zip(integers().between(0, 400), (seed, size) -> {
            SplittableRandom r = new SplittableRandom(seed);
            int lean = r.nextInt(7);
            long[] v = new long[size];
            for (int i = 0; i < size; i++) {
                int kind = lean < 6 && r.nextInt(4) != 0 ? lean : r.nextInt(6);
                v[i] = switch (kind) {
                    case 0 -> 0;
                    case 1 -> r.nextLong(1_000);
                    case 2 -> logUniform(r, 1_000, SECOND);
                    case 3 -> logUniform(r, SECOND, Duration.ofDays(30).toNanos());
                    case 4 -> Long.MAX_VALUE / 2 + r.nextLong(-(1L << 40), 1L << 40);
                    default -> i == 0 ? logUniform(r, 1, Long.MAX_VALUE) : v[r.nextInt(i)];
                };
            }
            return new Durations(seed, v);
        });
    }

    private static long logUniform(SplittableRandom r, long from, long to) {
        double x = Math.exp(Math.log(from) + r.nextDouble() * (Math.log(to) - Math.log(from)));
        return Math.max(from, Math.min(to - 1, (long) x));
    }

    static DurationStats build(Summary mode, long[] nanos) {
        DurationStats.Builder b = DurationStats.builder(mode);
        for (long v : nanos) {
            b.addNanos(v);
        }
        return b.build();
    }

    /** The documented percentile formulas over a sorted copy: the reference the EXACT mode must give. */
    static long reference(long[] nanos, double p, PercentileMethod method) {
        long[] x = nanos.clone();
        Arrays.sort(x);
        int n = x.length;
        if (method == PercentileMethod.NEAREST_RANK) {
            return x[Math.max((int) Math.ceil(p / 100 * n), 1) - 1];
        }
        double h = (n - 1) * p / 100;
        int lo = (int) Math.floor(h);
        return lo >= n - 1 ? x[n - 1] : x[lo] + Math.round((h - lo) * (x[lo + 1] - x[lo]));
    }

    @Test
    void exact_percentiles_follow_the_documented_formulas_before_and_after_sorting() {
        qt().withExamples(EXAMPLES).forAll(durations(), doubles().between(0, 100)).checkAssert((d, q) -> {
            DurationStats stats = build(Summary.EXACT, d.nanos());
            if (d.nanos().length == 0) {
                assertThat(stats.percentile(q)).isEmpty();
                return;
            }
            List<Long> selected = new ArrayList<>();
            List<Long> sorted = new ArrayList<>();
            for (PercentileMethod m : PercentileMethod.values()) {
                for (double p : withQ(q)) {
                    long expected = reference(d.nanos(), p, m);
                    long got = stats.percentile(p, m).orElseThrow().toNanos();
                    assertThat(got).as("p%s %s", p, m).isEqualTo(expected);
                    selected.add(got);
                }
            }
            long[] listed = stats.toSortedNanos();
            long[] expectedSorted = d.nanos().clone();
            Arrays.sort(expectedSorted);
            assertThat(listed).isEqualTo(expectedSorted);
            for (PercentileMethod m : PercentileMethod.values()) {
                for (double p : withQ(q)) {
                    sorted.add(stats.percentile(p, m).orElseThrow().toNanos());
                }
            }
            assertThat(sorted).isEqualTo(selected);
        });
    }

    private static double[] withQ(double q) {
        double[] ps = Arrays.copyOf(PERCENTILES, PERCENTILES.length + 1);
        ps[PERCENTILES.length] = q;
        return ps;
    }

    @Test
    void sketch_percentiles_are_within_the_stated_bound_of_the_exact_ones() {
        qt().withExamples(EXAMPLES).forAll(durations(), doubles().between(0, 100)).checkAssert((d, q) -> {
            DurationStats exact = build(Summary.EXACT, d.nanos());
            DurationStats sketch = build(Summary.SKETCH, d.nanos());
            if (d.nanos().length == 0) {
                assertThat(sketch.percentile(q)).isEmpty();
                return;
            }
            for (PercentileMethod m : PercentileMethod.values()) {
                for (double p : withQ(q)) {
                    long e = exact.percentile(p, m).orElseThrow().toNanos();
                    long s = sketch.percentile(p, m).orElseThrow().toNanos();
                    long error = Math.abs(s - e);
                    String what = "p" + p + " " + m + ": sketch " + s + " exact " + e;
                    // the bound: error <= e / 256 (as an integer, floor(e / 256)), plus 1 ns for LINEAR below 1 µs
                    long bound = (long) Math.floor(e * DurationStats.SKETCH_RELATIVE_ERROR);
                    if (m == PercentileMethod.LINEAR && e < 1_000) {
                        bound++;
                    }
                    assertThat(error).as(what).isLessThanOrEqualTo(bound);
                    if (m == PercentileMethod.NEAREST_RANK) {
                        assertThat(error).as("nearest rank within 1/512: " + what).isLessThanOrEqualTo(e / 512);
                        if (e < 512) {
                            assertThat(s).as("exact under 512 ns: " + what).isEqualTo(e);
                        }
                    }
                }
                assertThat(sketch.percentile(0, m)).isEqualTo(exact.min());
                assertThat(sketch.percentile(100, m)).isEqualTo(exact.max());
            }
        });
    }

    @Test
    void count_sum_min_max_and_mean_are_equal_in_both_modes() {
        qt().withExamples(EXAMPLES).forAll(durations()).checkAssert(d -> {
            DurationStats exact = build(Summary.EXACT, d.nanos());
            DurationStats sketch = build(Summary.SKETCH, d.nanos());
            assertThat(sketch.count()).isEqualTo(exact.count()).isEqualTo(d.nanos().length);
            assertThat(sketch.sampleSize()).isEqualTo(exact.sampleSize());
            assertThat(sketch.sum()).isEqualTo(exact.sum()).isEqualTo(Arrays.stream(d.nanos())
                    .mapToObj(Duration::ofNanos).reduce(Duration.ZERO, Duration::plus));
            assertThat(sketch.min()).isEqualTo(exact.min());
            assertThat(sketch.max()).isEqualTo(exact.max());
            assertThat(sketch.mean()).isEqualTo(exact.mean());
            assertThat(sketch.meanSeconds()).isEqualTo(exact.meanSeconds());
            assertThat(sketch.summary()).isEqualTo(Summary.SKETCH);
            assertThat(exact.summary()).isEqualTo(Summary.EXACT);
        });
    }

    @Test
    void merging_any_split_in_any_order_equals_the_single_pass_in_both_modes() {
        qt().withExamples(EXAMPLES).forAll(durations(), longs().all()).checkAssert((d, seed) -> {
            for (Summary mode : Summary.values()) {
                DurationStats whole = build(mode, d.nanos());
                DurationStats merged = mergeOfRandomSplit(d.nanos(), seed, mode);
                assertThat(merged).as(mode.name()).isEqualTo(whole).hasSameHashCodeAs(whole);
                assertThat(merged.summary()).isEqualTo(mode);
            }
        });
    }

    @Test
    void any_mix_of_modes_merges_to_the_sketch_of_all_values_once_a_sketch_is_in() {
        qt().withExamples(EXAMPLES).forAll(durations(), longs().all()).checkAssert((d, seed) -> {
            DurationStats merged = mergeOfRandomSplit(d.nanos(), seed, null);
            DurationStats whole = build(Summary.SKETCH, d.nanos());
            assertThat(merged).isEqualTo(whole).hasSameHashCodeAs(whole);
        });
    }

    /**
     * Deals the values into 1 to 6 parts at random, shuffles each part, builds each in {@code mode} (or, with
     * no mode, the first part as a SKETCH and the others in random modes) and merges them in a random order
     * and grouping.
     */
    private static DurationStats mergeOfRandomSplit(long[] nanos, long seed, Summary mode) {
        SplittableRandom r = new SplittableRandom(seed);
        int k = 1 + r.nextInt(6);
        List<List<Long>> parts = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            parts.add(new ArrayList<>());
        }
        for (long v : nanos) {
            parts.get(r.nextInt(k)).add(v);
        }
        List<DurationStats> tallies = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            List<Long> part = parts.get(i);
            Collections.shuffle(part, new Random(r.nextLong()));
            Summary partMode = mode != null ? mode : i == 0 || r.nextBoolean() ? Summary.SKETCH : Summary.EXACT;
            tallies.add(build(partMode, part.stream().mapToLong(Long::longValue).toArray()));
        }
        Collections.shuffle(tallies, new Random(r.nextLong()));
        while (tallies.size() > 1) {
            int i = r.nextInt(tallies.size() - 1);
            DurationStats a = tallies.remove(i);
            DurationStats b = tallies.remove(i);
            tallies.add(i, r.nextBoolean() ? a.plus(b) : b.plus(a));
        }
        return tallies.get(0);
    }

    @Test
    void exact_tallies_are_equal_whatever_the_order_of_their_values() {
        qt().withExamples(EXAMPLES).forAll(durations(), longs().all()).checkAssert((d, seed) -> {
            List<Long> shuffled = new ArrayList<>(Arrays.stream(d.nanos()).boxed().toList());
            Collections.shuffle(shuffled, new Random(seed));
            long[] other = shuffled.stream().mapToLong(Long::longValue).toArray();
            for (Summary mode : Summary.values()) {
                DurationStats a = build(mode, d.nanos());
                DurationStats b = build(mode, other);
                assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
            }
            if (d.nanos().length > 0) {
                long[] changed = other.clone();
                changed[0] = changed[0] == 0 ? 1 : changed[0] - 1;
                assertThat(build(Summary.EXACT, changed)).isNotEqualTo(build(Summary.EXACT, d.nanos()));
                assertThat(build(Summary.EXACT, d.nanos())).isNotEqualTo(build(Summary.SKETCH, d.nanos()));
            }
        });
    }

    @Test
    void sketch_share_at_most_counts_the_buckets_wholly_under_the_limit() {
        qt().withExamples(EXAMPLES).forAll(durations(), integers().between(0, 399), integers().between(-3, 3))
                .checkAssert((d, at, shift) -> {
                    long[] v = d.nanos();
                    if (v.length == 0) {
                        return;
                    }
                    // limits on and next to the values, and on bucket edges
                    long value = v[at % v.length];
                    int bucket = LogLinearHistogram.bucketIndex(value);
                    long[] limits = {value, Math.max(0, value + shift), LogLinearHistogram.highestValue(bucket),
                            LogLinearHistogram.lowestValue(bucket), Math.max(0, LogLinearHistogram.lowestValue(bucket) - 1)};
                    DurationStats exact = build(Summary.EXACT, v);
                    DurationStats sketch = build(Summary.SKETCH, v);
                    long max = exact.max().orElseThrow().toNanos();
                    for (long limit : limits) {
                        long exactCount = exact.shareAtMost(Duration.ofNanos(limit)).numerator();
                        assertThat(exactCount).isEqualTo(Arrays.stream(v).filter(x -> x <= limit).count());
                        int b = LogLinearHistogram.bucketIndex(limit);
                        long lowest = LogLinearHistogram.lowestValue(b);
                        long inOwnBucket = Arrays.stream(v).filter(x -> x >= lowest && x <= limit).count();
                        boolean exactByRule = limit >= max || limit == LogLinearHistogram.highestValue(b);
                        long expected = exactByRule ? exactCount : exactCount - inOwnBucket;
                        Ratio share = sketch.shareAtMost(Duration.ofNanos(limit));
                        assertThat(share.numerator()).as("limit %s", limit).isEqualTo(expected)
                                .isLessThanOrEqualTo(exactCount);
                        assertThat(share.denominator()).isEqualTo(v.length);
                    }
                });
    }

    @Test
    void a_sketch_allocates_one_octave_of_counts_per_octave_its_values_reach() {
        qt().withExamples(EXAMPLES).forAll(durations(), longs().all()).checkAssert((d, seed) -> {
            LogLinearHistogram h = new LogLinearHistogram();
            for (long v : d.nanos()) {
                h.add(v);
            }
            long reached = Arrays.stream(d.nanos()).map(LogLinearHistogram::octave).distinct().count();
            assertThat(h.allocatedOctaves()).isEqualTo(reached).isLessThanOrEqualTo(LogLinearHistogram.OCTAVES);
            // AND a merge holds the union of the octaves of its sides
            int cut = d.nanos().length / 2;
            LogLinearHistogram left = new LogLinearHistogram();
            LogLinearHistogram right = new LogLinearHistogram();
            for (int i = 0; i < d.nanos().length; i++) {
                (i < cut ? left : right).add(d.nanos()[i]);
            }
            LogLinearHistogram merged = left.snapshot().plus(right.snapshot());
            assertThat(merged.allocatedOctaves()).isEqualTo(reached);
            assertThat(merged).isEqualTo(h.snapshot());
        });
    }

    @Test
    void durations_between_a_second_and_a_day_never_take_more_than_18_octaves() {
        qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(1, 2_000)).checkAssert((seed, n) -> {
            SplittableRandom r = new SplittableRandom(seed);
            LogLinearHistogram h = new LogLinearHistogram();
            for (int i = 0; i < n; i++) {
                h.add(logUniform(r, SECOND, Duration.ofDays(1).toNanos() + 1));
            }
            assertThat(h.allocatedOctaves()).isBetween(1, 18);
        });
    }

    @Test
    void every_value_lies_in_its_bucket_and_buckets_tile_without_gaps() {
        qt().withExamples(2_000).forAll(longs().between(0, Long.MAX_VALUE)).checkAssert(v -> {
            int b = LogLinearHistogram.bucketIndex(v);
            long lowest = LogLinearHistogram.lowestValue(b);
            long highest = LogLinearHistogram.highestValue(b);
            assertThat(v).isBetween(lowest, highest);
            // width at most 1/256 of the lowest value, one nanosecond under 512
            long width = highest - lowest + 1;
            assertThat(width == 1 || width <= lowest / 256).as("width %s from %s", width, lowest).isTrue();
            assertThat(b).isBetween(0, LogLinearHistogram.OCTAVES * LogLinearHistogram.SUB_BUCKETS - 1);
            if (highest < Long.MAX_VALUE) {
                assertThat(LogLinearHistogram.bucketIndex(highest + 1)).isEqualTo(b + 1);
                assertThat(LogLinearHistogram.lowestValue(b + 1)).isEqualTo(highest + 1);
            }
        });
    }

    @Test
    void a_builder_that_goes_on_leaves_its_earlier_tallies_unchanged() {
        qt().withExamples(EXAMPLES).forAll(durations(), durations()).checkAssert((a, b) -> {
            for (Summary mode : Summary.values()) {
                DurationStats.Builder builder = DurationStats.builder(mode);
                for (long v : a.nanos()) {
                    builder.addNanos(v);
                }
                DurationStats first = builder.build();
                for (long v : b.nanos()) {
                    builder.addNanos(v);
                }
                DurationStats both = builder.build();
                assertThat(first).isEqualTo(build(mode, a.nanos()));
                assertThat(both).isEqualTo(build(mode, a.nanos()).plus(build(mode, b.nanos())));
            }
        });
    }

    /** The tally contract for a SKETCH duration metric (the EXACT one runs in FrameworkTalliesPropertiesTest). */
    @Nested
    class SketchContract implements TallyContract<Ticket, DurationStats> {
        @Override
        public Metric<Ticket, DurationStats> metric() {
            return DurationStats.metric("age.at.resolution", t -> true, t -> t.resolved().isPresent()
                    ? ElapsedTime.CALENDAR.nanosBetween(t.created(), t.resolved().get())
                    : DurationMeasure.ABSENT, Summary.SKETCH);
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
            return t.meanSeconds().isPresent() ? DoubleStream.of(t.meanSeconds().getAsDouble()) : DoubleStream.empty();
        }

        @Test
        void every_tally_is_a_sketch_and_measured_and_unmeasured_add_up_to_the_records() {
            qt().withExamples(EXAMPLES).forAll(records()).checkAssert(ts -> {
                DurationStats s = metric().over(ts);
                assertThat(s.summary()).isEqualTo(Summary.SKETCH);
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
}
