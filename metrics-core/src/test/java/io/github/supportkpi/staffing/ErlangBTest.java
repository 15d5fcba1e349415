package io.github.supportkpi.staffing;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Worked examples of the Erlang B loss model. Reference values: the Erlang B table of traffic offered at 1%
 * blocking, as printed in teletraffic handbooks (5 trunks 1.361 Erlangs, 10 trunks 4.461, 20 trunks 12.031;
 * for example V. B. Iversen, "Teletraffic Engineering and Network Planning", DTU, table of the Erlang B
 * formula), the Wolfram Language documentation example "30 call lines and 25 Erlangs, blocking approximately
 * 0.05", and the closed form in 60-digit decimal arithmetic ({@link QueueReference#erlangB}).
 */
class ErlangBTest {
    @Test
    void should_block_one_percent_at_the_traffic_of_the_erlang_b_table() {
        // GIVEN the table's traffic at 1% blocking, to the four significant digits it prints
        // WHEN / THEN
        assertThat(ErlangB.of(1.361).blocking(5)).isCloseTo(0.01, within(0.00002));
        assertThat(ErlangB.of(4.461).blocking(10)).isCloseTo(0.01, within(0.00002));
        assertThat(ErlangB.of(12.031).blocking(20)).isCloseTo(0.01, within(0.00002));
    }

    @Test
    void should_block_about_five_percent_of_25_erlangs_on_30_lines() {
        // GIVEN 25 Erlangs
        ErlangB lines = ErlangB.of(25);
        // WHEN
        double blocking = lines.blocking(30);
        // THEN about 0.05 (Wolfram), exactly the closed form's value
        assertThat(blocking).isCloseTo(0.05, within(0.005));
        assertThat(blocking).isCloseTo(QueueReference.erlangB(BigDecimal.valueOf(25), 30), within(1e-15));
    }

    @Test
    void should_agree_with_the_closed_form_in_decimal_arithmetic() {
        for (double a : new double[] {0.1, 1, 7.5, 42, 180}) {
            for (int n : new int[] {1, 2, 10, 50, 200}) {
                assertThat(ErlangB.of(a).blocking(n)).as("B(%s, %s)", n, a)
                        .isCloseTo(QueueReference.erlangB(BigDecimal.valueOf(a), n), within(1e-14));
            }
        }
    }

    @Test
    void should_find_the_fewest_trunks_for_a_blocking_goal() {
        // GIVEN 25 Erlangs and at most 1% blocked
        ErlangB lines = ErlangB.of(25);
        // WHEN
        int trunks = lines.trunks(0.01);
        // THEN the closed form crosses 1% between 35 and 36 trunks
        assertThat(QueueReference.erlangB(BigDecimal.valueOf(25), 35)).isGreaterThan(0.01);
        assertThat(QueueReference.erlangB(BigDecimal.valueOf(25), 36)).isLessThanOrEqualTo(0.01);
        assertThat(trunks).isEqualTo(36);
    }

    @Test
    void should_read_traffic_from_calls_and_holding_time() {
        // GIVEN 300 calls an hour holding a line 5 minutes: 25 Erlangs
        ErlangB lines = ErlangB.of(300, Duration.ofHours(1), Duration.ofMinutes(5));
        // WHEN / THEN
        assertThat(lines.trafficIntensity()).isEqualTo(25.0);
        assertThat(lines.trunks(0.01)).isEqualTo(36);
    }

    @Test
    void should_need_no_trunk_for_no_traffic_and_block_every_call_with_none() {
        assertThat(ErlangB.of(0).trunks(0.01)).isZero();
        assertThat(ErlangB.of(0).blocking(1)).isZero();
        assertThat(ErlangB.of(3).blocking(0)).isEqualTo(1.0);
        assertThat(ErlangB.of(3).trunks(1.0)).isZero();
    }

    @Test
    void should_compute_any_number_of_trunks_at_once() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThat(ErlangB.of(1_000_000).blocking(Integer.MAX_VALUE)).isZero();
            assertThat(ErlangB.of(1_000_000).trunks(1e-300)).isBetween(1_000_000, 1_100_000);
        });
    }

    @Test
    void should_refuse_bad_traffic_trunks_or_goal() {
        assertThatThrownBy(() -> ErlangB.of(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("trafficIntensity must be within [0, 1000000] Erlangs: -1.0");
        assertThatThrownBy(() -> ErlangB.of(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("trafficIntensity must be within [0, 1000000] Erlangs: NaN");
        assertThatThrownBy(() -> ErlangB.of(5).blocking(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("trunks must not be negative: -1");
        assertThatThrownBy(() -> ErlangB.of(5).trunks(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxBlocking must be within (0, 1]: 0.0");
        assertThatThrownBy(() -> ErlangB.of(5, Duration.ofHours(1), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("averageHoldingTime must be positive: PT0S");
    }
}
