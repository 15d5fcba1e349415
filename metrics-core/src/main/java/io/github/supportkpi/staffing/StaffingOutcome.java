package io.github.supportkpi.staffing;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What a staffing model predicts for a number of agents (catalogue metric M61): the probability that a
 * call waits, the service level at a target answer time, the average speed of answer, the occupancy and the
 * probability that a caller hangs up before an answer. Immutable and thread-safe. Made by
 * {@link ErlangC#outcome(int, Duration)} and {@link ErlangA#outcome(int, Duration)}; see
 * {@link ErlangA} for its formulas.
 *
 * <p>Under Erlang C, with traffic intensity {@code A} Erlangs, {@code N} agents, average handle time {@code AHT} and target
 * answer time {@code t}:
 * <ul>
 *   <li>{@code probabilityOfWaiting = P_w = N·B / (N − A·(1 − B))}, {@code B} the Erlang B blocking
 *       probability of {@code N} servers;</li>
 *   <li>{@code serviceLevel = 1 − P_w·e^(−(N − A)·t / AHT)};</li>
 *   <li>{@code averageSpeedOfAnswer = P_w·AHT / (N − A)};</li>
 *   <li>{@code occupancy = A / N}, computed exactly from the inputs and rounded once, so that it compares
 *       exactly with an occupancy cap;</li>
 *   <li>{@code probabilityOfAbandonment = 0}: nobody hangs up.</li>
 * </ul>
 * Edge cases, never NaN nor infinite:
 * <ul>
 *   <li>Unstable queue, {@code 0 < A} and {@code N ≤ A}: the queue grows without bound, so every call
 *       waits ({@code P_w = 1}), none is answered within the target in the long run (service level 0), the
 *       average speed of answer is undefined (empty) and every agent is always busy (occupancy 1).</li>
 *   <li>No traffic, {@code A = 0}: nobody waits ({@code P_w = 0}), service level 1, average speed of
 *       answer zero, occupancy 0, also for zero agents.</li>
 * </ul>
 *
 * @param agents the number of agents {@code N}, not negative
 * @param targetAnswerTime the target answer time {@code t} of the service level, not negative
 * @param probabilityOfWaiting the probability that a call waits at all, in [0, 1]
 * @param serviceLevel the share of calls answered within the target answer time, in [0, 1]
 * @param averageSpeedOfAnswer the mean wait of answered calls (under Erlang C, of all calls), rounded to the
 *     nanosecond; empty when the queue is unstable
 * @param occupancy the share of time agents are busy, in [0, 1]
 * @param probabilityOfAbandonment the share of calls whose caller hangs up before an answer, in [0, 1]; 0
 *     under Erlang C
 */
public record StaffingOutcome(
        int agents,
        Duration targetAnswerTime,
        double probabilityOfWaiting,
        double serviceLevel,
        Optional<Duration> averageSpeedOfAnswer,
        double occupancy,
        double probabilityOfAbandonment) {

    /**
     * Validates the outcome.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if a value is outside its range or NaN
     */
    public StaffingOutcome {
        Objects.requireNonNull(targetAnswerTime, "targetAnswerTime");
        Objects.requireNonNull(averageSpeedOfAnswer, "averageSpeedOfAnswer");
        if (agents < 0) {
            throw new IllegalArgumentException("agents must not be negative: " + agents);
        }
        if (targetAnswerTime.isNegative()) {
            throw new IllegalArgumentException("targetAnswerTime must not be negative: " + targetAnswerTime);
        }
        requireShare(probabilityOfWaiting, "probabilityOfWaiting");
        requireShare(serviceLevel, "serviceLevel");
        requireShare(occupancy, "occupancy");
        requireShare(probabilityOfAbandonment, "probabilityOfAbandonment");
        averageSpeedOfAnswer.ifPresent(asa -> {
            if (asa.isNegative()) {
                throw new IllegalArgumentException("averageSpeedOfAnswer must not be negative: " + asa);
            }
        });
    }

    /**
     * An outcome with no abandonment, as Erlang C predicts.
     *
     * @param agents the number of agents, not negative
     * @param targetAnswerTime the target answer time, not negative
     * @param probabilityOfWaiting the probability of waiting, in [0, 1]
     * @param serviceLevel the service level, in [0, 1]
     * @param averageSpeedOfAnswer the average speed of answer; empty when the queue is unstable
     * @param occupancy the occupancy, in [0, 1]
     * @throws IllegalArgumentException if a value is outside its range or NaN
     */
    public StaffingOutcome(int agents, Duration targetAnswerTime, double probabilityOfWaiting, double serviceLevel,
            Optional<Duration> averageSpeedOfAnswer, double occupancy) {
        this(agents, targetAnswerTime, probabilityOfWaiting, serviceLevel, averageSpeedOfAnswer, occupancy, 0.0);
    }

    private static void requireShare(double value, String name) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be within [0, 1]: " + value);
        }
    }

    /**
     * Whether the queue is stable: it is unless there is traffic and no more agents than its intensity.
     * When it is not, the average speed of answer is empty.
     *
     * @return true when the average speed of answer is defined
     */
    public boolean isStable() {
        return averageSpeedOfAnswer.isPresent();
    }

    /**
     * Whether this outcome meets every part of the goal; the goal's shrinkage plays no part. An unstable queue
     * meets no goal.
     *
     * @param goal the goal
     * @return true when the queue is stable and {@code serviceLevel >= goal.serviceLevel()},
     *     {@code occupancy <= goal.maxOccupancy()}, {@code probabilityOfWaiting <= goal.maxProbabilityOfWaiting()},
     *     {@code probabilityOfAbandonment <= goal.maxAbandonment()} and, when the goal caps it, the average
     *     speed of answer is at most the cap
     * @throws IllegalArgumentException if the goal's target answer time differs from this outcome's
     */
    public boolean meets(StaffingGoal goal) {
        Objects.requireNonNull(goal, "goal");
        if (!goal.targetAnswerTime().equals(targetAnswerTime)) {
            throw new IllegalArgumentException("goal's targetAnswerTime must equal the outcome's "
                    + targetAnswerTime + ": " + goal.targetAnswerTime());
        }
        if (averageSpeedOfAnswer.isEmpty()) {
            return false;
        }
        boolean asa = goal.maxAverageSpeedOfAnswer()
                .map(max -> averageSpeedOfAnswer.get().compareTo(max) <= 0)
                .orElse(true);
        return asa
                && serviceLevel >= goal.serviceLevel()
                && occupancy <= goal.maxOccupancy()
                && probabilityOfWaiting <= goal.maxProbabilityOfWaiting()
                && probabilityOfAbandonment <= goal.maxAbandonment();
    }

    /**
     * The probability of waiting in percent.
     *
     * @return the probability, in [0, 100]
     */
    public double probabilityOfWaitingPercent() {
        return probabilityOfWaiting * 100;
    }

    /**
     * The service level in percent.
     *
     * @return the service level, in [0, 100]
     */
    public double serviceLevelPercent() {
        return serviceLevel * 100;
    }

    /**
     * The occupancy in percent.
     *
     * @return the occupancy, in [0, 100]
     */
    public double occupancyPercent() {
        return occupancy * 100;
    }

    /**
     * The probability of abandonment in percent.
     *
     * @return the probability, in [0, 100]
     */
    public double probabilityOfAbandonmentPercent() {
        return probabilityOfAbandonment * 100;
    }
}
