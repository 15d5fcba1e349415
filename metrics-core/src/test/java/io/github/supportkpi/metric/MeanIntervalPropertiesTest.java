package io.github.supportkpi.metric;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

/** The sum of squares of {@link Mean} merges like its sum, and gives intervals around the mean. */
class MeanIntervalPropertiesTest {

    private static Gen<List<Long>> values() {
        return lists().of(longs().between(-1_000_000, 1_000_000)).ofSizeBetween(0, 60);
    }

    private static Gen<List<Long>> twoOrMore() {
        return lists().of(longs().between(-1_000_000, 1_000_000)).ofSizeBetween(2, 60);
    }

    private static Mean of(List<Long> values) {
        return Mean.ofValues(values.stream().mapToLong(Long::longValue).toArray());
    }

    @Test
    void should_merge_to_the_mean_of_all_the_values_in_any_split() {
        qt().forAll(values(), integers().between(0, 60)).checkAssert((vs, cut) -> {
            int at = Math.min(cut, vs.size());
            Mean left = of(vs.subList(0, at));
            Mean right = of(vs.subList(at, vs.size()));
            Mean whole = of(vs);
            assertThat(left.plus(right)).isEqualTo(whole).isEqualTo(right.plus(left));
            assertThat(left.plus(right).hashCode()).isEqualTo(whole.hashCode());
            assertThat(Mean.EMPTY.plus(whole)).isEqualTo(whole);
        });
    }

    @Test
    void should_be_equal_exactly_when_the_values_are() {
        qt().forAll(values(), values()).checkAssert((a, b) -> {
            Mean x = of(a);
            Mean y = of(b);
            long squaresA = a.stream().mapToLong(v -> v * v).sum();
            long squaresB = b.stream().mapToLong(v -> v * v).sum();
            boolean same = x.sum() == y.sum() && x.count() == y.count() && squaresA == squaresB;
            assertThat(x.equals(y)).isEqualTo(same);
            if (same) {
                assertThat(x.hashCode()).isEqualTo(y.hashCode());
            }
            // forgetting the squares makes another value, unless there are no values
            assertThat(Mean.of(x.sum(), x.count()).equals(x)).isEqualTo(x.count() == 0);
        });
    }

    @Test
    void should_give_the_sample_variance_of_the_values() {
        qt().forAll(twoOrMore()).checkAssert(vs -> {
            double mean = vs.stream().mapToLong(Long::longValue).average().orElseThrow();
            double squares = vs.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
            double variance = squares / (vs.size() - 1);
            assertThat(of(vs).variance().getAsDouble()).isCloseTo(variance, within(1e-9 * (1 + variance)));
        });
    }

    @Test
    void should_contain_the_mean_and_narrow_with_four_times_the_values() {
        qt().forAll(twoOrMore(), doubles().between(0.5, 0.999)).checkAssert((vs, level) -> {
            Mean m = of(vs);
            Interval i = m.interval(level).orElseThrow();
            assertThat(i.contains(m.value().getAsDouble())).as("%s contains %s", i, m).isTrue();
            List<Long> four = vs.stream().flatMap(v -> List.of(v, v, v, v).stream()).collect(Collectors.toList());
            Interval narrower = of(four).interval(level).orElseThrow();
            assertThat(narrower.width()).isLessThanOrEqualTo(i.width());
            if (m.variance().getAsDouble() > 0) {
                assertThat(narrower.width()).isLessThan(i.width());
            }
        });
    }
}
