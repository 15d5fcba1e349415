package io.github.supportkpi.domain;

import io.github.supportkpi.testing.TallyContract;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * Properties of lenient ingestion over generated call-log rows: dates in the expected pattern or day first,
 * transfer counts that are numbers, words or too large, service starts before or after the queue exit, each
 * row parsed either with {@link Fields} or with the JDK directly.
 */
class IngestionPropertiesTest {
    private static final String PATTERN = "yyyy-MM-dd HH:mm:ss";
    private static final DateTimeFormatter YEAR_FIRST = DateTimeFormatter.ofPattern(PATTERN, Locale.ROOT);
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss", Locale.ROOT);

    private record Row(String exit, String transfers, long startMillis, boolean named) {}

    private record Call(Instant exit, Instant start, int transfers) {}

    private static List<Row> rows(long seed, int size) {
        Random random = new Random(seed);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            LocalDateTime t = LocalDateTime.of(2000 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28),
                    random.nextInt(24), random.nextInt(60), random.nextInt(60));
            String exit = (random.nextInt(3) == 0 ? DAY_FIRST : YEAR_FIRST).format(t);
            String transfers;
            switch (random.nextInt(4)) {
                case 0:
                    transfers = "~" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
                    break;
                case 1:
                    transfers = Long.toString(10_000_000_000L + (random.nextLong() & 0xFFFFFFFFL));
                    break;
                default:
                    transfers = Integer.toString(10_000 + random.nextInt(80_000)); // above 50,000 overflows below
            }
            rows.add(new Row(exit, transfers, random.nextInt(8001) - 4000, random.nextBoolean()));
        }
        return rows;
    }

    private static Call call(Row r, ClockSkew skew, Ingestion<Call> in, String locator) {
        Instant exit = r.named ? Fields.instant("Queue_Exit", r.exit, PATTERN, ZoneOffset.UTC)
                : LocalDateTime.parse(r.exit, YEAR_FIRST).toInstant(ZoneOffset.UTC);
        int transfers = r.named ? Fields.integer("Transfers", r.transfers) : Integer.parseInt(r.transfers);
        Math.addExact(transfers, Integer.MAX_VALUE - 50_000);
        Instant start = skew.ordered("Service_Start", exit.plusMillis(r.startMillis), "Queue_Exit", exit)
                .flag(in, locator);
        return new Call(exit, start, transfers);
    }

    private static Ingestion<Call> ingest(List<Row> rows, int from, int to, ClockSkew skew, int examples) {
        Ingestion<Call> in = Ingestion.lenient(examples);
        for (int i = from; i < to; i++) {
            Row r = rows.get(i);
            String locator = "line " + (i + 2);
            in.add(locator, () -> call(r, skew, in, locator));
        }
        return in;
    }

    @Test
    void a_reason_never_contains_a_value_of_the_rows() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(longs().all(), integers().between(0, 40)).checkAssert((seed, n) -> {
            List<Row> rows = rows(seed, n);
            DataQuality q = ingest(rows, 0, n, ClockSkew.within(Duration.ofSeconds(2)), 3).report();
            for (DataQuality.Reason reason : q.counts().keySet()) {
                for (Row r : rows) {
                    assertThat(reason.toString()).doesNotContain(r.exit).doesNotContain(r.transfers);
                }
            }
            // a value appears nowhere in a reason, so a rule broken by many values is one reason
            assertThat(q.counts().size()).isLessThanOrEqualTo(8);
        });
    }

    @Test
    void kept_and_rejected_always_add_up_to_the_rows_seen() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(longs().all(), integers().between(0, 40)).checkAssert((seed, n) -> {
            Ingestion<Call> in = ingest(rows(seed, n), 0, n, ClockSkew.within(Duration.ofSeconds(1)), 2);
            DataQuality q = in.report();
            assertThat(q.rows()).isEqualTo((long) n);
            assertThat(q.kept() + q.rejected()).isEqualTo((long) n);
            assertThat(in.records()).hasSize((int) q.kept());
            assertThat(q.examples().values()).allSatisfy(l -> assertThat(l.size()).isLessThanOrEqualTo(2));
        });
    }

    @Test
    void a_streaming_ingestion_hands_on_the_records_a_lenient_one_keeps_and_reports_alike() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(longs().all(), integers().between(0, 40)).checkAssert((seed, n) -> {
            List<Row> rows = rows(seed, n);
            ClockSkew skew = ClockSkew.within(Duration.ofSeconds(1));
            Ingestion<Call> kept = ingest(rows, 0, n, skew, 2);
            List<Call> handed = new ArrayList<>();
            Ingestion<Call> streamed = Ingestion.streaming(2, handed::add);
            for (int i = 0; i < n; i++) {
                Row r = rows.get(i);
                String locator = "line " + (i + 2);
                streamed.add(locator, () -> call(r, skew, streamed, locator));
            }

            assertThat(handed).isEqualTo(kept.records());
            assertThat(streamed.report()).isEqualTo(kept.report());
        });
    }

    @Test
    void the_reports_of_the_parts_merge_into_the_report_of_the_whole() {
        qt().withExamples(TallyContract.EXAMPLES)
                .forAll(longs().all(), integers().between(0, 40), integers().between(0, 40), integers().between(0, 3))
                .checkAssert((seed, n, cut, examples) -> {
                    List<Row> rows = rows(seed, n);
                    int k = Math.min(cut, n);
                    ClockSkew skew = ClockSkew.within(Duration.ofMillis(1500));
                    DataQuality whole = ingest(rows, 0, n, skew, examples).report();
                    DataQuality first = ingest(rows, 0, k, skew, examples).report();
                    DataQuality second = ingest(rows, k, n, skew, examples).report();
                    // in row order, examples included
                    assertThat(first.plus(second)).isEqualTo(whole);
                    // in any order, the counts
                    assertThat(second.plus(first).counts()).isEqualTo(whole.counts());
                    assertThat(second.plus(first).kept()).isEqualTo(whole.kept());
                    assertThat(DataQuality.empty(examples).plus(whole)).isEqualTo(whole);
                    assertThat(whole.plus(DataQuality.empty(examples))).isEqualTo(whole);
                });
    }

    @Test
    void the_skew_tolerance_never_drops_a_record() {
        qt().withExamples(TallyContract.EXAMPLES)
                .forAll(longs().all(), integers().between(0, 40), integers().between(0, 5000), integers().between(0, 5000))
                .checkAssert((seed, n, a, b) -> {
                    List<Row> rows = rows(seed, n);
                    ClockSkew smaller = ClockSkew.within(Duration.ofMillis(Math.min(a, b)));
                    ClockSkew larger = ClockSkew.within(Duration.ofMillis(Math.max(a, b)));
                    Ingestion<Call> none = ingest(rows, 0, n, ClockSkew.NONE, 0);
                    Ingestion<Call> less = ingest(rows, 0, n, smaller, 0);
                    Ingestion<Call> more = ingest(rows, 0, n, larger, 0);
                    // every record kept without tolerance is kept, unchanged, with any tolerance
                    assertThat(less.records()).containsAll(none.records());
                    assertThat(more.records()).containsAll(less.records().stream()
                            .filter(c -> !c.start().equals(c.exit())).toList());
                    assertThat(more.report().kept()).isGreaterThanOrEqualTo(less.report().kept());
                    // the records it adds are exactly those counted as suspect, and none has a negative wait
                    assertThat(more.report().kept()).isEqualTo(none.report().kept() + more.report().suspect());
                    assertThat(more.report().rows()).isEqualTo((long) n);
                    assertThat(more.records()).allSatisfy(c -> assertThat(c.start()).isAfterOrEqualTo(c.exit()));
                });
    }
}
