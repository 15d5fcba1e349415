package io.github.supportkpi.report;

import io.github.supportkpi.time.Bucket;
import io.github.supportkpi.time.Granularity;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodChangeTest {
    private static final Bucket MARCH = Bucket.of(LocalDate.parse("2024-03-01"), Granularity.MONTH, ZoneOffset.UTC);
    private static final Bucket APRIL = MARCH.next();

    private static PeriodChange change(OptionalDouble previous, OptionalDouble current) {
        return new PeriodChange(MARCH, APRIL, previous, current);
    }

    @Test
    void should_give_the_absolute_and_relative_change() {
        // GIVEN an NPS from 40 to 30
        PeriodChange c = change(OptionalDouble.of(40), OptionalDouble.of(30));
        // THEN -10 points, -25%
        assertThat(c.absolute()).hasValue(-10.0);
        assertThat(c.percent()).hasValue(-25.0);
        assertThat(c).hasToString("2024-03 -> 2024-04: 40.00 -> 30.00 (-10.00, -25.00%)");
    }

    @Test
    void should_give_the_direction_of_a_change_of_negative_values() {
        // GIVEN an NPS from -20 to -10: up by half its magnitude
        PeriodChange c = change(OptionalDouble.of(-20), OptionalDouble.of(-10));
        assertThat(c.absolute()).hasValue(10.0);
        assertThat(c.percent()).hasValue(50.0);
    }

    @Test
    void should_be_undefined_without_both_values_or_from_zero() {
        assertThat(change(OptionalDouble.empty(), OptionalDouble.of(1)).absolute()).isEmpty();
        assertThat(change(OptionalDouble.empty(), OptionalDouble.of(1)).percent()).isEmpty();
        assertThat(change(OptionalDouble.of(1), OptionalDouble.empty()).absolute()).isEmpty();
        assertThat(change(OptionalDouble.of(0), OptionalDouble.of(5)).absolute()).hasValue(5.0);
        assertThat(change(OptionalDouble.of(0), OptionalDouble.of(5)).percent()).isEmpty();
        assertThat(change(OptionalDouble.of(0), OptionalDouble.of(0)).percent()).isEmpty();
        assertThat(change(OptionalDouble.empty(), OptionalDouble.empty()))
                .hasToString("2024-03 -> 2024-04: n/a -> n/a (n/a, n/a)");
        // too large for a double: undefined, not infinite
        assertThat(change(OptionalDouble.of(-Double.MAX_VALUE), OptionalDouble.of(Double.MAX_VALUE)).absolute())
                .isEmpty();
        assertThat(change(OptionalDouble.of(Double.MIN_VALUE), OptionalDouble.of(1)).percent()).isEmpty();
    }

    @Test
    void should_validate() {
        assertThatThrownBy(() -> change(OptionalDouble.of(Double.NaN), OptionalDouble.of(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("previous must be finite: NaN");
        assertThatThrownBy(() -> change(OptionalDouble.of(1), OptionalDouble.of(Double.POSITIVE_INFINITY)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("current must be finite: Infinity");
        assertThatThrownBy(() -> new PeriodChange(APRIL, MARCH, OptionalDouble.empty(), OptionalDouble.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("previousBucket must be before bucket: 2024-04/2024-03");
        assertThatThrownBy(() -> new PeriodChange(MARCH, APRIL, null, OptionalDouble.empty()))
                .isInstanceOf(NullPointerException.class).hasMessage("previous");
    }
}
