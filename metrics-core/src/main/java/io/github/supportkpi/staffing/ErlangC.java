package io.github.supportkpi.staffing;

import java.math.BigDecimal;
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
 * hundreds or thousands of agents (no factorials, no powers), and stops once {@code B} underflows to zero, so
 * that even {@code outcome(Integer.MAX_VALUE, ..)} returns at once; Erlang C follows as
 * {@code P_w = N·B(N) / (N − A·(1 − B(N)))}. See {@link StaffingOutcome} for the other formulas.
 *
 * <p>Stability ({@code N > A}) and occupancy ({@code A / N}) are decided exactly, with {@code arrivals} read as
 * the decimal it prints as and the durations in nanoseconds: 98 calls in 30 minutes at 180 s are 9.8 Erlangs,
 * exactly 70% of 14 agents, so a 70% occupancy cap is met by 14 agents (in {@code double}, 9.8 / 14 is
 * 0.7000000000000001).
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
public record ErlangC(double arrivals, Duration interval, Duration averageHandleTime) implements StaffingModel {
    /** The largest traffic intensity accepted, in Erlangs. */
    public static final double MAX_TRAFFIC_INTENSITY = 1_000_000;

    /**
     * Validates the traffic situation.
     *
     * @throws NullPointerException if a duration is null
     * @throws IllegalArgumentException if {@code arrivals} is negative, NaN or infinite, a duration is not
     *     positive, or the traffic intensity exceeds {@link #MAX_TRAFFIC_INTENSITY}
     */
    public ErlangC {
        Load.check(arrivals, interval, averageHandleTime, MAX_TRAFFIC_INTENSITY);
    }

    /**
     * The traffic situation of {@code arrivals} calls per {@code interval}, each handled in
     * {@code averageHandleTime} on average.
     *
     * @param arrivals the calls per interval, finite and not negative; may be fractional (a forecast)
     * @param interval the interval, positive
     * @param averageHandleTime the average handle time, positive
     * @return the model
     * @throws IllegalArgumentException as the constructor does
     */
    public static ErlangC of(double arrivals, Duration interval, Duration averageHandleTime) {
        return new ErlangC(arrivals, interval, averageHandleTime);
    }

    /**
     * The same traffic with callers who hang up after waiting {@code averagePatience} on average: the
     * {@link ErlangA} model.
     *
     * @param averagePatience the mean patience, positive
     * @return the Erlang A model
     * @throws IllegalArgumentException as {@link ErlangA}'s constructor does
     */
    public ErlangA withAveragePatience(Duration averagePatience) {
        return new ErlangA(arrivals, interval, averageHandleTime, averagePatience);
    }

    /**
     * The traffic intensity {@code A = arrivals · AHT / interval}, in Erlangs: the number of agents that
     * would be busy all the time.
     *
     * @return the intensity, not negative
     */
    @Override
    public double trafficIntensity() {
        return arrivals * Load.seconds(averageHandleTime) / Load.seconds(interval);
    }

    /**
     * What the model predicts with {@code agents} agents (M61): probability of waiting, service level at
     * {@code targetAnswerTime}, average speed of answer and occupancy, by the formulas and edge cases of
     * {@link StaffingOutcome}; no abandonment. Any {@code int} of agents is computed at once: past the point
     * where {@code B} underflows, nobody waits.
     *
     * @param agents the number of agents {@code N}, not negative; positive when there is traffic
     * @param targetAnswerTime the target answer time of the service level, not negative
     * @return the outcome
     * @throws IllegalArgumentException if {@code agents} is negative, or zero while there is traffic, or the
     *     target is negative
     */
    @Override
    public StaffingOutcome outcome(int agents, Duration targetAnswerTime) {
        Load.checkTarget(targetAnswerTime);
        double a = trafficIntensity();
        Load.checkAgents(agents, a);
        Load load = load();
        if (load.isZero()) {
            return noTraffic(agents, targetAnswerTime);
        }
        if (!load.isExceededBy(agents)) {
            return new StaffingOutcome(agents, targetAnswerTime, 1, 0, Optional.empty(), 1);
        }
        return stable(agents, a, Load.erlangB(agents, a), load, targetAnswerTime);
    }

    /**
     * The smallest number of agents meeting every part of the goal (M60), with the outcome for that many and
     * the positions to schedule after the goal's shrinkage.
     *
     * <p>The search starts at the larger of {@code floor(A) + 1}, the fewest agents giving a stable queue,
     * and {@code ceil(A / maxOccupancy)}, the fewest meeting the occupancy cap, both computed exactly; then
     * adds one agent at a time, continuing the Erlang B recurrence, until the service level, ASA and
     * probability-of-waiting parts are met too (they always are, a little above {@code A}). The
     * abandonment cap is always met: nobody hangs up. With no traffic ({@code A = 0}) no agent is required:
     * zero agents and zero positions.
     *
     * @param goal the goal
     * @return the requirement
     * @throws IllegalArgumentException if the goal needs more than {@link StaffingModel#MAX_AGENTS} agents (a
     *     tiny occupancy cap on heavy traffic), naming the goal
     */
    @Override
    public StaffingRequirement requirement(StaffingGoal goal) {
        Objects.requireNonNull(goal, "goal");
        double a = trafficIntensity();
        Duration target = goal.targetAnswerTime();
        Load load = load();
        if (load.isZero()) {
            return new StaffingRequirement(0, 0, noTraffic(0, target));
        }
        BigDecimal forOccupancy = load.agentsForOccupancy(goal.maxOccupancyDecimal());
        if (forOccupancy.compareTo(BigDecimal.valueOf(MAX_AGENTS)) > 0) {
            throw new IllegalArgumentException("maxOccupancy must allow at most " + MAX_AGENTS
                    + " agents (StaffingModel.MAX_AGENTS) for " + a + " Erlangs: " + goal.maxOccupancy() + " needs "
                    + forOccupancy.toPlainString());
        }
        int start = (int) Math.max(load.floorErlangs() + 1, forOccupancy.longValueExact());
        double b = Load.erlangB(start, a);
        for (int n = start; n <= MAX_AGENTS; n++) {
            if (n > start && b > 0) {
                b = a * b / (n + a * b);
            }
            StaffingOutcome outcome = stable(n, a, b, load, target);
            if (outcome.meets(goal)) {
                return new StaffingRequirement(n, goal.positions(n), outcome);
            }
        }
        throw Load.tooManyAgents(goal, a, "");
    }

    private Load load() {
        return Load.of(arrivals, interval, averageHandleTime);
    }

    private static StaffingOutcome noTraffic(int agents, Duration target) {
        return new StaffingOutcome(agents, target, 0, 1, Optional.of(Duration.ZERO), 0);
    }

    /** The outcome for {@code n > A} agents, traffic {@code a} and Erlang B {@code b = B(n)}. */
    private StaffingOutcome stable(int n, double a, double b, Load load, Duration target) {
        double aht = Load.seconds(averageHandleTime);
        // N − A: in double when it is large, exactly when it is small enough for rounding to matter.
        double gap = n - a;
        if (!(gap > 1e-6 * n)) {
            gap = load.gap(n);
        }
        // P_w <= 1 since B <= 1; the clamp only absorbs rounding error.
        double pw = Math.min(1, n * b / (gap + a * b));
        double serviceLevel = 1 - pw * Math.exp(-gap * Load.seconds(target) / aht);
        double asa = pw * aht / gap;
        return new StaffingOutcome(n, target, pw, serviceLevel, Optional.of(Load.duration(asa)), load.occupancy(n));
    }
}
