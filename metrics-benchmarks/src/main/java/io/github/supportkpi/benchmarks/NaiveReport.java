package io.github.supportkpi.benchmarks;

import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.InteractionKind;
import io.github.supportkpi.domain.Ticket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The standard report as a user would write it with streams and without the library's metrics: group the
 * tickets by channel, then one stream per figure, filtering and mapping the tickets, summing {@link Duration}s
 * for means and sorting them for percentiles. It gives the library's numbers on the generated tickets (whose
 * first reply is always among their interactions and whose timelines are implied), and re-derives the same
 * facts, such as the first reply, once per figure.
 */
final class NaiveReport {
    private NaiveReport() {}

    /**
     * The report.
     *
     * @param tickets the tickets, each with a channel and a priority
     * @param now the instant the SLA is evaluated at
     * @return the report
     */
    static StandardReport over(List<Ticket> tickets, Instant now) {
        Map<String, List<Ticket>> byChannel = tickets.stream()
                .collect(Collectors.groupingBy(t -> t.channel().orElseThrow().name(), TreeMap::new, Collectors.toList()));
        TreeMap<String, ChannelFigures> channels = new TreeMap<>();
        byChannel.forEach((channel, list) -> channels.put(channel, figures(list, now)));
        return new StandardReport(channels);
    }

    private static ChannelFigures figures(List<Ticket> tickets, Instant now) {
        long volume = tickets.size();
        long resolved = tickets.stream().filter(Ticket::isResolved).count();
        List<Duration> frt = tickets.stream()
                .map(t -> firstReply(t).map(r -> Duration.between(t.created(), r)))
                .flatMap(Optional::stream)
                .sorted()
                .collect(Collectors.toList());
        List<Duration> resolution = tickets.stream()
                .filter(Ticket::isResolved)
                .map(t -> Duration.between(t.created(), t.resolved().orElseThrow()))
                .sorted()
                .collect(Collectors.toList());
        long fcr = tickets.stream()
                .filter(t -> t.isResolved() && agentReplies(t) <= 1 && t.reopenCount() == 0 && !t.escalated()
                        && !t.transferred())
                .count();
        long reopened = tickets.stream().filter(t -> t.reopenCount() > 0).count();
        long everResolved = tickets.stream().filter(t -> t.isResolved() || t.reopenCount() > 0).count();
        long escalated = tickets.stream().filter(Ticket::escalated).count();
        List<Ticket> applicable = tickets.stream().filter(t -> !t.created().isAfter(now)).collect(Collectors.toList());
        long frAchieved = count(applicable, t -> replyBy(t, now).isPresent()
                && firstResponseClock(t, now).compareTo(targets(t).firstResponse()) <= 0);
        long frBreached = count(applicable, t -> firstResponseClock(t, now).compareTo(targets(t).firstResponse()) > 0);
        long resAchieved = count(applicable, t -> resolvedBy(t, now).isPresent()
                && resolutionClock(t, now).compareTo(targets(t).resolution()) <= 0);
        long resBreached = count(applicable, t -> resolutionClock(t, now).compareTo(targets(t).resolution()) > 0);
        return new ChannelFigures(volume, resolved, resolved, volume,
                frt.size(), mean(frt), percentile(frt, 50),
                resolution.size(), mean(resolution), percentile(resolution, 90),
                fcr, volume, reopened, everResolved, escalated, volume,
                frAchieved, frBreached, resAchieved, resBreached);
    }

    private static long count(List<Ticket> tickets, Predicate<Ticket> p) {
        return tickets.stream().filter(p).count();
    }

    private static Optional<Instant> firstReply(Ticket t) {
        return t.interactions().stream()
                .filter(i -> i.kind() == InteractionKind.AGENT_REPLY)
                .map(Interaction::at)
                .min(Instant::compareTo);
    }

    private static long agentReplies(Ticket t) {
        return t.interactions().stream().filter(i -> i.kind() == InteractionKind.AGENT_REPLY).count();
    }

    private static PriorityTargets targets(Ticket t) {
        return PriorityTargets.of(t.priority().orElseThrow());
    }

    private static Optional<Instant> replyBy(Ticket t, Instant now) {
        return firstReply(t).filter(r -> !r.isAfter(now));
    }

    private static Optional<Instant> resolvedBy(Ticket t, Instant now) {
        return t.resolved().filter(r -> !r.isAfter(now));
    }

    /** Creation to the first reply (or now), whether or not the ticket was solved before: a solve is no reply. */
    private static Duration firstResponseClock(Ticket t, Instant now) {
        return Duration.between(t.created(), replyBy(t, now).orElse(now));
    }

    /** Creation to the resolution (or now). */
    private static Duration resolutionClock(Ticket t, Instant now) {
        return Duration.between(t.created(), resolvedBy(t, now).orElse(now));
    }

    private static double mean(List<Duration> values) {
        if (values.isEmpty()) {
            throw new IllegalStateException("values must not be empty to take a mean");
        }
        return values.stream().reduce(Duration.ZERO, Duration::plus).dividedBy(values.size()).toNanos();
    }

    /** Linear interpolation between closest ranks of sorted values, to the nearest nanosecond. */
    private static long percentile(List<Duration> sorted, double p) {
        if (sorted.isEmpty()) {
            throw new IllegalStateException("values must not be empty to take a percentile");
        }
        int n = sorted.size();
        double h = (n - 1) * p / 100.0;
        int lo = (int) Math.floor(h);
        if (lo >= n - 1) {
            return sorted.get(n - 1).toNanos();
        }
        long a = sorted.get(lo).toNanos();
        long b = sorted.get(lo + 1).toNanos();
        return a + Math.round((h - lo) * (b - a));
    }
}
