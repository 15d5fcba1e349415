package io.github.supportkpi.metric;

import java.util.stream.Collector;

/**
 * A collector's container: an accumulator plus what was merged into it from other containers, so that
 * a parallel stream merges tallies, never accumulators.
 */
final class Partial<T, S extends Tally<S>> {
    private final Accumulator<T, S> accumulator;
    private S carried;

    private Partial(Accumulator<T, S> accumulator, S carried) {
        this.accumulator = accumulator;
        this.carried = carried;
    }

    private S result() {
        return carried.plus(accumulator.tally());
    }

    static <T, S extends Tally<S>> Collector<T, ?, S> collector(Metric<T, S> metric) {
        return Collector.<T, Partial<T, S>, S>of(
                () -> new Partial<>(metric.newAccumulator(), metric.empty()),
                (p, r) -> p.accumulator.accept(r),
                (a, b) -> {
                    a.carried = a.carried.plus(b.result());
                    return a;
                },
                Partial::result,
                Collector.Characteristics.UNORDERED);
    }
}
