package io.github.supportkpi.speed;

import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.time.TimeBand;
import io.github.supportkpi.time.TimeBands;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimeBandsTest {
    private static final Duration H = Duration.ofHours(1);

    @Test
    void should_cut_chatwoots_bands_at_1_4_8_and_24_hours() {
        // Chatwoot's report bands: 0-1h, 1-4h, 4-8h, 8-24h, 24h+
        TimeBands bands = TimeBands.chatwoot();
        assertThat(bands.bounds()).containsExactly(H, H.multipliedBy(4), H.multipliedBy(8), H.multipliedBy(24));
        assertThat(bands.bands()).extracting(TimeBand::label).containsExactly("<1h", "1h-4h", "4h-8h", "8h-1d", ">=1d");
        assertThat(bands.bands().get(4).to()).isEmpty();
        assertThat(bands).isEqualTo(TimeBands.of(H, H.multipliedBy(4), H.multipliedBy(8), Duration.ofDays(1)));
    }

    @Test
    void should_put_a_bound_in_the_band_above_it() {
        TimeBands bands = TimeBands.chatwoot();
        assertThat(bands.bandOf(Duration.ZERO).label()).isEqualTo("<1h");
        assertThat(bands.bandOf(H.minusNanos(1)).label()).isEqualTo("<1h");
        assertThat(bands.bandOf(H).label()).isEqualTo("1h-4h");
        assertThat(bands.bandOf(Duration.ofDays(1)).label()).isEqualTo(">=1d");
        assertThat(bands.bandOf(Duration.ofDays(400)).label()).isEqualTo(">=1d");
    }

    @Test
    void should_count_a_first_response_times_durations_per_band_with_the_unmeasured_apart() {
        // GIVEN first responses after 20 min, exactly 1 h, 3 h 59 min, 5 h, 30 h, 2 days, and 2 tickets unanswered
        DurationStats frt = DurationStats.ofNanos(new long[] {Duration.ofMinutes(20).toNanos(), H.toNanos(),
                Duration.ofMinutes(239).toNanos(), H.multipliedBy(5).toNanos(), H.multipliedBy(30).toNanos(),
                Duration.ofDays(2).toNanos()}, 2);
        // WHEN
        TimeBandCounts counts = TimeBandCounts.of(TimeBands.chatwoot(), frt).orElseThrow();
        // THEN 1 under an hour, 2 from 1 to 4 hours, 1 from 4 to 8, none from 8 to 24, 2 of a day or more
        assertThat(counts.counts()).containsExactly(1L, 2L, 1L, 0L, 2L);
        assertThat(counts.measured()).isEqualTo(6);
        assertThat(counts.unmeasured()).isEqualTo(2);
        assertThat(counts.summary()).isEqualTo(DurationStats.Summary.EXACT);
        TimeBand first = TimeBands.chatwoot().bands().get(0);
        assertThat(counts.count(first)).isEqualTo(1);
        assertThat(counts.share(first)).isEqualTo(Ratio.of(1, 6));
        assertThat(counts.byBand().keySet()).containsExactlyElementsOf(TimeBands.chatwoot().bands());
    }

    @Test
    void should_cut_user_bands() {
        // GIVEN bands at 15 minutes and 2 hours
        TimeBands bands = TimeBands.of(Duration.ofMinutes(15), Duration.ofHours(2));
        DurationStats stats = DurationStats.of(Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofMinutes(90),
                Duration.ofHours(3));
        // THEN
        assertThat(bands.bands()).extracting(TimeBand::label).containsExactly("<15m", "15m-2h", ">=2h");
        assertThat(TimeBandCounts.of(bands, stats).orElseThrow().counts()).containsExactly(1L, 2L, 1L);
        assertThat(TimeBands.of().bands()).extracting(TimeBand::label).containsExactly("all");
    }

    @Test
    void should_count_zero_everywhere_with_no_durations_and_leave_shares_undefined() {
        TimeBandCounts counts = TimeBandCounts.of(TimeBands.chatwoot(), DurationStats.EMPTY).orElseThrow();
        assertThat(counts.counts()).containsOnly(0L);
        assertThat(counts.share(TimeBands.chatwoot().bands().get(0)).value()).isEmpty();
    }

    @Test
    void should_be_undefined_from_totals_that_count_durations() {
        // GIVEN a count and a sum of 3 durations, whose distribution is unknown
        DurationStats totals = DurationStats.ofTotals(3, Duration.ofHours(6), 1);
        // THEN no counts; with no durations, zeros
        assertThat(TimeBandCounts.of(TimeBands.chatwoot(), totals)).isEmpty();
        assertThat(TimeBandCounts.of(TimeBands.chatwoot(), DurationStats.ofTotals(0, Duration.ZERO, 4)))
                .hasValueSatisfying(c -> assertThat(c.unmeasured()).isEqualTo(4));
    }

    @Test
    void should_count_whole_sketch_buckets_never_more_below_a_bound_than_there_are() {
        // GIVEN a sketch of 59 min 59.99 s (in the sketch bucket that holds 1 h), of 30 min and of 2 h
        DurationStats sketch = DurationStats.builder(DurationStats.Summary.SKETCH).addNanos(H.minusMillis(10).toNanos())
                .addNanos(Duration.ofMinutes(30).toNanos()).addNanos(H.multipliedBy(2).toNanos()).build();
        int bucket = sketch.sketchBuckets().keySet().stream()
                .filter(i -> DurationStats.sketchBucketHighest(i) >= H.minusMillis(10).toNanos()).findFirst().orElseThrow();
        assertThat(DurationStats.sketchBucketHighest(bucket)).isGreaterThanOrEqualTo(H.toNanos());
        // WHEN
        TimeBandCounts counts = TimeBandCounts.of(TimeBands.chatwoot(), sketch).orElseThrow();
        // THEN 30 min is under the hour; the other, within the sketch's error of the bound, goes to the band above
        assertThat(counts.counts()).containsExactly(1L, 2L, 0L, 0L, 0L);
        assertThat(counts.summary()).isEqualTo(DurationStats.Summary.SKETCH);
    }

    @Test
    void should_refuse_bad_bounds_and_foreign_bands() {
        assertThatThrownBy(() -> TimeBands.of(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bound must be positive: PT0S");
        assertThatThrownBy(() -> TimeBands.of(H, H)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bounds must be strictly increasing: PT1H then PT1H");
        assertThatThrownBy(() -> TimeBands.of(Duration.ofDays(365 * 300))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("bound must be at most ");
        assertThatThrownBy(() -> TimeBands.chatwoot().bandOf(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("duration must not be negative: PT-1S");
        TimeBandCounts counts = TimeBandCounts.of(TimeBands.chatwoot(), DurationStats.EMPTY).orElseThrow();
        assertThatThrownBy(() -> counts.count(TimeBands.of(H).bands().get(1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("band must be one of TimeBands[<1h, 1h-4h, 4h-8h, 8h-1d, >=1d]: >=1h");
        assertThatThrownBy(() -> new TimeBandCounts(TimeBands.of(H), List.of(1L), 0, DurationStats.Summary.EXACT))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("counts must be one per band (2): 1");
        assertThatThrownBy(() -> new TimeBand(0, H, Optional.of(H), "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("to must be after from: PT1H, PT1H");
    }
}
