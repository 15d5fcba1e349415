package io.github.supportkpi.staffing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Objects;

/**
 * What a staffing plan must achieve: a service level (a share of calls answered within a target answer
 * time, such as 80% in 20 seconds), an optional cap on agent occupancy, and the shrinkage that turns
 * agents on the phones into scheduled positions. Immutable and thread-safe.
 *
 * <p>Shares are fractions in [0, 1]; the {@code ...Percent} factories and with-ers take percentages in
 * [0, 100] instead.
 *
 * <ul>
 *   <li>The service level must be within (0, 1): 100% would need infinitely many agents in the Erlang C
 *       model.</li>
 *   <li>The maximum occupancy is within (0, 1]; 1 means no cap.</li>
 *   <li>Shrinkage (breaks, training, absence) is within [0, 1); 0 means none. It is read as the decimal it
 *       prints as ({@link Double#toString(double)}), so {@code 0.3} is exactly 30% when positions are
 *       rounded: see {@link #positions(int)}.</li>
 * </ul>
 *
 * <pre>{@code
 * StaffingGoal goal = StaffingGoal.ofPercent(80, Duration.ofSeconds(20))
 *         .withMaxOccupancyPercent(85)
 *         .withShrinkagePercent(30);
 * }</pre>
 *
 * @param serviceLevel the share of calls to answer within the target, in (0, 1)
 * @param targetAnswerTime the target answer time, not negative
 * @param maxOccupancy the highest acceptable occupancy, in (0, 1]; 1 for no cap
 * @param shrinkage the share of paid time agents are not available for calls, in [0, 1)
 */
public record StaffingGoal(double serviceLevel, Duration targetAnswerTime, double maxOccupancy, double shrinkage) {
    /** The classic goal: 80% of calls answered within 20 seconds, no occupancy cap, no shrinkage. */
    public static final StaffingGoal DEFAULT = new StaffingGoal(0.8, Duration.ofSeconds(20), 1.0, 0.0);

    /**
     * Validates the goal.
     *
     * @throws NullPointerException if {@code targetAnswerTime} is null
     * @throws IllegalArgumentException if a value is outside its range (see the class description) or NaN
     */
    public StaffingGoal {
        Objects.requireNonNull(targetAnswerTime, "targetAnswerTime");
        if (targetAnswerTime.isNegative()) {
            throw new IllegalArgumentException("targetAnswerTime must not be negative: " + targetAnswerTime);
        }
        if (!(serviceLevel > 0 && serviceLevel < 1)) {
            throw new IllegalArgumentException(
                    "serviceLevel must be within (0, 1) (100% would need infinitely many agents): " + serviceLevel);
        }
        if (!(maxOccupancy > 0 && maxOccupancy <= 1)) {
            throw new IllegalArgumentException("maxOccupancy must be within (0, 1]: " + maxOccupancy);
        }
        if (!(shrinkage >= 0 && shrinkage < 1)) {
            throw new IllegalArgumentException("shrinkage must be within [0, 1): " + shrinkage);
        }
    }

    /**
     * A goal of answering {@code serviceLevel} of calls within {@code targetAnswerTime}, with no occupancy
     * cap and no shrinkage.
     *
     * @param serviceLevel the share, in (0, 1): {@code 0.8} for 80%
     * @param targetAnswerTime the target answer time, not negative
     * @return the goal
     * @throws IllegalArgumentException if a value is out of range
     */
    public static StaffingGoal of(double serviceLevel, Duration targetAnswerTime) {
        return new StaffingGoal(serviceLevel, targetAnswerTime, 1.0, 0.0);
    }

    /**
     * A goal of answering {@code percent}% of calls within {@code targetAnswerTime}, with no occupancy cap
     * and no shrinkage: {@code ofPercent(80, Duration.ofSeconds(20))}.
     *
     * @param percent the share in percent, in (0, 100)
     * @param targetAnswerTime the target answer time, not negative
     * @return the goal
     * @throws IllegalArgumentException if a value is out of range
     */
    public static StaffingGoal ofPercent(double percent, Duration targetAnswerTime) {
        if (!(percent > 0 && percent < 100)) {
            throw new IllegalArgumentException(
                    "serviceLevelPercent must be within (0, 100) (100% would need infinitely many agents): " + percent);
        }
        return of(percent / 100, targetAnswerTime);
    }

    /**
     * A copy with another service level.
     *
     * @param serviceLevel the share, in (0, 1)
     * @return the copy
     */
    public StaffingGoal withServiceLevel(double serviceLevel) {
        return new StaffingGoal(serviceLevel, targetAnswerTime, maxOccupancy, shrinkage);
    }

    /**
     * A copy with another target answer time.
     *
     * @param targetAnswerTime the target, not negative
     * @return the copy
     */
    public StaffingGoal withTargetAnswerTime(Duration targetAnswerTime) {
        return new StaffingGoal(serviceLevel, targetAnswerTime, maxOccupancy, shrinkage);
    }

    /**
     * A copy with an occupancy cap.
     *
     * @param maxOccupancy the highest acceptable occupancy, in (0, 1]; 1 for no cap
     * @return the copy
     */
    public StaffingGoal withMaxOccupancy(double maxOccupancy) {
        return new StaffingGoal(serviceLevel, targetAnswerTime, maxOccupancy, shrinkage);
    }

    /**
     * A copy with an occupancy cap in percent.
     *
     * @param percent the highest acceptable occupancy, in (0, 100]; 100 for no cap
     * @return the copy
     * @throws IllegalArgumentException if {@code percent} is out of range
     */
    public StaffingGoal withMaxOccupancyPercent(double percent) {
        if (!(percent > 0 && percent <= 100)) {
            throw new IllegalArgumentException("maxOccupancyPercent must be within (0, 100]: " + percent);
        }
        return withMaxOccupancy(percent / 100);
    }

    /**
     * A copy with shrinkage.
     *
     * @param shrinkage the share of paid time not available for calls, in [0, 1)
     * @return the copy
     */
    public StaffingGoal withShrinkage(double shrinkage) {
        return new StaffingGoal(serviceLevel, targetAnswerTime, maxOccupancy, shrinkage);
    }

    /**
     * A copy with shrinkage in percent.
     *
     * @param percent the share of paid time not available for calls, in [0, 100)
     * @return the copy
     * @throws IllegalArgumentException if {@code percent} is out of range
     */
    public StaffingGoal withShrinkagePercent(double percent) {
        if (!(percent >= 0 && percent < 100)) {
            throw new IllegalArgumentException("shrinkagePercent must be within [0, 100): " + percent);
        }
        return withShrinkage(percent / 100);
    }

    /**
     * The service level in percent.
     *
     * @return the service level, in (0, 100)
     */
    public double serviceLevelPercent() {
        return serviceLevel * 100;
    }

    /**
     * The scheduled positions needed so that {@code agents} are available after shrinkage:
     * {@code ceil(agents / (1 - shrinkage))}.
     *
     * <p>Computed in decimal arithmetic with the shrinkage read as the decimal it prints as, so that no
     * floating-point error adds a position: 21 agents at 30% shrinkage are 30 positions (in {@code double},
     * {@code 21 / 0.7} is {@code 30.000000000000004}).
     *
     * @param agents the agents needed on the phones, not negative
     * @return the positions to schedule, at least {@code agents}
     * @throws IllegalArgumentException if {@code agents} is negative
     * @throws ArithmeticException if the result does not fit an {@code int}
     */
    public int positions(int agents) {
        if (agents < 0) {
            throw new IllegalArgumentException("agents must not be negative: " + agents);
        }
        BigDecimal available = BigDecimal.ONE.subtract(BigDecimal.valueOf(shrinkage));
        return BigDecimal.valueOf(agents).divide(available, 0, RoundingMode.CEILING).intValueExact();
    }
}
