package io.github.supportkpi.report;

import io.github.supportkpi.experience.NpsTally;
import io.github.supportkpi.metric.Interval;
import io.github.supportkpi.time.Bucket;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Whether a Net Promoter Score changed from one bucket to the next by more than chance would, as
 * {@link Trend#npsChanges} gives it. Immutable and thread-safe.
 *
 * <p>Each response scores +1 (promoter), 0 (passive) or -1 (detractor); the NPS is 100 times their mean and
 * {@code V = pP + pD - (pP - pD)^2} the variance of one score ({@link NpsTally#scoreVariance}). With
 * {@code n1, V1} the previous bucket's responses and variance and {@code n2, V2} the current one's:
 * <ul>
 *   <li>{@link #difference()} is {@code NPS2 - NPS1}, in points, within [-200, 200].</li>
 *   <li>{@link #interval()} is the normal (Wald) interval {@code difference +- z sqrt(V1/n1 + V2/n2) * 100},
 *       clipped to [-200, 200], with {@code z} the two-sided normal critical value of the level.</li>
 *   <li>{@link #z()} tests equal scores against the pooled variance {@code V} of both buckets' responses
 *       together: {@code (NPS2 - NPS1) / 100 / sqrt(V (1/n1 + 1/n2))}, as the two-proportion test pools its
 *       proportion; {@link #pValue()} is {@code 2 Phi(-|z|)}. When every response of both buckets is in one
 *       group the scores are equal and {@code z = 0}, p-value 1.</li>
 *   <li>{@link #significant()}: the p-value is below {@code 1 - level}.</li>
 *   <li>All are undefined (empty, not significant) when either bucket has no response.</li>
 * </ul>
 * The interval is 0 wide when each bucket is all in one group; read it with the sample sizes
 * ({@link MinimumSample}). Buckets are treated as independent samples.
 *
 * @param previousBucket the earlier bucket
 * @param bucket the later bucket
 * @param previous the tally of the earlier bucket
 * @param current the tally of the later bucket
 * @param level the confidence level of the interval and the test, strictly between 0 and 1
 */
public record NpsChange(Bucket previousBucket, Bucket bucket, NpsTally previous, NpsTally current, double level) {
    /**
     * Validates the fields.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if the level is not strictly between 0 and 1, or the earlier bucket is
     *     not before the later
     */
    public NpsChange {
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
     * The change of the NPS between two buckets.
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
    public static NpsChange of(Bucket previousBucket, Bucket bucket, NpsTally previous, NpsTally current,
            double level) {
        return new NpsChange(previousBucket, bucket, previous, current, level);
    }

    /**
     * This change at another confidence level.
     *
     * @param level the confidence level, strictly between 0 and 1
     * @return the change at that level
     * @throws IllegalArgumentException if the level is not strictly between 0 and 1
     */
    public NpsChange withLevel(double level) {
        return new NpsChange(previousBucket, bucket, previous, current, level);
    }

    /**
     * Whether both buckets have responses, so that the change is defined.
     *
     * @return whether both have at least one response
     */
    public boolean defined() {
        return previous.responses() > 0 && current.responses() > 0;
    }

    /**
     * The difference of the scores, {@code NPS2 - NPS1}.
     *
     * @return the difference in points, within [-200, 200]; empty when either bucket has no response
     */
    public OptionalDouble difference() {
        return defined() ? OptionalDouble.of(current.score().getAsDouble() - previous.score().getAsDouble())
                : OptionalDouble.empty();
    }

    /**
     * The Wald interval of the difference, in points.
     *
     * @return the interval, within [-200, 200] and containing {@link #difference()}; empty when either bucket
     *     has no response
     */
    public Optional<Interval> interval() {
        if (!defined()) {
            return Optional.empty();
        }
        double se = Math.sqrt(previous.scoreVariance().getAsDouble() / previous.responses()
                + current.scoreVariance().getAsDouble() / current.responses());
        double d = difference().getAsDouble();
        double m = Interval.normalCritical(level) * se * 100;
        return Optional.of(new Interval(Math.max(-200, d - m), Math.min(200, d + m), level));
    }

    /**
     * The z statistic against the pooled variance: positive for a rise.
     *
     * @return the statistic; 0 when every response of both buckets is in one group; empty when either bucket
     *     has no response
     */
    public OptionalDouble z() {
        if (!defined()) {
            return OptionalDouble.empty();
        }
        double pooled = previous.plus(current).scoreVariance().getAsDouble();
        double variance = pooled * (1.0 / previous.responses() + 1.0 / current.responses());
        return OptionalDouble.of(variance > 0 ? difference().getAsDouble() / 100 / Math.sqrt(variance) : 0);
    }

    /**
     * The two-sided p-value of {@link #z()}, {@code 2 Phi(-|z|)}.
     *
     * @return the p-value, within [0, 1]; empty when either bucket has no response
     */
    public OptionalDouble pValue() {
        OptionalDouble z = z();
        return z.isPresent() ? OptionalDouble.of(ProportionChange.twoSided(z.getAsDouble())) : OptionalDouble.empty();
    }

    /**
     * Whether the change is significant at the level: the p-value is below {@code 1 - level}.
     *
     * @return whether the change is significant; false when either bucket has no response
     */
    public boolean significant() {
        OptionalDouble p = pValue();
        return p.isPresent() && p.getAsDouble() < 1 - level;
    }

    /** @return {@code "2024-W10 -> 2024-W11: NPS 20.0 (...) -> NPS 35.0 (...): +15.00 points [..], p = 0.0123"} */
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
