package io.github.supportkpi.metric;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

/** The t interval of the mean duration, in each summary mode. */
class DurationStatsIntervalTest {

    private static DurationStats of(DurationStats.Summary summary, List<Long> nanos) {
        DurationStats.Builder b = DurationStats.builder(summary);
        nanos.forEach(b::addNanos);
        return b.build();
    }

    private static DurationStats seconds(DurationStats.Summary summary, long... seconds) {
        DurationStats.Builder b = DurationStats.builder(summary);
        for (long s : seconds) {
            b.addNanos(s * 1_000_000_000L);
        }
        return b.build();
    }

    @Test
    void should_give_the_t_interval_of_the_kept_durations() {
        // GIVEN 10, 17, 38, 60 and 125 seconds: mean 50 s
        DurationStats d = seconds(DurationStats.Summary.EXACT, 10, 17, 38, 60, 125);
        // THEN computed independently with SciPy 1.17, stats.t.interval(0.95, 4, loc=mean, scale=stats.sem(d))
        Interval i = d.meanInterval(0.95).orElseThrow();
        assertThat(i.lower()).isCloseTo(-7.432832351795497, within(1e-9));
        assertThat(i.upper()).isCloseTo(107.4328323517955, within(1e-9));
    }

    @Test
    void should_approximate_it_from_the_sketch_buckets() {
        DurationStats exact = seconds(DurationStats.Summary.EXACT, 10, 17, 38, 60, 125);
        DurationStats sketch = seconds(DurationStats.Summary.SKETCH, 10, 17, 38, 60, 125);
        Interval e = exact.meanInterval(0.95).orElseThrow();
        Interval s = sketch.meanInterval(0.95).orElseThrow();
        // the half-width is off by at most 1/256 of the largest duration's share
        assertThat(s.width()).isCloseTo(e.width(), within(e.width() * DurationStats.SKETCH_RELATIVE_ERROR));
        assertThat((s.lower() + s.upper()) / 2).isCloseTo(50.0, within(1e-9));
    }

    @Test
    void should_have_no_interval_from_totals_or_fewer_than_two_durations() {
        assertThat(DurationStats.ofTotals(5, Duration.ofSeconds(250), 0).meanInterval(0.95)).isEmpty();
        assertThat(seconds(DurationStats.Summary.EXACT, 10).meanInterval(0.95)).isEmpty();
        assertThat(seconds(DurationStats.Summary.SKETCH, 10).meanInterval(0.95)).isEmpty();
        assertThat(DurationStats.EMPTY.meanInterval(0.95)).isEmpty();
        assertThatThrownBy(() -> DurationStats.EMPTY.meanInterval(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Gen<List<Long>> durations() {
        return lists().of(longs().between(0, 86_400_000_000_000L)).ofSizeBetween(2, 40);
    }

    @Test
    void should_contain_the_mean_in_both_modes_and_agree_within_the_sketch_error() {
        qt().forAll(durations(), doubles().between(0.5, 0.999)).checkAssert((nanos, level) -> {
            DurationStats exact = of(DurationStats.Summary.EXACT, nanos);
            DurationStats sketch = of(DurationStats.Summary.SKETCH, nanos);
            Interval e = exact.meanInterval(level).orElseThrow();
            Interval s = sketch.meanInterval(level).orElseThrow();
            assertThat(e.contains(exact.meanSeconds().getAsDouble())).isTrue();
            assertThat(s.contains(sketch.meanSeconds().getAsDouble())).isTrue();
            double largest = nanos.stream().mapToLong(Long::longValue).max().orElseThrow() / 1e9;
            double t = Interval.studentCritical(level, nanos.size() - 1);
            assertThat(s.width()).isCloseTo(e.width(), within(
                    2 * t * largest * DurationStats.SKETCH_RELATIVE_ERROR + 1e-9));
        });
    }

    @Test
    void should_narrow_with_four_times_the_durations() {
        qt().forAll(durations()).checkAssert(nanos -> {
            DurationStats once = of(DurationStats.Summary.EXACT, nanos);
            DurationStats four = once.plus(once).plus(once).plus(once);
            assertThat(four.meanInterval(0.95).orElseThrow().width())
                    .isLessThanOrEqualTo(once.meanInterval(0.95).orElseThrow().width());
        });
    }
}
