package io.github.supportkpi.metric;

import java.util.Locale;

/**
 * A confidence interval around a point value: a Wilson score interval for a {@link Ratio}, a margin of error
 * for an NPS, a t interval for a mean. Immutable and thread-safe.
 *
 * <p>The bounds are in the unit of the value they surround: a {@link Ratio}'s interval is in proportions
 * (0 to 1), an NPS's in points (-100 to 100), a mean's in the unit of the mean.
 *
 * @param lower the lower bound, finite
 * @param upper the upper bound, finite and not below {@code lower}
 * @param level the confidence level, strictly between 0 and 1 (0.95 for a 95% interval)
 */
public record Interval(double lower, double upper, double level) {
    /**
     * Validates the bounds and the level.
     *
     * @throws IllegalArgumentException if a bound is not finite, {@code upper < lower}, or the level is not
     *     strictly between 0 and 1
     */
    public Interval {
        if (!Double.isFinite(lower)) {
            throw new IllegalArgumentException("Interval lower must be finite: " + lower);
        }
        if (!Double.isFinite(upper)) {
            throw new IllegalArgumentException("Interval upper must be finite: " + upper);
        }
        if (upper < lower) {
            throw new IllegalArgumentException("Interval upper must not be below lower: " + upper + " < " + lower);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("Interval level must be strictly between 0 and 1: " + level);
        }
    }

    /**
     * An interval.
     *
     * @param lower the lower bound
     * @param upper the upper bound
     * @param level the confidence level
     * @return the interval
     */
    public static Interval of(double lower, double upper, double level) {
        return new Interval(lower, upper, level);
    }

    /** @return {@code upper - lower} */
    public double width() {
        return upper - lower;
    }

    /**
     * Whether a value lies within the bounds, both included.
     *
     * @param value the value
     * @return whether {@code lower <= value <= upper}
     */
    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }

    /**
     * This interval with both bounds multiplied by a factor, such as 100 to turn a proportion into percent.
     *
     * @param factor a positive, finite factor
     * @return the scaled interval
     * @throws IllegalArgumentException if the factor is not positive and finite
     */
    public Interval scaled(double factor) {
        if (!(factor > 0 && Double.isFinite(factor))) {
            throw new IllegalArgumentException("Interval scale factor must be positive and finite: " + factor);
        }
        return new Interval(lower * factor, upper * factor, level);
    }

    /**
     * The two-sided critical value of the standard normal distribution for a confidence level:
     * {@code z = normalQuantile((1 + level) / 2)}, 1.959963984540054 for 0.95.
     *
     * @param level the confidence level, strictly between 0 and 1
     * @return the critical value, positive
     * @throws IllegalArgumentException if the level is not strictly between 0 and 1
     */
    public static double normalCritical(double level) {
        checkLevel(level);
        // (1 + level) / 2 loses the low bits of a level near 0; the upper tail (1 - level) / 2 keeps them
        return -normalQuantile((1 - level) / 2);
    }

    /**
     * The two-sided critical value of Student's t distribution for a confidence level:
     * {@code t = studentQuantile((1 + level) / 2, degreesOfFreedom)}, 2.228138851986 for 0.95 and 10 degrees
     * of freedom.
     *
     * @param level the confidence level, strictly between 0 and 1
     * @param degreesOfFreedom the degrees of freedom, at least 1
     * @return the critical value, positive
     * @throws IllegalArgumentException if the level is not strictly between 0 and 1 or the degrees of freedom
     *     are below 1
     */
    public static double studentCritical(double level, long degreesOfFreedom) {
        checkLevel(level);
        return -studentQuantile((1 - level) / 2, degreesOfFreedom);
    }

    private static void checkLevel(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be strictly between 0 and 1: " + level);
        }
    }

    /**
     * The cumulative distribution function of the standard normal distribution,
     * {@code Phi(x) = erfc(-x / sqrt 2) / 2}.
     *
     * <p>The complementary error function is computed without cancellation, to about 1e-15 relative error:
     * <ul>
     *   <li>for {@code |x| < 3} ({@code |x / sqrt 2| < 2.12}) from the series of positive terms
     *       {@code erf(u) = 2/sqrt(pi) exp(-u^2) sum_k 2^k u^(2k+1) / (1 * 3 * ... * (2k+1))}
     *       (Abramowitz and Stegun 7.1.6);</li>
     *   <li>beyond, from the continued fraction
     *       {@code erfc(u) = exp(-u^2)/sqrt(pi) * 1/(u + (1/2)/(u + 1/(u + (3/2)/(u + 2/(u + ...)))))}
     *       (Abramowitz and Stegun 7.1.14), evaluated by the modified Lentz method.</li>
     * </ul>
     * Far in the tails the value underflows to exactly 0 or rounds to exactly 1.
     *
     * @param x a finite value
     * @return {@code P(Z <= x)}, within [0, 1]
     * @throws IllegalArgumentException if {@code x} is NaN or infinite
     */
    public static double normalCdf(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("x must be finite: " + x);
        }
        double u = Math.abs(x) / Math.sqrt(2);
        if (u > 27) {
            // exp(-u^2) underflows: the tail is below the smallest double
            return x < 0 ? 0 : 1;
        }
        if (Math.abs(x) < 3) {
            double erf = erfSeries(u);
            return x < 0 ? (1 - erf) / 2 : (1 + erf) / 2;
        }
        double tail = erfcContinuedFraction(u) / 2;
        return x < 0 ? tail : 1 - tail;
    }

    /** {@code erf(u)} for {@code 0 <= u < 2.2}, by A&amp;S 7.1.6; every term is positive. */
    private static double erfSeries(double u) {
        double u2 = u * u;
        double term = u;
        double sum = u;
        for (int k = 1; k < 200; k++) {
            term *= 2 * u2 / (2 * k + 1);
            sum += term;
            if (term < sum * 1e-17) {
                break;
            }
        }
        return 2 / Math.sqrt(Math.PI) * Math.exp(-u2) * sum;
    }

    /** {@code erfc(u)} for {@code u >= 2}, by the continued fraction A&amp;S 7.1.14 and modified Lentz. */
    private static double erfcContinuedFraction(double u) {
        // u + (1/2)/(u + (2/2)/(u + (3/2)/(u + ...))): b_j = u, a_j = j/2
        double tiny = 1e-300;
        double f = u;
        double c = u;
        double d = 0;
        for (int j = 1; j < 500; j++) {
            double a = j / 2.0;
            d = u + a * d;
            d = d == 0 ? tiny : d;
            c = u + a / c;
            c = c == 0 ? tiny : c;
            d = 1 / d;
            double delta = c * d;
            f *= delta;
            if (Math.abs(delta - 1) < 1e-16) {
                break;
            }
        }
        return Math.exp(-u * u) / Math.sqrt(Math.PI) / f;
    }

    /**
     * The quantile function (inverse cumulative distribution function) of the standard normal distribution:
     * the {@code z} with {@code normalCdf(z) = p}.
     *
     * <p>A starting value from P. J. Acklam's rational approximation (relative error below 1.15e-9), then
     * Halley steps {@code z -= e / (1 + z e / 2)} with {@code e = (Phi(z) - p) / phi(z)} on
     * {@link #normalCdf}, until the step is below 1e-15 of {@code z}: accurate to about 1e-14 within
     * {@code 1e-300 < p < 1 - 1e-16}. For instance {@code normalQuantile(0.975) = 1.959963984540054}.
     *
     * @param p a probability, strictly between 0 and 1
     * @return the quantile
     * @throws IllegalArgumentException if {@code p} is not strictly between 0 and 1
     */
    public static double normalQuantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("p must be strictly between 0 and 1: " + p);
        }
        // by symmetry, work in the lower half, where p keeps its precision
        if (p > 0.5) {
            return -normalQuantile(1 - p);
        }
        double z = acklam(p);
        for (int i = 0; i < 8; i++) {
            double density = Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
            if (density == 0) {
                break;
            }
            double e = (normalCdf(z) - p) / density;
            double step = e / (1 + z * e / 2);
            z -= step;
            if (Math.abs(step) <= 1e-15 * Math.max(1, Math.abs(z))) {
                break;
            }
        }
        return z;
    }

    /** Acklam's approximation of the normal quantile, for {@code 0 < p <= 0.5}. */
    private static double acklam(double p) {
        if (p < 0.02425) {
            double q = Math.sqrt(-2 * Math.log(p));
            return (((((-7.784894002430293e-03 * q - 3.223964580411365e-01) * q - 2.400758277161838e+00) * q
                    - 2.549732539343734e+00) * q + 4.374664141464968e+00) * q + 2.938163982698783e+00)
                    / ((((7.784695709041462e-03 * q + 3.224671290700398e-01) * q + 2.445134137142996e+00) * q
                    + 3.754408661907416e+00) * q + 1);
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((-3.969683028665376e+01 * r + 2.209460984245205e+02) * r - 2.759285104469687e+02) * r
                + 1.383577518672690e+02) * r - 3.066479806614716e+01) * r + 2.506628277459239e+00) * q
                / (((((-5.447609879822406e+01 * r + 1.615858368580409e+02) * r - 1.556989798598866e+02) * r
                + 6.680131188771972e+01) * r - 1.328068155288572e+01) * r + 1);
    }

    /**
     * The quantile function of Student's t distribution with {@code degreesOfFreedom} degrees of freedom:
     * the {@code t} with {@code P(T <= t) = p}.
     *
     * <ul>
     *   <li>Up to 1000 degrees of freedom, by bisection on {@code theta = atan(t / sqrt(nu))} of the exact
     *       finite series for {@code A(t | nu) = P(|T| <= t)} (Abramowitz and Stegun 26.7.3 and 26.7.4): for
     *       odd {@code nu}, {@code (2/pi)(theta + sin theta (cos theta + (2/3) cos^3 theta + ... +
     *       (2*4*...*(nu-3))/(1*3*...*(nu-2)) cos^(nu-2) theta))}; for even {@code nu},
     *       {@code sin theta (1 + (1/2) cos^2 theta + ... + (1*3*...*(nu-3))/(2*4*...*(nu-2)) cos^(nu-2) theta)}.
     *       Accurate to about 1e-12 for the central probabilities of confidence levels.</li>
     *   <li>Beyond, by the Cornish-Fisher expansion in powers of {@code 1/nu} around the normal quantile
     *       {@code x} (Abramowitz and Stegun 26.7.5), to the fourth power:
     *       {@code t = x + g1/nu + g2/nu^2 + g3/nu^3 + g4/nu^4}, {@code g1 = (x^3 + x)/4},
     *       {@code g2 = (5x^5 + 16x^3 + 3x)/96}, {@code g3 = (3x^7 + 19x^5 + 17x^3 - 15x)/384},
     *       {@code g4 = (79x^9 + 776x^7 + 1482x^5 - 1920x^3 - 945x)/92160}; its error there is below 2e-12
     *       for {@code |x| < 4.5}.</li>
     * </ul>
     * For instance {@code studentQuantile(0.975, 10) = 2.228138851986}.
     *
     * @param p a probability, strictly between 0 and 1
     * @param degreesOfFreedom the degrees of freedom, at least 1
     * @return the quantile
     * @throws IllegalArgumentException if {@code p} is not strictly between 0 and 1 or the degrees of freedom
     *     are below 1
     */
    public static double studentQuantile(double p, long degreesOfFreedom) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("p must be strictly between 0 and 1: " + p);
        }
        if (degreesOfFreedom < 1) {
            throw new IllegalArgumentException("degreesOfFreedom must be at least 1: " + degreesOfFreedom);
        }
        if (p > 0.5) {
            return -studentQuantile(1 - p, degreesOfFreedom);
        }
        if (p == 0.5) {
            return 0;
        }
        if (degreesOfFreedom > STUDENT_SERIES_LIMIT) {
            double x = normalQuantile(p);
            double x2 = x * x;
            double nu = degreesOfFreedom;
            double g1 = (x2 + 1) * x / 4;
            double g2 = ((5 * x2 + 16) * x2 + 3) * x / 96;
            double g3 = (((3 * x2 + 19) * x2 + 17) * x2 - 15) * x / 384;
            double g4 = ((((79 * x2 + 776) * x2 + 1482) * x2 - 1920) * x2 - 945) * x / 92160;
            return x + (g1 + (g2 + (g3 + g4 / nu) / nu) / nu) / nu;
        }
        // P(|T| <= |t|) = 1 - 2p for the lower quantile t < 0
        double central = 1 - 2 * p;
        double lo = 0;
        double hi = Math.PI / 2;
        for (int i = 0; i < 200 && hi - lo > 1e-17; i++) {
            double mid = (lo + hi) / 2;
            if (mid <= lo || mid >= hi) {
                break;
            }
            if (studentCentral(mid, degreesOfFreedom) < central) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return -Math.sqrt(degreesOfFreedom) * Math.tan((lo + hi) / 2);
    }

    /** Above this many degrees of freedom, {@link #studentQuantile} uses the Cornish-Fisher expansion. */
    static final long STUDENT_SERIES_LIMIT = 1000;

    /** {@code A(t | nu) = P(|T| <= t)} at {@code theta = atan(t / sqrt(nu))}, A&amp;S 26.7.3 and 26.7.4. */
    private static double studentCentral(double theta, long nu) {
        double sin = Math.sin(theta);
        double cos = Math.cos(theta);
        double cos2 = cos * cos;
        if (nu % 2 == 1) {
            if (nu == 1) {
                return 2 * theta / Math.PI;
            }
            double term = cos;
            double sum = cos;
            for (long k = 1; 2 * k + 1 <= nu - 2; k++) {
                term *= cos2 * (2 * k) / (2 * k + 1);
                sum += term;
            }
            return 2 / Math.PI * (theta + sin * sum);
        }
        double term = 1;
        double sum = 1;
        for (long k = 1; 2 * k <= nu - 2; k++) {
            term *= cos2 * (2 * k - 1) / (2 * k);
            sum += term;
        }
        return sin * sum;
    }

    /** @return {@code [0.4712, 0.6105] at 95%} */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "[%.4f, %.4f] at %s%%", lower, upper,
                java.math.BigDecimal.valueOf(level * 100).stripTrailingZeros().toPlainString());
    }
}
