/**
 * Staffing from volume, handle time and patience with the Erlang queueing models (catalogue metrics M60
 * and M61).
 *
 * <p>A {@link io.github.supportkpi.staffing.StaffingModel} models one traffic situation: {@code arrivals}
 * calls per {@code interval} (fractional for a forecast), each taking an average handle time {@code AHT},
 * so a traffic intensity of {@code A = arrivals · AHT / interval} Erlangs.
 * <ul>
 *   <li>{@link io.github.supportkpi.staffing.ErlangC}: callers wait for ever (M/M/N). Erlang B by
 *       recurrence, {@code B(n) = A·B(n−1) / (n + A·B(n−1))}; probability of waiting
 *       {@code P_w = N·B / (N − A·(1 − B))}; service level {@code 1 − P_w·e^(−(N − A)·t / AHT)}; ASA
 *       {@code P_w·AHT / (N − A)}; occupancy {@code A / N}, exactly. With {@code N ≤ A} the queue is
 *       unstable: {@code P_w = 1}, service level 0, ASA undefined (empty), occupancy 1.</li>
 *   <li>{@link io.github.supportkpi.staffing.ErlangA}: callers hang up after an exponential patience
 *       (M/M/N+M, Garnett, Mandelbaum and Reiman): adds the probability of abandonment; service level and
 *       ASA count answered calls; always stable. It tends to Erlang C as patience grows.</li>
 *   <li>{@link io.github.supportkpi.staffing.ErlangB}: blocking for {@code N} trunks, nobody queues.</li>
 * </ul>
 * No value is ever NaN or infinite; every outcome ({@link io.github.supportkpi.staffing.StaffingOutcome},
 * M61) is computed in bounded time, for any {@code int} of agents.
 *
 * <p>{@link io.github.supportkpi.staffing.StaffingModel#requirement(StaffingGoal)} finds the fewest agents
 * meeting a {@link io.github.supportkpi.staffing.StaffingGoal}, any combination of a service level, caps on
 * ASA, probability of waiting, occupancy and abandonment, and the positions to schedule,
 * {@code ceil(N / (1 − shrinkage))} (M60); shares are read as decimals of 12 places, so occupancy caps and
 * shrinkage apply exactly. A goal needing more than
 * {@link io.github.supportkpi.staffing.StaffingModel#MAX_AGENTS} agents is refused.
 *
 * <p>Forecasts: {@link io.github.supportkpi.staffing.ArrivalProfile} averages the offered calls per interval
 * over chosen days; {@link io.github.supportkpi.staffing.CallTimes} carries (or estimates from calls, with
 * {@link io.github.supportkpi.staffing.Estimate} and {@link io.github.supportkpi.staffing.Patience}) the
 * handle time and patience; {@link io.github.supportkpi.staffing.IntradayPlan} plans every interval of a
 * day and {@link io.github.supportkpi.staffing.WeeklyPlan} a week, each day from the same weekdays of the
 * history.
 *
 * <p>The models assume random (Poisson) arrivals at a steady rate within an interval and exponential handle
 * times (and, for Erlang A, patience).
 */
package io.github.supportkpi.staffing;
