package io.github.supportkpi.spark;

import io.github.supportkpi.experience.NpsTally;
import io.github.supportkpi.metric.Count;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.metric.Segmented;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The values of tallies as table rows. */
class TallyValuesTest {
    @Test
    void a_ratio_is_a_percent_with_its_numerator_and_denominator() {
        List<TallyValues.Value> v = TallyValues.of("fcr.rate", Ratio.of(3, 4));
        assertThat(v).containsExactly(new TallyValues.Value("fcr.rate", Optional.empty(), Optional.empty(),
                Optional.empty(), "percent", OptionalDouble.of(75.0), 4, OptionalLong.of(3), OptionalLong.of(4)));
    }

    @Test
    void an_empty_ratio_is_undefined_never_zero_with_its_counts_kept() {
        TallyValues.Value v = TallyValues.of("fcr.rate", Ratio.EMPTY).get(0);
        assertThat(v.value()).isEmpty();
        assertThat(v.sampleSize()).isZero();
        assertThat(v.denominator()).hasValue(0);
    }

    @Test
    void durations_give_mean_median_and_p90_in_seconds() {
        // The median of 1, 2, 3, 4 s is 2.5 s by linear interpolation (Hyndman-Fan type 7), the p90 3.7 s
        DurationStats d = DurationStats.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3),
                Duration.ofSeconds(4));
        Map<String, TallyValues.Value> byStatistic = new TreeMap<>();
        TallyValues.of("frt", d).forEach(v -> byStatistic.put(v.statistic(), v));
        assertThat(byStatistic.keySet()).containsExactly("mean", "median", "p90", "unmeasured");
        assertThat(byStatistic.get("mean").value().getAsDouble()).isCloseTo(2.5, within(1e-12));
        assertThat(byStatistic.get("median").value().getAsDouble()).isCloseTo(2.5, within(1e-12));
        assertThat(byStatistic.get("p90").value().getAsDouble()).isCloseTo(3.7, within(1e-9));
        assertThat(byStatistic.get("median").sampleSize()).isEqualTo(4);
        assertThat(byStatistic.get("unmeasured").value()).hasValue(0.0);
    }

    @Test
    void nps_gives_its_score_over_all_responses() {
        // 5 promoters, 3 passives, 2 detractors: 50% - 20% = 30
        TallyValues.Value score = TallyValues.of("nps", new NpsTally(5, 3, 2)).get(0);
        assertThat(score.statistic()).isEqualTo("score");
        assertThat(score.value().getAsDouble()).isCloseTo(30.0, within(1e-12));
        assertThat(score.sampleSize()).isEqualTo(10);
    }

    @Test
    void a_segmented_tally_gives_its_total_each_segment_and_the_records_without_a_key() {
        Map<String, Count> segments = new TreeMap<>(Map.of("chat", new Count(2), "email", new Count(5)));
        Segmented<String, Count> s = Segmented.of("channel", new Count(0), segments, new Count(1));
        List<TallyValues.Value> v = TallyValues.of("ticket.volume", s);
        assertThat(v).extracting(x -> x.dimension().orElse("-") + ":" + x.segment().orElse("-") + "="
                + (long) x.value().getAsDouble())
                .containsExactly("-:-=8", "channel:chat=2", "channel:email=5", "channel:-=1");
    }
}
