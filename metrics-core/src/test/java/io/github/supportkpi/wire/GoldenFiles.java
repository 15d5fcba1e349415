package io.github.supportkpi.wire;

import io.github.supportkpi.backlog.AgeBands;
import io.github.supportkpi.backlog.Backlog;
import io.github.supportkpi.backlog.NetFlow;
import io.github.supportkpi.business.CostPerResolution;
import io.github.supportkpi.business.CustomerAcquisitionCost;
import io.github.supportkpi.business.CustomerChurn;
import io.github.supportkpi.contact.AbandonmentDefinition;
import io.github.supportkpi.contact.AbandonmentRate;
import io.github.supportkpi.contact.AverageSpeedOfAnswer;
import io.github.supportkpi.contact.KnowledgeBaseViews;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.experience.CustomerSatisfaction;
import io.github.supportkpi.experience.NetPromoterScore;
import io.github.supportkpi.experience.SurveyResponseRate;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.MetricSet;
import io.github.supportkpi.metric.Tally;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.quality.FcrDefinition;
import io.github.supportkpi.quality.FcrEligibility;
import io.github.supportkpi.quality.FirstContactResolution;
import io.github.supportkpi.quality.FirstContactResolutionWithoutRepeat;
import io.github.supportkpi.quality.RepeatContactRate;
import io.github.supportkpi.quality.ResolutionConsistency;
import io.github.supportkpi.report.Trend;
import io.github.supportkpi.sla.SlaCompliance;
import io.github.supportkpi.sla.SlaCondition;
import io.github.supportkpi.sla.SlaDefinition;
import io.github.supportkpi.sla.SlaPolicies;
import io.github.supportkpi.sla.SlaPolicy;
import io.github.supportkpi.sla.SlaTarget;
import io.github.supportkpi.speed.FirstResponseTime;
import io.github.supportkpi.speed.ResolutionTime;
import io.github.supportkpi.speed.ResponseDefinition;
import io.github.supportkpi.staffing.Patience;
import io.github.supportkpi.time.BusinessCalendar;
import io.github.supportkpi.time.Granularity;
import io.github.supportkpi.workload.LoggedInTime;
import io.github.supportkpi.workload.Occupancy;
import io.github.supportkpi.workload.RepliesPerTicket;
import io.github.supportkpi.workload.ResolvedTickets;
import io.github.supportkpi.workload.TicketVolume;
import io.github.supportkpi.workload.TicketVolumeHeatmap;
import io.github.supportkpi.workload.TicketsHandledPerHour;
import io.github.supportkpi.workload.TicketsPerAgent;
import io.github.supportkpi.workload.VolumeByCategory;
import io.github.supportkpi.workload.VolumeByChannel;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The golden files: which metric each one stores, over which records of the {@link GoldenDataset}, and the
 * program that writes them. Run it after a change in the format's version:
 *
 * <pre>
 * mvn -B -q -o -pl metrics-core test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.github.supportkpi.wire.GoldenFiles
 * </pre>
 *
 * It writes {@code src/test/resources/io/github/supportkpi/wire/golden/<major>.<minor>/} for the version this
 * library writes, only if that directory does not exist: the files of a version are never rewritten, so
 * each version's files stay as that version wrote them. {@code -Dsupportkpi.golden.overwrite=true} rewrites
 * the current version's directory, for when the metrics' definitions (and so their fingerprints) changed on
 * purpose. With the argument {@code --identities} it prints each file's metric identity instead.
 */
public final class GoldenFiles {
    /** The system property that allows rewriting the current version's files. */
    static final String OVERWRITE = "supportkpi.golden.overwrite";

    private GoldenFiles() {
    }

    /**
     * A golden file: its name, its metric, and the tally of a direct pass over the dataset.
     *
     * @param name the file's name, without the extension
     * @param metric the metric
     * @param direct the tally of a direct pass over the records
     * @param <S> the tally type
     */
    record Entry<S extends Tally<S>>(String name, Metric<?, S> metric, Supplier<S> direct) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static <T, S extends Tally<S>> Entry<S> over(String name, Metric<T, S> metric, List<T> records) {
        return new Entry<>(name, metric, () -> metric.over(records));
    }

    static FirstContactResolution fcrWithoutBugAndRefund() {
        return FirstContactResolution.of(new FcrDefinition(FcrEligibility.excludingCategories("bug", "refund"),
                FcrDefinition.DEFAULT.criteria()));
    }

    static SlaCompliance sla() {
        SlaPolicy policy = SlaPolicy.of("standard", SlaCondition.always(), BusinessCalendar.twentyFourSeven(ZoneOffset.UTC))
                .withTarget(SlaTarget.FIRST_RESPONSE, Duration.ofHours(1))
                .withTarget(SlaTarget.RESOLUTION, Duration.ofHours(8));
        return SlaCompliance.of(SlaDefinition.of(SlaPolicies.of(policy), GoldenDataset.NEXT_MONDAY));
    }

    static MetricSet<Ticket> ticketSet() {
        return MetricSet.of(FirstResponseTime.defaults(), FirstContactResolution.defaults(), TicketVolume.defaults(),
                VolumeByChannel.defaults());
    }

    /** @return every golden file's entry, each name once */
    static List<Entry<?>> entries() {
        List<Ticket> tickets = GoldenDataset.tickets();
        FirstResponseTime frt = FirstResponseTime.defaults();
        Metric<Ticket, DurationStats> frtSketch = frt.withSummary(DurationStats.Summary.SKETCH);
        List<Entry<?>> all = new ArrayList<>();
        all.add(over("frt", frt, tickets));
        all.add(over("frt-sketch", frtSketch, tickets));
        all.add(over("frt-totals", frt.withSummary(DurationStats.Summary.TOTALS), tickets));
        all.add(over("frt-with-bots", FirstResponseTime.of(ResponseDefinition.DEFAULT.withIncludeBots(true)), tickets));
        all.add(over("resolution-time", ResolutionTime.defaults(), tickets));
        all.add(over("resolution-time-sketch", ResolutionTime.defaults().withSummary(DurationStats.Summary.SKETCH),
                tickets));
        all.add(over("fcr", FirstContactResolution.defaults(), tickets));
        all.add(over("fcr-without-bug-and-refund", fcrWithoutBugAndRefund(), tickets));
        all.add(over("fcr-by-channel", FirstContactResolution.defaults().by(TicketDimensions.CHANNEL), tickets));
        all.add(over("fcr-by-priority-by-channel",
                FirstContactResolution.defaults().by(TicketDimensions.CHANNEL).by(TicketDimensions.PRIORITY), tickets));
        all.add(over("frt-by-category", frt.by(TicketDimensions.CATEGORY), tickets));
        all.add(over("frt-sketch-by-priority", frtSketch.by(TicketDimensions.PRIORITY), tickets));
        all.add(over("ticket-volume", TicketVolume.defaults(), tickets));
        all.add(over("resolved-tickets", ResolvedTickets.defaults(), tickets));
        all.add(over("volume-by-channel", VolumeByChannel.defaults(), tickets));
        all.add(over("volume-by-category", VolumeByCategory.defaults(), tickets));
        all.add(over("tickets-per-agent", TicketsPerAgent.defaults(), tickets));
        all.add(over("ticket-volume-heatmap", TicketVolumeHeatmap.in(ZoneId.of("Europe/Berlin")), tickets));
        all.add(over("tickets-handled-per-hour", TicketsHandledPerHour.defaults(), tickets));
        all.add(over("replies-per-ticket", RepliesPerTicket.defaults(), tickets));
        all.add(over("sla", sla(), tickets));
        all.add(over("sla-by-priority", sla().by(TicketDimensions.PRIORITY), tickets));
        all.add(over("repeat-contact", RepeatContactRate.defaults(), tickets));
        all.add(over("fcr-without-repeat", FirstContactResolutionWithoutRepeat.defaults(), tickets));
        all.add(over("resolution-consistency", ResolutionConsistency.defaults(), tickets));
        all.add(over("backlog-by-age", Backlog.at(GoldenDataset.MONDAY.plus(Duration.ofHours(2 * 24 + 8)).plusSeconds(1800))
                .byAge(AgeBands.of(Duration.ofHours(4), Duration.ofDays(1), Duration.ofDays(7))), tickets));
        all.add(over("net-flow", NetFlow.between(GoldenDataset.MONDAY, GoldenDataset.NEXT_MONDAY), tickets));
        all.add(over("frt-by-day", Trend.metric(frt, GoldenDataset.MONDAY, GoldenDataset.NEXT_MONDAY, Granularity.DAY,
                ZoneOffset.UTC), tickets));
        all.add(over("ticket-set", ticketSet(), tickets));
        all.add(over("ticket-set-sketch", ticketSet().withSummary(DurationStats.Summary.SKETCH), tickets));
        CostPerResolution cost = CostPerResolution.defaults();
        all.add(new Entry<>("cost-per-resolution", cost, () -> cost.over(tickets).withCost(new BigDecimal("1234.50"))));
        all.add(over("patience", Patience.metric(), GoldenDataset.interactions()));
        all.add(over("abandon-rate", AbandonmentRate.defaults(), GoldenDataset.interactions()));
        all.add(over("abandon-rate-over-a-minute", AbandonmentRate.of(AbandonmentDefinition.DEFAULT
                .withShortAbandonThreshold(Duration.ofMinutes(1))), GoldenDataset.interactions()));
        all.add(over("asa", AverageSpeedOfAnswer.defaults(), GoldenDataset.interactions()));
        all.add(over("occupancy", Occupancy.defaults(), GoldenDataset.interactions()));
        all.add(over("kb-views", KnowledgeBaseViews.defaults(), GoldenDataset.interactions()));
        all.add(over("logged-in", LoggedInTime.defaults(), GoldenDataset.sessions()));
        all.add(over("nps", NetPromoterScore.defaults(), GoldenDataset.surveys()));
        all.add(over("csat", CustomerSatisfaction.defaults(), GoldenDataset.surveys()));
        all.add(over("survey-response-rate", SurveyResponseRate.defaults(), GoldenDataset.surveyRecords()));
        all.add(over("churn", CustomerChurn.defaults(), GoldenDataset.customers()));
        CustomerAcquisitionCost cac = CustomerAcquisitionCost.defaults();
        all.add(new Entry<>("cac", cac, () -> cac.over(GoldenDataset.customers()).withCost(new BigDecimal("4500.00"))));
        Set<String> names = new LinkedHashSet<>();
        for (Entry<?> e : all) {
            if (!names.add(e.name())) {
                throw new IllegalStateException("golden file named twice: " + e.name());
            }
        }
        return List.copyOf(all);
    }

    /**
     * The entry of a golden file.
     *
     * @param name its name, without the extension
     * @return the entry
     * @throws IllegalArgumentException if no entry has that name
     */
    static Entry<?> entry(String name) {
        return entries().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no golden entry named " + name
                        + ": an entry is never removed while a version's files name it"));
    }

    /** @return the version this library writes, such as {@code 1.0}: the name of its directory */
    static String currentVersion() {
        return TallyFormat.MAJOR + "." + TallyFormat.MINOR;
    }

    /**
     * The golden directory in the test sources, found from the compiled test classes
     * ({@code target/test-classes}) of the module.
     *
     * @return {@code src/test/resources/io/github/supportkpi/wire/golden}
     */
    static Path sourceDirectory() {
        try {
            Path classes = Path.of(GoldenFiles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path module = classes.getParent().getParent();
            Path tests = module.resolve(Path.of("src", "test", "java"));
            if (!Files.isDirectory(tests)) {
                throw new IllegalStateException("no test sources at " + tests + ": run from the compiled tests of"
                        + " metrics-core");
            }
            return module.resolve(Path.of("src", "test", "resources", "io", "github", "supportkpi", "wire", "golden"));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the location of the test classes is not a path", e);
        }
    }

    /**
     * Writes the current version's golden files, both forms of every entry.
     *
     * @param golden the golden directory
     * @param overwrite whether to rewrite the current version's directory if it exists
     * @return the directory written
     * @throws IOException if a file cannot be written
     * @throws IllegalStateException if the directory exists and {@code overwrite} is false
     */
    static Path write(Path golden, boolean overwrite) throws IOException {
        Path dir = golden.resolve(currentVersion());
        if (Files.exists(dir) && !overwrite) {
            throw new IllegalStateException("the golden files of version " + currentVersion() + " exist in " + dir
                    + ": the files of a version are never rewritten, so that they stay as that version wrote them."
                    + " If the metrics' definitions changed on purpose, rewrite them with -D" + OVERWRITE + "=true");
        }
        Files.createDirectories(dir);
        TallyFormat format = TallyFormat.standard();
        for (Entry<?> e : entries()) {
            writeEntry(format, dir, e);
        }
        return dir;
    }

    private static <S extends Tally<S>> void writeEntry(TallyFormat format, Path dir, Entry<S> e) throws IOException {
        S tally = e.direct().get();
        Files.write(dir.resolve(e.name() + ".bin"), format.toBytes(e.metric(), tally));
        Files.writeString(dir.resolve(e.name() + ".json"), format.toJson(e.metric(), tally), StandardCharsets.UTF_8);
    }

    /**
     * Writes the current version's golden files into the test sources, or prints the identities.
     *
     * @param args none, or {@code --identities} to print {@code name fingerprint} lines
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length == 1 && args[0].equals("--identities")) {
            for (Entry<?> e : entries()) {
                System.out.println(e.name() + " " + MetricIdentity.of(e.metric()).fingerprint());
            }
            return;
        }
        if (args.length != 0) {
            throw new IllegalArgumentException("arguments must be none or --identities: " + List.of(args));
        }
        Path dir = write(sourceDirectory(), Boolean.getBoolean(OVERWRITE));
        System.out.println("wrote " + 2 * entries().size() + " golden files to " + dir);
    }
}
