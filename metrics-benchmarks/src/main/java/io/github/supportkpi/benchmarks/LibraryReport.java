package io.github.supportkpi.benchmarks;

import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.MetricSet;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.metric.Segmented;
import io.github.supportkpi.metric.Tallies;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.quality.EscalationRate;
import io.github.supportkpi.quality.FirstContactResolution;
import io.github.supportkpi.quality.ReopenRate;
import io.github.supportkpi.quality.ResolutionRate;
import io.github.supportkpi.sla.SlaCompliance;
import io.github.supportkpi.sla.SlaCounts;
import io.github.supportkpi.sla.SlaDefinition;
import io.github.supportkpi.sla.SlaTally;
import io.github.supportkpi.sla.SlaTarget;
import io.github.supportkpi.speed.FirstResponseTime;
import io.github.supportkpi.speed.ResolutionTime;
import io.github.supportkpi.workload.ResolvedTickets;
import io.github.supportkpi.workload.TicketVolume;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The standard report with the library: the catalogue metrics at their default definitions, and SLA compliance
 * with the {@link PriorityTargets} evaluated at {@link Tickets#NOW}, in one {@link MetricSet} segmented by
 * channel. Immutable and thread-safe.
 */
final class LibraryReport {
    private final TicketVolume volume = TicketVolume.defaults();
    private final ResolvedTickets resolved = ResolvedTickets.defaults();
    private final ResolutionRate resolutionRate = ResolutionRate.defaults();
    private final FirstResponseTime frt;
    private final ResolutionTime resolutionTime;
    private final FirstContactResolution fcr = FirstContactResolution.defaults();
    private final ReopenRate reopen = ReopenRate.defaults();
    private final EscalationRate escalation = EscalationRate.defaults();
    private final SlaCompliance sla = SlaCompliance.of(SlaDefinition.of(PriorityTargets.policies(), Tickets.NOW));
    private final Metric<Ticket, Segmented<Channel, Tallies<Ticket>>> byChannel;

    /** The report with exact durations. */
    LibraryReport() {
        this(DurationStats.Summary.EXACT);
    }

    /**
     * The report keeping durations in a summary mode: {@code set.withSummary(summary)}.
     *
     * @param summary exact, or a sketch
     */
    LibraryReport(DurationStats.Summary summary) {
        MetricSet<Ticket> set = MetricSet.of(volume, resolved, resolutionRate, FirstResponseTime.defaults(),
                ResolutionTime.defaults(), fcr, reopen, escalation, sla).withSummary(summary);
        frt = FirstResponseTime.defaults().withSummary(summary);
        resolutionTime = ResolutionTime.defaults().withSummary(summary);
        byChannel = set.by(TicketDimensions.CHANNEL);
    }

    /**
     * The report in one pass on the calling thread: {@code set.by(CHANNEL).over(tickets)}.
     *
     * @param tickets the tickets
     * @return the report
     */
    StandardReport over(List<Ticket> tickets) {
        return report(byChannel.over(tickets));
    }

    /**
     * The report in one pass split between threads: {@code set.by(CHANNEL).over(tickets, threads)}; a
     * {@code TicketTable} is read from its columns.
     *
     * @param tickets the tickets, or a table of them
     * @param threads how many threads
     * @return the report
     */
    StandardReport over(List<Ticket> tickets, int threads) {
        return report(byChannel.over(tickets, threads));
    }

    /**
     * The report of a stream, sequential or parallel: {@code stream.collect(set.by(CHANNEL).collector())}.
     *
     * @param tickets the tickets
     * @return the report
     */
    StandardReport collect(Stream<Ticket> tickets) {
        return report(tickets.collect(byChannel.collector()));
    }

    /**
     * Reads the figures off the tallies.
     *
     * @param tallies the tallies per channel
     * @return the report
     * @throws IllegalStateException if a ticket has no channel, or a channel has no measured duration
     */
    StandardReport report(Segmented<Channel, Tallies<Ticket>> tallies) {
        if (tallies.absent().sampleSize() != 0) {
            throw new IllegalStateException("every ticket must have a channel: " + tallies.absent());
        }
        Map<String, ChannelFigures> channels = new TreeMap<>();
        tallies.segments().forEach((channel, t) -> {
            DurationStats f = t.get(frt);
            DurationStats r = t.get(resolutionTime);
            Ratio rate = t.get(resolutionRate);
            Ratio fcrRatio = t.get(fcr);
            Ratio reopenRatio = t.get(reopen);
            Ratio escalationRatio = t.get(escalation);
            SlaTally s = t.get(sla);
            SlaCounts first = s.counts(SlaTarget.FIRST_RESPONSE);
            SlaCounts resolution = s.counts(SlaTarget.RESOLUTION);
            String name = channel.name();
            channels.put(name, new ChannelFigures(t.get(volume).value(), t.get(resolved).value(),
                    rate.numerator(), rate.denominator(),
                    f.count(), nanos(f.mean(), name, "frt.mean"), nanos(f.median(), name, "frt.median"),
                    r.count(), nanos(r.mean(), name, "resolution.time.mean"),
                    nanos(r.percentile(90), name, "resolution.time.p90"),
                    fcrRatio.numerator(), fcrRatio.denominator(), reopenRatio.numerator(), reopenRatio.denominator(),
                    escalationRatio.numerator(), escalationRatio.denominator(),
                    first.achieved(), first.breached(), resolution.achieved(), resolution.breached()));
        });
        return new StandardReport(new TreeMap<>(channels));
    }

    private static long nanos(Optional<Duration> d, String channel, String figure) {
        return d.orElseThrow(() -> new IllegalStateException(figure + " must be defined: channel " + channel
                + " has no measured ticket")).toNanos();
    }
}
