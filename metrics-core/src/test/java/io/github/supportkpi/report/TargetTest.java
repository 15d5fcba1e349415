package io.github.supportkpi.report;

import io.github.supportkpi.metric.Count;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.report.Target.Outcome;
import java.time.Duration;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TargetTest {
    // [002] "CSAT >= 85%, FRT down 20%, backlog down 30%" (the catalogue's Reporting section)
    private static final Target<Ratio> CSAT = Target.atLeast("csat >= 85%", Ratio::percent, 85);
    private static final Target<DurationStats> FRT_DOWN = Target.downBy("frt down 20%", DurationStats::meanSeconds, 20);
    private static final Target<Count> BACKLOG_DOWN = Target.downBy("backlog down 30%", Trend::count, 30);

    @Test
    void should_meet_miss_or_leave_undefined_an_at_least_target() {
        // GIVEN 175 of 200 satisfied (87.5%), 160 of 200 (80%), 170 of 200 (exactly 85%), no answer
        // WHEN / THEN
        TargetResult met = CSAT.evaluate(Ratio.of(175, 200));
        assertThat(met.outcome()).isEqualTo(Outcome.MET);
        assertThat(met.isMet()).isTrue();
        assertThat(met.actual()).hasValue(87.5);
        assertThat(met).hasToString("csat >= 85%: MET (actual 87.50)");
        assertThat(CSAT.evaluate(Ratio.of(160, 200)).outcome()).isEqualTo(Outcome.MISSED);
        assertThat(CSAT.evaluate(Ratio.of(170, 200)).outcome()).isEqualTo(Outcome.MET);
        TargetResult undefined = CSAT.evaluate(Ratio.EMPTY);
        assertThat(undefined.outcome()).isEqualTo(Outcome.UNDEFINED);
        assertThat(undefined.isMet()).isFalse();
        assertThat(undefined.actual()).isEmpty();
    }

    @Test
    void should_meet_or_miss_an_at_most_target() {
        // GIVEN a mean FRT of at most one hour
        Target<DurationStats> frt = Target.atMost("frt <= 1 h", DurationStats::meanSeconds, 3600);
        // WHEN / THEN
        assertThat(frt.evaluate(DurationStats.of(Duration.ofMinutes(30), Duration.ofMinutes(90))).outcome())
                .isEqualTo(Outcome.MET);
        assertThat(frt.evaluate(DurationStats.of(Duration.ofMinutes(61))).outcome()).isEqualTo(Outcome.MISSED);
        assertThat(frt.evaluate(DurationStats.EMPTY).outcome()).isEqualTo(Outcome.UNDEFINED);
    }

    @Test
    void should_judge_a_relative_target_by_the_change_from_the_baseline() {
        // GIVEN a mean FRT of 60 min last month
        DurationStats lastMonth = DurationStats.of(Duration.ofMinutes(60));
        // WHEN 48 min this month (down exactly 20%)
        TargetResult met = FRT_DOWN.evaluate(lastMonth, DurationStats.of(Duration.ofMinutes(48)));
        // THEN met, with both values and the change
        assertThat(met.outcome()).isEqualTo(Outcome.MET);
        assertThat(met.actual()).hasValue(2880.0);
        assertThat(met.baseline()).hasValue(3600.0);
        assertThat(met.changePercent()).hasValue(-20.0);
        assertThat(met).hasToString("frt down 20%: MET (actual 2880.00, baseline 3600.00, change -20.00%)");
        // 54 min (down 10%): missed; 70 min (up): missed
        assertThat(FRT_DOWN.evaluate(lastMonth, DurationStats.of(Duration.ofMinutes(54))).outcome())
                .isEqualTo(Outcome.MISSED);
        assertThat(FRT_DOWN.evaluate(lastMonth, DurationStats.of(Duration.ofMinutes(70))).outcome())
                .isEqualTo(Outcome.MISSED);
        // backlog from 100 to 70: down 30%, met; to 71: missed
        assertThat(BACKLOG_DOWN.evaluate(Count.of(100), Count.of(70)).outcome()).isEqualTo(Outcome.MET);
        assertThat(BACKLOG_DOWN.evaluate(Count.of(100), Count.of(71)).outcome()).isEqualTo(Outcome.MISSED);
        // FCR up 10%: from 60% to 66% met, to 65% missed
        Target<Ratio> fcrUp = Target.upBy("fcr up 10%", Ratio::percent, 10);
        assertThat(fcrUp.evaluate(Ratio.of(60, 100), Ratio.of(66, 100)).outcome()).isEqualTo(Outcome.MET);
        assertThat(fcrUp.evaluate(Ratio.of(60, 100), Ratio.of(65, 100)).outcome()).isEqualTo(Outcome.MISSED);
    }

    @Test
    void should_leave_a_relative_target_undefined_without_a_change() {
        // GIVEN no FRT measured last month, or none this month
        DurationStats some = DurationStats.of(Duration.ofMinutes(60));
        // WHEN / THEN
        assertThat(FRT_DOWN.evaluate(DurationStats.EMPTY, some).outcome()).isEqualTo(Outcome.UNDEFINED);
        TargetResult noneNow = FRT_DOWN.evaluate(some, DurationStats.EMPTY);
        assertThat(noneNow.outcome()).isEqualTo(Outcome.UNDEFINED);
        assertThat(noneNow.baseline()).hasValue(3600.0);
        // a baseline of zero: no percentage of nothing
        TargetResult fromZero = BACKLOG_DOWN.evaluate(Count.ZERO, Count.ZERO);
        assertThat(fromZero.outcome()).isEqualTo(Outcome.UNDEFINED);
        assertThat(fromZero.actual()).hasValue(0.0);
        assertThat(fromZero.changePercent()).isEmpty();
    }

    @Test
    void should_judge_an_absolute_target_on_the_actual_value_when_given_a_baseline() {
        // GIVEN CSAT of 80% last month, 90% now
        TargetResult r = CSAT.evaluate(Ratio.of(80, 100), Ratio.of(90, 100));
        // THEN met on 90%, the change reported for information
        assertThat(r.outcome()).isEqualTo(Outcome.MET);
        assertThat(r.baseline()).hasValue(80.0);
        assertThat(r.changePercent()).hasValue(12.5);
    }

    @Test
    void should_validate() {
        assertThatThrownBy(() -> FRT_DOWN.evaluate(DurationStats.EMPTY)).isInstanceOf(IllegalStateException.class)
                .hasMessage("target frt down 20% (DOWN_BY 20.0%) needs a baseline: use evaluate(baseline, actual)");
        assertThatThrownBy(() -> Target.downBy("x", Ratio::percent, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("threshold must be positive for DOWN_BY: 0.0");
        assertThatThrownBy(() -> Target.upBy("x", Ratio::percent, -5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("threshold must be positive for UP_BY: -5.0");
        assertThatThrownBy(() -> Target.atLeast("x", Ratio::percent, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("threshold must be finite: NaN");
        assertThatThrownBy(() -> Target.atMost(" ", Ratio::percent, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name must not be blank: \" \"");
        assertThatThrownBy(() -> Target.atLeast(null, Ratio::percent, 1)).isInstanceOf(NullPointerException.class)
                .hasMessage("name");
        Target<Ratio> nan = Target.atLeast("nan", r -> OptionalDouble.of(Double.NaN), 1);
        assertThatThrownBy(() -> nan.evaluate(Ratio.EMPTY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value must be finite: NaN for target nan");
        assertThatThrownBy(() -> new TargetResult("t", Outcome.MET, OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.empty())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("actual must be defined when the outcome is MET: empty");
        assertThat(CSAT).hasToString("csat >= 85% (AT_LEAST 85.00)");
        assertThat(FRT_DOWN).hasToString("frt down 20% (DOWN_BY 20.00%)");
    }
}
