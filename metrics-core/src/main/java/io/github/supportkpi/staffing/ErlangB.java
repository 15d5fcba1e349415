package io.github.supportkpi.staffing;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * The Erlang B loss model (M/M/N/N) of traffic offered to {@code N} trunks (lines, ports, licences): a call
 * that finds every trunk busy is blocked and lost, nobody queues. Immutable and thread-safe.
 *
 * <p>The blocking probability of {@code N} trunks offered {@code A} Erlangs is
 * {@code B(N) = (A^N / N!) / Σ_{k=0..N} A^k / k!}, computed by the recurrence
 * {@code B(0) = 1, B(n) = A·B(n−1) / (n + A·B(n−1))}: no factorial, no power, no overflow; the recurrence
 * stops once {@code B} underflows to zero, so any {@code int} of trunks is computed at once.
 *
 * <pre>{@code
 * ErlangB lines = ErlangB.of(25);   // 25 Erlangs offered
 * lines.blocking(30);               // 0.0526: about 5% of calls blocked with 30 trunks
 * lines.trunks(0.01);               // 36: the fewest trunks blocking at most 1%
 * }</pre>
 *
 * @param trafficIntensity the traffic offered, in Erlangs: finite, not negative, at most
 *     {@link ErlangC#MAX_TRAFFIC_INTENSITY}
 */
public record ErlangB(double trafficIntensity) {
    /**
     * Validates the traffic.
     *
     * @throws IllegalArgumentException if the traffic is negative, NaN or above
     *     {@link ErlangC#MAX_TRAFFIC_INTENSITY}
     */
    public ErlangB {
        if (!(trafficIntensity >= 0 && trafficIntensity <= ErlangC.MAX_TRAFFIC_INTENSITY)) {
            throw new IllegalArgumentException("trafficIntensity must be within [0, "
                    + (long) ErlangC.MAX_TRAFFIC_INTENSITY + "] Erlangs: " + trafficIntensity);
        }
    }

    /**
     * The traffic of {@code erlangs} Erlangs.
     *
     * @param erlangs the traffic, in [0, {@link ErlangC#MAX_TRAFFIC_INTENSITY}]
     * @return the model
     * @throws IllegalArgumentException if out of range
     */
    public static ErlangB of(double erlangs) {
        return new ErlangB(erlangs);
    }

    /**
     * The traffic of {@code arrivals} calls per {@code interval}, each holding a trunk for
     * {@code averageHoldingTime}: {@code arrivals · holding / interval} Erlangs.
     *
     * @param arrivals the calls per interval, finite and not negative
     * @param interval the interval, positive
     * @param averageHoldingTime the mean time a call holds a trunk, positive
     * @return the model
     * @throws IllegalArgumentException if a value is out of range
     */
    public static ErlangB of(double arrivals, Duration interval, Duration averageHoldingTime) {
        Objects.requireNonNull(averageHoldingTime, "averageHoldingTime");
        if (averageHoldingTime.isNegative() || averageHoldingTime.isZero()) {
            throw new IllegalArgumentException("averageHoldingTime must be positive: " + averageHoldingTime);
        }
        Load.check(arrivals, interval, averageHoldingTime, ErlangC.MAX_TRAFFIC_INTENSITY);
        return new ErlangB(arrivals * Load.seconds(averageHoldingTime) / Load.seconds(interval));
    }

    /**
     * The probability that a call is blocked with {@code trunks} trunks: the Erlang B formula.
     *
     * @param trunks the trunks, not negative
     * @return the blocking probability, in [0, 1]: 1 with no trunk (the formula's {@code B(0)}), 0 with no
     *     traffic and some trunk
     * @throws IllegalArgumentException if {@code trunks} is negative
     */
    public double blocking(int trunks) {
        if (trunks < 0) {
            throw new IllegalArgumentException("trunks must not be negative: " + trunks);
        }
        return Load.erlangB(trunks, trafficIntensity);
    }

    /**
     * The fewest trunks whose blocking probability is at most {@code maxBlocking}, found one trunk at a
     * time along the recurrence (blocking falls as trunks are added).
     *
     * @param maxBlocking the highest acceptable blocking probability, in (0, 1]
     * @return the trunks; zero when there is no traffic (nothing to carry) or {@code maxBlocking} is 1
     * @throws IllegalArgumentException if {@code maxBlocking} is out of range, or more than
     *     {@link StaffingModel#MAX_AGENTS} trunks would be needed
     */
    public int trunks(double maxBlocking) {
        if (!(maxBlocking > 0 && maxBlocking <= 1)) {
            throw new IllegalArgumentException("maxBlocking must be within (0, 1]: " + maxBlocking);
        }
        if (trafficIntensity == 0) {
            return 0;
        }
        double b = 1;
        for (int n = 0; n <= StaffingModel.MAX_AGENTS; n++) {
            if (n > 0) {
                b = trafficIntensity * b / (n + trafficIntensity * b);
            }
            if (b <= maxBlocking) {
                return n;
            }
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT,
                "maxBlocking must be met by at most %d trunks for %s Erlangs: %s",
                StaffingModel.MAX_AGENTS, trafficIntensity, maxBlocking));
    }
}
