package io.github.supportkpi.metric;

import io.github.supportkpi.metric.DurationStats.Summary;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Worked examples of the SKETCH summary mode, its bucket arithmetic and the rules for mixing modes. */
class DurationStatsSketchTest {

    private static final long SECOND = 1_000_000_000L;

    private static DurationStats sketchOf(long... nanos) {
        DurationStats.Builder b = DurationStats.builder(Summary.SKETCH);
        for (long v : nanos) {
            b.addNanos(v);
        }
        return b.build();
    }

    private static Duration ns(long nanos) {
        return Duration.ofNanos(nanos);
    }

    @Test
    void should_put_one_second_in_octave_22_sub_bucket_220() {
        // GIVEN 1 s = 10^9 ns: 2^29 = 536,870,912 <= 10^9 < 2^30, highest set bit 29, so octave 29 - 7 = 22,
        // buckets of 2^21 = 2,097,152 ns; 10^9 >> 21 = 476 (476.84 by hand), sub-bucket 476 - 256 = 220
        int index = LogLinearHistogram.bucketIndex(SECOND);
        // THEN
        assertThat(index).isEqualTo(22 * 256 + 220);
        // AND its edges are 476 * 2^21 = 998,244,352 and 477 * 2^21 - 1 = 1,000,341,503
        assertThat(LogLinearHistogram.lowestValue(index)).isEqualTo(998_244_352L);
        assertThat(LogLinearHistogram.highestValue(index)).isEqualTo(1_000_341_503L);
    }

    @Test
    void should_put_one_and_a_half_seconds_in_octave_23_sub_bucket_101() {
        // GIVEN 1.5 * 10^9 ns: 2^30 = 1,073,741,824 <= 1.5 * 10^9 < 2^31, octave 30 - 7 = 23, buckets of
        // 2^22 = 4,194,304 ns; 1.5 * 10^9 / 2^22 = 357.63, sub-bucket 357 - 256 = 101
        int index = LogLinearHistogram.bucketIndex(1_500_000_000L);
        // THEN edges 357 * 2^22 = 1,497,366,528 and 358 * 2^22 - 1 = 1,501,560,831
        assertThat(index).isEqualTo(23 * 256 + 101);
        assertThat(LogLinearHistogram.lowestValue(index)).isEqualTo(1_497_366_528L);
        assertThat(LogLinearHistogram.highestValue(index)).isEqualTo(1_501_560_831L);
    }

    @Test
    void should_start_octave_33_at_two_to_the_40() {
        // GIVEN 2^40 ns: highest bit 40, octave 33, buckets of 2^32; 2^40 >> 32 = 256, sub-bucket 0
        int index = LogLinearHistogram.bucketIndex(1L << 40);
        assertThat(index).isEqualTo(33 * 256);
        assertThat(LogLinearHistogram.lowestValue(index)).isEqualTo(1L << 40);
        assertThat(LogLinearHistogram.highestValue(index)).isEqualTo((1L << 40) + (1L << 32) - 1);
        // AND the value just under it ends octave 32
        assertThat(LogLinearHistogram.bucketIndex((1L << 40) - 1)).isEqualTo(33 * 256 - 1);
    }

    @Test
    void should_end_the_last_bucket_at_long_max_value() {
        // GIVEN Long.MAX_VALUE = 2^63 - 1: highest bit 62, octave 55, buckets of 2^54, sub-bucket 511 - 256 = 255
        int index = LogLinearHistogram.bucketIndex(Long.MAX_VALUE);
        assertThat(index).isEqualTo(55 * 256 + 255).isEqualTo(LogLinearHistogram.OCTAVES * 256 - 1);
        assertThat(LogLinearHistogram.lowestValue(index)).isEqualTo(511L << 54);
        assertThat(LogLinearHistogram.highestValue(index)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void should_keep_every_value_under_512_ns_in_its_own_bucket() {
        // GIVEN octave 0 (0..255) and octave 1 (256..511) have buckets one nanosecond wide
        for (long v = 0; v < 512; v++) {
            int index = LogLinearHistogram.bucketIndex(v);
            assertThat(LogLinearHistogram.lowestValue(index)).isEqualTo(v);
            assertThat(LogLinearHistogram.highestValue(index)).isEqualTo(v);
        }
        // THEN 512 and 513 are the first two values to share one (octave 2, width 2)
        assertThat(LogLinearHistogram.bucketIndex(512)).isEqualTo(LogLinearHistogram.bucketIndex(513)).isEqualTo(2 * 256);
        assertThat(LogLinearHistogram.bucketIndex(514)).isEqualTo(2 * 256 + 1);
    }

    @Test
    void should_estimate_the_median_of_10_17_38_seconds_by_the_middle_of_17_s_bucket() {
        // GIVEN the first response times of [001]: "10 s, 17 s, 38 s", in a sketch
        DurationStats stats = sketchOf(10 * SECOND, 17 * SECOND, 38 * SECOND);
        // THEN count, sum, mean, min and max are exact
        assertThat(stats.summary()).isEqualTo(Summary.SKETCH);
        assertThat(stats.count()).isEqualTo(3);
        assertThat(stats.sum()).isEqualTo(Duration.ofSeconds(65));
        assertThat(stats.mean()).contains(ns(21_666_666_666L));
        assertThat(stats.min()).contains(Duration.ofSeconds(10));
        assertThat(stats.max()).contains(Duration.ofSeconds(38));
        // AND the median, rank 1, is estimated: 17 * 10^9 lies in octave 26 (2^33 <= it < 2^34), buckets of
        // 2^25; 17 * 10^9 / 2^25 = 506.63, so the bucket is [506 * 2^25, 507 * 2^25 - 1] =
        // [16,978,542,592, 17,012,097,023], whose middle (rounded down) is 16,978,542,592 + 16,777,215
        assertThat(stats.median()).contains(ns(16_995_319_807L));
        assertThat(stats.percentile(50, PercentileMethod.NEAREST_RANK)).contains(ns(16_995_319_807L));
        // AND within the stated bound of 17 s
        long error = 17 * SECOND - 16_995_319_807L;
        assertThat((double) error / (17 * SECOND)).isLessThan(DurationStats.SKETCH_RELATIVE_ERROR);
        // AND p0 and p100 are the exact min and max
        assertThat(stats.percentile(0)).contains(Duration.ofSeconds(10));
        assertThat(stats.percentile(100)).contains(Duration.ofSeconds(38));
    }

    @Test
    void should_interpolate_linear_percentiles_between_the_estimates() {
        // GIVEN 1 s, 1.5 s, 2 s: rank 1 (1.5 s) is estimated by the middle of [1,497,366,528, 1,501,560,831],
        // 1,497,366,528 + 2,097,151 = 1,499,463,679; ranks 0 and 2 are the exact min and max
        DurationStats stats = sketchOf(SECOND, 1_500_000_000L, 2 * SECOND);
        // THEN p25: h = 2 * 0.25 = 0.5, 1 s + 0.5 * (1,499,463,679 - 1,000,000,000) = 1,249,731,839.5 -> ...840
        assertThat(stats.percentile(25)).contains(ns(1_249_731_840L));
        // AND p75: h = 1.5, 1,499,463,679 + 0.5 * 500,536,321 = 1,749,731,839.5 -> ...840
        assertThat(stats.percentile(75)).contains(ns(1_749_731_840L));
        // AND nearest rank p34: ceil(0.34 * 3) = 2nd value
        assertThat(stats.percentile(34, PercentileMethod.NEAREST_RANK)).contains(ns(1_499_463_679L));
    }

    @Test
    void should_narrow_a_bucket_to_min_and_max_and_be_exact_when_all_values_are_equal() {
        // GIVEN three equal values of 1 s: the bucket narrowed to [min, max] is [1 s, 1 s]
        DurationStats stats = sketchOf(SECOND, SECOND, SECOND);
        // THEN every percentile is exactly 1 s
        for (double p : new double[] {0, 10, 50, 90, 100}) {
            assertThat(stats.percentile(p)).contains(Duration.ofSeconds(1));
            assertThat(stats.percentile(p, PercentileMethod.NEAREST_RANK)).contains(Duration.ofSeconds(1));
        }
    }

    @Test
    void should_keep_zero_and_values_under_512_ns_exact() {
        DurationStats stats = sketchOf(0, 0, 7, 300, 511);
        assertThat(stats.percentile(25)).contains(ns(0));
        assertThat(stats.median()).contains(ns(7));
        assertThat(stats.percentile(75)).contains(ns(300));
        // p90: h = 3.6, 300 + 0.6 * 211 = 426.6 -> 427
        assertThat(stats.percentile(90)).contains(ns(427));
    }

    @Test
    void should_count_whole_buckets_for_the_share_at_most_a_limit() {
        // GIVEN 1 s, 1.5 s and 2 s in a sketch
        DurationStats stats = sketchOf(SECOND, 1_500_000_000L, 2 * SECOND);
        // THEN a limit of 1 s falls inside 1 s's bucket [998,244,352, 1,000,341,503] and leaves it out
        assertThat(stats.shareAtMost(Duration.ofSeconds(1))).isEqualTo(Ratio.of(0, 3));
        // AND the bucket's highest value counts it: the exact answer
        assertThat(stats.shareAtMost(ns(1_000_341_503L))).isEqualTo(Ratio.of(1, 3));
        // AND 1.5 s leaves out its own bucket too, where the exact share is 2/3
        assertThat(stats.shareAtMost(ns(1_500_000_000L))).isEqualTo(Ratio.of(1, 3));
        assertThat(DurationStats.ofNanos(new long[] {SECOND, 1_500_000_000L, 2 * SECOND}, 0)
                .shareAtMost(ns(1_500_000_000L))).isEqualTo(Ratio.of(2, 3));
        // AND a limit at or past the maximum counts everything, one under the minimum nothing
        assertThat(stats.shareAtMost(Duration.ofSeconds(2))).isEqualTo(Ratio.of(3, 3));
        assertThat(stats.shareAtMost(ns(SECOND - 1))).isEqualTo(Ratio.of(0, 3));
        assertThat(DurationStats.empty(Summary.SKETCH).shareAtMost(Duration.ofSeconds(1)).value()).isEmpty();
    }

    @Test
    void should_refuse_to_list_the_values_of_a_sketch() {
        assertThatThrownBy(() -> sketchOf(SECOND).toSortedNanos()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("EXACT").hasMessageContaining("SKETCH");
    }

    @Test
    void should_add_exact_values_into_a_sketch_when_modes_mix() {
        // GIVEN exact 1 s and 3 s, and a sketch of 2 s with one unmeasured record
        DurationStats exact = DurationStats.ofNanos(new long[] {SECOND, 3 * SECOND}, 1);
        DurationStats sketch = DurationStats.builder(Summary.SKETCH).addNanos(2 * SECOND).addUnmeasured().build();
        // THEN both orders give the sketch of all three values, with both unmeasured counts
        DurationStats all = DurationStats.builder(Summary.SKETCH).addNanos(SECOND).addNanos(2 * SECOND)
                .addNanos(3 * SECOND).addUnmeasured().addUnmeasured().build();
        assertThat(exact.plus(sketch)).isEqualTo(all).hasSameHashCodeAs(all);
        assertThat(sketch.plus(exact)).isEqualTo(all);
        assertThat(exact.plus(sketch).summary()).isEqualTo(Summary.SKETCH);
        // AND the EXACT empty tally is the identity for both modes, the SKETCH empty one turns EXACT into SKETCH
        assertThat(DurationStats.EMPTY.plus(sketch)).isEqualTo(sketch);
        assertThat(sketch.plus(DurationStats.EMPTY)).isEqualTo(sketch);
        DurationStats exactAsSketch = DurationStats.empty(Summary.SKETCH).plus(exact);
        assertThat(exactAsSketch.summary()).isEqualTo(Summary.SKETCH);
        assertThat(exactAsSketch).isEqualTo(sketchOf(SECOND, 3 * SECOND).plus(DurationStats.ofNanos(new long[0], 1)));
    }

    @Test
    void should_never_equal_across_modes() {
        DurationStats exact = DurationStats.ofNanos(new long[] {5, 6}, 0);
        DurationStats sketch = sketchOf(5, 6);
        assertThat(exact).isNotEqualTo(sketch);
        assertThat(sketch).isNotEqualTo(exact);
        assertThat(DurationStats.EMPTY).isNotEqualTo(DurationStats.empty(Summary.SKETCH));
        assertThat(DurationStats.EMPTY.summary()).isEqualTo(Summary.EXACT);
        assertThat(DurationStats.empty(Summary.EXACT)).isSameAs(DurationStats.EMPTY);
        assertThat(DurationStats.empty(Summary.SKETCH).summary()).isEqualTo(Summary.SKETCH);
    }

    @Test
    void should_give_a_sketch_metric_sketch_tallies_and_a_sketch_empty() {
        Metric<Long, DurationStats> m = DurationStats.metric("wait", v -> v >= 0, v -> v == 0 ? DurationMeasure.ABSENT : v,
                Summary.SKETCH);
        assertThat(m.empty()).isEqualTo(DurationStats.empty(Summary.SKETCH));
        DurationStats t = m.over(List.of(0L, 5L, 9L, -1L));
        assertThat(t).isEqualTo(sketchOf(5, 9).plus(DurationStats.ofNanos(new long[0], 1)));
        assertThat(DurationStats.metric("wait", (Long v) -> true, v -> v).over(List.of(5L)).summary())
                .isEqualTo(Summary.EXACT);
    }

    @Test
    void should_leave_earlier_tallies_alone_when_a_builder_goes_on() {
        for (Summary mode : Summary.values()) {
            // GIVEN a tally built from 1 s and 2 s
            DurationStats.Builder b = DurationStats.builder(mode).addNanos(SECOND).addNanos(2 * SECOND);
            DurationStats first = b.build();
            // WHEN the builder adds into the same buckets and past its buffer
            for (int i = 0; i < 100; i++) {
                b.addNanos(SECOND + i);
            }
            DurationStats second = b.build();
            // THEN the first tally is unchanged
            DurationStats expected = DurationStats.builder(mode).addNanos(SECOND).addNanos(2 * SECOND).build();
            assertThat(first).as(mode.name()).isEqualTo(expected);
            assertThat(first.count()).isEqualTo(2);
            assertThat(first.sum()).isEqualTo(Duration.ofSeconds(3));
            assertThat(second.count()).isEqualTo(102);
        }
    }

    @Test
    void should_name_what_overflowed() {
        // GIVEN a sketch of one zero, doubled by merging with itself 62 times: 2^62 zeros
        DurationStats zeros = sketchOf(0);
        for (int i = 0; i < 62; i++) {
            zeros = zeros.plus(zeros);
        }
        assertThat(zeros.count()).isEqualTo(1L << 62);
        DurationStats many = zeros;
        // THEN once more overflows the count
        assertThatThrownBy(() -> many.plus(many)).isInstanceOf(ArithmeticException.class)
                .hasMessage("count exceeds Long.MAX_VALUE: 4611686018427387904 + 4611686018427387904");
        // AND the unmeasured count names itself
        DurationStats unmeasured = DurationStats.ofNanos(new long[0], Long.MAX_VALUE);
        assertThatThrownBy(() -> unmeasured.plus(DurationStats.ofNanos(new long[0], 1)))
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("unmeasured count exceeds Long.MAX_VALUE: 9223372036854775807 + 1");
    }

    @Test
    void should_refuse_a_sum_past_the_longest_duration() {
        // GIVEN a sketch of one duration of Long.MAX_VALUE ns (about 292 years); the longest Duration is
        // Long.MAX_VALUE s, about 9.22e27 ns: 2^29 of them (4.95e27 ns) fit, 2^30 (9.90e27 ns) do not
        DurationStats stats = sketchOf(Long.MAX_VALUE);
        for (int i = 0; i < 29; i++) {
            stats = stats.plus(stats);
        }
        assertThat(stats.count()).isEqualTo(1L << 29);
        assertThat(stats.sum().getSeconds()).isEqualTo((1L << 29) * (Long.MAX_VALUE / SECOND)
                + (1L << 29) * (Long.MAX_VALUE % SECOND) / SECOND);
        DurationStats last = stats;
        // THEN one more doubling is refused, naming the sum
        assertThatThrownBy(() -> last.plus(last)).isInstanceOf(ArithmeticException.class)
                .hasMessageStartingWith("sum of durations exceeds Long.MAX_VALUE seconds");
    }

    @Test
    void should_sum_a_million_100_day_durations_exactly_in_a_sketch() {
        long hundredDays = Duration.ofDays(100).toNanos();
        DurationStats.Builder b = DurationStats.builder(Summary.SKETCH);
        for (int i = 0; i < 1_000_000; i++) {
            b.addNanos(hundredDays);
        }
        DurationStats stats = b.build();
        assertThat(stats.sum()).isEqualTo(Duration.ofDays(100_000_000));
        assertThat(stats.mean()).contains(Duration.ofDays(100));
        assertThat(stats.median()).contains(Duration.ofDays(100));
    }

    @Test
    void should_refuse_negative_durations_naming_the_value() {
        DurationStats.Builder b = DurationStats.builder(Summary.SKETCH);
        assertThatThrownBy(() -> b.addNanos(-5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("duration must not be negative: -5 ns");
        assertThatThrownBy(() -> b.addNanos(-5, "ticket 7")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("duration must not be negative: -5 ns, record ticket 7");
        assertThatThrownBy(() -> DurationStats.builder().addNanos(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("duration must not be negative: -1 ns");
        assertThat(b.build()).isEqualTo(DurationStats.empty(Summary.SKETCH));
    }

    @Test
    void should_say_sketch_in_its_description() {
        assertThat(sketchOf(SECOND)).hasToString("DurationStats[SKETCH, n=1, mean=PT1S, median=PT1S, min=PT1S, max=PT1S,"
                + " unmeasured=0]");
        assertThat(DurationStats.of(Duration.ofSeconds(1))).hasToString(
                "DurationStats[n=1, mean=PT1S, median=PT1S, min=PT1S, max=PT1S, unmeasured=0]");
        assertThat(DurationStats.empty(Summary.SKETCH)).hasToString("DurationStats[SKETCH, n=0, unmeasured=0]");
    }

    @Test
    void should_allocate_counts_only_for_the_octaves_values_reach() {
        // GIVEN values from 1 s (octave 22) to one day (8.64e13 ns, 2^46 <= it < 2^47: octave 39)
        LogLinearHistogram h = new LogLinearHistogram();
        for (long v = SECOND; v < 86_400 * SECOND; v += v / 100) {
            h.add(v);
        }
        h.add(86_400 * SECOND);
        // THEN 39 - 22 + 1 = 18 octaves of 256 counts are allocated
        assertThat(h.allocatedOctaves()).isEqualTo(18);
        // AND a snapshot, then more values in the same octaves, copies but allocates no more octaves
        LogLinearHistogram snapshot = h.snapshot();
        h.add(2 * SECOND);
        assertThat(h.allocatedOctaves()).isEqualTo(18);
        assertThat(snapshot.bucketCount(LogLinearHistogram.bucketIndex(2 * SECOND)))
                .isEqualTo(h.bucketCount(LogLinearHistogram.bucketIndex(2 * SECOND)) - 1);
    }
}
