package io.github.supportkpi.staffing;

import java.time.Duration;

/**
 * A queueing model of one traffic situation that predicts what {@code N} agents achieve and finds how many
 * meet a {@link StaffingGoal}: {@link ErlangC} (callers wait for ever) or {@link ErlangA} (callers hang up
 * after an exponentially distributed patience). Implementations are immutable and thread-safe.
 *
 * <p>Both read the traffic the same way: {@code arrivals} calls per {@code interval}, each handled for an
 * average handle time {@code AHT}, a traffic intensity of {@code A = arrivals · AHT / interval} Erlangs.
 *
 * <pre>{@code
 * StaffingModel c = ErlangC.of(100, Duration.ofMinutes(30), Duration.ofSeconds(180));
 * StaffingModel a = ErlangA.of(100, Duration.ofMinutes(30), Duration.ofSeconds(180), Duration.ofMinutes(5));
 * c.requirement(StaffingGoal.DEFAULT).agents();   // 14
 * a.requirement(StaffingGoal.DEFAULT).agents();   // 13: a few callers hang up, the others wait less
 * }</pre>
 */
public sealed interface StaffingModel permits ErlangC, ErlangA {
    /**
     * The most agents a requirement search considers: a goal that needs more (a tiny occupancy cap, say) is
     * refused with an {@link IllegalArgumentException} naming the goal, rather than searched for ever.
     */
    int MAX_AGENTS = 10_000_000;

    /**
     * The calls arriving per interval.
     *
     * @return the arrivals, finite and not negative; may be fractional
     */
    double arrivals();

    /**
     * The interval the arrivals come in.
     *
     * @return the interval, positive
     */
    Duration interval();

    /**
     * The average handle time (talk, hold and after-call work).
     *
     * @return the handle time, positive
     */
    Duration averageHandleTime();

    /**
     * The traffic intensity {@code A = arrivals · AHT / interval}, in Erlangs.
     *
     * @return the intensity, not negative
     */
    double trafficIntensity();

    /**
     * What the model predicts with {@code agents} agents (catalogue metric M61), the service level taken at
     * {@code targetAnswerTime}.
     *
     * @param agents the number of agents, not negative; positive when there is traffic; any {@code int}
     *     is computed in bounded time
     * @param targetAnswerTime the target answer time of the service level, not negative
     * @return the outcome
     * @throws IllegalArgumentException if {@code agents} is negative, or zero while there is traffic, or the
     *     target is negative
     */
    StaffingOutcome outcome(int agents, Duration targetAnswerTime);

    /**
     * The fewest agents whose outcome meets every part of the goal (catalogue metric M60), with that outcome
     * and the positions to schedule after the goal's shrinkage. No traffic requires no agent.
     *
     * @param goal the goal
     * @return the requirement
     * @throws IllegalArgumentException if the goal needs more than {@link #MAX_AGENTS} agents
     * @throws ArithmeticException if the positions after the goal's shrinkage exceed {@link Integer#MAX_VALUE}
     *     (see {@link StaffingGoal#positions(int)})
     */
    StaffingRequirement requirement(StaffingGoal goal);
}
