package io.github.supportkpi.business;

import io.github.supportkpi.domain.CustomerPeriod;
import io.github.supportkpi.metric.Accumulator;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.metric.Tally;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The customer counts and recurring revenue of a period, from which retention (M50), churn and revenue
 * churn (M51) and lifetime value (M53) derive. Immutable and thread-safe.
 *
 * <p>Merging adds counts and sums, never rates: tallies of disjoint sets of customers (segments, shards)
 * add up. Derived counts:
 * <ul>
 *   <li>customers at end {@code = atStart - lost + acquired - acquiredLost};</li>
 *   <li>retained {@code = atStart - lost}: the customers at the end who were not new.</li>
 * </ul>
 * Revenue sums are of customers active at the start only; they are kept with trailing zeros stripped, so
 * that equality is by numeric value ({@code 10.50} equals {@code 10.5}). Divisions use
 * {@link MathContext#DECIMAL64} (16 significant digits, half-even).
 *
 * @param atStart customers at the start of the period
 * @param acquired customers acquired during the period (new customers)
 * @param lost customers at the start who were gone at the end, {@code <= atStart}
 * @param acquiredLost customers acquired and lost again within the period, {@code <= acquired}
 * @param revenueAtStart the recurring revenue of the customers at the start, not negative
 * @param revenueLost the start revenue of the {@code lost} customers
 * @param contraction the fall in revenue of the retained customers: the sum of
 *     {@code max(0, revenueAtStart - revenueAtEnd)} over them; {@code revenueLost + contraction <= revenueAtStart}
 */
public record CustomerTally(
        long atStart,
        long acquired,
        long lost,
        long acquiredLost,
        BigDecimal revenueAtStart,
        BigDecimal revenueLost,
        BigDecimal contraction) implements Tally<CustomerTally> {
    /** No customers: the identity of {@link #plus}. */
    public static final CustomerTally EMPTY =
            new CustomerTally(0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    /**
     * Validates the counts and sums.
     *
     * @throws NullPointerException if a sum is null
     * @throws IllegalArgumentException if a count or sum is negative, {@code lost > atStart},
     *     {@code acquiredLost > acquired}, {@code revenueLost + contraction > revenueAtStart}, or the customers at
     *     the end, {@code atStart - lost + acquired - acquiredLost}, exceed {@link Long#MAX_VALUE}
     */
    public CustomerTally {
        Objects.requireNonNull(revenueAtStart, "revenueAtStart");
        Objects.requireNonNull(revenueLost, "revenueLost");
        Objects.requireNonNull(contraction, "contraction");
        nonNegative(atStart, "atStart");
        nonNegative(acquired, "acquired");
        nonNegative(lost, "lost");
        nonNegative(acquiredLost, "acquiredLost");
        if (lost > atStart) {
            throw new IllegalArgumentException("lost must be at most atStart (" + atStart + "): " + lost);
        }
        if (acquiredLost > acquired) {
            throw new IllegalArgumentException("acquiredLost must be at most acquired (" + acquired + "): "
                    + acquiredLost);
        }
        nonNegative(revenueAtStart, "revenueAtStart");
        nonNegative(revenueLost, "revenueLost");
        nonNegative(contraction, "contraction");
        if (atStart - lost > Long.MAX_VALUE - (acquired - acquiredLost)) {
            throw new IllegalArgumentException("customers at end (atStart - lost + acquired - acquiredLost) must be"
                    + " at most " + Long.MAX_VALUE + ": " + atStart + " - " + lost + " + " + acquired + " - "
                    + acquiredLost);
        }
        if (revenueLost.add(contraction).compareTo(revenueAtStart) > 0) {
            throw new IllegalArgumentException("revenueLost + contraction must be at most revenueAtStart ("
                    + revenueAtStart.toPlainString() + "): " + revenueLost.add(contraction).toPlainString());
        }
        revenueAtStart = revenueAtStart.stripTrailingZeros();
        revenueLost = revenueLost.stripTrailingZeros();
        contraction = contraction.stripTrailingZeros();
    }

    private static void nonNegative(BigDecimal v, String name) {
        if (v.signum() < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + v.toPlainString());
        }
    }

    private static void nonNegative(long v, String name) {
        if (v < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + v);
        }
    }

    /**
     * A tally from the aggregate counts a user already has, with no revenue (add it with
     * {@link #withRevenue}). The customers acquired and lost again within the period follow:
     * {@code atStart - lost + acquired - atEnd}.
     *
     * @param atStart customers at the start
     * @param atEnd customers at the end
     * @param acquired new customers acquired during the period
     * @param lost customers at the start who were gone at the end
     * @return the tally
     * @throws IllegalArgumentException if a count is negative, {@code lost > atStart}, or {@code atEnd} is
     *     not within {@code atStart - lost .. atStart - lost + acquired}
     */
    public static CustomerTally ofCounts(long atStart, long atEnd, long acquired, long lost) {
        nonNegative(atStart, "atStart");
        nonNegative(atEnd, "atEnd");
        nonNegative(acquired, "acquired");
        nonNegative(lost, "lost");
        if (lost > atStart) {
            throw new IllegalArgumentException("lost must be at most atStart (" + atStart + "): " + lost);
        }
        long retained = atStart - lost;
        if (atEnd < retained || atEnd - retained > acquired) {
            throw new IllegalArgumentException("atEnd must be within atStart - lost .. atStart - lost + acquired ("
                    + retained + ".." + (retained > Long.MAX_VALUE - acquired ? retained + " + " + acquired
                            : String.valueOf(retained + acquired)) + "): " + atEnd);
        }
        return new CustomerTally(atStart, acquired, lost, acquired - (atEnd - retained), BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /**
     * A copy with these revenue sums.
     *
     * @param revenueAtStart the recurring revenue of the customers at the start
     * @param revenueLost the start revenue of the lost customers
     * @param contraction the fall in revenue of the retained customers
     * @return the copy
     * @throws IllegalArgumentException as the constructor does
     */
    public CustomerTally withRevenue(BigDecimal revenueAtStart, BigDecimal revenueLost, BigDecimal contraction) {
        return new CustomerTally(atStart, acquired, lost, acquiredLost, revenueAtStart, revenueLost, contraction);
    }

    /**
     * The customers and revenue of both.
     *
     * @param o the other tally
     * @return the sums
     * @throws ArithmeticException if a count of both, or the customers at the end of both, exceed
     *     {@link Long#MAX_VALUE}, naming it and both values
     */
    @Override
    public CustomerTally plus(CustomerTally o) {
        sum("customers at end", atEnd(), o.atEnd());
        return new CustomerTally(sum("atStart", atStart, o.atStart), sum("acquired", acquired, o.acquired),
                sum("lost", lost, o.lost), sum("acquiredLost", acquiredLost, o.acquiredLost),
                revenueAtStart.add(o.revenueAtStart), revenueLost.add(o.revenueLost), contraction.add(o.contraction));
    }

    /** {@code a + b}, or an {@link ArithmeticException} naming the count and both values. */
    private static long sum(String name, long a, long b) {
        if (a > Long.MAX_VALUE - b) {
            throw new ArithmeticException(name + " must be at most " + Long.MAX_VALUE + " when merged: " + a
                    + " + " + b);
        }
        return a + b;
    }

    /** Customers at the start: the denominator of retention and churn. */
    @Override
    public long sampleSize() {
        return atStart;
    }

    /**
     * Customers at the end of the period.
     *
     * @return {@code atStart - lost + acquired - acquiredLost}
     */
    public long atEnd() {
        return atStart - lost + acquired - acquiredLost;
    }

    /**
     * Customers at the start still there at the end.
     *
     * @return {@code atStart - lost}
     */
    public long retained() {
        return atStart - lost;
    }

    /**
     * The retention rate (M50), {@code (atEnd - new customers at end) / atStart}, that is
     * {@code retained / atStart}.
     *
     * @return the ratio; its percent is empty with no customers at the start
     */
    public Ratio retention() {
        return new Ratio(retained(), atStart);
    }

    /**
     * The customer churn rate (M51), {@code lost / atStart}. Retention plus churn is 100%.
     *
     * @return the ratio; its percent is empty with no customers at the start
     */
    public Ratio churn() {
        return new Ratio(lost, atStart);
    }

    /**
     * The revenue lost, read as {@code loss} says.
     *
     * @param loss what counts as lost
     * @return {@code revenueLost}, plus {@code contraction} for
     *     {@link RevenueLoss#LOST_CUSTOMERS_AND_CONTRACTION}
     */
    public BigDecimal revenueLost(RevenueLoss loss) {
        Objects.requireNonNull(loss, "loss");
        return loss == RevenueLoss.LOST_CUSTOMERS ? revenueLost : revenueLost.add(contraction);
    }

    /**
     * Gross revenue churn (M51 variant), {@code revenueLost(loss) / revenueAtStart x 100}.
     *
     * @param loss what counts as lost
     * @return a percentage in [0, 100]; empty when the revenue at the start is zero, never NaN
     */
    public OptionalDouble revenueChurnPercent(RevenueLoss loss) {
        if (revenueAtStart.signum() == 0) {
            Objects.requireNonNull(loss, "loss");
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(revenueLost(loss).divide(revenueAtStart, MathContext.DECIMAL64)
                .doubleValue() * 100.0);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "customers start %d, acquired %d, lost %d, acquired and lost %d, end %d;"
                        + " revenue start %s, lost %s, contraction %s",
                atStart, acquired, lost, acquiredLost, atEnd(), revenueAtStart.toPlainString(),
                revenueLost.toPlainString(), contraction.toPlainString());
    }

    /**
     * The metric tallying {@link CustomerPeriod}s: every record counts. Each record adds its revenue sums, so
     * the accumulator allocates {@link BigDecimal}s per record with revenue.
     *
     * @param id the metric's id
     * @return the metric
     */
    public static Metric<CustomerPeriod, CustomerTally> metric(String id) {
        return Metric.of(id, "CustomerTally(\"every customer period\")", EMPTY,
                () -> new Accumulator<CustomerPeriod, CustomerTally>() {
            private long atStart;
            private long acquired;
            private long lost;
            private long acquiredLost;
            private BigDecimal revenueAtStart = BigDecimal.ZERO;
            private BigDecimal revenueLost = BigDecimal.ZERO;
            private BigDecimal contraction = BigDecimal.ZERO;

            @Override
            public void accept(CustomerPeriod p) {
                if (p.activeAtStart()) {
                    atStart++;
                    if (p.revenueAtStart().signum() != 0) {
                        revenueAtStart = revenueAtStart.add(p.revenueAtStart());
                    }
                    if (!p.activeAtEnd()) {
                        lost++;
                        if (p.revenueAtStart().signum() != 0) {
                            revenueLost = revenueLost.add(p.revenueAtStart());
                        }
                    } else if (p.revenueAtEnd().compareTo(p.revenueAtStart()) < 0) {
                        contraction = contraction.add(p.revenueAtStart().subtract(p.revenueAtEnd()));
                    }
                } else {
                    acquired++;
                    if (!p.activeAtEnd()) {
                        acquiredLost++;
                    }
                }
            }

            @Override
            public CustomerTally tally() {
                return new CustomerTally(atStart, acquired, lost, acquiredLost, revenueAtStart, revenueLost,
                        contraction);
            }
        });
    }
}
