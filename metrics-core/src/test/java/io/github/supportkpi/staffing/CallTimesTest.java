package io.github.supportkpi.staffing;

import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.InteractionKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Handle time and patience estimated from calls; worked by hand. */
class CallTimesTest {
    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final Duration HALF_HOUR = Duration.ofMinutes(30);

    private static Interaction answered(long waitSeconds, long handleSeconds) {
        return Interaction.builder(InteractionKind.CALL, T0).queueWait(Duration.ofSeconds(waitSeconds))
                .talk(Duration.ofSeconds(handleSeconds - 30)).afterContact(Duration.ofSeconds(30)).build();
    }

    private static Interaction abandoned(long waitSeconds) {
        return Interaction.builder(InteractionKind.CALL, T0).queueWait(Duration.ofSeconds(waitSeconds)).abandoned(true).build();
    }

    /** Handle times 120, 180, 240 and 300 s; waits 10, 0, 20, 30 s answered and 40 s abandoned. */
    private static List<Interaction> calls() {
        return List.of(answered(10, 120), answered(0, 180), answered(20, 240), answered(30, 300), abandoned(40),
                Interaction.agentReply(T0, "ana"));
    }

    @Test
    void should_estimate_the_mean_handle_time_and_patience() {
        // GIVEN / WHEN
        CallTimes times = CallTimes.estimate(calls(), Estimate.MEAN, Estimate.MEAN);
        // THEN (120 + 180 + 240 + 300) / 4 = 210 s; (10 + 0 + 20 + 30 + 40) / 1 abandoned = 100 s
        assertThat(times).isEqualTo(CallTimes.of(Duration.ofSeconds(210), Duration.ofSeconds(100)));
        assertThat(times.model(100, HALF_HOUR))
                .isEqualTo(ErlangA.of(100, HALF_HOUR, Duration.ofSeconds(210), Duration.ofSeconds(100)));
    }

    @Test
    void should_estimate_a_cautious_handle_time_by_a_percentile() {
        // GIVEN / WHEN the 80th percentile, linear: h = 3 · 0.8 = 2.4, 240 + 0.4 · 60 = 264 s
        CallTimes times = CallTimes.estimate(calls(), Estimate.ofPercentile(80), Estimate.MEAN);
        // THEN
        assertThat(times.averageHandleTime()).isEqualTo(Duration.ofSeconds(264));
    }

    @Test
    void should_estimate_patience_by_a_kaplan_meier_percentile() {
        // GIVEN the one abandonment at 40 s, with the 30 s call answered before it: 1 at risk, S = 0
        // WHEN
        CallTimes times = CallTimes.estimate(calls(), Estimate.MEAN, Estimate.ofPercentile(50));
        // THEN
        assertThat(times.averagePatience()).contains(Duration.ofSeconds(40));
    }

    @Test
    void should_plan_with_erlang_c_when_nobody_hangs_up() {
        // GIVEN answered calls only
        List<Interaction> calls = List.of(answered(10, 120), answered(0, 180));
        // WHEN
        CallTimes times = CallTimes.estimate(calls, Estimate.MEAN, Estimate.MEAN);
        // THEN
        assertThat(times.averagePatience()).isEmpty();
        assertThat(times.model(100, HALF_HOUR)).isEqualTo(ErlangC.of(100, HALF_HOUR, Duration.ofSeconds(150)));
    }

    @Test
    void should_switch_between_the_models() {
        CallTimes a = CallTimes.of(Duration.ofSeconds(180), Duration.ofMinutes(5));
        assertThat(a.withoutPatience()).isEqualTo(CallTimes.of(Duration.ofSeconds(180)));
        assertThat(a.withoutPatience().withAveragePatience(Duration.ofMinutes(5))).isEqualTo(a);
        assertThat(a.withoutPatience().model(100, HALF_HOUR)).isInstanceOf(ErlangC.class);
        assertThat(a.model(100, HALF_HOUR)).isInstanceOf(ErlangA.class);
    }

    @Test
    void should_refuse_to_estimate_without_answered_calls_or_from_too_few_abandons() {
        assertThatThrownBy(() -> CallTimes.estimate(List.of(abandoned(10)), Estimate.MEAN, Estimate.MEAN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("calls must include an answered offered call to estimate the handle time: none");
        // 1 abandoned of 3: the Kaplan-Meier estimate reaches 1 − 2/3 at 10 s, and no further
        List<Interaction> few = List.of(abandoned(10), answered(20, 120), answered(30, 120));
        assertThatThrownBy(() -> CallTimes.estimate(few, Estimate.MEAN, Estimate.ofPercentile(90)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("patience p90.0 must be reached by the Kaplan-Meier estimate of the calls: 1 of 3 offered"
                        + " calls abandoned, too few to tell");
        assertThatThrownBy(() -> CallTimes.estimate(List.of(abandoned(0), answered(0, 120)), Estimate.MEAN, Estimate.MEAN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("estimated averagePatience (mean) must be positive: PT0S over 2 offered calls");
    }

    @Test
    void should_refuse_non_positive_times_and_bad_percentiles() {
        assertThatThrownBy(() -> CallTimes.of(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("averageHandleTime must be positive: PT0S");
        assertThatThrownBy(() -> new CallTimes(Duration.ofSeconds(1), Optional.of(Duration.ofSeconds(-1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("averagePatience must be positive: PT-1S");
        assertThatThrownBy(() -> Estimate.ofPercentile(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("percentile must be within (0, 100): 0.0");
        assertThat(Estimate.MEAN).hasToString("mean");
        assertThat(Estimate.ofPercentile(80)).hasToString("p80.0");
    }
}
