package io.github.supportkpi.report;

import io.github.supportkpi.experience.NpsTally;
import io.github.supportkpi.metric.Count;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.Frequencies;
import io.github.supportkpi.metric.Interval;
import io.github.supportkpi.metric.Mean;
import io.github.supportkpi.metric.Ratio;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CellsTest {
    private static final Cells CELLS = Cells.plain();

    @Test
    void should_make_a_percent_cell_of_a_ratio_with_its_counts() {
        // GIVEN 105 of 120 satisfied
        Cell.Measure c = CELLS.percent(Ratio.of(105, 120));
        // THEN
        assertThat(c.unit()).isEqualTo(Unit.PERCENT);
        assertThat(c.value()).hasValue(87.5);
        assertThat(c.numerator()).hasValue(105);
        assertThat(c.denominator()).hasValue(120);
        assertThat(c.sampleSize()).isEqualTo(120);
        assertThat(c.interval()).isEmpty();
        assertThat(c.target()).isEmpty();
        assertThat(c.tooFew()).isFalse();
    }

    @Test
    void should_keep_an_empty_ratio_undefined_with_its_zero_counts() {
        Cell.Measure c = CELLS.withMinimumSample(30).percent(Ratio.EMPTY);
        assertThat(c.value()).isEmpty();
        assertThat(c.sampleSize()).isZero();
        assertThat(c.numerator()).hasValue(0);
        assertThat(c.denominator()).hasValue(0);
        assertThat(c.tooFew()).as("nothing to judge").isFalse();
    }

    @Test
    void should_mark_too_few_below_the_minimum_sample_but_never_a_count() {
        Cells cells = CELLS.withMinimumSample(30);
        assertThat(cells.percent(Ratio.of(2, 5)).tooFew()).isTrue();
        assertThat(cells.percent(Ratio.of(2, 29)).tooFew()).isTrue();
        assertThat(cells.percent(Ratio.of(24, 30)).tooFew()).isFalse();
        assertThat(cells.nps(new NpsTally(3, 1, 1)).tooFew()).isTrue();
        assertThat(cells.mean(Mean.of(17, 4)).tooFew()).isTrue();
        assertThat(cells.medianDuration(DurationStats.of(Duration.ofSeconds(10))).tooFew()).isTrue();
        assertThat(cells.count(Count.of(3)).tooFew()).isFalse();
        assertThat(cells.minimumSample()).isEqualTo(30);
        assertThatThrownBy(() -> CELLS.withMinimumSample(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cells minimumSample must not be negative: -1");
    }

    @Test
    void should_scale_a_ratio_interval_to_percent_and_ask_only_for_a_defined_value() {
        // GIVEN an interval function that counts its calls
        AtomicInteger calls = new AtomicInteger();
        Cells cells = CELLS.withRatioInterval(r -> {
            calls.incrementAndGet();
            return Optional.of(Interval.of(0.8, 0.92, 0.95));
        });
        // WHEN
        Cell.Measure c = cells.percent(Ratio.of(105, 120));
        Cell.Measure empty = cells.percent(Ratio.EMPTY);
        // THEN
        assertThat(c.interval()).isPresent();
        assertThat(c.interval().get().lower()).isCloseTo(80, within(1e-9));
        assertThat(c.interval().get().upper()).isCloseTo(92, within(1e-9));
        assertThat(c.interval().get().level()).isEqualTo(0.95);
        assertThat(empty.interval()).isEmpty();
        assertThat(calls).hasValue(1);
        assertThat(cells.withoutIntervals().percent(Ratio.of(1, 2)).interval()).isEmpty();
    }

    @Test
    void should_carry_nps_mean_and_duration_intervals_in_their_units() {
        Interval points = Interval.of(12, 48, 0.95);
        Interval seconds = Interval.of(15, 28, 0.95);
        Interval score = Interval.of(3.9, 4.6, 0.95);
        Cells cells = CELLS.withNpsInterval(n -> Optional.of(points)).withDurationMeanInterval(d -> Optional.of(seconds))
                .withMeanInterval(m -> Optional.of(score));
        assertThat(cells.nps(new NpsTally(50, 30, 20)).interval()).contains(points);
        assertThat(cells.meanDuration(DurationStats.of(Duration.ofSeconds(10), Duration.ofSeconds(38))).interval())
                .contains(seconds);
        assertThat(cells.mean(Mean.of(17, 4)).interval()).contains(score);
        assertThat(cells.medianDuration(DurationStats.of(Duration.ofSeconds(10))).interval()).isEmpty();
        assertThat(cells.nps(NpsTally.EMPTY).interval()).isEmpty();
    }

    @Test
    void should_make_nps_mean_and_count_cells() {
        // 50 promoters, 30 passives, 20 detractors of 100: 50% - 20% = +30
        Cell.Measure nps = CELLS.nps(new NpsTally(50, 30, 20));
        assertThat(nps.unit()).isEqualTo(Unit.POINTS);
        assertThat(nps.value().getAsDouble()).isCloseTo(30, within(1e-9));
        assertThat(nps.sampleSize()).isEqualTo(100);
        assertThat(nps.numerator()).isEmpty();
        assertThat(CELLS.nps(NpsTally.EMPTY).value()).isEmpty();
        Cell.Measure mean = CELLS.mean(Mean.of(17, 4));
        assertThat(mean.unit()).isEqualTo(Unit.NUMBER);
        assertThat(mean.value()).hasValue(4.25);
        assertThat(mean.sampleSize()).isEqualTo(4);
        assertThat(CELLS.mean(Mean.EMPTY).value()).isEmpty();
        Cell.Measure count = CELLS.count(Count.of(1204));
        assertThat(count.unit()).isEqualTo(Unit.COUNT);
        assertThat(count.value()).hasValue(1204);
        assertThat(count.sampleSize()).isEqualTo(1204);
        assertThat(CELLS.count(Count.ZERO).value()).as("a count of nothing is 0, defined").hasValue(0);
    }

    @Test
    void should_make_duration_cells_in_seconds_with_the_measured_count() {
        // GIVEN 10 s, 17 s and 38 s measured, and one ticket with no reply
        DurationStats frt = DurationStats.builder().addNanos(10_000_000_000L).addNanos(17_000_000_000L)
                .addNanos(38_000_000_000L).addUnmeasured().build();
        // THEN
        Cell.Measure mean = CELLS.meanDuration(frt);
        assertThat(mean.unit()).isEqualTo(Unit.DURATION);
        assertThat(mean.value().getAsDouble()).isCloseTo(65.0 / 3, within(1e-9));
        assertThat(mean.sampleSize()).isEqualTo(3);
        assertThat(CELLS.medianDuration(frt).value()).hasValue(17);
        assertThat(CELLS.percentileDuration(frt, 100).value()).hasValue(38);
        assertThat(CELLS.percentileDuration(frt, 0).value()).hasValue(10);
        assertThat(CELLS.medianDuration(DurationStats.EMPTY).value()).isEmpty();
        assertThatThrownBy(() -> CELLS.percentileDuration(frt, 101)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_leave_the_median_of_totals_undefined_but_keep_its_sample() {
        DurationStats totals = DurationStats.ofTotals(3, Duration.ofSeconds(65), 0);
        assertThat(CELLS.medianDuration(totals).value()).isEmpty();
        assertThat(CELLS.medianDuration(totals).sampleSize()).isEqualTo(3);
        assertThat(CELLS.meanDuration(totals).value().getAsDouble()).isCloseTo(65.0 / 3, within(1e-9));
    }

    @Test
    void should_make_a_share_of_frequencies_over_every_record_counted() {
        // GIVEN 3 billing, 1 login and 1 with no category
        Frequencies<String> categories = Frequencies.of(Map.of("billing", 3L, "login", 1L), 1);
        Cell.Measure share = CELLS.share(categories, "billing");
        assertThat(share.value()).hasValue(60);
        assertThat(share.numerator()).hasValue(3);
        assertThat(share.denominator()).hasValue(5);
        assertThat(CELLS.share(categories, "refund").value()).hasValue(0);
        assertThat(CELLS.share(Frequencies.<String>empty(), "billing").value()).isEmpty();
    }

    @Test
    void should_attach_a_target() {
        Target<Ratio> csat = Target.atLeast("csat >= 85%", Ratio::percent, 85);
        Ratio r = Ratio.of(105, 120);
        Cell.Measure c = CELLS.withTarget(CELLS.percent(r), csat.evaluate(r));
        assertThat(c.target()).isPresent();
        assertThat(c.target().get().outcome()).isEqualTo(Target.Outcome.MET);
        assertThat(c.value()).hasValue(87.5);
    }

    @Test
    void should_make_text_and_moment_cells() {
        assertThat(CELLS.text("chat")).isEqualTo(new Cell.Text("chat"));
        Instant at = Instant.parse("2026-04-13T08:00:00Z");
        assertThat(CELLS.moment(at).instant()).isEqualTo(at);
        assertThatThrownBy(() -> CELLS.text(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
    }

    @Test
    void should_carry_wilson_and_nps_intervals_at_95_percent_and_mark_fewer_than_30_by_default() {
        // reference values computed independently with Python's math module from the Wilson score formula
        // and the NPS variance (pP(1-pP) + pD(1-pD) + 2 pP pD) / n, z = 1.959963984540054
        Cells cells = Cells.defaults();
        Cell.Measure csat = cells.percent(Ratio.of(105, 120));
        assertThat(csat.interval().get().lower()).isCloseTo(80.39705979199262, within(1e-9));
        assertThat(csat.interval().get().upper()).isCloseTo(92.27650272660462, within(1e-9));
        assertThat(csat.interval().get().level()).isEqualTo(0.95);
        Cell.Measure none = cells.percent(Ratio.of(0, 10));
        assertThat(none.interval().get().lower()).isZero();
        assertThat(none.interval().get().upper()).isCloseTo(27.75327998628892, within(1e-9));
        assertThat(none.tooFew()).as("10 < 30").isTrue();
        assertThat(csat.tooFew()).isFalse();
        Cell.Measure nps = cells.nps(new NpsTally(50, 30, 20));
        assertThat(nps.interval().get().lower()).isCloseTo(14.692191924957328, within(1e-9));
        assertThat(nps.interval().get().upper()).isCloseTo(45.30780807504267, within(1e-9));
        assertThat(cells.minimumSample()).isEqualTo(MinimumSample.DEFAULT.n());
        assertThat(cells.mean(Mean.of(17, 4)).interval()).isEmpty();
        assertThat(cells.percent(Ratio.EMPTY).interval()).isEmpty();
    }

    @Test
    void should_take_another_level_and_a_minimum_sample_rule() {
        Cells cells = Cells.defaults().withLevel(0.9).withMinimumSample(MinimumSample.of(5));
        Cell.Measure c = cells.percent(Ratio.of(105, 120));
        assertThat(c.interval().get().level()).isEqualTo(0.9);
        assertThat(c.interval().get().width()).isLessThan(Cells.defaults().percent(Ratio.of(105, 120)).interval().get().width());
        assertThat(cells.percent(Ratio.of(4, 5)).tooFew()).isFalse();
        assertThat(cells.percent(Ratio.of(3, 4)).tooFew()).isTrue();
        assertThatThrownBy(() -> Cells.defaults().withLevel(1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("level");
    }
}
