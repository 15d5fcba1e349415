package io.github.supportkpi.metric;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Predicate;

/**
 * A rate kept as its counts: {@code numerator / denominator}. Immutable and thread-safe.
 *
 * <p>Merging adds numerators and denominators, never percentages. With a zero denominator the value is
 * undefined: {@link #value()} and {@link #percent()} are empty, never NaN and never 0.
 *
 * @param numerator the records that meet the condition, {@code 0 <= numerator <= denominator}
 * @param denominator the records considered
 */
public record Ratio(long numerator, long denominator) implements Tally<Ratio> {
    /** No records: the identity of {@link #plus}. */
    public static final Ratio EMPTY = new Ratio(0, 0);

    /**
     * Validates the counts.
     *
     * @throws IllegalArgumentException unless {@code 0 <= numerator <= denominator}
     */
    public Ratio {
        if (numerator < 0 || denominator < 0 || numerator > denominator) {
            throw new IllegalArgumentException(
                    "Ratio requires 0 <= numerator <= denominator: " + numerator + "/" + denominator);
        }
    }

    /**
     * The ratio {@code numerator / denominator}.
     *
     * @param numerator the records meeting the condition
     * @param denominator the records considered
     * @return the ratio
     * @throws IllegalArgumentException unless {@code 0 <= numerator <= denominator}
     */
    public static Ratio of(long numerator, long denominator) {
        return new Ratio(numerator, denominator);
    }

    @Override
    public Ratio plus(Ratio other) {
        return new Ratio(Math.addExact(numerator, other.numerator), Math.addExact(denominator, other.denominator));
    }

    /** The denominator. */
    @Override
    public long sampleSize() {
        return denominator;
    }

    /**
     * The ratio as a fraction.
     *
     * @return a value in [0, 1]; empty when the denominator is 0, never NaN
     */
    public OptionalDouble value() {
        return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) numerator / denominator);
    }

    /**
     * The ratio as a percentage.
     *
     * @return a value in [0, 100]; empty when the denominator is 0, never NaN
     */
    public OptionalDouble percent() {
        return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * numerator / denominator);
    }

    /**
     * The Wilson score interval of the proportion (E. B. Wilson, 1927; recommended by Newcombe, 1998, and by
     * Agresti and Coull, 1998, over the Wald interval {@code p +- z sqrt(p(1-p)/n)}, which collapses to a point
     * at 0% and 100% and covers too little for small {@code n}).
     *
     * <p>With {@code p = numerator / denominator}, {@code n = denominator} and {@code z} the two-sided normal
     * critical value of the level ({@link Interval#normalCritical}, 1.96 for 0.95):
     * <pre>{@code
     * centre     = (p + z^2 / 2n) / (1 + z^2 / n)
     * half-width = z / (1 + z^2 / n) * sqrt(p(1 - p) / n + z^2 / 4n^2)
     * }</pre>
     * <ul>
     *   <li>Undefined (empty) when the denominator is 0.</li>
     *   <li>The bounds are proportions within [0, 1]; the lower bound is exactly 0 when the numerator is 0
     *       and the upper bound exactly 1 when the numerator is the denominator.</li>
     *   <li>The interval always contains {@link #value()}, and is never a single point: 0 of 10 gives
     *       [0, 0.2775] at 95%.</li>
     * </ul>
     *
     * @param level the confidence level, strictly between 0 and 1 (0.95 for a 95% interval)
     * @return the interval, in proportions; empty when the denominator is 0
     * @throws IllegalArgumentException if the level is not strictly between 0 and 1
     */
    public Optional<Interval> wilson(double level) {
        double z = Interval.normalCritical(level);
        if (denominator == 0) {
            return Optional.empty();
        }
        double n = denominator;
        double p = (double) numerator / denominator;
        double z2 = z * z;
        double scale = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / scale;
        double half = z / scale * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        // the exact bounds at the extremes; elsewhere rounding cannot leave [0, 1] by more than an ulp
        double lower = numerator == 0 ? 0 : Math.max(0, Math.min(p, centre - half));
        double upper = numerator == denominator ? 1 : Math.min(1, Math.max(p, centre + half));
        return Optional.of(new Interval(lower, upper, level));
    }

    /**
     * The {@link #wilson Wilson score interval} in percent: its bounds times 100, within [0, 100].
     *
     * @param level the confidence level, strictly between 0 and 1
     * @return the interval, in percent; empty when the denominator is 0
     * @throws IllegalArgumentException if the level is not strictly between 0 and 1
     */
    public Optional<Interval> wilsonPercent(double level) {
        return wilson(level).map(i -> new Interval(i.lower() * 100, i.upper() * 100, level));
    }

    /**
     * The complement, {@code (denominator - numerator) / denominator}: for instance the retained share of a
     * churn ratio.
     *
     * @return the complementary ratio, with the same denominator
     */
    public Ratio complement() {
        return new Ratio(denominator - numerator, denominator);
    }

    /** @return {@code "144/213 (67.61%)"}, or {@code "0/0 (n/a)"} when undefined */
    @Override
    public String toString() {
        return numerator + "/" + denominator + " ("
                + (denominator == 0 ? "n/a" : String.format(Locale.ROOT, "%.2f%%", 100.0 * numerator / denominator))
                + ")";
    }

    /**
     * A ratio metric: the records in the denominator are those {@code considered}; of those, the ones that
     * also {@code meet} the condition are in the numerator.
     *
     * @param id the metric's id
     * @param considered which records count in the denominator
     * @param meets which considered records count in the numerator
     * @param <T> the record type
     * @return the metric
     */
    public static <T> Metric<T, Ratio> metric(String id, Predicate<? super T> considered, Predicate<? super T> meets) {
        Objects.requireNonNull(considered, "considered");
        Objects.requireNonNull(meets, "meets");
        return Metric.of(id, EMPTY, () -> new Accumulator<T, Ratio>() {
            private long num;
            private long den;

            @Override
            public void accept(T record) {
                if (considered.test(record)) {
                    den++;
                    if (meets.test(record)) {
                        num++;
                    }
                }
            }

            @Override
            public Ratio tally() {
                return new Ratio(num, den);
            }
        });
    }
}
