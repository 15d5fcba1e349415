package io.github.supportkpi.staffing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What a staffing plan must achieve, every part at once: a service level (a share of calls answered within
 * a target answer time, such as 80% in 20 seconds), a cap on the average speed of answer, on the
 * probability that a call waits at all, on agent occupancy and on abandonment; and the shrinkage that turns
 * agents on the phones into scheduled positions. Immutable and thread-safe.
 *
 * <p>A part left at its neutral value asks nothing: service level 0, caps 1 (100%), no ASA cap. The classic
 * {@link #DEFAULT} asks 80% in 20 seconds only; {@link #NONE} asks nothing but a stable queue. Combine parts
 * with the with-ers: "80/20 and ASA at most 30 s and occupancy at most 85%" is
 * <pre>{@code
 * StaffingGoal goal = StaffingGoal.ofPercent(80, Duration.ofSeconds(20))
 *         .withMaxAverageSpeedOfAnswer(Duration.ofSeconds(30))
 *         .withMaxOccupancyPercent(85)
 *         .withShrinkagePercent(30);
 * StaffingGoal textbook = StaffingGoal.NONE.withMaxProbabilityOfWaiting(0.5);  // P(wait) at most 50%
 * }</pre>
 *
 * <p>Shares are fractions in [0, 1]; the {@code ...Percent} factories and with-ers take percentages. Every
 * share is read as a decimal of {@value #SHARE_DECIMALS} decimal places (rounded half-even), so that a share
 * computed in floating point is the decimal it was meant to be: {@code 1 - 0.7}, which is
 * {@code 0.30000000000000004} in {@code double}, is read as {@code 0.3}. The occupancy cap and the shrinkage
 * are then applied exactly: see {@link #positions(int)} and {@link ErlangC#requirement(StaffingGoal)}.
 *
 * <ul>
 *   <li>The service level is within [0, 1): 100% would need infinitely many agents; 0 asks for none.</li>
 *   <li>The occupancy, waiting and abandonment caps are within (0, 1]; 1 means no cap. A cap of 0 could never
 *       be met.</li>
 *   <li>The ASA cap, when present, is positive.</li>
 *   <li>Shrinkage (breaks, training, absence) is within [0, 1); 0 means none.</li>
 * </ul>
 *
 * @param serviceLevel the share of calls to answer within the target, in [0, 1); 0 for no service-level
 *     goal
 * @param targetAnswerTime the target answer time of the service level, not negative; outcomes report their
 *     service level at it even when the goal asks for none
 * @param maxOccupancy the highest acceptable occupancy, in (0, 1]; 1 for no cap
 * @param shrinkage the share of paid time agents are not available for calls, in [0, 1)
 * @param maxAverageSpeedOfAnswer the longest acceptable average speed of answer, positive; empty for no cap
 * @param maxProbabilityOfWaiting the highest acceptable probability that a call waits at all, in (0, 1]; 1
 *     for no cap
 * @param maxAbandonment the highest acceptable share of calls abandoned, in (0, 1]; 1 for no cap. Erlang C
 *     predicts no abandonment, so only {@link ErlangA} is held to it
 */
public record StaffingGoal(
        double serviceLevel,
        Duration targetAnswerTime,
        double maxOccupancy,
        double shrinkage,
        Optional<Duration> maxAverageSpeedOfAnswer,
        double maxProbabilityOfWaiting,
        double maxAbandonment) {
    /** The decimal places every share is read to. */
    public static final int SHARE_DECIMALS = 12;

    /** The classic goal: 80% of calls answered within 20 seconds, no cap, no shrinkage. */
    public static final StaffingGoal DEFAULT = new StaffingGoal(0.8, Duration.ofSeconds(20), 1.0, 0.0);

    /**
     * No goal but a stable queue: service level 0, no cap, no shrinkage; outcomes report their service level
     * at 20 seconds. Start here to staff for an ASA, a probability of waiting or an abandonment cap alone.
     */
    public static final StaffingGoal NONE =
            new StaffingGoal(0.0, Duration.ofSeconds(20), 1.0, 0.0, Optional.empty(), 1.0, 1.0);

    /**
     * Validates the goal and reads every share to {@value #SHARE_DECIMALS} decimal places.
     *
     * @throws NullPointerException if {@code targetAnswerTime} or {@code maxAverageSpeedOfAnswer} is null
     * @throws IllegalArgumentException if a value is outside its range (see the class description) or NaN
     */
    public StaffingGoal {
        Objects.requireNonNull(targetAnswerTime, "targetAnswerTime");
        Objects.requireNonNull(maxAverageSpeedOfAnswer, "maxAverageSpeedOfAnswer");
        if (targetAnswerTime.isNegative()) {
            throw new IllegalArgumentException("targetAnswerTime must not be negative: " + targetAnswerTime);
        }
        double sl = read(serviceLevel);
        if (!(sl >= 0 && sl < 1)) {
            throw new IllegalArgumentException(
                    "serviceLevel must be within [0, 1) (0 for none; 100% would need infinitely many agents): "
                            + serviceLevel);
        }
        serviceLevel = sl;
        maxOccupancy = cap(maxOccupancy, "maxOccupancy");
        maxProbabilityOfWaiting = cap(maxProbabilityOfWaiting, "maxProbabilityOfWaiting");
        maxAbandonment = cap(maxAbandonment, "maxAbandonment");
        double s = read(shrinkage);
        if (!(s >= 0 && s < 1)) {
            throw new IllegalArgumentException("shrinkage must be within [0, 1): " + shrinkage);
        }
        shrinkage = s;
        maxAverageSpeedOfAnswer.ifPresent(asa -> {
            if (asa.isNegative() || asa.isZero()) {
                throw new IllegalArgumentException("maxAverageSpeedOfAnswer must be positive: " + asa);
            }
        });
    }

    /**
     * A goal of a service level, an occupancy cap and shrinkage, with no other cap.
     *
     * @param serviceLevel the share to answer within the target, in [0, 1)
     * @param targetAnswerTime the target answer time, not negative
     * @param maxOccupancy the occupancy cap, in (0, 1]
     * @param shrinkage the shrinkage, in [0, 1)
     * @throws IllegalArgumentException if a value is out of range
     */
    public StaffingGoal(double serviceLevel, Duration targetAnswerTime, double maxOccupancy, double shrinkage) {
        this(serviceLevel, targetAnswerTime, maxOccupancy, shrinkage, Optional.empty(), 1.0, 1.0);
    }

    /** A share read as a decimal of {@link #SHARE_DECIMALS} places; NaN and infinities pass through. */
    private static double read(double share) {
        return Double.isFinite(share) ? decimal(share).doubleValue() : share;
    }

    private static double cap(double value, String name) {
        double v = read(value);
        if (!(v > 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " must be within (0, 1]: " + value);
        }
        return v;
    }

    /** The decimal of {@link #SHARE_DECIMALS} places a finite share is read as. */
    static BigDecimal decimal(double share) {
        return BigDecimal.valueOf(share).setScale(SHARE_DECIMALS, RoundingMode.HALF_EVEN);
    }

    /**
     * A goal of answering {@code serviceLevel} of calls within {@code targetAnswerTime}, with no cap and no
     * shrinkage.
     *
     * @param serviceLevel the share, in [0, 1): {@code 0.8} for 80%
     * @param targetAnswerTime the target answer time, not negative
     * @return the goal
     * @throws IllegalArgumentException if a value is out of range
     */
    public static StaffingGoal of(double serviceLevel, Duration targetAnswerTime) {
        return new StaffingGoal(serviceLevel, targetAnswerTime, 1.0, 0.0);
    }

    /**
     * A goal of answering {@code percent}% of calls within {@code targetAnswerTime}, with no cap and no
     * shrinkage: {@code ofPercent(80, Duration.ofSeconds(20))}.
     *
     * @param percent the share in percent, in [0, 100)
     * @param targetAnswerTime the target answer time, not negative
     * @return the goal
     * @throws IllegalArgumentException if a value is out of range
     */
    public static StaffingGoal ofPercent(double percent, Duration targetAnswerTime) {
        return of(fromPercent(percent, "serviceLevelPercent", true, false,
                "[0, 100) (0 for none; 100% would need infinitely many agents)"), targetAnswerTime);
    }

    /**
     * {@code percent / 100}, once {@code percent} is checked to lie within [0, 100], without 0 unless
     * {@code zeroAllowed} and without 100 unless {@code hundredAllowed}; {@code range} names the interval.
     */
    private static double fromPercent(double percent, String name, boolean zeroAllowed, boolean hundredAllowed,
            String range) {
        boolean low = zeroAllowed ? percent >= 0 : percent > 0;
        boolean high = hundredAllowed ? percent <= 100 : percent < 100;
        if (!(low && high)) {
            throw new IllegalArgumentException(name + " must be within " + range + ": " + percent);
        }
        return percent / 100;
    }

    /**
     * A copy with another service level.
     *
     * @param serviceLevel the share, in [0, 1); 0 for no service-level goal
     * @return the copy
     */
    public StaffingGoal withServiceLevel(double serviceLevel) {
        return new StaffingGoal(serviceLevel, targetAnswerTime, maxOccupancy, shrinkage, maxAverageSpeedOfAnswer,
                maxProbabilityOfWaiting, maxAbandonment);
    }

    /**
     * A copy with another target answer time.
     *
     * @param targetAnswerTime the target, not negative
     * @return the copy
     */
    public StaffingGoal withTargetAnswerTime(Duration targetAnswerTime) {
        return new StaffingGoal(serviceLevel, targetAnswerTime, maxOccupancy, shrinkage, maxAverageSpeedOfAnswer,
                maxProbabilityOfWaiting, maxAbandonment);
    }

    /**
     * A copy with an occupancy cap.
     *
     * @param maxOccupancy the highest acceptable occupancy, in (0, 1]; 1 for no cap
     * @return the copy
     */
    public StaffingGoal withMaxOccupancy(double maxOccupancy) {
        return new StaffingGoal(serviceLevel, targetAnswerTime, maxOccupancy, shrinkage, maxAverageSpeedOfAnswer,
                maxProbabilityOfWaiting, maxAbandonment);
    }

    /**
     * A copy with an occupancy cap in percent.
     *
     * @param percent the highest acceptable occupancy, in (0, 100]; 100 for no cap
     * @return the copy
     * @throws IllegalArgumentException if {@code percent} is out of range
     */
    public StaffingGoal withMaxOccupancyPercent(double percent) {
        return withMaxOccupancy(fromPercent(percent, "maxOccupancyPercent", false, true, "(0, 100]"));
    }

    /**
     * A copy with shrinkage.
     *
     * @param shrinkage the share of paid time not available for calls, in [0, 1)
     * @return the copy
     */
    public StaffingGoal withShrinkage(double shrinkage) {
        return new StaffingGoal(serviceLevel, targetAnswerTime, maxOccupancy, shrinkage, maxAverageSpeedOfAnswer,
                maxProbabilityOfWaiting, maxAbandonment);
    }

    /**
     * A copy with shrinkage in percent.
     *
     * @param percent the share of paid time not available for calls, in [0, 100)
     * @return the copy
     * @throws IllegalArgumentException if {@code percent} is out of range
     */
    public StaffingGoal withShrinkagePercent(double percent) {
        return withShrinkage(fromPercent(percent, "shrinkagePercent", true, false, "[0, 100)"));
    }

    /**
     * A copy with a cap on the average speed of answer: "answer on average within 30 seconds".
     *
     * @param max the longest acceptable average speed of answer, positive
     * @return the copy
     * @throws IllegalArgumentException if {@code max} is not positive
     */
    public StaffingGoal withMaxAverageSpeedOfAnswer(Duration max) {
        Objects.requireNonNull(max, "maxAverageSpeedOfAnswer");
        return new StaffingGoal(serviceLevel, targetAnswerTime, maxOccupancy, shrinkage, Optional.of(max),
                maxProbabilityOfWaiting, maxAbandonment);
    }

    /**
     * A copy with a cap on the probability that a call waits at all.
     *
     * @param max the highest acceptable probability, in (0, 1]; 1 for no cap
     * @return the copy
     */
    public StaffingGoal withMaxProbabilityOfWaiting(double max) {
        return new StaffingGoal(serviceLevel, targetAnswerTime, maxOccupancy, shrinkage, maxAverageSpeedOfAnswer,
                max, maxAbandonment);
    }

    /**
     * A copy with a cap on the probability of waiting in percent.
     *
     * @param percent the highest acceptable probability, in (0, 100]; 100 for no cap
     * @return the copy
     * @throws IllegalArgumentException if {@code percent} is out of range
     */
    public StaffingGoal withMaxProbabilityOfWaitingPercent(double percent) {
        return withMaxProbabilityOfWaiting(fromPercent(percent, "maxProbabilityOfWaitingPercent", false, true, "(0, 100]"));
    }

    /**
     * A copy with a cap on the share of calls abandoned, which {@link ErlangA} predicts.
     *
     * @param max the highest acceptable share, in (0, 1]; 1 for no cap
     * @return the copy
     */
    public StaffingGoal withMaxAbandonment(double max) {
        return new StaffingGoal(serviceLevel, targetAnswerTime, maxOccupancy, shrinkage, maxAverageSpeedOfAnswer,
                maxProbabilityOfWaiting, max);
    }

    /**
     * A copy with a cap on abandonment in percent.
     *
     * @param percent the highest acceptable share, in (0, 100]; 100 for no cap
     * @return the copy
     * @throws IllegalArgumentException if {@code percent} is out of range
     */
    public StaffingGoal withMaxAbandonmentPercent(double percent) {
        return withMaxAbandonment(fromPercent(percent, "maxAbandonmentPercent", false, true, "(0, 100]"));
    }

    /**
     * The service level in percent.
     *
     * @return the service level, in [0, 100)
     */
    public double serviceLevelPercent() {
        return serviceLevel * 100;
    }

    /**
     * The occupancy cap as the decimal it is read as, for exact comparison.
     *
     * @return the cap, of {@value #SHARE_DECIMALS} decimal places, in (0, 1]
     */
    public BigDecimal maxOccupancyDecimal() {
        return decimal(maxOccupancy);
    }

    /**
     * The shrinkage as the decimal it is read as.
     *
     * @return the shrinkage, of {@value #SHARE_DECIMALS} decimal places, in [0, 1)
     */
    public BigDecimal shrinkageDecimal() {
        return decimal(shrinkage);
    }

    /**
     * The scheduled positions needed so that {@code agents} are available after shrinkage:
     * {@code ceil(agents / (1 - shrinkage))}.
     *
     * <p>Computed in decimal arithmetic with the shrinkage read as a decimal of {@value #SHARE_DECIMALS}
     * places, so that no floating-point error adds a position: 21 agents at 30% shrinkage are 30 positions
     * (in {@code double}, {@code 21 / 0.7} is {@code 30.000000000000004}), and so are they at a shrinkage of
     * {@code 1 - 0.7}.
     *
     * @param agents the agents needed on the phones, not negative
     * @return the positions to schedule, at least {@code agents}
     * @throws IllegalArgumentException if {@code agents} is negative
     * @throws ArithmeticException if the result exceeds {@link Integer#MAX_VALUE}, naming the agents, the
     *     shrinkage and the positions
     */
    public int positions(int agents) {
        if (agents < 0) {
            throw new IllegalArgumentException("agents must not be negative: " + agents);
        }
        BigDecimal available = BigDecimal.ONE.subtract(shrinkageDecimal());
        BigDecimal positions = BigDecimal.valueOf(agents).divide(available, 0, RoundingMode.CEILING);
        if (positions.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            throw new ArithmeticException("positions must be at most " + Integer.MAX_VALUE + ": " + agents
                    + " agents at shrinkage " + shrinkageDecimal().stripTrailingZeros().toPlainString() + " need "
                    + positions.toPlainString());
        }
        return positions.intValueExact();
    }
}
