package io.github.supportkpi.metric;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.TicketFacts;
import io.github.supportkpi.domain.TicketTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.BinaryOperator;
import java.util.function.Predicate;
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

    /** Feeds the rows [from, to) of a table to an accumulator: by their facts when it reads facts. */
    @SuppressWarnings("unchecked")
    static <T, S extends Tally<S>> void rows(TicketTable table, int from, int to, Accumulator<T, S> acc) {
        if (acc instanceof FactsAccumulator<?> f) {
            TicketFacts facts = new TicketFacts();
            for (int row = from; row < to; row++) {
                f.accept(table.load(row, facts));
            }
        } else {
            Accumulator<Ticket, S> tickets = (Accumulator<Ticket, S>) (Accumulator<?, ?>) acc;
            for (int row = from; row < to; row++) {
                tickets.accept(table.get(row));
            }
        }
    }

    /** A filter over an accumulator that reads facts: the predicate sees the ticket, the facts pass on. */
    @SuppressWarnings("unchecked")
    static <T, S extends Tally<S>> Accumulator<T, S> filterFacts(Accumulator<T, S> inner, Predicate<? super T> keep) {
        FactsAccumulator<S> facts = (FactsAccumulator<S>) inner;
        Predicate<? super Ticket> test = (Predicate<? super Ticket>) keep;
        return (Accumulator<T, S>) (Accumulator<?, ?>) new FactsAccumulator<S>() {
            @Override
            public void accept(TicketFacts f) {
                if (test.test(f.ticket())) {
                    facts.accept(f);
                }
            }

            @Override
            public S tally() {
                return facts.tally();
            }
        };
    }

    /** A pass split in contiguous parts, one per thread, whose tallies are merged in order. */
    static <T, S extends Tally<S>> S parallel(Metric<T, S> metric, List<? extends T> records, int threads) {
        Objects.requireNonNull(records, "records");
        return parts(records.size(), threads, (from, to) -> from == 0 && to == records.size()
                ? metric.over(records) : part(metric, records, from, to), S::plus);
    }

    /** What a part of a pass gives: the result of the rows [from, to). */
    @FunctionalInterface
    interface Part<R> {
        R of(int from, int to);
    }

    /**
     * The rows [0, n) split in contiguous parts, one per thread (the first in the calling thread), their results
     * merged in order.
     *
     * @throws IllegalArgumentException if {@code threads} is less than 1; the first failing part's exception is
     *     rethrown
     */
    static <R> R parts(int n, int threads, Part<R> part, BinaryOperator<R> merge) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        int parts = Math.max(1, Math.min(threads, n));
        if (parts == 1) {
            return part.of(0, n);
        }
        List<R> results = new ArrayList<>(Collections.nCopies(parts, null));
        RuntimeException[] failures = new RuntimeException[parts];
        Error[] errors = new Error[parts];
        Thread[] workers = new Thread[parts];
        for (int p = 1; p < parts; p++) {
            int index = p;
            workers[p] = new Thread(() -> {
                try {
                    results.set(index, part.of(bound(n, parts, index), bound(n, parts, index + 1)));
                } catch (RuntimeException e) {
                    failures[index] = e;
                } catch (Error e) {
                    errors[index] = e;
                }
            }, "supportkpi-pass-" + p);
            workers[p].setDaemon(true);
            workers[p].start();
        }
        try {
            results.set(0, part.of(0, bound(n, parts, 1)));
        } catch (RuntimeException e) {
            failures[0] = e;
        }
        boolean interrupted = false;
        for (int p = 1; p < parts; p++) {
            while (true) {
                try {
                    workers[p].join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        for (int p = 0; p < parts; p++) {
            if (errors[p] != null) {
                throw errors[p];
            }
            if (failures[p] != null) {
                throw failures[p];
            }
        }
        R total = results.get(0);
        for (int p = 1; p < parts; p++) {
            total = merge.apply(total, results.get(p));
        }
        return total;
    }

    private static int bound(int n, int parts, int part) {
        return (int) ((long) n * part / parts);
    }

    private static <T, S extends Tally<S>> S part(Metric<T, S> metric, List<? extends T> records, int from, int to) {
        Accumulator<T, S> acc = metric.newAccumulator();
        if (records instanceof TicketTable table) {
            rows(table, from, to, acc);
        } else {
            for (int i = from; i < to; i++) {
                acc.accept(records.get(i));
            }
        }
        return acc.tally();
    }
}
