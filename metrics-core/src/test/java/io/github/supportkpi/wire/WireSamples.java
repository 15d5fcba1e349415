package io.github.supportkpi.wire;

import io.github.supportkpi.backlog.AgeBand;
import io.github.supportkpi.backlog.AgeBands;
import io.github.supportkpi.backlog.Backlog;
import io.github.supportkpi.backlog.FlowTally;
import io.github.supportkpi.backlog.NetFlow;
import io.github.supportkpi.business.CostPerResolution;
import io.github.supportkpi.business.CostPerUnit;
import io.github.supportkpi.business.CustomerChurn;
import io.github.supportkpi.business.CustomerTally;
import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.Priority;
import io.github.supportkpi.domain.SurveyKind;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.TicketInstant;
import io.github.supportkpi.experience.NetPromoterScore;
import io.github.supportkpi.experience.NpsTally;
import io.github.supportkpi.experience.ResponseRateTally;
import io.github.supportkpi.experience.SurveyResponseRate;
import io.github.supportkpi.metric.BucketSeries;
import io.github.supportkpi.metric.Count;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.Frequencies;
import io.github.supportkpi.metric.Mean;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.MetricSet;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.metric.Segmented;
import io.github.supportkpi.metric.Tallies;
import io.github.supportkpi.metric.Tally;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.quality.ConsistencyTally;
import io.github.supportkpi.quality.ContactHistory;
import io.github.supportkpi.quality.FirstContactResolution;
import io.github.supportkpi.quality.RepeatContactDefinition;
import io.github.supportkpi.quality.RepeatContactRate;
import io.github.supportkpi.quality.ResolutionConsistency;
import io.github.supportkpi.sla.SlaCompliance;
import io.github.supportkpi.sla.SlaCondition;
import io.github.supportkpi.sla.SlaCounts;
import io.github.supportkpi.sla.SlaDefinition;
import io.github.supportkpi.sla.SlaPolicies;
import io.github.supportkpi.sla.SlaPolicy;
import io.github.supportkpi.sla.SlaTally;
import io.github.supportkpi.sla.SlaTarget;
import io.github.supportkpi.speed.FirstResponseTime;
import io.github.supportkpi.staffing.Patience;
import io.github.supportkpi.time.BucketRange;
import io.github.supportkpi.time.BusinessCalendar;
import io.github.supportkpi.time.Granularity;
import io.github.supportkpi.workload.AgentLoad;
import io.github.supportkpi.workload.AgentWork;
import io.github.supportkpi.workload.Occupancy;
import io.github.supportkpi.workload.RepliesPerTicket;
import io.github.supportkpi.workload.TicketVolume;
import io.github.supportkpi.workload.TicketVolumeHeatmap;
import io.github.supportkpi.workload.TicketsPerAgent;
import io.github.supportkpi.workload.VolumeByCategory;
import io.github.supportkpi.workload.VolumeByChannel;
import io.github.supportkpi.workload.VolumeHeatmap;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One non-trivial tally of every tally type of the library, built by hand from its parts, with the metric it
 * belongs to: what the examples and the fuzz test encode.
 */
final class WireSamples {
    /** A Monday, 09:00 UTC. */
    static final Instant MONDAY = Instant.parse("2024-03-04T09:00:00Z");

    private WireSamples() {
    }

    /** A tally and the metric it belongs to. */
    record Sample<S extends Tally<S>>(String name, Metric<?, S> metric, S tally) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static <S extends Tally<S>> Sample<S> sample(String name, Metric<?, S> metric, S tally) {
        return new Sample<>(name, metric, tally);
    }

    /** @return a sketch holding 0 ns, the longest duration (about 292 years) and values in between */
    static DurationStats wideSketch() {
        return DurationStats.builder(DurationStats.Summary.SKETCH).addNanos(0).addNanos(1).addNanos(999)
                .addNanos(Duration.ofMinutes(90).toNanos()).addNanos(Duration.ofDays(400).toNanos())
                .addNanos(Long.MAX_VALUE).addUnmeasured().build();
    }

    /** @return exact durations from 0 ns to the longest duration (about 292 years) */
    static DurationStats wideExact() {
        return DurationStats.ofNanos(new long[] {Long.MAX_VALUE, 0, 5_400_000_000_000L, 1, 5_400_000_000_000L}, 2);
    }

    static SlaCompliance sla() {
        SlaPolicy policy = SlaPolicy.of("standard", SlaCondition.always(), BusinessCalendar.twentyFourSeven(ZoneOffset.UTC))
                .withTarget(SlaTarget.FIRST_RESPONSE, Duration.ofHours(1))
                .withTarget(SlaTarget.RESOLUTION, Duration.ofHours(8));
        return SlaCompliance.of(SlaDefinition.of(SlaPolicies.of(policy), MONDAY.plus(Duration.ofDays(7))));
    }

    static MetricSet<Ticket> set() {
        return MetricSet.of(FirstResponseTime.defaults(), FirstContactResolution.defaults(), TicketVolume.defaults());
    }

    static AgeBands bands() {
        return AgeBands.of(Duration.ofHours(4), Duration.ofDays(1), Duration.ofDays(7));
    }

    static Metric<Ticket, Segmented<AgeBand, Count>> backlogByAge() {
        return Backlog.at(MONDAY.plus(Duration.ofDays(7))).byAge(bands());
    }

    static Metric<Ticket, BucketSeries<Ratio>> fcrByDay() {
        return BucketSeries.metric(FirstContactResolution.defaults(), TicketInstant.RESOLVED, MONDAY,
                MONDAY.plus(Duration.ofDays(3)), Granularity.DAY, ZoneId.of("Europe/Paris"));
    }

    static NetFlow flow() {
        return NetFlow.between(MONDAY, MONDAY.plus(Duration.ofDays(14)));
    }

    /** @return the samples, every tally type at least once */
    static List<Sample<?>> all() {
        List<Sample<?>> all = new ArrayList<>();
        all.add(sample("count", TicketVolume.defaults(), Count.of(150)));
        all.add(sample("count-max", TicketVolume.defaults(), Count.of(Long.MAX_VALUE)));
        all.add(sample("ratio", FirstContactResolution.defaults(), Ratio.of(3, 300)));
        all.add(sample("mean", RepliesPerTicket.defaults(), Mean.of(-7, 3)));
        all.add(sample("mean-with-squares", RepliesPerTicket.defaults(), Mean.ofValues(-5, 0, -2, 7)));
        all.add(sample("durations-exact", FirstResponseTime.defaults(), wideExact()));
        all.add(sample("durations-exact-empty-unmeasured", FirstResponseTime.defaults(),
                DurationStats.ofNanos(new long[0], 4)));
        all.add(sample("durations-sketch", FirstResponseTime.defaults().withSummary(DurationStats.Summary.SKETCH),
                wideSketch()));
        all.add(sample("durations-sketch-empty", FirstResponseTime.defaults().withSummary(DurationStats.Summary.SKETCH),
                DurationStats.empty(DurationStats.Summary.SKETCH)));
        all.add(sample("nps", NetPromoterScore.defaults(), new NpsTally(5, 3, 2)));
        all.add(sample("response-rate", SurveyResponseRate.defaults(), ResponseRateTally.of(List.of(
                new ResponseRateTally.Entry(SurveyKind.CSAT, Optional.of("T-1"), Optional.empty(), 1, 1),
                new ResponseRateTally.Entry(SurveyKind.CSAT, Optional.of("T-2"), Optional.empty(), 2, 0),
                new ResponseRateTally.Entry(SurveyKind.CSAT, Optional.empty(), Optional.empty(), 1, 3),
                new ResponseRateTally.Entry(SurveyKind.NPS, Optional.empty(), Optional.of("ünïcode \"C\"\n"), 0, 2)))));
        all.add(sample("response-rate-empty", SurveyResponseRate.defaults(), ResponseRateTally.EMPTY));
        all.add(sample("frequencies-string", VolumeByCategory.defaults(),
                Frequencies.of(Map.of("billing", 4L, "login", 1L, "ünïcode \"quoted\"\n", 2L), 3)));
        all.add(sample("frequencies-channel", VolumeByChannel.defaults(),
                Frequencies.of(Map.of(Channel.EMAIL, 4L, Channel.CHAT, 2L, Channel.of("whatsapp"), 1L), 1)));
        all.add(sample("frequencies-empty", VolumeByChannel.defaults(), Frequencies.<Channel>of(Map.of(), 5)));
        all.add(sample("sla", sla(), new SlaTally(new SlaCounts(4, 1, 1, 0, 2), new SlaCounts(0, 0, 0, 0, 8),
                new SlaCounts(3, 2, 0, 1, 2))));
        all.add(sample("agent-load", TicketsPerAgent.defaults(), AgentLoad.of(7, 2, Set.of("ana", "ben", "chen"))));
        long[] cells = new long[VolumeHeatmap.CELLS];
        cells[0] = 3;
        cells[9] = 12;
        cells[VolumeHeatmap.CELLS - 1] = Long.MAX_VALUE / 2;
        all.add(sample("volume-heatmap", TicketVolumeHeatmap.in(ZoneId.of("Europe/Berlin")),
                VolumeHeatmap.of(ZoneId.of("Europe/Berlin"), cells, 4)));
        all.add(sample("volume-heatmap-empty", TicketVolumeHeatmap.in(ZoneOffset.ofHours(-5)),
                VolumeHeatmap.empty(ZoneOffset.ofHours(-5))));
        all.add(sample("agent-work", Occupancy.defaults(), new AgentWork(3, 12, 5_400_000_000_000L, 2,
                28_800_000_000_000L)));
        all.add(sample("customers", CustomerChurn.defaults(), new CustomerTally(10, 3, 2, 1, new BigDecimal("1234.50"),
                new BigDecimal("200.25"), new BigDecimal("0.0000000001"))));
        all.add(sample("cost-per-unit", CostPerResolution.defaults(), CostPerUnit.of(new BigDecimal("1200.00"), 7)));
        all.add(sample("cost-per-unit-fraction", CostPerResolution.defaults(),
                CostPerUnit.of(new BigDecimal("12345678901234567890.123456789"), 3)));
        all.add(sample("consistency", ResolutionConsistency.defaults(), ConsistencyTally.of(1, Map.of(
                "billing", Frequencies.of(Map.of("refunded", 3L, "answered", 1L), 1),
                "login", Frequencies.of(Map.of("fixed", 2L), 0),
                "bug", Frequencies.<String>of(Map.of(), 2)), 4)));
        all.add(sample("contact-history", RepeatContactRate.defaults(), ContactHistory.of(
                RepeatContactDefinition.DEFAULT, List.of(
                        new ContactHistory.Contact("C-1", Optional.of("billing"), MONDAY, true, true),
                        new ContactHistory.Contact("C-1", Optional.of("billing"), MONDAY.plusSeconds(3600), true, false),
                        new ContactHistory.Contact("C-2", Optional.of("login"), MONDAY.plusNanos(1), false, false)),
                2, 1, 1)));
        RepeatContactDefinition anyCategory = RepeatContactDefinition.DEFAULT.withSameCategory(false);
        all.add(sample("contact-history-any-category", RepeatContactRate.of(anyCategory), ContactHistory.of(anyCategory,
                List.of(new ContactHistory.Contact("C-1", Optional.empty(), MONDAY, true, true),
                        new ContactHistory.Contact("C-1", Optional.empty(), MONDAY.plusSeconds(60), true, true)),
                0, 0, 0)));
        all.add(sample("patience", Patience.metric(), Patience.of(
                DurationStats.of(Duration.ofSeconds(30), Duration.ofSeconds(95)),
                DurationStats.of(Duration.ofSeconds(12), Duration.ofSeconds(40), Duration.ofSeconds(300)))));
        all.add(sample("segmented-channel", FirstContactResolution.defaults().by(TicketDimensions.CHANNEL),
                Segmented.of("channel", Ratio.EMPTY, Map.of(Channel.EMAIL, Ratio.of(2, 3), Channel.CHAT, Ratio.of(1, 1)),
                        Ratio.of(0, 1))));
        all.add(sample("segmented-priority", FirstResponseTime.defaults().by(TicketDimensions.PRIORITY),
                Segmented.of("priority", DurationStats.EMPTY, Map.of(Priority.HIGH, wideExact(),
                        Priority.LOW, DurationStats.of(Duration.ofMinutes(90))), DurationStats.ofNanos(new long[0], 1))));
        all.add(sample("segmented-string", VolumeByChannel.defaults().by(TicketDimensions.CATEGORY),
                Segmented.of("category", Frequencies.<Channel>empty(), Map.of(
                        "billing", Frequencies.of(Map.of(Channel.EMAIL, 2L), 0),
                        "login", Frequencies.of(Map.of(Channel.PHONE, 1L), 1)), Frequencies.<Channel>empty())));
        List<AgeBand> bands = bands().bands();
        all.add(sample("segmented-age-band", backlogByAge(), Segmented.of("age", Count.ZERO, Map.of(
                bands.get(0), Count.of(2), bands.get(2), Count.of(5), bands.get(bands.size() - 1), Count.of(1)),
                Count.of(3))));
        all.add(sample("segmented-nested",
                FirstContactResolution.defaults().by(TicketDimensions.CHANNEL).by(TicketDimensions.PRIORITY),
                Segmented.of("priority", Segmented.<Channel, Ratio>empty("channel", Ratio.EMPTY), Map.of(
                        Priority.URGENT, Segmented.of("channel", Ratio.EMPTY, Map.of(Channel.PHONE, Ratio.of(1, 2)),
                                Ratio.EMPTY),
                        Priority.MEDIUM, Segmented.<Channel, Ratio>empty("channel", Ratio.EMPTY)),
                        Segmented.of("channel", Ratio.EMPTY, Map.of(Channel.WEB, Ratio.of(0, 4)), Ratio.of(1, 1)))));
        all.add(sample("segmented-empty", FirstContactResolution.defaults().by(TicketDimensions.CHANNEL),
                Segmented.<Channel, Ratio>empty("channel", Ratio.EMPTY)));
        BucketRange days = fcrByDay().empty().range();
        all.add(sample("bucket-series", fcrByDay(), BucketSeries.of(days, Ratio.EMPTY,
                Map.of(days.buckets().get(0), Ratio.of(1, 2), days.buckets().get(2), Ratio.of(3, 3)),
                Ratio.of(1, 5), Ratio.of(0, 2))));
        BucketRange weeks = flow().empty().range();
        all.add(sample("flow-series", flow(), BucketSeries.of(weeks, FlowTally.EMPTY,
                Map.of(weeks.buckets().get(1), FlowTally.of(12, 9)), FlowTally.of(1, 0), FlowTally.of(0, 3))));
        all.add(sample("tallies", set(), Tallies.of(set(), List.of(wideExact(), Ratio.of(3, 5), Count.of(7)))));
        return List.copyOf(all);
    }

    /**
     * The samples by their name.
     *
     * @param name a sample's name
     * @return the sample
     */
    static Sample<?> named(String name) {
        return all().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    /** @return every sample's tally class, and those of the tallies it is made of */
    static Set<Class<?>> classes() {
        return classesOf(all().stream().<Tally<?>>map(Sample::tally).toList());
    }

    /** @return the classes of tallies, and of the tallies they are made of */
    static Set<Class<?>> classesOf(List<Tally<?>> tallies) {
        TreeMap<String, Class<?>> m = new TreeMap<>();
        for (Tally<?> t : tallies) {
            collect(t, m);
        }
        return Set.copyOf(m.values());
    }

    private static void collect(Tally<?> t, Map<String, Class<?>> into) {
        into.put(t.getClass().getName(), t.getClass());
        if (t instanceof Segmented<?, ?> s) {
            collect(s.absent(), into);
            s.segments().values().forEach(x -> collect(x, into));
        } else if (t instanceof BucketSeries<?> b) {
            collect(b.absent(), into);
            b.buckets().values().forEach(x -> collect(x, into));
        } else if (t instanceof Tallies<?> ts) {
            ts.list().forEach(x -> collect(x, into));
        } else if (t instanceof Patience p) {
            collect(p.abandoned(), into);
        }
    }
}
