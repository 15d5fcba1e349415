package io.github.supportkpi.speed;

import io.github.supportkpi.metric.DurationStats.Summary;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.time.TimeBand;
import io.github.supportkpi.time.TimeBands;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * Band counts over generated durations, many of them on a bound or a nanosecond either side: they add up to the
 * measured count, equal a count by {@link TimeBand#contains} for exact tallies, and the bands of a merge are the
 * sums of the parts' bands.
 */
class TimeBandsPropertiesTest {
    private static final int EXAMPLES = 300;

    /** Bounds and durations drawn from a seed; printed as the seed that replays them. */
    record Case(long seed, TimeBands bands, long[] nanos, long unmeasured) {
        @Override
        public String toString() {
            return nanos.length + " durations in " + bands + " from seed " + seed;
        }
    }

    static Gen<Case> cases() {
        return longs().all().zip(integers().between(0, 120), (seed, size) -> {
            SplittableRandom r = new SplittableRandom(seed);
            TimeBands bands;
            if (r.nextBoolean()) {
                bands = TimeBands.chatwoot();
            } else {
                List<Duration> bounds = new ArrayList<>();
                long at = 0;
                for (int i = r.nextInt(5); i > 0; i--) {
                    at += 1 + r.nextLong(Duration.ofHours(12).toNanos());
                    bounds.add(Duration.ofNanos(at));
                }
                bands = TimeBands.of(bounds);
            }
            long[] v = new long[size];
            List<Duration> bounds = bands.bounds();
            for (int i = 0; i < size; i++) {
                if (!bounds.isEmpty() && r.nextInt(3) == 0) {
                    v[i] = bounds.get(r.nextInt(bounds.size())).toNanos() + r.nextInt(3) - 1;
                } else {
                    v[i] = r.nextLong(Duration.ofHours(48).toNanos());
                }
            }
            return new Case(seed, bands, v, r.nextInt(4));
        });
    }

    private static DurationStats stats(long[] nanos, long unmeasured, Summary summary) {
        DurationStats.Builder b = DurationStats.builder(summary);
        for (long n : nanos) {
            b.addNanos(n);
        }
        for (long i = 0; i < unmeasured; i++) {
            b.addUnmeasured();
        }
        return b.build();
    }

    @Test
    void should_add_up_to_the_measured_count_with_the_unmeasured_apart_in_both_modes() {
        qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            for (Summary s : List.of(Summary.EXACT, Summary.SKETCH)) {
                DurationStats stats = stats(c.nanos(), c.unmeasured(), s);
                TimeBandCounts counts = TimeBandCounts.of(c.bands(), stats).orElseThrow();
                assertThat(counts.counts().stream().mapToLong(Long::longValue).sum()).isEqualTo(stats.count());
                assertThat(counts.measured()).isEqualTo(c.nanos().length);
                assertThat(counts.unmeasured()).isEqualTo(c.unmeasured());
                assertThat(counts.counts()).allSatisfy(n -> assertThat(n).isNotNegative());
            }
        });
    }

    @Test
    void should_count_exactly_the_durations_each_band_contains() {
        qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            TimeBandCounts counts = TimeBandCounts.of(c.bands(), stats(c.nanos(), c.unmeasured(), Summary.EXACT)).orElseThrow();
            for (TimeBand band : c.bands().bands()) {
                long expected = 0;
                for (long n : c.nanos()) {
                    if (band.contains(Duration.ofNanos(n))) {
                        expected++;
                    }
                }
                assertThat(counts.count(band)).as(band.label()).isEqualTo(expected);
            }
            for (long n : c.nanos()) {
                assertThat(c.bands().bandOf(Duration.ofNanos(n)).contains(Duration.ofNanos(n))).isTrue();
            }
        });
    }

    @Test
    void should_never_put_more_of_a_sketch_below_a_bound_than_there_are() {
        qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            TimeBandCounts exact = TimeBandCounts.of(c.bands(), stats(c.nanos(), 0, Summary.EXACT)).orElseThrow();
            TimeBandCounts sketch = TimeBandCounts.of(c.bands(), stats(c.nanos(), 0, Summary.SKETCH)).orElseThrow();
            long exactBelow = 0;
            long sketchBelow = 0;
            for (int i = 0; i < c.bands().bounds().size(); i++) {
                exactBelow += exact.counts().get(i);
                sketchBelow += sketch.counts().get(i);
                assertThat(sketchBelow).isLessThanOrEqualTo(exactBelow);
            }
        });
    }

    @Test
    void should_give_the_bands_of_a_merge_as_the_sums_of_the_parts_bands() {
        qt().withExamples(EXAMPLES).forAll(cases(), integers().between(0, 120)).checkAssert((c, at) -> {
            int cut = Math.min(at, c.nanos().length);
            long[] left = Arrays.copyOfRange(c.nanos(), 0, cut);
            long[] right = Arrays.copyOfRange(c.nanos(), cut, c.nanos().length);
            for (Summary s : List.of(Summary.EXACT, Summary.SKETCH)) {
                TimeBandCounts whole = TimeBandCounts.of(c.bands(), stats(c.nanos(), c.unmeasured(), s)).orElseThrow();
                TimeBandCounts l = TimeBandCounts.of(c.bands(), stats(left, c.unmeasured(), s)).orElseThrow();
                TimeBandCounts r = TimeBandCounts.of(c.bands(), stats(right, 0, s)).orElseThrow();
                for (int i = 0; i < whole.counts().size(); i++) {
                    assertThat(l.counts().get(i) + r.counts().get(i)).isEqualTo(whole.counts().get(i));
                }
                assertThat(l.unmeasured() + r.unmeasured()).isEqualTo(whole.unmeasured());
                assertThat(TimeBandCounts.of(c.bands(), stats(left, c.unmeasured(), s).plus(stats(right, 0, s))))
                        .contains(whole);
            }
        });
    }
}
