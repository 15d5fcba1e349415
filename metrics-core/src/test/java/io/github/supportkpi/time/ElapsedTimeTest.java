package io.github.supportkpi.time;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ElapsedTimeTest {
    private static final Instant A = Instant.parse("2024-03-01T10:00:00.250Z");

    @Test
    void should_measure_calendar_time_to_the_nanosecond() {
        assertThat(ElapsedTime.CALENDAR.nanosBetween(A, A.plusNanos(1_750_000_001L))).isEqualTo(1_750_000_001L);
        assertThat(ElapsedTime.CALENDAR.between(A, A.plus(Duration.ofDays(3)))).isEqualTo(Duration.ofDays(3));
        assertThat(ElapsedTime.CALENDAR.nanosBetween(A, A)).isZero();
    }

    @Test
    void should_refuse_an_end_before_the_start_and_spans_past_292_years() {
        assertThatThrownBy(() -> ElapsedTime.CALENDAR.nanosBetween(A, A.minusNanos(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("end must not be before start: start 2024-03-01T10:00:00.250Z, end 2024-03-01T10:00:00.249999999Z");
        assertThatThrownBy(() -> ElapsedTime.CALENDAR.nanosBetween(Instant.parse("1700-01-01T00:00:00Z"), A))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the time between start and end must be at most about 292 years");
    }
}
