package io.github.supportkpi.staffing;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Reference computations of the queueing models, independent of the library's: other formulas, other
 * arithmetic. Tests compare the library with them.
 *
 * <ul>
 *   <li>Erlang B and C by their closed forms {@code B = (A^N/N!) / Σ_{k≤N} A^k/k!} and
 *       {@code P_w = (A^N/N! · N/(N−A)) / (Σ_{k<N} A^k/k! + A^N/N! · N/(N−A))} in 60-digit decimal
 *       arithmetic (the library uses the Erlang B recurrence in {@code double}).</li>
 *   <li>Erlang A (M/M/n+M) from its birth-death chain truncated at a large state count, as Garnett,
 *       Mandelbaum and Reiman, "Designing a call center with impatient customers", M&amp;SOM 4(3), 2002, define
 *       it: the stationary distribution by detailed balance; the probability of waiting as the mass of the
 *       states {@code j >= n}; abandonment by Little's law, {@code P_ab = θ·E[queue] / λ}; occupancy as
 *       {@code E[busy agents] / n}; the service level by uniformisation of the tagged caller's own chain (his
 *       place in the queue moves up at rate {@code nμ + kθ} with {@code k} callers ahead, and he leaves at
 *       rate {@code θ}); and the mean wait of answered callers by first-step analysis of that chain. The
 *       library instead sums closed forms of the Beta-distributed offered wait (Mandelbaum and Zeltyn,
 *       "The M/M/n+G queue: summary of performance measures").</li>
 * </ul>
 */
final class QueueReference {
    private static final MathContext MC = new MathContext(60);

    private QueueReference() {}

    /** Erlang B of {@code n} servers at {@code a} Erlangs, by the closed form in decimal arithmetic. */
    static double erlangB(BigDecimal a, int n) {
        BigDecimal term = BigDecimal.ONE;
        BigDecimal sum = BigDecimal.ONE;
        for (int k = 1; k <= n; k++) {
            term = term.multiply(a, MC).divide(BigDecimal.valueOf(k), MC);
            sum = sum.add(term, MC);
        }
        return term.divide(sum, MC).doubleValue();
    }

    /**
     * Erlang C of {@code n > a} agents: {probability of waiting, service level at {@code t}, ASA in seconds},
     * from the closed form in decimal arithmetic.
     */
    static double[] erlangC(BigDecimal a, int n, double t, double aht) {
        BigDecimal term = BigDecimal.ONE;
        BigDecimal below = BigDecimal.ZERO;
        for (int k = 0; k < n; k++) {
            below = below.add(term, MC);
            term = term.multiply(a, MC).divide(BigDecimal.valueOf(k + 1), MC);
        }
        BigDecimal n_ = BigDecimal.valueOf(n);
        BigDecimal top = term.multiply(n_, MC).divide(n_.subtract(a), MC);
        double pw = top.divide(below.add(top, MC), MC).doubleValue();
        double gap = n_.subtract(a).doubleValue();
        return new double[] {pw, 1 - pw * Math.exp(-gap * t / aht), pw * aht / gap};
    }

    /**
     * Erlang A of {@code n} agents, rates per second, target {@code t} seconds, the chain truncated
     * {@code beyond} states past {@code n}: {probability of waiting, probability of abandonment, service level,
     * ASA of answered calls in seconds, occupancy}.
     */
    static double[] erlangA(double lambda, double aht, double patience, int n, double t, int beyond) {
        double mu = 1 / aht;
        double theta = 1 / patience;
        int states = n + beyond;
        double[] logWeight = new double[states];
        for (int j = 1; j < states; j++) {
            double death = j <= n ? j * mu : n * mu + (j - n) * theta;
            logWeight[j] = logWeight[j - 1] + Math.log(lambda / death);
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double w : logWeight) {
            max = Math.max(max, w);
        }
        double[] pi = new double[states];
        double total = 0;
        for (int j = 0; j < states; j++) {
            pi[j] = Math.exp(logWeight[j] - max);
            total += pi[j];
        }
        double pw = 0;
        double queue = 0;
        double busy = 0;
        for (int j = 0; j < states; j++) {
            pi[j] /= total;
            if (j >= n) {
                pw += pi[j];
                queue += (j - n) * pi[j];
            }
            busy += Math.min(j, n) * pi[j];
        }
        double pab = theta * queue / lambda;
        double occupancy = busy / n;

        // The tagged caller, k callers ahead (k = j − n for an arrival finding j): uniformisation.
        double uniform = n * mu + (beyond + 1) * theta;
        double lt = uniform * t;
        int jumps = (int) (lt + 12 * Math.sqrt(lt) + 60);
        double[] v = new double[beyond];
        System.arraycopy(pi, n, v, 0, beyond);
        double servedSoFar = 0;
        double servedInTime = 0;
        for (int m = 0; m <= jumps; m++) {
            double poisson = lt == 0 ? (m == 0 ? 1 : 0) : Math.exp(-lt + m * Math.log(lt) - logFactorial(m));
            // P(served within t) = Σ_m Poisson(m; Λt) · P(served within m jumps)
            servedInTime += poisson * servedSoFar;
            double[] next = new double[beyond];
            for (int k = 0; k < beyond; k++) {
                double forward = (n * mu + k * theta) / uniform;
                double stay = 1 - forward - theta / uniform;
                next[k] += v[k] * stay;
                if (k == 0) {
                    servedSoFar += v[k] * forward;
                } else {
                    next[k - 1] += v[k] * forward;
                }
            }
            v = next;
        }
        double serviceLevel = (1 - pw) + servedInTime;

        // First-step analysis: s_k = P(answered | k ahead), m_k = E[wait · 1{answered} | k ahead].
        double s = 1;
        double mean = 0;
        double waitAnswered = 0;
        double answered = 1 - pw;
        for (int k = 0; k < beyond; k++) {
            double leave = n * mu + (k + 1) * theta;
            double forward = (n * mu + k * theta) / leave;
            s = forward * s;
            mean = s / leave + forward * mean;
            waitAnswered += pi[n + k] * mean;
            answered += pi[n + k] * s;
        }
        return new double[] {pw, pab, serviceLevel, waitAnswered / answered, occupancy};
    }

    private static double logFactorial(int m) {
        double sum = 0;
        for (int i = 2; i <= m; i++) {
            sum += Math.log(i);
        }
        return sum;
    }
}
