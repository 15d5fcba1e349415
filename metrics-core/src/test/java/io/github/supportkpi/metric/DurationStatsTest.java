package io.github.supportkpi.metric;

import java.time.Duration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class DurationStatsTest {

    private static Duration s(long seconds) {
        return Duration.ofSeconds(seconds);
    }

    @Test
    void should_average_10_17_38_seconds_to_21_67() {
        // GIVEN the first response times of [001]: "10 s, 17 s, 38 s"
        DurationStats stats = DurationStats.of(s(10), s(17), s(38));
        // THEN the mean is 65 / 3 s = 21.67 s
        assertThat(stats.meanSeconds().getAsDouble()).isCloseTo(21.67, within(0.005));
        assertThat(stats.mean()).contains(Duration.ofNanos(21_666_666_666L));
        assertThat(stats.sum()).isEqualTo(s(65));
        assertThat(stats.count()).isEqualTo(3);
        assertThat(stats.min()).contains(s(10));
        assertThat(stats.max()).contains(s(38));
        assertThat(stats.median()).contains(s(17));
    }

    @Test
    void should_take_the_median_of_an_even_count_as_the_mean_of_the_middle_two() {
        DurationStats stats = DurationStats.of(s(4), s(1), s(3), s(2));
        assertThat(stats.median()).contains(Duration.ofMillis(2500));
        assertThat(stats.percentile(50, PercentileMethod.NEAREST_RANK)).contains(s(2));
    }

    @Test
    void should_match_hand_computed_percentiles_for_both_methods() {
        // GIVEN 15, 20, 35, 40, 50: the nearest-rank example of the Wikipedia article "Percentile"
        DurationStats stats = DurationStats.of(s(15), s(20), s(35), s(40), s(50));
        // THEN nearest rank: ordinal rank ceil(p/100 * 5): p5 -> 1st, p30 -> 2nd, p40 -> 2nd, p50 -> 3rd, p100 -> 5th
        assertThat(stats.percentile(5, PercentileMethod.NEAREST_RANK)).contains(s(15));
        assertThat(stats.percentile(30, PercentileMethod.NEAREST_RANK)).contains(s(20));
        assertThat(stats.percentile(40, PercentileMethod.NEAREST_RANK)).contains(s(20));
        assertThat(stats.percentile(50, PercentileMethod.NEAREST_RANK)).contains(s(35));
        assertThat(stats.percentile(100, PercentileMethod.NEAREST_RANK)).contains(s(50));
        assertThat(stats.percentile(0, PercentileMethod.NEAREST_RANK)).contains(s(15));
        // AND linear (type 7), by hand: h = 4p/100; p40: h = 1.6 -> 20 + 0.6 * 15 = 29;
        // p90: h = 3.6 -> 40 + 0.6 * 10 = 46; p25: h = 1 -> 20; p0 -> 15; p100 -> 50
        assertThat(stats.percentile(40)).contains(s(29));
        assertThat(stats.percentile(90)).contains(s(46));
        assertThat(stats.percentile(25)).contains(s(20));
        assertThat(stats.percentile(0)).contains(s(15));
        assertThat(stats.percentile(100)).contains(s(50));
    }

    @Test
    void should_be_undefined_with_no_values_but_keep_the_unmeasured_count() {
        DurationStats stats = DurationStats.ofNanos(new long[0], 4);
        assertThat(stats.mean()).isEmpty();
        assertThat(stats.meanSeconds()).isEmpty();
        assertThat(stats.median()).isEmpty();
        assertThat(stats.min()).isEmpty();
        assertThat(stats.max()).isEmpty();
        assertThat(stats.percentile(90)).isEmpty();
        assertThat(stats.sum()).isEqualTo(Duration.ZERO);
        assertThat(stats.unmeasured()).isEqualTo(4);
        assertThat(stats.sampleSize()).isZero();
        assertThat(stats.shareAtMost(s(1)).value()).isEmpty();
    }

    @Test
    void should_count_the_share_at_or_under_a_limit() {
        DurationStats stats = DurationStats.of(s(10), s(20), s(20), s(30));
        assertThat(stats.shareAtMost(s(20))).isEqualTo(Ratio.of(3, 4));
        assertThat(stats.shareAtMost(s(9))).isEqualTo(Ratio.of(0, 4));
        assertThat(stats.shareAtMost(s(30))).isEqualTo(Ratio.of(4, 4));
    }

    @Test
    void should_merge_values_and_unmeasured_counts() {
        DurationStats a = DurationStats.ofNanos(new long[] {3, 1}, 1);
        DurationStats b = DurationStats.ofNanos(new long[] {2}, 2);
        assertThat(a.plus(b)).isEqualTo(DurationStats.ofNanos(new long[] {1, 2, 3}, 3));
    }

    @Test
    void should_sum_without_overflow_beyond_292_years_in_total() {
        // GIVEN a million durations of 100 days: 2.7 million years in total, far past a long of nanoseconds
        long hundredDays = Duration.ofDays(100).toNanos();
        long[] values = new long[1_000_000];
        java.util.Arrays.fill(values, hundredDays);
        DurationStats stats = DurationStats.ofNanos(values, 0);
        // THEN
        assertThat(stats.sum()).isEqualTo(Duration.ofDays(100_000_000));
        assertThat(stats.mean()).contains(Duration.ofDays(100));
    }

    @Test
    void should_refuse_negative_durations_and_bad_percentiles() {
        assertThatThrownBy(() -> DurationStats.of(s(-1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("duration must not be negative: PT-1S");
        assertThatThrownBy(() -> DurationStats.ofNanos(new long[] {-5}, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("duration must not be negative: -5 ns");
        assertThatThrownBy(() -> DurationStats.ofNanos(new long[0], -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unmeasured must not be negative: -1");
        DurationStats stats = DurationStats.of(s(1));
        assertThatThrownBy(() -> stats.percentile(101)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("percentile must be within [0, 100]: 101.0");
        assertThatThrownBy(() -> stats.percentile(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("percentile must be within [0, 100]: NaN");
    }
}
