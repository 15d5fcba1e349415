package io.github.supportkpi.metric;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.TicketFacts;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * Building blocks of ticket metrics that read {@link TicketFacts}, so that a pass derives each ticket's facts
 * once for all its metrics and a {@link io.github.supportkpi.domain.TicketTable} runs them from columns.
 * Each gives the same tally as its record-level counterpart ({@link Count#metric}, {@link Ratio#metric},
 * {@link DurationStats#metric}) over the same tickets.
 */
public final class TicketMetrics {
    private TicketMetrics() {}

    /**
     * A count of the tickets that match.
     *
     * @param id the metric id
     * @param counted which tickets count
     * @return the metric
     */
    public static Metric<Ticket, Count> count(String id, Predicate<? super TicketFacts> counted) {
        Objects.requireNonNull(counted, "counted");
        return Metric.of(id, Count.ZERO, () -> new FactsAccumulator<Count>() {
            private long n;

            @Override
            public void accept(TicketFacts f) {
                if (counted.test(f)) {
                    n++;
                }
            }

            @Override
            public Count tally() {
                return new Count(n);
            }
        });
    }

    /**
     * A ratio: of the tickets considered, those that meet a condition.
     *
     * @param id the metric id
     * @param considered which tickets enter the denominator
     * @param meets which of those enter the numerator
     * @return the metric
     */
    public static Metric<Ticket, Ratio> ratio(String id, Predicate<? super TicketFacts> considered,
            Predicate<? super TicketFacts> meets) {
        Objects.requireNonNull(considered, "considered");
        Objects.requireNonNull(meets, "meets");
        return Metric.of(id, Ratio.EMPTY, () -> new FactsAccumulator<Ratio>() {
            private long numerator;
            private long denominator;

            @Override
            public void accept(TicketFacts f) {
                if (considered.test(f)) {
                    denominator++;
                    if (meets.test(f)) {
                        numerator++;
                    }
                }
            }

            @Override
            public Ratio tally() {
                return new Ratio(numerator, denominator);
            }
        });
    }

    /**
     * The durations of tickets, one per ticket: a measure in nanoseconds, or {@link DurationMeasure#ABSENT}
     * for a ticket that cannot be measured (counted as unmeasured).
     *
     * @param id the metric id
     * @param measure the duration of a ticket in nanoseconds, or {@code DurationMeasure.ABSENT}
     * @return the metric
     */
    public static Metric<Ticket, DurationStats> durations(String id, ToLongFunction<? super TicketFacts> measure) {
        return durations(id, measure, DurationStats.Summary.EXACT);
    }

    /**
     * The durations of tickets, kept exactly or in a sketch.
     *
     * @param id the metric id
     * @param measure the duration of a ticket in nanoseconds, or {@code DurationMeasure.ABSENT}
     * @param summary how the durations are kept
     * @return the metric
     */
    public static Metric<Ticket, DurationStats> durations(String id, ToLongFunction<? super TicketFacts> measure,
            DurationStats.Summary summary) {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(summary, "summary");
        return Metric.of(id, DurationStats.empty(summary), () -> new FactsAccumulator<DurationStats>() {
            private final DurationStats.Builder values = DurationStats.builder(summary);

            @Override
            public void accept(TicketFacts f) {
                long v = measure.applyAsLong(f);
                if (v == DurationMeasure.ABSENT) {
                    values.addUnmeasured();
                } else {
                    values.addNanos(v, f.ticket());
                }
            }

            @Override
            public DurationStats tally() {
                return values.build();
            }
        });
    }
}
