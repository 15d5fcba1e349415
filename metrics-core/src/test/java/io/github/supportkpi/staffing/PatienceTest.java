package io.github.supportkpi.staffing;

import io.github.supportkpi.domain.Direction;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.InteractionKind;
import io.github.supportkpi.metric.DurationStats;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Worked examples of patience estimated from queue waits. The Kaplan-Meier values are worked by hand from
 * the product-limit formula (Kaplan and Meier, "Nonparametric estimation from incomplete observations",
 * JASA 53(282), 1958); the mean from the censored exponential likelihood, whose maximum is
 * {@code (Σ waits) / abandoned} (Brown et al., "Statistical analysis of a telephone call center", JASA
 * 100(469), 2005); the large-sample checks simulate exponential patience with a seeded generator.
 */
class PatienceTest {
    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    private static Interaction call(long waitSeconds, boolean abandoned) {
        Interaction.Builder b = Interaction.builder(InteractionKind.CALL, T0).queueWait(Duration.ofSeconds(waitSeconds));
        return abandoned ? b.abandoned(true).build() : b.talk(Duration.ofMinutes(3)).build();
    }

    /** Abandoned after 10 and 30 s; answered after 5, 20 and 40 s; an outbound call that must not count. */
    private static List<Interaction> calls() {
        return List.of(call(10, true), call(30, true), call(5, false), call(20, false), call(40, false),
                Interaction.builder(InteractionKind.CALL, T0).direction(Direction.OUTBOUND)
                        .queueWait(Duration.ofHours(1)).abandoned(true).build());
    }

    @Test
    void should_estimate_the_mean_as_all_waits_over_abandoned_calls() {
        // GIVEN waits of 105 s in all, two abandoned
        // WHEN
        Patience p = Patience.metric().over(calls());
        // THEN 105 / 2
        assertThat(p.mean()).contains(Duration.ofMillis(52_500));
        assertThat(p.sampleSize()).isEqualTo(5);
        assertThat(p.abandoned().count()).isEqualTo(2);
        assertThat(p.answered().count()).isEqualTo(3);
    }

    @Test
    void should_give_kaplan_meier_percentiles() {
        // GIVEN 5(answered) 10(abandoned) 20(answered) 30(abandoned) 40(answered)
        Patience p = Patience.metric().over(calls());
        // WHEN / THEN at 10 s, 4 at risk: S = 3/4; at 30 s, 2 at risk: S = 3/4 · 1/2 = 3/8
        assertThat(p.percentile(25)).contains(Duration.ofSeconds(10));
        assertThat(p.percentile(10)).contains(Duration.ofSeconds(10));
        assertThat(p.percentile(26)).contains(Duration.ofSeconds(30));
        assertThat(p.percentile(62.5)).contains(Duration.ofSeconds(30));
        // AND beyond 1 − 3/8 = 62.5% the calls cannot tell
        assertThat(p.percentile(63)).isEmpty();
    }

    @Test
    void should_count_calls_answered_at_an_abandonment_time_as_still_waiting() {
        // GIVEN one abandoned and one answered at 10 s, one answered at 20 s
        Patience p = Patience.of(DurationStats.of(Duration.ofSeconds(10)),
                DurationStats.of(Duration.ofSeconds(10), Duration.ofSeconds(20)));
        // WHEN / THEN three at risk at 10 s: S = 2/3
        assertThat(p.percentile(33)).contains(Duration.ofSeconds(10));
        assertThat(p.percentile(34)).isEmpty();
    }

    @Test
    void should_find_the_mean_and_median_of_simulated_exponential_patience() {
        // GIVEN 20,000 callers of exponential patience, mean 90 s, each offered an exponential wait of mean
        // 60 s: a caller whose patience is shorter hangs up then (seed 20260302)
        SplittableRandom random = new SplittableRandom(20260302);
        List<Interaction> calls = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            double patience = -90 * Math.log(1 - random.nextDouble());
            double offered = -60 * Math.log(1 - random.nextDouble());
            boolean abandoned = patience < offered;
            Interaction.Builder b = Interaction.builder(InteractionKind.CALL, T0)
                    .queueWait(Duration.ofNanos(Math.round(Math.min(patience, offered) * 1e9)));
            calls.add(abandoned ? b.abandoned(true).build() : b.talk(Duration.ofMinutes(3)).build());
        }
        // WHEN
        Patience p = Patience.metric().over(calls);
        // THEN the mean near 90 s, the median near 90 · ln 2 = 62.4 s (within 5%)
        assertThat(p.mean().orElseThrow().toNanos() / 1e9).isCloseTo(90, within(4.5));
        assertThat(p.percentile(50).orElseThrow().toNanos() / 1e9).isCloseTo(90 * Math.log(2), within(3.2));
        // AND the naive mean of abandoned waits alone would be far too short
        assertThat(p.abandoned().mean().orElseThrow().toNanos() / 1e9).isLessThan(45);
    }

    @Test
    void should_know_no_patience_when_nobody_hangs_up() {
        // GIVEN answered calls only
        Patience p = Patience.metric().over(List.of(call(5, false), call(50, false)));
        // WHEN / THEN
        assertThat(p.mean()).isEmpty();
        assertThat(p.percentile(50)).isEmpty();
        assertThat(Patience.EMPTY.mean()).isEmpty();
        assertThat(Patience.EMPTY.sampleSize()).isZero();
    }

    @Test
    void should_merge_the_waits() {
        // GIVEN two halves
        List<Interaction> all = calls();
        Patience first = Patience.metric().over(all.subList(0, 2));
        Patience second = Patience.metric().over(all.subList(2, all.size()));
        // WHEN / THEN
        assertThat(first.plus(second)).isEqualTo(Patience.metric().over(all));
        assertThat(first.plus(second).hashCode()).isEqualTo(Patience.metric().over(all).hashCode());
    }

    @Test
    void should_refuse_a_percentile_out_of_range() {
        assertThatThrownBy(() -> Patience.EMPTY.percentile(100))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("percentile must be within (0, 100): 100.0");
        assertThatThrownBy(() -> Patience.EMPTY.percentile(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("percentile must be within (0, 100): NaN");
    }
}
