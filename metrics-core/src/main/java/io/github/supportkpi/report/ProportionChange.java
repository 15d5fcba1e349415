package io.github.supportkpi.report;

import io.github.supportkpi.metric.Interval;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.time.Bucket;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Whether a rate changed from one bucket to the next by more than chance would: the two buckets'
 * {@link Ratio} tallies, the difference of their proportions in points, its confidence interval and a
 * two-proportion z test, as {@link Trend#proportionChanges} gives them. Immutable and thread-safe.
 *
 * <p>With {@code p1 = x1/n1} the previous proportion and {@code p2 = x2/n2} the current one:
 * <ul>
 *   <li>{@link #difference()} is {@code 100 (p2 - p1)}, in percentage points.</li>
 *   <li>{@link #interval()} is Newcombe's hybrid score interval (Newcombe 1998, "Interval estimation for the
 *       difference between independent proportions: comparison of eleven methods", Statistics in Medicine
 *       17:873-890, method 10), from the {@link Ratio#wilson Wilson intervals} {@code [l1, u1]} and
 *       {@code [l2, u2]} of the two proportions at the same level:
 *       {@code [d - sqrt((p2 - l2)^2 + (u1 - p1)^2), d + sqrt((u2 - p2)^2 + (p1 - l1)^2)]} with
 *       {@code d = p2 - p1}, in points. Unlike the Wald interval it stays within [-100, 100] and is never a
 *       point, even at 0% or 100%.</li>
 *   <li>{@link #z()} is the pooled two-proportion statistic
 *       {@code (p2 - p1) / sqrt(p (1 - p) (1/n1 + 1/n2))} with {@code p = (x1 + x2) / (n1 + n2)}, and
 *       {@link #pValue()} its two-sided p-value {@code 2 Phi(-|z|)}, normal approximation without continuity
 *       correction. When {@code p} is 0 or 1 (both buckets all-or-nothing alike) the proportions are equal
 *       and there is no evidence of a change: {@code z = 0}, p-value 1.</li>
 *   <li>{@link #significant()}: the p-value is below {@code 1 - level}. The test and the interval are
 *       different approximations: near the threshold the interval may just include 0 while the test rejects,
 *       or the reverse.</li>
 *   <li>All are undefined (empty, not significant) when either denominator is 0.</li>
 * </ul>
 * Buckets are treated as independent samples; a record counted in both is not allowed for.
 *
 * @param previousBucket the earlier bucket
 * @param bucket the later bucket
 * @param previous the tally of the earlier bucket
 * @param current the tally of the later bucket
 * @param level the confidence level of the interval and the test, strictly between 0 and 1
 */
public record ProportionChange(Bucket previousBucket, Bucket bucket, Ratio previous, Ratio current, double level) {
    /**
     * Validates the fields.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if the level is not strictly between 0 and 1, or the earlier bucket is
     *     not before the later
     */
    public ProportionChange {
        Objects.requireNonNull(previousBucket, "previousBucket");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(current, "current");
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be strictly between 0 and 1: " + level);
        }
        if (previousBucket.compareTo(bucket) >= 0) {
            throw new IllegalArgumentException(
                    "previousBucket must be before bucket: " + previousBucket + "/" + bucket);
        }
    }

    /**
     * The change of the proportions between two buckets.
     *
     * @param previousBucket the earlier bucket
     * @param bucket the later bucket
     * @param previous the tally of the earlier bucket
     * @param current the tally of the later bucket
     * @param level the confidence level, strictly between 0 and 1
     * @return the change
     * @throws IllegalArgumentException if the level is not strictly between 0 and 1, or the earlier bucket is
     *     not before the later
     */
    public static ProportionChange of(Bucket previousBucket, Bucket bucket, Ratio previous, Ratio current,
            double level) {
        return new ProportionChange(previousBucket, bucket, previous, current, level);
    }

    /**
     * This change at another confidence level.
     *
     * @param level the confidence level, strictly between 0 and 1
     * @return the change at that level
     * @throws IllegalArgumentException if the level is not strictly between 0 and 1
     */
    public ProportionChange withLevel(double level) {
        return new ProportionChange(previousBucket, bucket, previous, current, level);
    }

    /**
     * Whether both buckets have a denominator, so that the change is defined.
     *
     * @return whether both denominators are positive
     */
    public boolean defined() {
        return previous.denominator() > 0 && current.denominator() > 0;
    }

    /**
     * The difference of the proportions, {@code 100 (p2 - p1)}.
     *
     * @return the difference in percentage points, within [-100, 100]; empty when either denominator is 0
     */
    public OptionalDouble difference() {
        return defined() ? OptionalDouble.of(100 * (p(current) - p(previous))) : OptionalDouble.empty();
    }

    /**
     * Newcombe's hybrid score interval of the difference, in percentage points.
     *
     * @return the interval, within [-100, 100] and containing {@link #difference()}; empty when either
     *     denominator is 0
     */
    public Optional<Interval> interval() {
        if (!defined()) {
            return Optional.empty();
        }
        double p1 = p(previous);
        double p2 = p(current);
        Interval w1 = previous.wilson(level).orElseThrow();
        Interval w2 = current.wilson(level).orElseThrow();
        double d = p2 - p1;
        double lower = d - Math.hypot(p2 - w2.lower(), w1.upper() - p1);
        double upper = d + Math.hypot(w2.upper() - p2, p1 - w1.lower());
        return Optional.of(new Interval(Math.max(-100, 100 * lower), Math.min(100, 100 * upper), level));
    }

    /**
     * The pooled two-proportion z statistic, {@code (p2 - p1) / sqrt(p (1 - p) (1/n1 + 1/n2))}: positive for a
     * rise.
     *
     * @return the statistic; 0 when the pooled proportion is 0 or 1; empty when either denominator is 0
     */
    public OptionalDouble z() {
        if (!defined()) {
            return OptionalDouble.empty();
        }
        double n1 = previous.denominator();
        double n2 = current.denominator();
        double pooled = ((double) previous.numerator() + current.numerator()) / (n1 + n2);
        double variance = pooled * (1 - pooled) * (1 / n1 + 1 / n2);
        return OptionalDouble.of(variance > 0 ? (p(current) - p(previous)) / Math.sqrt(variance) : 0);
    }

    /**
     * The two-sided p-value of {@link #z()}, {@code 2 Phi(-|z|)}.
     *
     * @return the p-value, within [0, 1]; empty when either denominator is 0
     */
    public OptionalDouble pValue() {
        OptionalDouble z = z();
        return z.isPresent() ? OptionalDouble.of(twoSided(z.getAsDouble())) : OptionalDouble.empty();
    }

    /**
     * Whether the change is significant at the level: the p-value is below {@code 1 - level}.
     *
     * @return whether the change is significant; false when either denominator is 0
     */
    public boolean significant() {
        OptionalDouble p = pValue();
        return p.isPresent() && p.getAsDouble() < 1 - level;
    }

    private static double p(Ratio r) {
        return (double) r.numerator() / r.denominator();
    }

    /** {@code min(1, 2 Phi(-|z|))}. */
    static double twoSided(double z) {
        return Math.min(1, 2 * Interval.normalCdf(-Math.abs(z)));
    }

    /** @return {@code "2024-W10 -> 2024-W11: 56/70 (80.00%) -> 48/80 (60.00%): -20.00 points [..] at 95%, p = 0.0081"} */
    @Override
    public String toString() {
        String head = previousBucket + " -> " + bucket + ": " + previous + " -> " + current;
        if (!defined()) {
            return head + ": n/a";
        }
        Interval i = interval().orElseThrow();
        return head + String.format(Locale.ROOT, ": %+.2f points [%.2f, %.2f], p = %.4f%s", difference().getAsDouble(),
                i.lower(), i.upper(), pValue().getAsDouble(), significant() ? ", significant" : "");
    }
}
