package io.github.supportkpi.wire;

import io.github.supportkpi.backlog.FlowTally;
import io.github.supportkpi.business.CostPerUnit;
import io.github.supportkpi.business.CustomerTally;
import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.Priority;
import io.github.supportkpi.domain.SurveyKind;
import io.github.supportkpi.experience.NpsTally;
import io.github.supportkpi.experience.ResponseRateTally;
import io.github.supportkpi.metric.BucketSeries;
import io.github.supportkpi.metric.Count;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.Frequencies;
import io.github.supportkpi.metric.Mean;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.metric.Segmented;
import io.github.supportkpi.metric.Tallies;
import io.github.supportkpi.metric.Tally;
import io.github.supportkpi.quality.ConsistencyTally;
import io.github.supportkpi.quality.ContactHistory;
import io.github.supportkpi.sla.SlaTally;
import io.github.supportkpi.staffing.Patience;
import io.github.supportkpi.wire.GoldenFiles.Entry;
import io.github.supportkpi.workload.AgentLoad;
import io.github.supportkpi.workload.VolumeHeatmap;
import io.github.supportkpi.workload.AgentWork;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The golden files of every version of the format this library has written, read back against the same
 * metrics: each equals a direct pass over the {@link GoldenDataset}, holds the values worked out by hand
 * there, and (for the current version) is what this library writes again, byte for byte. A change that
 * breaks stored tallies fails here.
 *
 * <p>A metric's fingerprint is checked for the current version. Where a metric's identity differs between
 * two runs of the JVM (its definition names a lambda, not a rule), no stored fingerprint can match it: such
 * files are checked with the fingerprint of this run put in, and the test says so. For older versions the
 * fingerprint is always put in: they are kept to check the format's versions, and a change of definition
 * since is no change of format.
 */
class GoldenFilesTest {
    private static final TallyFormat FORMAT = TallyFormat.standard();
    private static final Pattern FINGERPRINT = Pattern.compile("\"fingerprint\":\"(\\p{XDigit}{16})\"");
    private static final Pattern DEFINITION = Pattern.compile("\"definition\":\"(?:[^\"\\\\]|\\\\.)*\"");

    /** The golden directory as the tests see it: the test resources, copied to the test classes. */
    static Path golden() throws URISyntaxException {
        return Path.of(GoldenFilesTest.class.getResource("golden").toURI());
    }

    static List<Path> versions() throws IOException, URISyntaxException {
        try (Stream<Path> dirs = Files.list(golden())) {
            return dirs.filter(Files::isDirectory).sorted().collect(Collectors.toList());
        }
    }

    /** @return every golden file of every version, as {@code version/name.ext} */
    static List<String> files() throws IOException, URISyntaxException {
        List<String> all = new ArrayList<>();
        for (Path v : versions()) {
            try (Stream<Path> files = Files.list(v)) {
                files.map(f -> v.getFileName() + "/" + f.getFileName()).sorted().forEach(all::add);
            }
        }
        return all;
    }

    @Test
    void should_hold_both_forms_of_every_entry_for_the_current_version_and_nothing_else() throws Exception {
        // GIVEN the version directories
        List<String> versions = versions().stream().map(p -> p.getFileName().toString()).collect(Collectors.toList());
        // THEN the current version is there, every entry in both forms; every file of every version is one of
        // an entry (entries are never removed), in a directory named as a version
        assertThat(versions).as("version directories of %s", golden()).contains(GoldenFiles.currentVersion())
                .allMatch(v -> v.matches("[0-9]+\\.[0-9]+"));
        Set<String> current = new TreeSet<>();
        for (String f : files()) {
            assertThat(f).matches("[0-9]+\\.[0-9]+/[a-z0-9-]+\\.(bin|json)");
            String name = f.substring(f.indexOf('/') + 1, f.lastIndexOf('.'));
            assertThat(GoldenFiles.entry(name).name()).isEqualTo(name);
            if (f.startsWith(GoldenFiles.currentVersion() + "/")) {
                current.add(f.substring(f.indexOf('/') + 1));
            }
        }
        Set<String> expected = new TreeSet<>();
        for (Entry<?> e : GoldenFiles.entries()) {
            expected.add(e.name() + ".bin");
            expected.add(e.name() + ".json");
        }
        assertThat(current).as("the files of version %s; write missing ones with GoldenFiles", GoldenFiles.currentVersion())
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void should_read_every_golden_file_as_a_direct_pass_over_the_dataset(String file) throws Exception {
        // GIVEN a golden file and its entry
        Entry<?> entry = entryOf(file);
        // WHEN read against its metric
        Tally<?> read = read(file, entry);
        // THEN it equals the tally of a direct pass over the same records, as far as its version stores it
        assertThat(read).isEqualTo(asStoredBy(file.substring(0, file.indexOf('/')), entry.direct().get()));
    }

    /**
     * A tally as a version of the format stores it: version 1.0 stored no sum of squares of a mean, so a mean
     * read from it has none.
     */
    private static Tally<?> asStoredBy(String version, Tally<?> tally) {
        if (version.equals("1.0") && tally instanceof Mean m) {
            return Mean.of(m.sum(), m.count());
        }
        return tally;
    }

    /** @return the golden files of the version this library writes */
    static List<String> currentFiles() throws IOException, URISyntaxException {
        return files().stream().filter(f -> f.startsWith(GoldenFiles.currentVersion() + "/")).collect(Collectors.toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("currentFiles")
    void should_write_the_current_versions_files_again_byte_for_byte(String file) throws Exception {
        // GIVEN a golden file of the current version, and what it says with this run's fingerprint
        Entry<?> entry = entryOf(file);
        byte[] stored = stamped(file, entry);
        // WHEN its tally, read back, is written again
        byte[] again = write(file, entry, read(file, entry));
        // THEN the same bytes
        assertThat(again).as(file).containsExactly(stored);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("versions")
    void should_hold_the_values_worked_out_by_hand(Path version) throws Exception {
        Map<String, Function<String, Tally<?>>> forms = Map.of(
                "bin", name -> read(version.getFileName() + "/" + name + ".bin", GoldenFiles.entry(name)),
                "json", name -> read(version.getFileName() + "/" + name + ".json", GoldenFiles.entry(name)));
        for (Function<String, Tally<?>> form : forms.values()) {
            Values v = new Values(form, version);
            // FRT: 30, 45, 90, 120, 240 minutes and two unmeasured; with bots T6 at 5 minutes
            v.check("frt", (DurationStats d) -> {
                assertThat(d.count()).isEqualTo(5);
                assertThat(d.unmeasured()).isEqualTo(2);
                assertThat(d.median()).contains(Duration.ofMinutes(90));
                assertThat(d.mean()).contains(Duration.ofMinutes(105));
                assertThat(d.min()).contains(Duration.ofMinutes(30));
                assertThat(d.max()).contains(Duration.ofMinutes(240));
            });
            v.check("frt-sketch", (DurationStats d) -> {
                assertThat(d.summary()).isEqualTo(DurationStats.Summary.SKETCH);
                assertThat(d.count()).isEqualTo(5);
                assertThat(d.unmeasured()).isEqualTo(2);
                assertThat(d.sum()).isEqualTo(Duration.ofMinutes(525));
                assertThat(d.min()).contains(Duration.ofMinutes(30));
                assertThat(d.max()).contains(Duration.ofMinutes(240));
                assertThat((double) d.median().orElseThrow().toNanos())
                        .isCloseTo(Duration.ofMinutes(90).toNanos(), within(Duration.ofMinutes(90).toNanos() / 256.0));
            });
            v.check("frt-with-bots", (DurationStats d) -> {
                assertThat(d.count()).isEqualTo(6);
                assertThat(d.unmeasured()).isEqualTo(1);
                assertThat(d.min()).contains(Duration.ofMinutes(5));
            });
            // FCR: T1, T2, T7 of all 7; of the 5 outside bug and refund
            v.check("fcr", (Ratio r) -> assertThat(r).isEqualTo(Ratio.of(3, 7)));
            v.check("fcr-without-bug-and-refund", (Ratio r) -> assertThat(r).isEqualTo(Ratio.of(3, 5)));
            v.check("fcr-by-channel", (Segmented<Channel, Ratio> s) -> {
                assertThat(s.segments()).containsExactlyInAnyOrderEntriesOf(Map.of(Channel.EMAIL, Ratio.of(1, 3),
                        Channel.CHAT, Ratio.of(1, 1), Channel.PHONE, Ratio.of(0, 1), Channel.WEB, Ratio.of(0, 1)));
                assertThat(s.absent()).isEqualTo(Ratio.of(1, 1));
            });
            v.check("fcr-by-priority-by-channel", (Segmented<Priority, Segmented<Channel, Ratio>> s) -> {
                assertThat(s.get(Priority.HIGH).segments()).containsExactlyEntriesOf(Map.of(Channel.EMAIL, Ratio.of(1, 1)));
                assertThat(s.get(Priority.HIGH).absent()).isEqualTo(Ratio.of(1, 1));
                assertThat(s.get(Priority.MEDIUM).total()).isEqualTo(Ratio.of(1, 2));
                assertThat(s.total().total()).isEqualTo(Ratio.of(3, 7));
            });
            v.check("ticket-volume", (Count c) -> assertThat(c).isEqualTo(Count.of(7)));
            v.check("resolved-tickets", (Count c) -> assertThat(c).isEqualTo(Count.of(6)));
            v.check("volume-by-channel", (Frequencies<Channel> f) -> {
                assertThat(f.counts()).containsExactlyInAnyOrderEntriesOf(Map.of(Channel.EMAIL, 3L, Channel.CHAT, 1L,
                        Channel.PHONE, 1L, Channel.WEB, 1L));
                assertThat(f.absent()).isEqualTo(1);
            });
            v.check("volume-by-category", (Frequencies<String> f) -> assertThat(f.counts())
                    .containsExactlyInAnyOrderEntriesOf(Map.of("billing", 3L, "login", 2L, "bug", 1L, "refund", 1L)));
            v.check("tickets-per-agent", (AgentLoad a) -> assertThat(a).isEqualTo(AgentLoad.of(6, 1,
                    Set.of("ana", "ben", "chen"))));
            // created Mon 09:00, 10:00, 11:00, Tue 09:00, 14:00, Wed 08:00, 10:00 UTC: an hour later in Berlin (CET)
            v.check("ticket-volume-heatmap", (VolumeHeatmap h) -> {
                assertThat(h.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
                assertThat(h.count(DayOfWeek.MONDAY, 10)).isEqualTo(1);
                assertThat(h.count(DayOfWeek.MONDAY, 9)).isZero();
                assertThat(h.count(DayOfWeek.TUESDAY, 15)).isEqualTo(1);
                assertThat(h.count(DayOfWeek.WEDNESDAY, 9)).isEqualTo(1);
                assertThat(h.dayTotal(DayOfWeek.MONDAY)).isEqualTo(3);
                assertThat(h.hourTotal(11)).isEqualTo(2);
                assertThat(h.total()).isEqualTo(7);
                assertThat(h.unplaced()).isZero();
                assertThat(h.busiestDay()).contains(DayOfWeek.MONDAY);
                assertThat(h.busiestHour()).hasValue(10);
            });
            // replies 1, 1, 2, 1, 1, 0, 0: sum 6, squares 8 (stored from 1.1 on)
            v.check("replies-per-ticket", (Mean m) -> assertThat(m)
                    .isEqualTo(version.getFileName().toString().equals("1.0") ? Mean.of(6, 7) : Mean.of(6, 7, 8)));
            // SLA (1 h to respond, 8 h to resolve): T1 and T3 answered in time, T2, T4, T5 late and T6 never,
            // and T7, solved in 30 min without a reply, still unanswered (a solve is not a response): breached;
            // T1, T2, T4, T7 resolved in time, T3 and T5 late and T6 open past its deadline
            v.check("sla", (SlaTally s) -> {
                assertThat(s.firstResponse().achieved()).isEqualTo(2);
                assertThat(s.firstResponse().breached()).isEqualTo(5);
                assertThat(s.firstResponse().paused()).isZero();
                assertThat(s.resolution().achieved()).isEqualTo(4);
                assertThat(s.resolution().breached()).isEqualTo(3);
            });
            v.check("repeat-contact", (ContactHistory h) -> assertThat(h.repeated()).isEqualTo(Ratio.of(2, 7)));
            v.check("resolution-consistency", (ConsistencyTally c) -> {
                assertThat(c.overall()).isEqualTo(Ratio.of(5, 6));
                assertThat(c.mostCommon("billing")).contains("refunded");
            });
            // the backlog on Wednesday 08:30: T5 (18 h 30 m old) and T6 (30 m)
            v.check("backlog-by-age", (Segmented<?, Count> s) -> assertThat(s.total()).isEqualTo(Count.of(2)));
            v.check("net-flow", (BucketSeries<FlowTally> f) -> {
                assertThat(f.buckets().values()).startsWith(FlowTally.of(3, 2), FlowTally.of(2, 2), FlowTally.of(2, 2));
                assertThat(f.total()).isEqualTo(FlowTally.of(7, 6));
            });
            v.check("frt-by-day", (BucketSeries<DurationStats> f) -> {
                List<DurationStats> days = new ArrayList<>(f.buckets().values());
                assertThat(days).hasSize(7);
                assertThat(days.get(0).count()).isEqualTo(3);
                assertThat(days.get(0).median()).contains(Duration.ofMinutes(45));
                assertThat(days.get(1).count()).isEqualTo(2);
                assertThat(f.absent().unmeasured()).isEqualTo(2);
            });
            v.check("ticket-set", (Tallies<?> t) -> {
                assertThat(((DurationStats) t.list().get(0)).median()).contains(Duration.ofMinutes(90));
                assertThat(t.list().subList(1, 3)).containsExactly(Ratio.of(3, 7), Count.of(7));
            });
            v.check("cost-per-resolution", (CostPerUnit c) -> assertThat(c).isEqualTo(CostPerUnit.of(
                    new BigDecimal("1234.5"), 6)));
            v.check("patience", (Patience p) -> {
                assertThat(p.abandoned()).isEqualTo(DurationStats.of(Duration.ofSeconds(30), Duration.ofSeconds(95)));
                assertThat(p.answered()).isEqualTo(DurationStats.of(Duration.ofSeconds(12), Duration.ofSeconds(20),
                        Duration.ofSeconds(40), Duration.ofSeconds(300)));
            });
            v.check("abandon-rate", (Ratio r) -> assertThat(r).isEqualTo(Ratio.of(2, 5)));
            v.check("abandon-rate-over-a-minute", (Ratio r) -> assertThat(r).isEqualTo(Ratio.of(1, 4)));
            v.check("occupancy", (AgentWork w) -> {
                assertThat(w.interactions()).isEqualTo(4);
                assertThat(w.handleTime()).isEqualTo(Duration.ofMinutes(37));
            });
            v.check("logged-in", (AgentWork w) -> {
                assertThat(w.sessions()).isEqualTo(2);
                assertThat(w.loggedIn()).isEqualTo(Duration.ofHours(12));
            });
            v.check("kb-views", (Frequencies<String> f) -> assertThat(f.counts())
                    .containsExactlyInAnyOrderEntriesOf(Map.of("KB-1", 2L, "KB-2", 1L)));
            v.check("nps", (NpsTally n) -> assertThat(n).isEqualTo(new NpsTally(3, 2, 2)));
            // NPS sent to C-1 to C-9, answered by C-1 to C-7; CSAT sent about T1 to T3, answered about T1, and two
            // CSAT answers naming neither a ticket nor a customer
            v.check("survey-response-rate", (ResponseRateTally r) -> {
                assertThat(r.rate(SurveyKind.NPS)).isEqualTo(Ratio.of(7, 9));
                assertThat(r.rate(SurveyKind.CSAT)).isEqualTo(Ratio.of(1, 3));
                assertThat(r.unmatched(SurveyKind.CSAT)).containsExactly(
                        Map.entry(ResponseRateTally.UnmatchedAnswer.NO_TICKET_OR_CUSTOMER, 2L));
            });
            v.check("churn", (CustomerTally c) -> {
                assertThat(c.atStart()).isEqualTo(4);
                assertThat(c.lost()).isEqualTo(1);
                assertThat(c.acquired()).isEqualTo(2);
                assertThat(c.acquiredLost()).isEqualTo(1);
            });
            v.check("cac", (CostPerUnit c) -> {
                assertThat(c.units()).isEqualTo(2);
                assertThat(c.perUnit().orElseThrow()).isEqualByComparingTo("2250");
            });
        }
    }

    /** Reads the golden files of a version that exist, for the explicit checks. */
    private static final class Values {
        private final Function<String, Tally<?>> read;
        private final Path version;

        Values(Function<String, Tally<?>> read, Path version) {
            this.read = read;
            this.version = version;
        }

        @SuppressWarnings("unchecked")
        <S> void check(String name, java.util.function.Consumer<S> values) {
            if (Files.exists(version.resolve(name + ".bin"))) {
                values.accept((S) read.apply(name));
            }
        }
    }

    @Test
    void should_write_a_version_directory_only_once_unless_asked_to_overwrite(@TempDir Path dir) throws Exception {
        // GIVEN a golden directory in which the current version is written
        Path written = GoldenFiles.write(dir, false);
        Path frt = written.resolve("frt.json");
        Files.writeString(frt, "kept");
        // WHEN written again
        // THEN refused, the file kept, saying how to overwrite; with overwrite, rewritten
        assertThatThrownBy(() -> GoldenFiles.write(dir, false)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("never rewritten").hasMessageContaining("-Dsupportkpi.golden.overwrite=true");
        assertThat(Files.readString(frt)).isEqualTo("kept");
        GoldenFiles.write(dir, true);
        assertThat(Files.readString(frt)).startsWith("{\"format\":\"supportkpi-tally\"");
        try (Stream<Path> files = Files.list(written)) {
            assertThat(files.count()).isEqualTo(2L * GoldenFiles.entries().size());
        }
    }

    /**
     * Writes the current version's golden files into the test sources when run with
     * {@code -Dsupportkpi.golden.write=true}; the same as {@link GoldenFiles#main}.
     */
    @Test
    @EnabledIfSystemProperty(named = "supportkpi.golden.write", matches = "true")
    void write_the_current_versions_golden_files() throws IOException {
        GoldenFiles.write(GoldenFiles.sourceDirectory(), Boolean.getBoolean(GoldenFiles.OVERWRITE));
    }

    private static Entry<?> entryOf(String file) {
        return GoldenFiles.entry(file.substring(file.indexOf('/') + 1, file.lastIndexOf('.')));
    }

    private static Tally<?> read(String file, Entry<?> entry) {
        return readAs(file, entry);
    }

    private static <S extends Tally<S>> S readAs(String file, Entry<S> entry) {
        byte[] stored = stamped(file, entry);
        return file.endsWith(".bin") ? FORMAT.fromBytes(entry.metric(), stored)
                : FORMAT.fromJson(entry.metric(), new String(stored, StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static <S extends Tally<S>> byte[] write(String file, Entry<S> entry, Tally<?> tally) {
        return file.endsWith(".bin") ? FORMAT.toBytes(entry.metric(), (S) tally)
                : FORMAT.toJson(entry.metric(), (S) tally).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A golden file as stored, or, for an older version, with the metric's fingerprint (and definition) of
     * today put in: an older version's files test that its format is still read, whatever knobs were added
     * since; the current version's must carry the metric's fingerprint as it is.
     */
    private static byte[] stamped(String file, Entry<?> entry) {
        byte[] stored;
        try {
            stored = Files.readAllBytes(golden().resolve(file));
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot read golden file " + file, e);
        }
        MetricIdentity identity = MetricIdentity.of(entry.metric());
        boolean json = file.endsWith(".json");
        String text = json ? new String(stored, StandardCharsets.UTF_8) : null;
        String fingerprint = json ? FORMAT.header(text).fingerprint() : FORMAT.header(stored).fingerprint();
        if (fingerprint.equals(identity.fingerprint())) {
            return stored;
        }
        boolean current = file.startsWith(GoldenFiles.currentVersion() + "/");
        if (current) {
            throw new AssertionError("the fingerprint of " + file + " is " + fingerprint + ", the metric's is now "
                    + identity + " (" + identity.definition() + "): the metric's definition changed. If on purpose,"
                    + " rewrite the current version's files with: mvn -B -q -o -pl metrics-core test-compile exec:java"
                    + " -Dexec.skip=false -Dexec.classpathScope=test -Dexec.mainClass=" + GoldenFiles.class.getName()
                    + " -D" + GoldenFiles.OVERWRITE + "=true");
        }
        if (json) {
            Matcher m = FINGERPRINT.matcher(text);
            assertThat(m.find()).as(file).isTrue();
            String restamped = text.substring(0, m.start(1)) + identity.fingerprint() + text.substring(m.end(1));
            Matcher d = DEFINITION.matcher(restamped);
            if (d.find()) {
                restamped = restamped.substring(0, d.start()) + "\"definition\":" + WireBytes.jsonString(identity.definition())
                        + restamped.substring(d.end());
            }
            return restamped.getBytes(StandardCharsets.UTF_8);
        }
        byte[] copy = stored.clone();
        int at = FORMAT.header(stored).bodyStart() - 8;
        System.arraycopy(HexFormat.of().parseHex(identity.fingerprint()), 0, copy, at, 8);
        return WireBytes.resealed(copy);
    }
}
