package io.github.supportkpi.business;

import io.github.supportkpi.metric.Accumulator;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.Tally;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A cost and the units it is spread over: support cost and resolved tickets (cost per resolution, M52),
 * acquisition spend and new customers (acquisition cost, M53). Immutable and thread-safe.
 *
 * <p>Merging adds costs and units, so the costs of segments (teams, months) add up; never merge the
 * per-unit values. A metric over records counts the units, with zero cost; give the cost with
 * {@link #withCost}. The cost is kept with trailing zeros stripped, so equality is by numeric value.
 *
 * @param cost the total cost, not negative
 * @param units the units it is spread over, not negative
 */
public record CostPerUnit(BigDecimal cost, long units) implements Tally<CostPerUnit> {
    /** No cost and no units: the identity of {@link #plus}. */
    public static final CostPerUnit EMPTY = new CostPerUnit(BigDecimal.ZERO, 0);

    /**
     * Validates the fields.
     *
     * @throws NullPointerException if the cost is null
     * @throws IllegalArgumentException if the cost or units are negative
     */
    public CostPerUnit {
        Objects.requireNonNull(cost, "cost");
        if (cost.signum() < 0) {
            throw new IllegalArgumentException("cost must not be negative: " + cost.toPlainString());
        }
        if (units < 0) {
            throw new IllegalArgumentException("units must not be negative: " + units);
        }
        cost = cost.stripTrailingZeros();
    }

    /**
     * A cost spread over units.
     *
     * @param cost the total cost
     * @param units the units
     * @return the tally
     * @throws IllegalArgumentException if either is negative
     */
    public static CostPerUnit of(BigDecimal cost, long units) {
        return new CostPerUnit(cost, units);
    }

    /**
     * A copy with another total cost and the same units.
     *
     * @param cost the total cost
     * @return the copy
     * @throws IllegalArgumentException if the cost is negative
     */
    public CostPerUnit withCost(BigDecimal cost) {
        return new CostPerUnit(cost, units);
    }

    @Override
    public CostPerUnit plus(CostPerUnit other) {
        return new CostPerUnit(cost.add(other.cost), Math.addExact(units, other.units));
    }

    /** The units. */
    @Override
    public long sampleSize() {
        return units;
    }

    /**
     * The cost per unit, {@code cost / units}, rounded to {@link MathContext#DECIMAL64} (16 significant digits,
     * half-even); round it to your currency's scale for display.
     *
     * @return the cost per unit; empty with no units, never a division by zero
     */
    public Optional<BigDecimal> perUnit() {
        return units == 0 ? Optional.empty()
                : Optional.of(cost.divide(BigDecimal.valueOf(units), MathContext.DECIMAL64));
    }

    /** @return {@code "20000 / 2000 = 10"}, or {@code "20000 / 0 = n/a"} */
    @Override
    public String toString() {
        return cost.toPlainString() + " / " + units + " = " + perUnit().map(BigDecimal::toPlainString).orElse("n/a");
    }

    /**
     * A metric counting the records that are units, with zero cost.
     *
     * @param id the metric's id
     * @param counted which records are units
     * @param <T> the record type
     * @return the metric
     */
    public static <T> Metric<T, CostPerUnit> metric(String id, Predicate<? super T> counted) {
        Objects.requireNonNull(counted, "counted");
        return Metric.of(id, EMPTY, () -> new Accumulator<T, CostPerUnit>() {
            private long n;

            @Override
            public void accept(T record) {
                if (counted.test(record)) {
                    n++;
                }
            }

            @Override
            public CostPerUnit tally() {
                return new CostPerUnit(BigDecimal.ZERO, n);
            }
        });
    }
}
