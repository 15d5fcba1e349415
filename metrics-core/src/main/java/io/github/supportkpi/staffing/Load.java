package io.github.supportkpi.staffing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * The offered work of a traffic situation in exact decimal arithmetic, and the shared numerics of the
 * staffing models: the Erlang B recurrence, durations in seconds, the validation of a traffic situation.
 *
 * <p>The work is {@code arrivals · AHT} and each agent supplies {@code interval} of time, both in
 * nanoseconds; {@code arrivals} is read as the decimal it prints as ({@link BigDecimal#valueOf(double)}),
 * so 98 calls of 180 s in 30 minutes are exactly 9.8 Erlangs and exactly 70% of 14 agents.
 */
final class Load {
    private static final MathContext EXACT_ENOUGH = MathContext.DECIMAL128;

    /** {@code arrivals · AHT} in nanoseconds, exact. */
    private final BigDecimal work;
    /** The interval in nanoseconds, exact: the time one agent supplies. */
    private final BigDecimal perAgent;

    private Load(BigDecimal work, BigDecimal perAgent) {
        this.work = work;
        this.perAgent = perAgent;
    }

    static Load of(double arrivals, Duration interval, Duration averageHandleTime) {
        return new Load(BigDecimal.valueOf(arrivals).multiply(nanos(averageHandleTime)), nanos(interval));
    }

    /** Whether there is no traffic at all. */
    boolean isZero() {
        return work.signum() == 0;
    }

    /** Whether {@code agents} exceed the traffic intensity, exactly: the Erlang C queue is then stable. */
    boolean isExceededBy(long agents) {
        return perAgent.multiply(BigDecimal.valueOf(agents)).compareTo(work) > 0;
    }

    /** {@code floor(A)}, exactly. */
    long floorErlangs() {
        return work.divide(perAgent, 0, RoundingMode.FLOOR).longValueExact();
    }

    /** {@code N − A}, computed exactly and rounded once. */
    double gap(long agents) {
        return perAgent.multiply(BigDecimal.valueOf(agents)).subtract(work).divide(perAgent, EXACT_ENOUGH).doubleValue();
    }

    /** {@code A / N}, computed exactly and rounded once, so that it compares with a decimal cap as exactly. */
    double occupancy(long agents) {
        return work.divide(perAgent.multiply(BigDecimal.valueOf(agents)), EXACT_ENOUGH).doubleValue();
    }

    /**
     * The fewest agents whose occupancy {@code A / N} is at most {@code cap}: {@code ceil(A / cap)}, exactly.
     * Zero when there is no traffic.
     */
    BigDecimal agentsForOccupancy(BigDecimal cap) {
        return work.divide(perAgent.multiply(cap), 0, RoundingMode.CEILING);
    }

    /**
     * Erlang B, the blocking probability of {@code n} servers offered {@code a} Erlangs, by the recurrence
     * {@code B(0) = 1, B(k) = a·B(k−1) / (k + a·B(k−1))}. It stops once {@code B} has underflowed to zero,
     * where it stays, so any {@code n} costs at most a few times {@code a} plus about a thousand steps (it
     * falls like {@code a^k / k!} once {@code k > a}, then lingers among subnormal numbers until
     * {@code k > 2a}).
     */
    static double erlangB(long n, double a) {
        double b = 1;
        for (long k = 1; k <= n && b > 0; k++) {
            b = a * b / (k + a * b);
        }
        return b;
    }

    static double seconds(Duration d) {
        return d.getSeconds() + d.getNano() / 1e9;
    }

    static BigDecimal nanos(Duration d) {
        return BigDecimal.valueOf(d.getSeconds()).scaleByPowerOfTen(9).add(BigDecimal.valueOf(d.getNano()));
    }

    /** The duration of {@code seconds}, rounded to the nanosecond; saturates at the longest duration. */
    static Duration duration(double seconds) {
        if (seconds >= Long.MAX_VALUE) {
            return Duration.ofSeconds(Long.MAX_VALUE, 999_999_999);
        }
        long whole = (long) Math.floor(seconds);
        long nanos = Math.round((seconds - whole) * 1e9);
        return Duration.ofSeconds(whole, nanos);
    }

    /**
     * Validates a traffic situation as every model reads it.
     *
     * @throws IllegalArgumentException naming the field and the value
     */
    static void check(double arrivals, Duration interval, Duration averageHandleTime, double maxIntensity) {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(averageHandleTime, "averageHandleTime");
        if (!(arrivals >= 0 && arrivals < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("arrivals must be finite and not negative: " + arrivals);
        }
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive: " + interval);
        }
        if (averageHandleTime.isNegative() || averageHandleTime.isZero()) {
            throw new IllegalArgumentException("averageHandleTime must be positive: " + averageHandleTime);
        }
        double a = arrivals * seconds(averageHandleTime) / seconds(interval);
        if (!(a <= maxIntensity)) {
            throw new IllegalArgumentException(
                    "traffic intensity must be at most " + (long) maxIntensity + " Erlangs: " + a
                            + " (" + arrivals + " arrivals per " + interval + ", AHT " + averageHandleTime + ")");
        }
    }

    /**
     * Validates a number of agents for an outcome.
     *
     * @throws IllegalArgumentException if negative, or zero while there is traffic
     */
    static void checkAgents(int agents, double erlangs) {
        if (agents < 0) {
            throw new IllegalArgumentException("agents must not be negative: " + agents);
        }
        if (agents == 0 && erlangs > 0) {
            throw new IllegalArgumentException(
                    "agents must be positive for positive traffic (" + erlangs + " Erlangs): " + agents);
        }
    }

    static void checkTarget(Duration targetAnswerTime) {
        Objects.requireNonNull(targetAnswerTime, "targetAnswerTime");
        if (targetAnswerTime.isNegative()) {
            throw new IllegalArgumentException("targetAnswerTime must not be negative: " + targetAnswerTime);
        }
    }

    /** The refusal of a goal that needs more agents than the models search. */
    static IllegalArgumentException tooManyAgents(StaffingGoal goal, double erlangs, String why) {
        return new IllegalArgumentException(String.format(Locale.ROOT,
                "goal must be met by at most %d agents (StaffingModel.MAX_AGENTS) for %s Erlangs: %s%s",
                StaffingModel.MAX_AGENTS, erlangs, goal, why));
    }
}
