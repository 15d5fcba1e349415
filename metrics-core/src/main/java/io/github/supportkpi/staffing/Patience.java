package io.github.supportkpi.staffing;

import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.UnknownWait;
import io.github.supportkpi.metric.Accumulator;
import io.github.supportkpi.metric.DurationMeasure;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.Tally;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * What offered calls tell of callers' patience, the time a caller is willing to wait before hanging up: the
 * queue waits of abandoned calls (each a patience observed) and of answered calls (each a patience known
 * only to be longer than the wait: censored). A tally: it merges the kept waits. Immutable and thread-safe.
 *
 * <ul>
 *   <li>{@link #mean()}: the maximum-likelihood estimate of an exponential patience from censored waits,
 *       {@code (Σ waits of all offered calls) / abandoned}; it is also the Erlang A identity
 *       {@code E[W] = P(abandon) · mean patience} solved for the mean (Garnett, Mandelbaum and Reiman 2002),
 *       the estimator of Brown et al., "Statistical analysis of a telephone call center", JASA 100(469),
 *       2005. Empty when no caller hung up: the calls show no impatience.</li>
 *   <li>{@link #percentile(double)}: the Kaplan-Meier estimate of the patience distribution (abandonment an
 *       event, an answer a censoring), the smallest observed patience whose estimated share of callers
 *       with no more patience reaches the percentile. Empty when the estimate never reaches it (too few
 *       callers hung up to tell).</li>
 * </ul>
 *
 * <pre>{@code
 * Patience patience = Patience.metric().over(calls);
 * patience.mean();            // Optional[PT2M10S]
 * patience.percentile(50);    // the median patience, if enough callers hung up to tell
 * }</pre>
 */
public final class Patience implements Tally<Patience> {
    /** No calls: the identity of {@link #plus}. */
    public static final Patience EMPTY = new Patience(DurationStats.EMPTY, DurationStats.EMPTY);

    private final DurationStats abandoned;
    private final DurationStats answered;

    private Patience(DurationStats abandoned, DurationStats answered) {
        this.abandoned = abandoned;
        this.answered = answered;
    }

    /**
     * The patience shown by these waits.
     *
     * @param abandoned the queue waits of abandoned calls: observed patience
     * @param answered the queue waits of answered calls: patience longer than each
     * @return the tally; unmeasured counts of the statistics are ignored
     */
    public static Patience of(DurationStats abandoned, DurationStats answered) {
        return new Patience(Objects.requireNonNull(abandoned, "abandoned"), Objects.requireNonNull(answered, "answered"));
    }

    /** The definition of {@link #metric()}: its rule, then how unknown waits count. */
    private static String definition(UnknownWait unknownWait) {
        return "Patience(\"the queue wait of every offered call, abandoned apart from answered\", unknownWait="
                + unknownWait + ")";
    }

    /**
     * The metric {@code patience} over interactions: every offered call ({@link Interaction#isOffered()}) by
     * its {@link Interaction#queueWait()}, abandoned or answered; other interactions are ignored. A call of
     * unknown wait is no observation: it is counted as {@link DurationStats#unmeasured()} in
     * {@link #abandoned()} or {@link #answered()} ({@link UnknownWait#EXCLUDE}), never as a wait of zero.
     *
     * @return the metric
     */
    public static Metric<Interaction, Patience> metric() {
        return metric(UnknownWait.EXCLUDE);
    }

    /**
     * The metric {@code patience} with a rule for calls of unknown wait, as {@link #metric()}.
     *
     * @param unknownWait {@link UnknownWait#EXCLUDE} (counted as unmeasured) or {@link UnknownWait#REFUSE}
     *     (an {@link IllegalArgumentException} naming the call)
     * @return the metric
     * @throws IllegalArgumentException if {@code unknownWait} is {@link UnknownWait#COUNT_AS_LONG}: a wait
     *     of unknown length is no observed patience
     */
    public static Metric<Interaction, Patience> metric(UnknownWait unknownWait) {
        Objects.requireNonNull(unknownWait, "unknownWait");
        if (unknownWait == UnknownWait.COUNT_AS_LONG) {
            throw new IllegalArgumentException("unknownWait must be EXCLUDE or REFUSE for patience"
                    + " (a wait of unknown length is no observed patience): " + unknownWait);
        }
        ToLongFunction<Interaction> wait = c -> {
            if (c.hasQueueWait()) {
                return c.knownQueueWait().toNanos();
            }
            if (unknownWait == UnknownWait.REFUSE) {
                throw new IllegalArgumentException(
                        "queueWait must be known for patience (unknownWait REFUSE): " + c);
            }
            return DurationMeasure.ABSENT;
        };
        Metric<Interaction, DurationStats> hungUp = DurationStats.metric("patience.abandoned",
                c -> c.isOffered() && c.abandoned(), wait::applyAsLong);
        Metric<Interaction, DurationStats> stayed = DurationStats.metric("patience.answered",
                c -> c.isOffered() && !c.abandoned(), wait::applyAsLong);
        return Metric.of("patience", definition(unknownWait), EMPTY, () -> new Accumulator<Interaction, Patience>() {
            private final Accumulator<Interaction, DurationStats> a = hungUp.newAccumulator();
            private final Accumulator<Interaction, DurationStats> s = stayed.newAccumulator();

            @Override
            public void accept(Interaction record) {
                a.accept(record);
                s.accept(record);
            }

            @Override
            public Patience tally() {
                return new Patience(a.tally(), s.tally());
            }
        });
    }

    /**
     * The queue waits of abandoned calls.
     *
     * @return the statistics
     */
    public DurationStats abandoned() {
        return abandoned;
    }

    /**
     * The queue waits of answered calls.
     *
     * @return the statistics
     */
    public DurationStats answered() {
        return answered;
    }

    @Override
    public Patience plus(Patience other) {
        return new Patience(abandoned.plus(other.abandoned), answered.plus(other.answered));
    }

    /**
     * The calls observed: abandoned and answered.
     *
     * @return the count
     */
    @Override
    public long sampleSize() {
        return Math.addExact(abandoned.count(), answered.count());
    }

    /**
     * The mean patience, {@code (Σ waits of all calls) / abandoned calls}, rounded down to the nanosecond.
     *
     * @return the mean; empty when no call was abandoned
     */
    public Optional<Duration> mean() {
        if (abandoned.count() == 0) {
            return Optional.empty();
        }
        return Optional.of(abandoned.sum().plus(answered.sum()).dividedBy(abandoned.count()));
    }

    /**
     * The {@code p}-th percentile of patience by the Kaplan-Meier estimate: with the distinct abandoned waits
     * {@code w_1 < w_2 < ...}, {@code d_i} calls abandoned at {@code w_i} and {@code n_i} calls waiting at
     * least {@code w_i}, the estimated share with patience above {@code w} is
     * {@code S(w) = Π_{w_i <= w} (1 − d_i / n_i)}; the percentile is the smallest {@code w_i} with
     * {@code 1 − S(w_i) >= p / 100}.
     *
     * @param p the percentile, in (0, 100)
     * @return the percentile; empty when the estimate never reaches it, or no call was observed
     * @throws IllegalArgumentException if {@code p} is outside (0, 100) or NaN
     */
    public Optional<Duration> percentile(double p) {
        if (!(p > 0 && p < 100)) {
            throw new IllegalArgumentException("percentile must be within (0, 100): " + p);
        }
        long[] events = abandoned.toSortedNanos();
        long[] censored = answered.toSortedNanos();
        long atRisk = (long) events.length + censored.length;
        double survival = 1;
        int i = 0;
        int c = 0;
        while (i < events.length) {
            long w = events[i];
            // calls answered before w are no longer at risk; those answered at w still are
            while (c < censored.length && censored[c] < w) {
                c++;
                atRisk--;
            }
            int d = 0;
            while (i < events.length && events[i] == w) {
                d++;
                i++;
            }
            survival *= 1 - (double) d / atRisk;
            if (1 - survival >= p / 100 - 1e-12) { // within rounding of the product
                return Optional.of(Duration.ofNanos(w));
            }
            atRisk -= d;
        }
        return Optional.empty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Patience other && abandoned.equals(other.abandoned) && answered.equals(other.answered);
    }

    @Override
    public int hashCode() {
        return 31 * abandoned.hashCode() + answered.hashCode();
    }

    @Override
    public String toString() {
        return "Patience[abandoned=" + abandoned.count() + ", answered=" + answered.count() + ", mean="
                + mean().map(Duration::toString).orElse("n/a") + "]";
    }
}
