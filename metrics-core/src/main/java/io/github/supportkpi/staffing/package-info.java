/**
 * Staffing from volume and handle time with the Erlang C queueing model (catalogue metrics M60 and M61).
 *
 * <p>{@link io.github.supportkpi.staffing.ErlangC} models one traffic situation: {@code arrivals} calls per
 * {@code interval}, each taking an average handle time {@code AHT}, so a traffic intensity of
 * {@code A = arrivals · AHT / interval} Erlangs. For {@code N} agents it predicts
 * ({@link io.github.supportkpi.staffing.StaffingOutcome}, M61):
 * <ul>
 *   <li>Erlang B by recurrence, {@code B(0) = 1, B(n) = A·B(n−1) / (n + A·B(n−1))};</li>
 *   <li>probability of waiting {@code P_w = N·B / (N − A·(1 − B))};</li>
 *   <li>service level at target answer time {@code t}: {@code SL = 1 − P_w·e^(−(N − A)·t / AHT)};</li>
 *   <li>average speed of answer {@code ASA = P_w·AHT / (N − A)};</li>
 *   <li>occupancy {@code A / N}.</li>
 * </ul>
 * With {@code N ≤ A} the queue is unstable: {@code P_w = 1}, service level 0, ASA undefined (empty),
 * occupancy 1. No value is ever NaN or infinite.
 *
 * <p>{@link io.github.supportkpi.staffing.ErlangC#requirement(StaffingGoal)} finds the smallest {@code N}
 * meeting a {@link io.github.supportkpi.staffing.StaffingGoal} (service level, optional occupancy cap) and
 * the positions to schedule, {@code ceil(N / (1 − shrinkage))} (M60).
 * {@link io.github.supportkpi.staffing.IntradayPlan} does so for every interval of a day from the offered
 * calls.
 *
 * <p>The model assumes random (Poisson) arrivals, exponential handle times and callers who never hang up;
 * with abandonment it overstates the agents required a little.
 */
package io.github.supportkpi.staffing;
