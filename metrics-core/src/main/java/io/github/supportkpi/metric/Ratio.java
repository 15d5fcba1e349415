package io.github.supportkpi.metric;

import java.util.Locale;
import java.util.Objects;
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
