package io.github.supportkpi.examples;

import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.Priority;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.examples.DailyRollups.Check;
import io.github.supportkpi.examples.DailyRollups.Outcome;
import io.github.supportkpi.examples.DailyRollups.Period;
import io.github.supportkpi.examples.DailyRollups.Quarter;
import io.github.supportkpi.examples.DailyRollups.Rollup;
import io.github.supportkpi.examples.DailyRollups.Segment;
import io.github.supportkpi.examples.DailyRollups.StoredRow;
import io.github.supportkpi.metric.Count;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.DurationStats.Summary;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.Tally;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.quality.FcrCriteria;
import io.github.supportkpi.quality.FcrDefinition;
import io.github.supportkpi.quality.FirstContactResolution;
import io.github.supportkpi.speed.FirstResponseTime;
import io.github.supportkpi.wire.MetricIdentity;
import io.github.supportkpi.wire.TallyFormat;
import io.github.supportkpi.wire.TallyFormatException;
import io.github.supportkpi.workload.TicketVolume;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

/** The daily-rollups example against the real H2 engine, in a file database of a temporary directory. */
class DailyRollupsTest {
    @TempDir
    static Path directory;

    private static Quarter quarter;
    private static final Map<Summary, Outcome> OUTCOMES = new EnumMap<>(Summary.class);

    @BeforeAll
    static void storeAndRebuild() throws SQLException {
        quarter = Quarter.generate(DailyRollups.SEED);
        for (Summary s : Summary.values()) {
            OUTCOMES.put(s, DailyRollups.run(directory, s, quarter));
        }
    }

    @ParameterizedTest
    @EnumSource(Summary.class)
    void should_build_each_month_and_the_quarter_from_the_rows_equal_to_the_direct_pass(Summary summary) {
        Outcome o = OUTCOMES.get(summary);
        List<Rollup<?, ?>> rollups = DailyRollups.rollups(quarter, summary);
        assertThat(o.checks()).extracting(c -> c.label() + " " + c.period())
                .containsAll(rollups.stream().flatMap(r -> DailyRollups.PERIODS.stream()
                        .map(p -> r.label() + " " + p.name())).toList());
        for (Check c : o.checks()) {
            assertThat(c.fromRows()).as("%s %s %s", c.period(), c.label(), c.segment()).isEqualTo(c.direct());
        }
        // Every channel and priority of the generated tickets has its own tallies, and its tickets are there.
        for (Period p : DailyRollups.PERIODS) {
            Map<Segment, Tally<?>> volume = o.checks().stream()
                    .filter(c -> c.label().equals("ticket.volume") && c.period().equals(p.name()))
                    .collect(Collectors.toMap(Check::segment, Check::fromRows));
            List<Ticket> created = quarter.tickets().stream().filter(t -> in(t, p)).toList();
            assertThat(volume.get(new Segment(DailyRollups.ALL, DailyRollups.ALL))).isEqualTo(Count.of(created.size()));
            for (Channel ch : HelpDeskDataset.CHANNELS) {
                long n = created.stream().filter(t -> t.channel().orElseThrow().equals(ch)).count();
                assertThat(volume.get(new Segment("channel", ch.toString()))).isEqualTo(Count.of(n));
            }
            for (Priority pr : Priority.values()) {
                long n = created.stream().filter(t -> t.priority().orElseThrow() == pr).count();
                assertThat(volume.get(new Segment("priority", pr.toString()))).isEqualTo(Count.of(n));
            }
        }
        assertThat(o.ok()).isTrue();
        assertThat(o.rows()).isPositive();
        assertThat(o.bytes()).isGreaterThan(o.rows());
    }

    private static boolean in(Ticket t, Period p) {
        LocalDate day = LocalDate.ofInstant(t.created(), DailyRollups.ZONE);
        return !day.isBefore(p.from()) && day.isBefore(p.to());
    }

    @Test
    void should_keep_sketches_in_sketch_mode_within_the_bound_of_the_exact_percentiles() {
        List<Check> durations = OUTCOMES.get(Summary.SKETCH).checks().stream()
                .filter(c -> c.fromRows() instanceof DurationStats).toList();
        assertThat(durations).isNotEmpty().allSatisfy(c -> {
            DurationStats sketch = (DurationStats) c.fromRows();
            assertThat(sketch.summary()).isEqualTo(Summary.SKETCH);
            assertThat(c.sketch()).isPresent();
            DurationStats exact = c.sketch().get().exact();
            assertThat(exact.summary()).isEqualTo(Summary.EXACT);
            assertThat(sketch.count()).isEqualTo(exact.count());
            for (double p : new double[] {0, 10, 50, 90, 99, 100}) {
                sketch.percentile(p).ifPresent(s -> {
                    long e = exact.percentile(p).orElseThrow().toNanos();
                    assertThat((double) Math.abs(s.toNanos() - e))
                            .isLessThanOrEqualTo(DurationStats.SKETCH_RELATIVE_ERROR * e + 1);
                });
            }
            assertThat(c.sketch().get().within()).isTrue();
        });
        // The exact mode keeps every duration; its rows hold more bytes than the sketches.
        assertThat(OUTCOMES.get(Summary.EXACT).checks()).filteredOn(c -> c.fromRows() instanceof DurationStats)
                .allSatisfy(c -> assertThat(((DurationStats) c.fromRows()).summary()).isEqualTo(Summary.EXACT));
    }

    @Test
    void should_store_each_day_once_and_replace_a_day_stored_again() throws SQLException {
        try (Connection db = DailyRollups.open(directory, Summary.EXACT)) {
            Rollup<Ticket, Count> volume = new Rollup<>("ticket.volume", TicketVolume.defaults(), quarter.tickets(),
                    List.of(TicketDimensions.CHANNEL, TicketDimensions.PRIORITY));
            String fingerprint = MetricIdentity.of(volume.metric()).fingerprint();
            assertThat(count(db, "SELECT COUNT(DISTINCT tally_day) FROM daily_tally WHERE metric_id = 'ticket.volume'"
                    + " AND dimension = '(all)'")).isEqualTo(90);
            long before = count(db, "SELECT COUNT(*) FROM daily_tally");
            int rewritten = DailyRollups.store(db, volume, LocalDate.of(2025, 2, 10), LocalDate.of(2025, 2, 17));
            assertThat(rewritten).isPositive();
            assertThat(count(db, "SELECT COUNT(*) FROM daily_tally")).isEqualTo(before);
            assertThat(count(db, "SELECT COUNT(*) FROM metric_definition WHERE fingerprint = '" + fingerprint + "'"))
                    .isEqualTo(1);
            // A day's segments add up to its stored total.
            Map<Segment, Count> day = DailyRollups.merge(volume.metric(),
                    DailyRollups.rows(db, volume.metric(), LocalDate.of(2025, 2, 12), LocalDate.of(2025, 2, 13)));
            long channels = day.entrySet().stream().filter(e -> e.getKey().dimension().equals("channel"))
                    .mapToLong(e -> e.getValue().value()).sum();
            assertThat(day.get(new Segment(DailyRollups.ALL, DailyRollups.ALL)).value()).isEqualTo(channels)
                    .isPositive();
        }
    }

    @Test
    void should_refuse_a_row_of_another_definition_naming_both(@TempDir Path other) throws SQLException {
        List<Dimension<? super Ticket, ?>> byChannel = List.of(TicketDimensions.CHANNEL);
        FirstContactResolution fcr = FirstContactResolution.defaults();
        FirstContactResolution twoReplies = FirstContactResolution.of(
                FcrDefinition.DEFAULT.withCriteria(new FcrCriteria(2, true, true, true)));
        String fp = MetricIdentity.of(fcr).fingerprint();
        String otherFp = MetricIdentity.of(twoReplies).fingerprint();
        assertThat(otherFp).isNotEqualTo(fp);
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2025, 2, 1);
        try (Connection db = DailyRollups.open(other, Summary.EXACT)) {
            DailyRollups.store(db, new Rollup<>("fcr", fcr, quarter.tickets(), byChannel), from, to);
            DailyRollups.store(db, new Rollup<>("fcr 2", twoReplies, quarter.tickets(), byChannel), from, to);

            // Both definitions live side by side; each month is built from its own rows.
            assertThat(DailyRollups.merge(fcr, DailyRollups.rows(db, fcr, from, to)))
                    .isEqualTo(withoutEmpty(DailyRollups.direct(new Rollup<>("fcr", fcr, quarter.tickets(), byChannel),
                            new Period("2025-01", from, to)), fcr))
                    .isNotEqualTo(DailyRollups.merge(twoReplies, DailyRollups.rows(db, twoReplies, from, to)));

            // A row of the other definition, read with the first metric.
            StoredRow foreign = DailyRollups.rows(db, twoReplies, from, to).get(0);
            assertThatThrownBy(() -> TallyFormat.standard().fromBytes(fcr, foreign.tally()))
                    .isInstanceOf(TallyFormatException.class).hasMessageContaining(fp).hasMessageContaining(otherFp);

            // The same bytes filed under the first definition's fingerprint: the month built from the rows fails.
            try (PreparedStatement insert = db.prepareStatement(DailyRollups.INSERT)) {
                insert.setObject(1, LocalDate.of(2025, 1, 31));
                insert.setString(2, "mislabelled");
                insert.setString(3, foreign.segment().segment());
                insert.setString(4, fcr.id());
                insert.setString(5, fp);
                insert.setString(6, "1.0");
                insert.setBytes(7, foreign.tally());
                insert.executeUpdate();
            }
            List<StoredRow> rows = DailyRollups.rows(db, fcr, from, to);
            assertThatThrownBy(() -> DailyRollups.merge(fcr, rows)).isInstanceOf(TallyFormatException.class)
                    .hasMessageContaining(fp).hasMessageContaining(otherFp);
        }
    }

    @Test
    void should_refuse_first_response_time_of_a_business_calendar_read_as_wall_clock() throws SQLException {
        List<Rollup<?, ?>> rollups = DailyRollups.rollups(quarter, Summary.EXACT);
        Metric<?, ?> office = rollups.stream().filter(r -> r.label().equals("frt (office hours)")).findFirst()
                .orElseThrow().metric();
        FirstResponseTime wallClock = FirstResponseTime.defaults();
        try (Connection db = DailyRollups.open(directory, Summary.EXACT)) {
            List<StoredRow> rows = DailyRollups.rows(db, office, DailyRollups.FIRST_DAY, DailyRollups.END);
            assertThat(rows).isNotEmpty();
            assertThatThrownBy(() -> TallyFormat.standard().fromBytes(wallClock, rows.get(0).tally()))
                    .isInstanceOf(TallyFormatException.class)
                    .hasMessageContaining(MetricIdentity.of(office).fingerprint())
                    .hasMessageContaining(MetricIdentity.of(wallClock).fingerprint());
        }
    }

    @ParameterizedTest
    @EnumSource(Summary.class)
    void should_merge_the_rows_in_any_order_and_grouping_to_the_same_tallies(Summary summary) throws SQLException {
        List<Rollup<?, ?>> rollups = DailyRollups.rollups(quarter, summary);
        try (Connection db = DailyRollups.open(directory, summary)) {
            for (Rollup<?, ?> r : rollups) {
                anyOrder(db, r);
            }
        }
    }

    private static <T, S extends Tally<S>> void anyOrder(Connection db, Rollup<T, S> rollup) throws SQLException {
        Metric<T, S> metric = rollup.metric();
        List<StoredRow> rows = DailyRollups.rows(db, metric, DailyRollups.FIRST_DAY, DailyRollups.END);
        Map<Segment, S> inOrder = DailyRollups.merge(metric, rows);
        assertThat(inOrder).isEqualTo(withoutEmpty(DailyRollups.direct(rollup,
                DailyRollups.PERIODS.get(DailyRollups.PERIODS.size() - 1)), metric));
        // Each row decoded once; the property is about the order and grouping of the merges.
        List<Map.Entry<Segment, S>> decoded = new ArrayList<>();
        for (StoredRow row : rows) {
            decoded.add(Map.entry(row.segment(), TallyFormat.standard().fromBytes(metric, row.tally())));
        }
        qt().withExamples(10).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            List<Map.Entry<Segment, S>> shuffled = new ArrayList<>(decoded);
            Collections.shuffle(shuffled, random);
            // Merge random runs of the shuffled rows, then the runs' results in reverse order.
            List<Map<Segment, S>> runs = new ArrayList<>();
            for (int i = 0; i < shuffled.size(); ) {
                int n = 1 + random.nextInt(Math.max(1, shuffled.size() / 4));
                Map<Segment, S> run = new LinkedHashMap<>();
                for (Map.Entry<Segment, S> e : shuffled.subList(i, Math.min(shuffled.size(), i + n))) {
                    run.merge(e.getKey(), e.getValue(), (a, b) -> a.plus(b));
                }
                runs.add(run);
                i += n;
            }
            Collections.reverse(runs);
            Map<Segment, S> merged = new LinkedHashMap<>();
            for (Map<Segment, S> run : runs) {
                run.forEach((k, v) -> merged.merge(k, v, (a, b) -> a.plus(b)));
            }
            assertThat(merged).as("%s, seed %d", rollup.label(), seed).isEqualTo(inOrder);
        });
    }

    /** The direct pass without the segments that hold the empty tally, which have no rows. */
    private static <S extends Tally<S>> Map<Segment, S> withoutEmpty(Map<Segment, S> direct, Metric<?, S> metric) {
        Map<Segment, S> out = new LinkedHashMap<>(direct);
        out.values().removeIf(s -> s.equals(metric.empty()));
        return out;
    }

    @Test
    void should_print_the_row_sizes_and_every_check_of_both_modes() {
        String report = DailyRollups.render(DailyRollups.SEED, quarter, List.copyOf(OUTCOMES.values()));
        assertThat(report).contains("EXACT durations: jdbc:h2:file:", "SKETCH durations: jdbc:h2:file:", "H2 2.5.252",
                "stored " + OUTCOMES.get(Summary.EXACT).rows() + " rows, " + OUTCOMES.get(Summary.EXACT).bytes(),
                "stored " + OUTCOMES.get(Summary.SKETCH).rows() + " rows, " + OUTCOMES.get(Summary.SKETCH).bytes(),
                "OK: all " + OUTCOMES.values().stream().mapToInt(o -> o.checks().size()).sum() + " tallies");
        assertThat(report).doesNotContain("NaN").doesNotContain("FAILED").doesNotContain(" NO");
        Set<String> labels = OUTCOMES.get(Summary.EXACT).sizes().stream().map(DailyRollups.Size::label)
                .collect(Collectors.toSet());
        assertThat(labels).contains("ticket.volume", "frt", "resolution.time", "fcr.rate", "reopen.rate",
                "sla.compliance", "csat");
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
