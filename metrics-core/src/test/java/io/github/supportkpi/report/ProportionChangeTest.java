package io.github.supportkpi.report;

import io.github.supportkpi.experience.NpsTally;
import io.github.supportkpi.metric.BucketSeries;
import io.github.supportkpi.metric.Interval;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.time.Bucket;
import io.github.supportkpi.time.BucketRange;
import io.github.supportkpi.time.Granularity;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ProportionChangeTest {
    private static final Bucket MONDAY = Bucket.of(LocalDate.parse("2024-03-04"), Granularity.DAY, ZoneOffset.UTC);
    private static final Bucket TUESDAY = Bucket.of(LocalDate.parse("2024-03-05"), Granularity.DAY, ZoneOffset.UTC);

    @Test
    void should_give_newcombes_interval_and_the_pooled_z_test_of_a_fall_from_80_to_60_percent() {
        // GIVEN 56/70 then 48/80: example (a) of Newcombe (1998), "Interval estimation for the difference
        // between independent proportions", Statistics in Medicine 17:873-890, Table II
        ProportionChange c = ProportionChange.of(MONDAY, TUESDAY, Ratio.of(56, 70), Ratio.of(48, 80), 0.95);
        // THEN the difference is -20 points
        assertThat(c.difference().getAsDouble()).isCloseTo(-20.0, within(1e-12));
        // AND method 10 (hybrid score) gives 0.0524 to 0.3339 for 56/70 - 48/80, so -33.39 to -5.24 here
        Interval i = c.interval().orElseThrow();
        assertThat(i.lower()).isCloseTo(-33.39, within(0.005));
        assertThat(i.upper()).isCloseTo(-5.24, within(0.005));
        // AND the pooled z is -0.2 / sqrt(104/150 * 46/150 * (1/70 + 1/80)) = -2.6502, p = 0.00805
        // (computed independently with SciPy: 2 * norm.cdf(-2.6501719512585336) = 0.00804508136819656)
        assertThat(c.z().getAsDouble()).isCloseTo(-2.6501719512585336, within(1e-12));
        assertThat(c.pValue().getAsDouble()).isCloseTo(0.00804508136819656, within(1e-14));
        assertThat(c.significant()).isTrue();
        assertThat(c.withLevel(0.995).significant()).isFalse();
        assertThat(c).hasToString("2024-03-04 -> 2024-03-05: 56/70 (80.00%) -> 48/80 (60.00%): -20.00 points"
                + " [-33.39, -5.24], p = 0.0080, significant");
    }

    @Test
    void should_see_no_evidence_between_two_all_or_nothing_buckets_alike() {
        // GIVEN 0 of 5 then 0 of 8: the pooled proportion is 0
        ProportionChange c = ProportionChange.of(MONDAY, TUESDAY, Ratio.of(0, 5), Ratio.of(0, 8), 0.95);
        // THEN
        assertThat(c.z()).hasValue(0.0);
        assertThat(c.pValue()).hasValue(1.0);
        assertThat(c.significant()).isFalse();
        // AND the interval is still not a point: the Wilson bounds of 0/5 and 0/8 are 0.4345 and 0.3244
        Interval i = c.interval().orElseThrow();
        assertThat(i.lower()).isCloseTo(-43.45, within(0.005));
        assertThat(i.upper()).isCloseTo(32.44, within(0.005));
    }

    @Test
    void should_be_undefined_when_either_bucket_has_no_denominator() {
        ProportionChange c = ProportionChange.of(MONDAY, TUESDAY, Ratio.EMPTY, Ratio.of(3, 4), 0.95);
        assertThat(c.defined()).isFalse();
        assertThat(c.difference()).isEmpty();
        assertThat(c.interval()).isEmpty();
        assertThat(c.z()).isEmpty();
        assertThat(c.pValue()).isEmpty();
        assertThat(c.significant()).isFalse();
        assertThat(c).hasToString("2024-03-04 -> 2024-03-05: 0/0 (n/a) -> 3/4 (75.00%): n/a");
    }

    @Test
    void should_refuse_a_bad_level_or_buckets_out_of_order() {
        assertThatThrownBy(() -> ProportionChange.of(MONDAY, TUESDAY, Ratio.EMPTY, Ratio.EMPTY, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("level must be strictly between 0 and 1: 1.0");
        assertThatThrownBy(() -> ProportionChange.of(TUESDAY, MONDAY, Ratio.EMPTY, Ratio.EMPTY, 0.95))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NpsChange.of(MONDAY, TUESDAY, NpsTally.EMPTY, NpsTally.EMPTY, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_test_a_fall_of_the_nps_against_the_pooled_variance() {
        // GIVEN 300/200/100 (NPS 33.33, variance 5/9) then 250/150/200 (NPS 8.33)
        NpsChange c = NpsChange.of(MONDAY, TUESDAY, new NpsTally(300, 200, 100), new NpsTally(250, 150, 200), 0.95);
        // THEN the difference is -25 points, its interval -25 +- 1.96 sqrt(V1/600 + V2/600) * 100
        // (computed independently with SciPy: -34.1183 to -15.8817; z = -5.3102, p = 1.0949e-07)
        assertThat(c.difference().getAsDouble()).isCloseTo(-25.0, within(1e-12));
        Interval i = c.interval().orElseThrow();
        assertThat(i.lower()).isCloseTo(-34.1182610800426, within(1e-9));
        assertThat(i.upper()).isCloseTo(-15.881738919957401, within(1e-9));
        assertThat(c.z().getAsDouble()).isCloseTo(-5.310219714886149, within(1e-9));
        assertThat(c.pValue().getAsDouble()).isCloseTo(1.0949315379363832e-07, within(1e-15));
        assertThat(c.significant()).isTrue();
    }

    @Test
    void should_see_no_change_of_the_nps_when_every_response_is_in_one_group_and_none_without_responses() {
        NpsChange same = NpsChange.of(MONDAY, TUESDAY, new NpsTally(4, 0, 0), new NpsTally(9, 0, 0), 0.95);
        assertThat(same.z()).hasValue(0.0);
        assertThat(same.pValue()).hasValue(1.0);
        assertThat(same.significant()).isFalse();
        NpsChange none = NpsChange.of(MONDAY, TUESDAY, new NpsTally(4, 0, 0), NpsTally.EMPTY, 0.95);
        assertThat(none.difference()).isEmpty();
        assertThat(none.interval()).isEmpty();
        assertThat(none.pValue()).isEmpty();
        assertThat(none.significant()).isFalse();
    }

    @Test
    void should_compare_each_bucket_of_a_series_with_the_one_before() {
        // GIVEN three days: 56/70, nothing, 48/80
        BucketRange range = BucketRange.of(Instant.parse("2024-03-04T00:00:00Z"), Instant.parse("2024-03-07T00:00:00Z"),
                Granularity.DAY, ZoneOffset.UTC);
        Bucket wednesday = range.buckets().get(2);
        BucketSeries<Ratio> series = BucketSeries.of(range, Ratio.EMPTY,
                Map.of(MONDAY, Ratio.of(56, 70), wednesday, Ratio.of(48, 80)), Ratio.EMPTY, Ratio.EMPTY);
        // WHEN
        List<ProportionChange> changes = Trend.proportionChanges(series, 0.95);
        // THEN Tuesday has no change from Monday nor Wednesday from Tuesday: an empty day breaks the chain
        assertThat(changes).hasSize(2);
        assertThat(changes.get(0).bucket()).isEqualTo(TUESDAY);
        assertThat(changes).noneMatch(ProportionChange::defined);
        assertThatThrownBy(() -> Trend.proportionChanges(series, 0)).isInstanceOf(IllegalArgumentException.class);
        // AND an NPS series the same way
        BucketSeries<NpsTally> nps = BucketSeries.of(range, NpsTally.EMPTY,
                Map.of(MONDAY, new NpsTally(300, 200, 100), TUESDAY, new NpsTally(250, 150, 200)), NpsTally.EMPTY,
                NpsTally.EMPTY);
        List<NpsChange> npsChanges = Trend.npsChanges(nps, 0.95);
        assertThat(npsChanges).hasSize(2);
        assertThat(npsChanges.get(0).significant()).isTrue();
        assertThat(npsChanges.get(1).defined()).isFalse();
    }

    @Test
    void should_mark_samples_below_the_minimum_as_too_few() {
        assertThat(MinimumSample.defaults().n()).isEqualTo(30);
        assertThat(MinimumSample.defaults().tooFew(29)).isTrue();
        assertThat(MinimumSample.defaults().tooFew(30)).isFalse();
        assertThat(MinimumSample.defaults().tooFew(0)).isTrue();
        assertThat(MinimumSample.of(5).tooFew(5)).isFalse();
        assertThat(MinimumSample.defaults().withN(100).tooFew(99)).isTrue();
        assertThatThrownBy(() -> MinimumSample.of(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("MinimumSample n must be at least 1: 0");
        assertThatThrownBy(() -> MinimumSample.defaults().tooFew(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sampleSize must not be negative: -1");
    }
}
