package io.github.supportkpi.staffing;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The Erlang A queueing model (M/M/N+M, Palm's model as analysed by Garnett, Mandelbaum and Reiman) of one
 * traffic situation: calls arriving at random at a steady rate, each handled for an average handle time by
 * one of {@code N} agents, waiting in one queue, and each caller hanging up once his waiting exceeds a
 * patience drawn from an exponential distribution of mean {@code averagePatience}. Immutable and
 * thread-safe.
 *
 * <p>Real queues lose callers: Erlang C, which assumes nobody hangs up, overstates waiting and the agents
 * required when many do. As the mean patience grows without bound, Erlang A tends to {@link ErlangC}.
 *
 * <p>With arrival rate {@code λ = arrivals / interval}, service rate {@code μ = 1 / AHT}, abandonment rate
 * {@code θ = 1 / averagePatience}, {@code r = λ/μ} (the traffic intensity), {@code a = λ/θ} and
 * {@code b = Nμ/θ}, the number of calls in the system is a birth-death chain whose states beyond {@code N}
 * (a queue of {@code k} calls) have the stationary weights {@code t_k = π_{N+k}/π_N = Π_{i=1..k} a/(b+i)}.
 * A caller who finds {@code k} others queued is answered with probability {@code b/(b+k+1)}; his offered
 * wait {@code V} has {@code e^(−θV)} distributed Beta(b, k+1). Hence, with {@code B} the Erlang B
 * probability of {@code N} servers at {@code r} and {@code S = Σ t_k}:
 * <ul>
 *   <li>probability of waiting {@code P_w = S / ((1 − B)/B + S)};</li>
 *   <li>probability of abandonment {@code P_ab = P_w · Σ t_k (k+1)/(b+k+1) / S} (equal to
 *       {@code P_w · (1 − 1/ρ + 1/(ρS))}, {@code ρ = a/b}, the formula of Mandelbaum and Zeltyn);</li>
 *   <li>service level, the share of all calls answered within {@code t}:
 *       {@code 1 − P_w + P_w · Σ t_k · b/(b+k+1) · (1 − F_k(t)) / S}, where {@code F_k} is the distribution
 *       function of the negative binomial NB(b+1, e^(−θt)) at {@code k}, the regularised incomplete beta
 *       {@code I_{e^(−θt)}(b+1, k+1)} by its finite sum;</li>
 *   <li>average speed of answer, the mean wait of answered calls:
 *       {@code P_w · Σ t_k · b/(b+k+1) · H_k / (θ S) / (1 − P_ab)}, {@code H_k = Σ_{i=1..k+1} 1/(b+i)};</li>
 *   <li>occupancy {@code r · (1 − P_ab) / N}: agents serve only the callers who stay.</li>
 * </ul>
 * The sums are taken term by term with the recursive ratios {@code t_{k+1} = t_k · a/(b+k+1)}, rescaled
 * before they could overflow, so hundreds or thousands of agents cost no factorial and no power; a sum stops
 * once the terms are past their peak and the rest is provably below {@code 1e-17} of it. The work per
 * outcome is at most about {@code N} steps for Erlang B plus {@code max(0, a − b) + 10·sqrt(a) + 50} terms,
 * which {@link #MAX_ARRIVALS_PER_PATIENCE} bounds.
 *
 * <pre>{@code
 * ErlangA traffic = ErlangA.of(100, Duration.ofMinutes(30), Duration.ofSeconds(180), Duration.ofMinutes(5));
 * StaffingOutcome o = traffic.outcome(13, Duration.ofSeconds(20));
 * o.probabilityOfAbandonment();     // 0.025: 2.5% of callers hang up; service level 0.858
 * traffic.requirement(StaffingGoal.DEFAULT.withMaxAbandonmentPercent(2)).agents();
 * }</pre>
 *
 * <p>References: O. Garnett, A. Mandelbaum and M. Reiman, "Designing a call center with impatient
 * customers", Manufacturing and Service Operations Management 4(3), 2002; A. Mandelbaum and S. Zeltyn, "The
 * M/M/n+G queue: summary of performance measures" (Technion), whose Erlang-A formulas these are.
 *
 * @param arrivals the calls arriving per interval, finite and not negative; may be a fractional forecast
 * @param interval the length of the interval, positive
 * @param averageHandleTime the average handle time (talk, hold and after-call work), positive
 * @param averagePatience the mean time a caller is willing to wait before hanging up, positive
 */
public record ErlangA(double arrivals, Duration interval, Duration averageHandleTime, Duration averagePatience)
        implements StaffingModel {
    /**
     * The largest expected number of arrivals during one mean patience ({@code λ · averagePatience}) accepted:
     * the queue-length sums take up to about this many terms for an overloaded queue.
     */
    public static final double MAX_ARRIVALS_PER_PATIENCE = 10_000_000;

    private static final double RESCALE = 1e250;
    private static final double LN_RESCALE = Math.log(RESCALE);

    /**
     * Validates the traffic situation.
     *
     * @throws NullPointerException if a duration is null
     * @throws IllegalArgumentException if {@code arrivals} is negative, NaN or infinite, a duration is not
     *     positive, the traffic intensity exceeds {@link ErlangC#MAX_TRAFFIC_INTENSITY} or the arrivals per
     *     mean patience exceed {@link #MAX_ARRIVALS_PER_PATIENCE}
     */
    public ErlangA {
        Load.check(arrivals, interval, averageHandleTime, ErlangC.MAX_TRAFFIC_INTENSITY);
        Objects.requireNonNull(averagePatience, "averagePatience");
        if (averagePatience.isNegative() || averagePatience.isZero()) {
            throw new IllegalArgumentException("averagePatience must be positive: " + averagePatience);
        }
        double perPatience = arrivals / Load.seconds(interval) * Load.seconds(averagePatience);
        if (!(perPatience <= MAX_ARRIVALS_PER_PATIENCE)) {
            throw new IllegalArgumentException("arrivals per averagePatience must be at most "
                    + (long) MAX_ARRIVALS_PER_PATIENCE + ": " + perPatience + " (" + arrivals + " arrivals per "
                    + interval + ", averagePatience " + averagePatience + ")");
        }
    }

    /**
     * The traffic situation of {@code arrivals} calls per {@code interval}, each handled in
     * {@code averageHandleTime} on average, callers hanging up after {@code averagePatience} on average.
     *
     * @param arrivals the calls per interval, finite and not negative
     * @param interval the interval, positive
     * @param averageHandleTime the average handle time, positive
     * @param averagePatience the mean patience, positive
     * @return the model
     * @throws IllegalArgumentException as the constructor does
     */
    public static ErlangA of(double arrivals, Duration interval, Duration averageHandleTime, Duration averagePatience) {
        return new ErlangA(arrivals, interval, averageHandleTime, averagePatience);
    }

    /**
     * The same traffic with callers who never hang up: the {@link ErlangC} model this one tends to as the
     * patience grows.
     *
     * @return the Erlang C model
     */
    public ErlangC withoutPatience() {
        return new ErlangC(arrivals, interval, averageHandleTime);
    }

    /**
     * The traffic intensity {@code A = arrivals · AHT / interval}, in Erlangs: the load offered, of which the
     * agents carry the part whose callers stay.
     *
     * @return the intensity, not negative
     */
    @Override
    public double trafficIntensity() {
        return arrivals * Load.seconds(averageHandleTime) / Load.seconds(interval);
    }

    /**
     * What the model predicts with {@code agents} agents (M61), by the formulas of the class description:
     * probability of waiting, service level at {@code targetAnswerTime} (answered within it, of all calls),
     * average speed of answer (of answered calls), occupancy and probability of abandonment. The queue is
     * always stable: callers who would wait too long leave. With no traffic nobody waits: service level 1,
     * ASA zero, occupancy and abandonment 0.
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
        double r = trafficIntensity();
        Load.checkAgents(agents, r);
        if (arrivals == 0) {
            return new StaffingOutcome(agents, targetAnswerTime, 0, 1, Optional.of(Duration.ZERO), 0, 0);
        }
        return compute(agents, r, targetAnswerTime);
    }

    /**
     * The smallest number of agents meeting every part of the goal (M60), with the outcome for that many and
     * the positions to schedule after the goal's shrinkage.
     *
     * <p>The search brackets the answer from a proven lower bound by steps that double, then bisects; each
     * step computes one outcome, so a requirement costs a few dozen outcomes. The lower bound: agents carry
     * at most their number in Erlangs, so a service level {@code s} (answered within the target, hence
     * answered) or an abandonment cap {@code x} needs at least {@code r·s} or {@code r·(1 − x)} agents, and a
     * probability-of-waiting cap {@code p} at least {@code r·(1 − p)} (waiting is at least as likely as
     * Erlang B blocking, which is at least {@code 1 − N/r}). The search relies on every measure improving as
     * agents are added. With no traffic no agent is required.
     *
     * @param goal the goal
     * @return the requirement
     * @throws IllegalArgumentException if the goal needs more than {@link StaffingModel#MAX_AGENTS} agents,
     *     naming the goal
     */
    @Override
    public StaffingRequirement requirement(StaffingGoal goal) {
        Objects.requireNonNull(goal, "goal");
        Duration target = goal.targetAnswerTime();
        if (arrivals == 0) {
            return new StaffingRequirement(0, 0, outcome(0, target));
        }
        double r = trafficIntensity();
        double share = Math.max(goal.serviceLevel(),
                Math.max(1 - goal.maxAbandonment(), 1 - goal.maxProbabilityOfWaiting()));
        // Below the bound every count fails; the factor keeps rounding from lifting the bound past the answer.
        long bound = (long) Math.floor(r * share * (1 - 1e-9));
        int lo = (int) Math.min(bound, MAX_AGENTS - 1);
        int hi = lo + 1;
        StaffingOutcome best = compute(hi, r, target);
        long step = Math.max(1, (long) Math.ceil(Math.sqrt(r)));
        while (!best.meets(goal)) {
            if (hi == MAX_AGENTS) {
                throw Load.tooManyAgents(goal, r, "");
            }
            lo = hi;
            hi = (int) Math.min(MAX_AGENTS, hi + step);
            step *= 2;
            best = compute(hi, r, target);
        }
        while (hi - lo > 1) {
            int mid = lo + (hi - lo) / 2;
            StaffingOutcome o = compute(mid, r, target);
            if (o.meets(goal)) {
                hi = mid;
                best = o;
            } else {
                lo = mid;
            }
        }
        return new StaffingRequirement(hi, goal.positions(hi), best);
    }

    /** The outcome of {@code n >= 1} agents for positive traffic {@code r}. */
    private StaffingOutcome compute(int n, double r, Duration targetAnswerTime) {
        double aht = Load.seconds(averageHandleTime);
        double patience = Load.seconds(averagePatience);
        double lambda = arrivals / Load.seconds(interval);
        double a = lambda * patience;
        double b = n * (patience / aht);
        double blocking = Load.erlangB(n, r);
        double notBlocking = (1 - blocking) / blocking; // +infinity once B underflows: nobody waits
        double thetaT = Load.seconds(targetAnswerTime) / patience;
        boolean zeroTarget = thetaT == 0;
        double lnZ = -thetaT;                            // ln e^(−θt)
        double lnOneMinusZ = Math.log(-Math.expm1(-thetaT)); // ln(1 − e^(−θt)), accurate for small θt

        double term = 1;           // t_k, rescaled
        double s = 0;              // Σ t_k
        double abandoned = 0;      // Σ t_k (k+1)/(b+k+1)
        double answered = 0;       // Σ t_k b/(b+k+1)
        double inTime = 0;         // Σ t_k b/(b+k+1) (1 − F_k(t))
        double waited = 0;         // Σ t_k b/(b+k+1) H_k
        int rescaled = 0;
        double h = 0;              // H_k
        double lnPmf = 0;          // ln of the negative binomial probability of k
        double cdf = zeroTarget ? 1 : 0; // F_k(t)
        for (long k = 0; ; k++) {
            double inv = 1 / (b + k + 1);
            h += inv;
            if (!zeroTarget) {
                lnPmf = k == 0 ? (b + 1) * lnZ : lnPmf + Math.log((b + k) / k) + lnOneMinusZ;
                if (lnPmf > -745) {
                    cdf = Math.min(1, cdf + Math.exp(lnPmf));
                }
            }
            double served = term * b * inv;
            s += term;
            abandoned += term * (k + 1) * inv;
            answered += served;
            inTime += served * (1 - cdf);
            waited += served * h;
            double ratio = a * inv; // t_{k+1} / t_k, falling with k
            if (ratio < 1) {
                // The terms after k sum to at most t_k·ratio/(1 − ratio); their H grows by at most 1/(b+k+1)
                // a term.
                double tail = term * ratio / (1 - ratio);
                double tailWaited = tail * (h + inv / (1 - ratio));
                if (tail <= 1e-17 * s && tailWaited <= 1e-17 * waited) {
                    break;
                }
            }
            term *= ratio;
            if (term > RESCALE) {
                term /= RESCALE;
                s /= RESCALE;
                abandoned /= RESCALE;
                answered /= RESCALE;
                inTime /= RESCALE;
                waited /= RESCALE;
                rescaled++;
            }
        }
        double pw;
        if (rescaled == 0) {
            pw = s / (notBlocking + s);
        } else {
            pw = 1 / (1 + Math.exp(Math.log(notBlocking) - Math.log(s) - rescaled * LN_RESCALE));
        }
        double pAbandon = pw * abandoned / s;
        double pAnswered = (1 - pw) + pw * answered / s;
        double serviceLevel = Math.min(1, (1 - pw) + pw * inTime / s);
        Optional<Duration> asa = pAnswered > 0
                ? Optional.of(Load.duration(pw * waited / s * patience / pAnswered))
                : Optional.empty();
        // Carried load never exceeds N; the clamps only absorb rounding error.
        double occupancy = Math.min(1, r * pAnswered / n);
        return new StaffingOutcome(n, targetAnswerTime, Math.min(1, pw), Math.max(0, serviceLevel), asa, occupancy,
                Math.min(1, pAbandon));
    }
}
