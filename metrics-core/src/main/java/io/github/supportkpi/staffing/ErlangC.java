package io.github.supportkpi.staffing;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The Erlang C queueing model (M/M/N) of one traffic situation: calls arriving at random at a steady
 * rate, each handled for an average handle time by one of {@code N} agents, waiting in one queue with
 * nobody hanging up. Immutable and thread-safe.
 *
 * <p>The traffic intensity is {@code A = λ·AHT} Erlangs, {@code λ = arrivals / interval}: 100 calls in
 * 30 minutes with an AHT of 180 s is {@code 100 · 180 / 1800 = 10} Erlangs, ten agents busy all the time.
 * {@link #outcome(int, Duration)} predicts the probability of waiting, service level, average speed of
 * answer and occupancy for {@code N} agents (catalogue metric M61); {@link #requirement(StaffingGoal)}
 * finds the smallest {@code N} meeting a goal (M60).
 *
 * <p>The Erlang B blocking probability comes from the recurrence
 * {@code B(0) = 1, B(n) = A·B(n−1) / (n + A·B(n−1))}, which neither overflows nor loses precision for
 * hundreds or thousands of agents (no factorials, no powers); Erlang C follows as
 * {@code P_w = N·B(N) / (N − A·(1 − B(N)))}. See {@link StaffingOutcome} for the other formulas.
 *
 * <pre>{@code
 * ErlangC traffic = ErlangC.of(100, Duration.ofMinutes(30), Duration.ofSeconds(180));  // A = 10 Erlangs
 * StaffingRequirement need = traffic.requirement(StaffingGoal.ofPercent(80, Duration.ofSeconds(20)));
 * need.agents();                                     // 14
 * traffic.outcome(13, Duration.ofSeconds(20)).serviceLevel();  // 0.7956: 13 agents are not enough
 * }</pre>
 *
 * @param arrivals the calls arriving per interval, finite and not negative; may be a fractional forecast
 * @param interval the length of the interval, positive
 * @param averageHandleTime the average handle time (talk, hold and after-call work), positive
 */
public record ErlangC(double arrivals, Duration interval, Duration averageHandleTime) {
    /** The largest traffic intensity accepted, in Erlangs: staffing is searched agent by agent. */
    public static final double MAX_TRAFFIC_INTENSITY = 1_000_000;

    /**
     * Validates the traffic situation.
     *
     * @throws NullPointerException if a duration is null
     * @throws IllegalArgumentException if {@code arrivals} is negative, NaN or infinite, a duration is not
     *     positive, or the traffic intensity exceeds {@link #MAX_TRAFFIC_INTENSITY}
     */
    public ErlangC {
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
        if (!(a <= MAX_TRAFFIC_INTENSITY)) {
            throw new IllegalArgumentException(
                    "traffic intensity must be at most " + (long) MAX_TRAFFIC_INTENSITY + " Erlangs: " + a
                            + " (" + arrivals + " arrivals per " + interval + ", AHT " + averageHandleTime + ")");
        }
    }

    /**
     * The traffic situation of {@code arrivals} calls per {@code interval}, each handled in
     * {@code averageHandleTime} on average.
     *
     * @param arrivals the calls per interval, finite and not negative
     * @param interval the interval, positive
     * @param averageHandleTime the average handle time, positive
     * @return the model
     * @throws IllegalArgumentException as the constructor does
     */
    public static ErlangC of(double arrivals, Duration interval, Duration averageHandleTime) {
        return new ErlangC(arrivals, interval, averageHandleTime);
    }

    /**
     * The traffic intensity {@code A = arrivals · AHT / interval}, in Erlangs: the number of agents that
     * would be busy all the time.
     *
     * @return the intensity, not negative
     */
    public double trafficIntensity() {
        return arrivals * seconds(averageHandleTime) / seconds(interval);
    }

    /**
     * What the model predicts with {@code agents} agents (M61): probability of waiting, service level at
     * {@code targetAnswerTime}, average speed of answer and occupancy, by the formulas and edge cases of
     * {@link StaffingOutcome}.
     *
     * @param agents the number of agents {@code N}, not negative; positive when there is traffic
     * @param targetAnswerTime the target answer time of the service level, not negative
     * @return the outcome
     * @throws IllegalArgumentException if {@code agents} is negative, or zero while there is traffic, or the
     *     target is negative
     */
    public StaffingOutcome outcome(int agents, Duration targetAnswerTime) {
        Objects.requireNonNull(targetAnswerTime, "targetAnswerTime");
        if (targetAnswerTime.isNegative()) {
            throw new IllegalArgumentException("targetAnswerTime must not be negative: " + targetAnswerTime);
        }
        double a = trafficIntensity();
        if (agents < 0) {
            throw new IllegalArgumentException("agents must not be negative: " + agents);
        }
        if (agents == 0 && a > 0) {
            throw new IllegalArgumentException(
                    "agents must be positive for positive traffic (" + a + " Erlangs): " + agents);
        }
        double b = 1;
        for (int n = 1; n <= agents; n++) {
            b = a * b / (n + a * b);
        }
        return outcome(agents, a, b, targetAnswerTime);
    }

    /**
     * The smallest number of agents meeting the goal (M60): whose service level at the goal's target
     * answer time is at least the goal's, and whose occupancy is at most the goal's cap; with the outcome
     * for that many and the positions to schedule after the goal's shrinkage.
     *
     * <p>The search starts at {@code floor(A) + 1}, the fewest agents giving a stable queue, and adds one
     * agent at a time, continuing the Erlang B recurrence. With no traffic ({@code A = 0}) no agent is
     * required: zero agents and zero positions.
     *
     * @param goal the goal
     * @return the requirement
     * @throws IllegalArgumentException if the goal needs more than {@link Integer#MAX_VALUE} agents (a
     *     tiny occupancy cap on heavy traffic)
     */
    public StaffingRequirement requirement(StaffingGoal goal) {
        Objects.requireNonNull(goal, "goal");
        double a = trafficIntensity();
        Duration target = goal.targetAnswerTime();
        if (a == 0) {
            return new StaffingRequirement(0, 0, outcome(0, 0, 1, target));
        }
        // Enough for the occupancy cap, plus far more than any service level below 1 needs: P_w falls
        // faster than e^(-k^2/2) at N = A + k·sqrt(A) (Halfin and Whitt).
        double bound = Math.ceil(a / goal.maxOccupancy()) + Math.ceil(a) + 20 * Math.ceil(Math.sqrt(a)) + 100;
        if (!(bound < Integer.MAX_VALUE)) {
            throw new IllegalArgumentException("maxOccupancy must allow at most " + Integer.MAX_VALUE
                    + " agents for " + a + " Erlangs: " + goal.maxOccupancy());
        }
        int start = (int) Math.floor(a) + 1;
        double b = 1;
        for (int n = 1; n < start; n++) {
            b = a * b / (n + a * b);
        }
        for (int n = start; n <= bound; n++) {
            b = a * b / (n + a * b);
            StaffingOutcome outcome = outcome(n, a, b, target);
            if (outcome.meets(goal)) {
                return new StaffingRequirement(n, goal.positions(n), outcome);
            }
        }
        throw new IllegalStateException("no staffing up to " + (long) bound + " agents meets " + goal
                + " for " + a + " Erlangs");
    }

    /** The outcome for {@code n} agents, traffic {@code a} and Erlang B {@code b = B(n)}. */
    private StaffingOutcome outcome(int n, double a, double b, Duration target) {
        if (a == 0) {
            return new StaffingOutcome(n, target, 0, 1, Optional.of(Duration.ZERO), 0);
        }
        if (n <= a) {
            return new StaffingOutcome(n, target, 1, 0, Optional.empty(), 1);
        }
        double aht = seconds(averageHandleTime);
        // P_w <= 1 since B <= 1; the clamp only absorbs rounding error when N is within an ulp of A.
        double pw = Math.min(1, n * b / (n - a * (1 - b)));
        double serviceLevel = 1 - pw * Math.exp(-(n - a) * seconds(target) / aht);
        double asa = pw * aht / (n - a);
        return new StaffingOutcome(n, target, pw, serviceLevel, Optional.of(duration(asa)), a / n);
    }

    private static double seconds(Duration d) {
        return d.getSeconds() + d.getNano() / 1e9;
    }

    /** The duration of {@code seconds}, rounded to the nanosecond; saturates at the longest duration. */
    private static Duration duration(double seconds) {
        if (seconds >= Long.MAX_VALUE) {
            return Duration.ofSeconds(Long.MAX_VALUE, 999_999_999);
        }
        long whole = (long) Math.floor(seconds);
        long nanos = Math.round((seconds - whole) * 1e9);
        return Duration.ofSeconds(whole, nanos);
    }
}
