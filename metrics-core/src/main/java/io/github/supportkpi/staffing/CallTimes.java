package io.github.supportkpi.staffing;

import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.MetricSet;
import io.github.supportkpi.metric.Tallies;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The times a staffing model needs per call: the average handle time and, for {@link ErlangA}, the average
 * patience of callers; without a patience the model is {@link ErlangC}. Given, or estimated from calls with
 * {@link #estimate}. Immutable and thread-safe.
 *
 * <pre>{@code
 * CallTimes times = CallTimes.estimate(history, Estimate.MEAN, Estimate.MEAN); // AHT and patience from calls
 * StaffingModel a = times.model(42.5, Duration.ofMinutes(30));                 // Erlang A
 * StaffingModel c = times.withoutPatience().model(42.5, Duration.ofMinutes(30)); // Erlang C
 * }</pre>
 *
 * @param averageHandleTime the average handle time, positive
 * @param averagePatience the mean patience, positive; empty for callers who never hang up (Erlang C)
 */
public record CallTimes(Duration averageHandleTime, Optional<Duration> averagePatience) {
    /**
     * Validates the times.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if a duration is not positive
     */
    public CallTimes {
        Objects.requireNonNull(averageHandleTime, "averageHandleTime");
        Objects.requireNonNull(averagePatience, "averagePatience");
        if (averageHandleTime.isNegative() || averageHandleTime.isZero()) {
            throw new IllegalArgumentException("averageHandleTime must be positive: " + averageHandleTime);
        }
        averagePatience.ifPresent(p -> {
            if (p.isNegative() || p.isZero()) {
                throw new IllegalArgumentException("averagePatience must be positive: " + p);
            }
        });
    }

    /**
     * Calls of this average handle time whose callers never hang up: Erlang C.
     *
     * @param averageHandleTime the average handle time, positive
     * @return the times
     */
    public static CallTimes of(Duration averageHandleTime) {
        return new CallTimes(averageHandleTime, Optional.empty());
    }

    /**
     * Calls of this average handle time whose callers hang up after {@code averagePatience} on average:
     * Erlang A.
     *
     * @param averageHandleTime the average handle time, positive
     * @param averagePatience the mean patience, positive
     * @return the times
     */
    public static CallTimes of(Duration averageHandleTime, Duration averagePatience) {
        return new CallTimes(averageHandleTime, Optional.of(Objects.requireNonNull(averagePatience, "averagePatience")));
    }

    /**
     * The times estimated from calls, in one pass.
     * <ul>
     *   <li>Handle time: the {@link Interaction#handleTime()} (talk, hold and after-contact work) of the
     *       answered offered calls ({@link Interaction#isOffered()} and {@link Interaction#isAnswered()}), by
     *       its mean or a percentile ({@link DurationStats#percentile(double)}, linear).</li>
     *   <li>Patience: the {@link Patience} of the offered calls, by its mean (the maximum-likelihood estimate
     *       from abandoned and answered waits) or a Kaplan-Meier percentile. Empty, for Erlang C, when no
     *       offered call was abandoned.</li>
     * </ul>
     *
     * @param calls the interactions; others than offered calls are ignored
     * @param handleTime how to estimate the handle time
     * @param patience how to estimate the patience
     * @return the times
     * @throws IllegalArgumentException if no offered call was answered, the estimated handle time is zero,
     *     callers hung up but the patience percentile is not reached, or the estimated patience is zero
     */
    public static CallTimes estimate(Iterable<? extends Interaction> calls, Estimate handleTime, Estimate patience) {
        Objects.requireNonNull(calls, "calls");
        Objects.requireNonNull(handleTime, "handleTime");
        Objects.requireNonNull(patience, "patience");
        Metric<Interaction, DurationStats> handled = DurationStats.metric("aht",
                c -> c.isOffered() && c.isAnswered(), c -> c.handleTime().toNanos());
        Metric<Interaction, Patience> waits = Patience.metric();
        Tallies<Interaction> t = MetricSet.of(handled, waits).over(calls);
        DurationStats times = t.get(handled);
        Optional<Duration> aht = handleTime.isMean() ? times.mean() : times.percentile(handleTime.percentile().getAsDouble());
        Duration h = aht.orElseThrow(() -> new IllegalArgumentException(
                "calls must include an answered offered call to estimate the handle time: none"));
        if (h.isZero()) {
            throw new IllegalArgumentException("estimated averageHandleTime (" + handleTime + ") must be positive: "
                    + h + " over " + times.count() + " answered calls");
        }
        Patience shown = t.get(waits);
        if (shown.abandoned().count() == 0) {
            return of(h);
        }
        Optional<Duration> p = patience.isMean() ? shown.mean() : shown.percentile(patience.percentile().getAsDouble());
        Duration estimated = p.orElseThrow(() -> new IllegalArgumentException("patience " + patience
                + " must be reached by the Kaplan-Meier estimate of the calls: " + shown.abandoned().count()
                + " of " + shown.sampleSize() + " offered calls abandoned, too few to tell"));
        if (estimated.isZero()) {
            throw new IllegalArgumentException("estimated averagePatience (" + patience + ") must be positive: "
                    + estimated + " over " + shown.sampleSize() + " offered calls");
        }
        return of(h, estimated);
    }

    /**
     * These times with callers who never hang up: Erlang C.
     *
     * @return the times without patience
     */
    public CallTimes withoutPatience() {
        return of(averageHandleTime);
    }

    /**
     * These times with another mean patience: Erlang A.
     *
     * @param averagePatience the mean patience, positive
     * @return the times
     */
    public CallTimes withAveragePatience(Duration averagePatience) {
        return of(averageHandleTime, averagePatience);
    }

    /**
     * The model of {@code arrivals} calls per {@code interval} with these times: {@link ErlangA} with a
     * patience, {@link ErlangC} without.
     *
     * @param arrivals the calls per interval, finite and not negative; may be fractional
     * @param interval the interval, positive
     * @return the model
     * @throws IllegalArgumentException as the model's constructor does
     */
    public StaffingModel model(double arrivals, Duration interval) {
        return averagePatience.<StaffingModel>map(p -> ErlangA.of(arrivals, interval, averageHandleTime, p))
                .orElseGet(() -> ErlangC.of(arrivals, interval, averageHandleTime));
    }
}
