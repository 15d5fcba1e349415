package io.github.supportkpi.metric;

import io.github.supportkpi.metric.DurationStats.Summary;
import java.time.Duration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class DurationStatsTotalsTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void should_give_the_mean_of_a_count_and_a_sum_and_no_percentile() {
        // GIVEN 110 handled calls with 33,000 s of talk, and 10 unmeasured
        DurationStats t = DurationStats.ofTotals(110, Duration.ofSeconds(33_000), 10);
        // THEN 33,000 / 110 = 300 s
        assertThat(t.summary()).isEqualTo(Summary.TOTALS);
        assertThat(t.count()).isEqualTo(110);
        assertThat(t.sampleSize()).isEqualTo(110);
        assertThat(t.unmeasured()).isEqualTo(10);
        assertThat(t.sum()).isEqualTo(Duration.ofSeconds(33_000));
        assertThat(t.mean()).contains(Duration.ofSeconds(300));
        assertThat(t.meanSeconds().getAsDouble()).isEqualTo(300.0, within(1e-12));
        // AND what a count and a sum cannot tell is empty, never a guess
        assertThat(t.min()).isEmpty();
        assertThat(t.max()).isEmpty();
        assertThat(t.median()).isEmpty();
        assertThat(t.percentile(90, PercentileMethod.NEAREST_RANK)).isEmpty();
        assertThat(t.shareAtMost(Duration.ofMinutes(10))).isEqualTo(Ratio.EMPTY);
        assertThatThrownBy(t::toSortedNanos).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("this summary is TOTALS");
        assertThatThrownBy(t::sketchBuckets).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("this one is TOTALS");
        assertThatThrownBy(() -> t.percentile(101)).isInstanceOf(IllegalArgumentException.class);
        assertThat(t).hasToString("DurationStats[TOTALS, n=110, mean=PT5M, unmeasured=10]");
    }

    @Test
    void should_keep_the_mean_alone_when_merged_with_exact_values_or_a_sketch() {
        // GIVEN the totals of 110 calls (33,000 s) and the exact times of 4 more: 100, 200, 400, 500 s
        DurationStats totals = DurationStats.ofTotals(110, Duration.ofSeconds(33_000), 0);
        DurationStats exact = DurationStats.of(Duration.ofSeconds(100), Duration.ofSeconds(200), Duration.ofSeconds(400),
                Duration.ofSeconds(500));
        DurationStats sketch = DurationStats.builder(Summary.SKETCH).addNanos(600 * SECOND).build();
        // WHEN merged either way
        DurationStats a = totals.plus(exact);
        DurationStats b = exact.plus(totals);
        // THEN 114 durations, 34,200 s, mean 300 s, TOTALS
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.summary()).isEqualTo(Summary.TOTALS);
        assertThat(a).isEqualTo(DurationStats.ofTotals(114, Duration.ofSeconds(34_200), 0));
        assertThat(a.mean()).contains(Duration.ofSeconds(300));
        assertThat(a.median()).isEmpty();
        // AND with a sketch of one 600 s: 115, 34,800 s
        assertThat(a.plus(sketch)).isEqualTo(DurationStats.ofTotals(115, Duration.ofSeconds(34_800), 0));
        // AND the empty tally of any mode is its identity
        for (Summary mode : Summary.values()) {
            assertThat(DurationStats.empty(mode).plus(totals)).isEqualTo(totals);
        }
    }

    @Test
    void should_build_totals_from_durations_in_totals_mode() {
        // GIVEN 10 s, 17 s, 38 s and an unmeasured record, in a TOTALS builder
        DurationStats t = DurationStats.builder(Summary.TOTALS).addNanos(10 * SECOND).addNanos(17 * SECOND)
                .addNanos(38 * SECOND).addUnmeasured().build();
        // THEN 3 durations, 65 s, mean 21.666666666 s (truncated to the nanosecond)
        assertThat(t).isEqualTo(DurationStats.ofTotals(3, Duration.ofSeconds(65), 1));
        assertThat(t.mean()).contains(Duration.ofNanos(21_666_666_666L));
        assertThat(t).isNotEqualTo(DurationStats.of(Duration.ofSeconds(10), Duration.ofSeconds(17),
                Duration.ofSeconds(38)));
        assertThat(DurationStats.builder(Summary.TOTALS).build()).isEqualTo(DurationStats.empty(Summary.TOTALS));
        assertThat(DurationStats.empty(Summary.TOTALS).summary()).isEqualTo(Summary.TOTALS);
    }

    @Test
    void should_refuse_negative_counts_and_a_sum_without_durations() {
        assertThatThrownBy(() -> DurationStats.ofTotals(-1, Duration.ZERO, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("count must not be negative: -1");
        assertThatThrownBy(() -> DurationStats.ofTotals(1, Duration.ofSeconds(-1), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("sum must not be negative: PT-1S");
        assertThatThrownBy(() -> DurationStats.ofTotals(0, Duration.ofSeconds(5), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("sum must be zero when count is zero: PT5S");
        assertThatThrownBy(() -> DurationStats.ofTotals(1, Duration.ZERO, -2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unmeasured must not be negative: -2");
    }
}
