package io.github.supportkpi.experience;

import io.github.supportkpi.metric.Accumulator;
import io.github.supportkpi.metric.Interval;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.metric.Tally;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * The counts behind a Net Promoter Score: promoters (9-10), passives (7-8) and detractors (0-6) on the
 * 0-10 scale. Immutable and thread-safe.
 *
 * <p>{@code NPS = %promoters - %detractors}, in [-100, 100]; undefined (empty) with no responses.
 *
 * @param promoters responses of 9 or 10
 * @param passives responses of 7 or 8
 * @param detractors responses of 0 to 6
 */
public record NpsTally(long promoters, long passives, long detractors) implements Tally<NpsTally> {
    /** No responses: the identity of {@link #plus}. */
    public static final NpsTally EMPTY = new NpsTally(0, 0, 0);

    /**
     * Validates the counts.
     *
     * @throws IllegalArgumentException if a count is negative
     */
    public NpsTally {
        if (promoters < 0 || passives < 0 || detractors < 0) {
            throw new IllegalArgumentException("NPS counts must not be negative: promoters " + promoters
                    + ", passives " + passives + ", detractors " + detractors);
        }
    }

    /**
     * The tally of one score.
     *
     * @param score a score on 0..10
     * @return a tally counting it as a promoter, passive or detractor
     * @throws IllegalArgumentException if the score is outside 0..10
     */
    public static NpsTally ofScore(int score) {
        if (score < 0 || score > 10) {
            throw new IllegalArgumentException("NPS score must be within 0..10: " + score);
        }
        return score >= 9 ? new NpsTally(1, 0, 0) : score >= 7 ? new NpsTally(0, 1, 0) : new NpsTally(0, 0, 1);
    }

    @Override
    public NpsTally plus(NpsTally other) {
        return new NpsTally(Math.addExact(promoters, other.promoters), Math.addExact(passives, other.passives),
                Math.addExact(detractors, other.detractors));
    }

    /**
     * All responses.
     *
     * @return promoters + passives + detractors
     */
    public long responses() {
        return Math.addExact(Math.addExact(promoters, passives), detractors);
    }

    /** All responses. */
    @Override
    public long sampleSize() {
        return responses();
    }

    /**
     * The share of promoters.
     *
     * @return promoters over all responses
     */
    public Ratio promoterShare() {
        return new Ratio(promoters, responses());
    }

    /**
     * The share of passives.
     *
     * @return passives over all responses
     */
    public Ratio passiveShare() {
        return new Ratio(passives, responses());
    }

    /**
     * The share of detractors.
     *
     * @return detractors over all responses
     */
    public Ratio detractorShare() {
        return new Ratio(detractors, responses());
    }

    /**
     * The Net Promoter Score, {@code 100 * (promoters - detractors) / responses}.
     *
     * @return a value in [-100, 100]; empty with no responses, never NaN
     */
    public OptionalDouble score() {
        long n = responses();
        return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * (promoters - detractors) / n);
    }

    /**
     * The variance of one response's score, the response scored +1 as a promoter, 0 as a passive and -1 as a
     * detractor: {@code Var = pP + pD - (pP - pD)^2}, with {@code pP} and {@code pD} the shares of promoters
     * and detractors. It is {@code E[X^2] - E[X]^2}, as {@code X^2} is 1 for promoters and detractors and 0 for
     * passives.
     *
     * @return the variance, within [0, 1]; empty with no responses
     */
    public OptionalDouble scoreVariance() {
        long n = responses();
        if (n == 0) {
            return OptionalDouble.empty();
        }
        double pp = (double) promoters / n;
        double pd = (double) detractors / n;
        double diff = pp - pd;
        return OptionalDouble.of(Math.max(0, pp + pd - diff * diff));
    }

    /**
     * The margin of error of the NPS, in points:
     * {@code MoE = z * sqrt((pP + pD - (pP - pD)^2) / n) * 100}, with {@code z} the two-sided normal critical
     * value of the level ({@link Interval#normalCritical}, 1.96 for 0.95) and {@code n} the responses.
     *
     * <p>The NPS is the mean of the responses scored +1, 0 and -1 (times 100), so its standard error is the
     * standard deviation of one score over {@code sqrt n} ({@link #scoreVariance}); this is the usual
     * survey-statistics derivation from the multinomial variances and covariance,
     * {@code Var(pP - pD) = (pP(1-pP) + pD(1-pD) + 2 pP pD) / n} (see, for instance, the answer to
     * "How can I calculate margin of error in a NPS result?" on Cross Validated, stats.stackexchange.com,
     * question 18603). It is a normal (Wald) approximation:
     * <ul>
     *   <li>undefined (empty) with no responses;</li>
     *   <li>0 when every response is in one group (all promoters, say): read it with the sample size, and
     *       treat small samples as too few (see {@code report.MinimumSample});</li>
     *   <li>at most {@code z * 100 / sqrt n} points (half promoters, half detractors).</li>
     * </ul>
     *
     * @param level the confidence level, strictly between 0 and 1 (0.95 for a 95% interval)
     * @return the margin of error in points, not negative; empty with no responses
     * @throws IllegalArgumentException if the level is not strictly between 0 and 1
     */
    public OptionalDouble marginOfError(double level) {
        double z = Interval.normalCritical(level);
        OptionalDouble variance = scoreVariance();
        if (variance.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(z * Math.sqrt(variance.getAsDouble() / responses()) * 100);
    }

    /**
     * The confidence interval of the NPS, in points: {@code score +- marginOfError(level)}, clipped to
     * [-100, 100], the range of the score.
     *
     * @param level the confidence level, strictly between 0 and 1 (0.95 for a 95% interval)
     * @return the interval in points, within [-100, 100] and containing {@link #score()}; empty with no
     *     responses
     * @throws IllegalArgumentException if the level is not strictly between 0 and 1
     */
    public Optional<Interval> interval(double level) {
        OptionalDouble moe = marginOfError(level);
        if (moe.isEmpty()) {
            return Optional.empty();
        }
        double score = score().getAsDouble();
        double m = moe.getAsDouble();
        return Optional.of(new Interval(Math.max(-100, score - m), Math.min(100, score + m), level));
    }

    @Override
    public String toString() {
        long n = responses();
        return "NPS " + (n == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f", 100.0 * (promoters - detractors) / n))
                + " (promoters " + promoters + ", passives " + passives + ", detractors " + detractors + ")";
    }

    /**
     * An NPS metric over the records {@code considered}, each contributing its 0..10 score.
     *
     * @param id the metric's id
     * @param considered which records count
     * @param scoreOf the score of a considered record, 0 to 10
     * @param <T> the record type
     * @return the metric
     * @throws IllegalArgumentException (when tallying) if a score is outside 0..10
     */
    public static <T> Metric<T, NpsTally> metric(String id, Predicate<? super T> considered,
            ToIntFunction<? super T> scoreOf) {
        Objects.requireNonNull(considered, "considered");
        Objects.requireNonNull(scoreOf, "scoreOf");
        return Metric.of(id, EMPTY, () -> new Accumulator<T, NpsTally>() {
            private long promoters;
            private long passives;
            private long detractors;

            @Override
            public void accept(T record) {
                if (!considered.test(record)) {
                    return;
                }
                int s = scoreOf.applyAsInt(record);
                if (s < 0 || s > 10) {
                    throw new IllegalArgumentException("NPS score must be within 0..10: " + s + ", record " + record);
                }
                if (s >= 9) {
                    promoters++;
                } else if (s >= 7) {
                    passives++;
                } else {
                    detractors++;
                }
            }

            @Override
            public NpsTally tally() {
                return new NpsTally(promoters, passives, detractors);
            }
        });
    }
}
