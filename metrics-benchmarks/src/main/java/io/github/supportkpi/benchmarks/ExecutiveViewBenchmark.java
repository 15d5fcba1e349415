package io.github.supportkpi.benchmarks;

import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.InteractionKind;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.MetricSet;
import io.github.supportkpi.metric.Segmented;
import io.github.supportkpi.metric.Tallies;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.quality.EscalationRate;
import io.github.supportkpi.quality.FirstContactResolution;
import io.github.supportkpi.quality.ReopenRate;
import io.github.supportkpi.speed.FirstResponseTime;
import io.github.supportkpi.speed.ResolutionTime;
import io.github.supportkpi.workload.ResolvedTickets;
import io.github.supportkpi.workload.TicketVolume;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The executive view over many tickets: volume, resolved count, first response time (median, p90),
 * resolution time (median, p90), FCR, reopen and escalation rates.
 *
 * <p>{@code baseline} computes the same numbers in one hand-written loop over the tickets, the fastest
 * straightforward code a user would write; {@code library} uses a {@link MetricSet} in one pass. Read
 * the result as the ratio {@code library / baseline} of the same run; {@code bySegment} adds a
 * by-channel breakdown, {@code parallel} uses a parallel stream.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class ExecutiveViewBenchmark {
    @Param({"100000", "1000000"})
    public int tickets;

    private List<Ticket> data;
    private final TicketVolume volume = TicketVolume.defaults();
    private final ResolvedTickets resolved = ResolvedTickets.defaults();
    private final FirstResponseTime frt = FirstResponseTime.defaults();
    private final ResolutionTime resolution = ResolutionTime.defaults();
    private final FirstContactResolution fcr = FirstContactResolution.defaults();
    private final ReopenRate reopen = ReopenRate.defaults();
    private final EscalationRate escalation = EscalationRate.defaults();
    private final MetricSet<Ticket> executive =
            MetricSet.of(volume, resolved, frt, resolution, fcr, reopen, escalation);

    /** Generates the tickets once per trial. */
    @Setup
    public void setUp() {
        data = Tickets.generate(tickets, 42);
    }

    /**
     * The same numbers by hand, in one loop.
     *
     * @param bh the blackhole
     */
    @Benchmark
    public void baseline(Blackhole bh) {
        long n = 0;
        long resolvedCount = 0;
        long fcrCount = 0;
        long reopened = 0;
        long everResolved = 0;
        long escalated = 0;
        long[] frtNanos = new long[16];
        int frtSize = 0;
        long[] resNanos = new long[16];
        int resSize = 0;
        for (Ticket t : data) {
            n++;
            long createdNanos = t.created().getEpochSecond() * 1_000_000_000L + t.created().getNano();
            int replies = 0;
            long first = Long.MIN_VALUE;
            List<Interaction> is = t.interactions();
            for (int i = 0, size = is.size(); i < size; i++) {
                Interaction in = is.get(i);
                if (in.kind() == InteractionKind.AGENT_REPLY) {
                    if (replies++ == 0) {
                        first = in.at().getEpochSecond() * 1_000_000_000L + in.at().getNano() - createdNanos;
                    }
                }
            }
            if (first != Long.MIN_VALUE) {
                if (frtSize == frtNanos.length) {
                    frtNanos = Arrays.copyOf(frtNanos, frtSize * 2);
                }
                frtNanos[frtSize++] = first;
            }
            if (t.isResolved()) {
                resolvedCount++;
                long r = t.resolved().get().getEpochSecond() * 1_000_000_000L + t.resolved().get().getNano()
                        - createdNanos;
                if (resSize == resNanos.length) {
                    resNanos = Arrays.copyOf(resNanos, resSize * 2);
                }
                resNanos[resSize++] = r;
                if (replies <= 1 && t.reopenCount() == 0 && !t.escalated() && !t.transferred()) {
                    fcrCount++;
                }
            }
            if (t.isResolved() || t.isReopened()) {
                everResolved++;
                if (t.isReopened()) {
                    reopened++;
                }
            }
            if (t.escalated()) {
                escalated++;
            }
        }
        long[] f = Arrays.copyOf(frtNanos, frtSize);
        Arrays.sort(f);
        long[] r = Arrays.copyOf(resNanos, resSize);
        Arrays.sort(r);
        bh.consume(n);
        bh.consume(resolvedCount);
        bh.consume(f.length == 0 ? 0 : f[f.length / 2]);
        bh.consume(f.length == 0 ? 0 : f[(int) (f.length * 0.9)]);
        bh.consume(r.length == 0 ? 0 : r[r.length / 2]);
        bh.consume(r.length == 0 ? 0 : r[(int) (r.length * 0.9)]);
        bh.consume((double) fcrCount / n);
        bh.consume((double) reopened / everResolved);
        bh.consume((double) escalated / n);
    }

    /**
     * The same numbers with the library, in one pass.
     *
     * @param bh the blackhole
     */
    @Benchmark
    public void library(Blackhole bh) {
        consume(executive.over(data), bh);
    }

    /**
     * The same numbers and a breakdown by channel, in one pass.
     *
     * @param bh the blackhole
     */
    @Benchmark
    public void bySegment(Blackhole bh) {
        Segmented<Channel, Tallies<Ticket>> s = executive.by(TicketDimensions.CHANNEL).over(data);
        consume(s.total(), bh);
        bh.consume(s.segments().size());
    }

    /**
     * The same numbers with a parallel stream.
     *
     * @param bh the blackhole
     */
    @Benchmark
    public void parallel(Blackhole bh) {
        consume(data.parallelStream().collect(executive.collector()), bh);
    }

    private void consume(Tallies<Ticket> t, Blackhole bh) {
        bh.consume(t.get(volume).value());
        bh.consume(t.get(resolved).value());
        bh.consume(t.get(frt).median().orElse(Duration.ZERO));
        bh.consume(t.get(frt).percentile(90).orElse(Duration.ZERO));
        bh.consume(t.get(resolution).median().orElse(Duration.ZERO));
        bh.consume(t.get(resolution).percentile(90).orElse(Duration.ZERO));
        bh.consume(t.get(fcr).value());
        bh.consume(t.get(reopen).value());
        bh.consume(t.get(escalation).value());
    }
}
