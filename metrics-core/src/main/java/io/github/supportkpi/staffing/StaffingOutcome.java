package io.github.supportkpi.staffing;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What the Erlang C model predicts for a number of agents (catalogue metric M61): the probability that a
 * call waits, the service level at a target answer time, the average speed of answer and the occupancy.
 * Immutable and thread-safe. Made by {@link ErlangC#outcome(int, Duration)}.
 *
 * <p>With traffic intensity {@code A} Erlangs, {@code N} agents, average handle time {@code AHT} and target
 * answer time {@code t}:
 * <ul>
 *   <li>{@code probabilityOfWaiting = P_w = N·B / (N − A·(1 − B))}, {@code B} the Erlang B blocking
 *       probability of {@code N} servers;</li>
 *   <li>{@code serviceLevel = 1 − P_w·e^(−(N − A)·t / AHT)};</li>
 *   <li>{@code averageSpeedOfAnswer = P_w·AHT / (N − A)};</li>
 *   <li>{@code occupancy = A / N}.</li>
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
 * @param averageSpeedOfAnswer the mean wait over all calls, rounded to the nanosecond; empty when the queue
 *     is unstable
 * @param occupancy the share of time agents are busy, in [0, 1]
 */
public record StaffingOutcome(
        int agents,
        Duration targetAnswerTime,
        double probabilityOfWaiting,
        double serviceLevel,
        Optional<Duration> averageSpeedOfAnswer,
        double occupancy) {

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
        averageSpeedOfAnswer.ifPresent(asa -> {
            if (asa.isNegative()) {
                throw new IllegalArgumentException("averageSpeedOfAnswer must not be negative: " + asa);
            }
        });
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
     * Whether this outcome meets the goal's service level and occupancy cap; the goal's shrinkage plays no
     * part.
     *
     * @param goal the goal
     * @return true when {@code serviceLevel >= goal.serviceLevel()} and
     *     {@code occupancy <= goal.maxOccupancy()}
     * @throws IllegalArgumentException if the goal's target answer time differs from this outcome's
     */
    public boolean meets(StaffingGoal goal) {
        Objects.requireNonNull(goal, "goal");
        if (!goal.targetAnswerTime().equals(targetAnswerTime)) {
            throw new IllegalArgumentException("goal's targetAnswerTime must equal the outcome's "
                    + targetAnswerTime + ": " + goal.targetAnswerTime());
        }
        return serviceLevel >= goal.serviceLevel() && occupancy <= goal.maxOccupancy();
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
}
