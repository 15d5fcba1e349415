package io.github.supportkpi.domain;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClockSkewTest {
    private static final Instant EXIT = Instant.parse("2024-03-01T10:00:00Z");
    private static final ClockSkew TWO_SECONDS = ClockSkew.within(Duration.ofSeconds(2));

    @Test
    void should_keep_an_instant_in_order_as_it_is() {
        ClockSkew.Ordered o = TWO_SECONDS.ordered("service start", EXIT.plusSeconds(5), "queue exit", EXIT);
        assertThat(o.instant()).isEqualTo(EXIT.plusSeconds(5));
        assertThat(o.skewed()).isFalse();
        assertThat(TWO_SECONDS.ordered("service start", EXIT, "queue exit", EXIT).skewed()).isFalse();
    }

    @Test
    void should_clamp_an_instant_skewed_within_the_tolerance_to_the_earlier_one() {
        // GIVEN service logged 1.5 s before the queue exit
        ClockSkew.Ordered o = TWO_SECONDS.ordered("service start", EXIT.minusMillis(1500), "queue exit", EXIT);
        // THEN it is kept at the queue exit: the wait it ends is 0, never negative
        assertThat(o.instant()).isEqualTo(EXIT);
        assertThat(o.skew()).isEqualTo(Duration.ofMillis(1500));
        assertThat(o.skewed()).isTrue();
        assertThat(o.field()).isEqualTo("service start");
        assertThat(o.rule()).isEqualTo("before queue exit within PT2S");
        // at exactly the tolerance it is still kept
        assertThat(TWO_SECONDS.ordered("service start", EXIT.minusSeconds(2), "queue exit", EXIT).instant())
                .isEqualTo(EXIT);
    }

    @Test
    void should_refuse_a_skew_beyond_the_tolerance() {
        assertThatThrownBy(() -> TWO_SECONDS.ordered("service start", EXIT.minusMillis(2001), "queue exit", EXIT))
                .isInstanceOf(FieldException.class)
                .hasMessage("service start must not be before queue exit by more than PT2S: \"2024-03-01T09:59:57.999Z"
                        + " is PT2.001S before queue exit 2024-03-01T10:00:00Z\"");
        assertThatThrownBy(() -> ClockSkew.NONE.ordered("service start", EXIT.minusNanos(1), "queue exit", EXIT))
                .isInstanceOf(FieldException.class);
    }

    @Test
    void should_count_a_skewed_row_as_suspect_and_refuse_one_beyond_the_tolerance() {
        // GIVEN three calls: in order, 1 s early, 3 s early
        Ingestion<Duration> in = Ingestion.lenient(2);
        long[] earlyMillis = {-4000, 1000, 3000};
        for (int i = 0; i < earlyMillis.length; i++) {
            Instant start = EXIT.minusMillis(earlyMillis[i]);
            String line = "line " + (i + 2);
            in.add(line, () -> Duration.between(EXIT,
                    TWO_SECONDS.ordered("service start", start, "queue exit", EXIT).flag(in, line)));
        }
        // THEN the skewed call is kept with a wait of 0 and counted as suspect; the third is refused
        assertThat(in.records()).containsExactly(Duration.ofSeconds(4), Duration.ZERO);
        DataQuality q = in.report();
        assertThat(q.kept()).isEqualTo(2);
        assertThat(q.suspectByReason()).containsExactly(java.util.Map.entry("service start before queue exit within PT2S", 1L));
        assertThat(q.rejectedByReason())
                .containsExactly(java.util.Map.entry("service start must not be before queue exit by more than PT2S", 1L));
        assertThat(q.examples(new DataQuality.Reason(DataQuality.Kind.SUSPECT, "service start",
                "before queue exit within PT2S"))).containsExactly("line 3: skew PT1S");
    }

    @Test
    void should_refuse_a_negative_tolerance() {
        assertThatThrownBy(() -> ClockSkew.within(Duration.ofSeconds(-1)))
                .hasMessage("tolerance must not be negative: PT-1S");
    }
}
