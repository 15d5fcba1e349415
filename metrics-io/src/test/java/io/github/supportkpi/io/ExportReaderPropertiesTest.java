package io.github.supportkpi.io;

import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.DataQuality;
import io.github.supportkpi.domain.Fields;
import io.github.supportkpi.domain.Priority;
import io.github.supportkpi.domain.Status;
import io.github.supportkpi.domain.StatusNames;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.io.FieldMapping.DurationFormat;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
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
 * The reader over generated exports: rows written from known tickets, some spoiled (a day-first date, an
 * unknown status, a response an hour before creation, a missing cell), read back. Every good row gives its
 * ticket exactly, every spoiled one is counted once, and line ends, a byte-order mark and splitting the
 * export into parts change nothing.
 */
class ExportReaderPropertiesTest {
    private static final int EXAMPLES = 200;
    private static final DateTimeFormatter YEAR_FIRST = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final List<String> STATUSES = List.of("New", "Open", "In Progress", "Escalated", "Pending", "Solved",
            "Closed");
    private static final List<String> CHANNELS = List.of("E-mail", "Live Chat", "phone", "Social media", "WhatsApp");
    private static final List<String> NOTES = List.of("plain", "a, comma", "a \"quote\"", "two\nlines", "", " padded ");
    private static final StatusNames NAMES = StatusNames.standard().with("Escalated", Status.OPEN);
    private static final String[] HEADER = {"id", "created", "status", "priority", "channel", "first_h", "resolution",
        "note"};

    static final Mapping MAPPING = Mapping.builder(RecordKind.TICKETS).zone(ZoneOffset.UTC).skew(Duration.ofSeconds(2))
            .field("id", "id")
            .field("created", FieldMapping.builder("created").pattern("yyyy-MM-dd HH:mm:ss").build())
            .field("status", FieldMapping.builder("status").value("Escalated", "OPEN").build())
            .field("priority", "priority")
            .field("channel", "channel")
            .field("firstResponse", FieldMapping.builder("first_h").after("created", DurationFormat.HOURS).build())
            .field("resolved", FieldMapping.builder("resolution").after("created", DurationFormat.HMS).build())
            .attribute("note", FieldMapping.column("note"))
            .build();

    /** A generated row: its cells, and the ticket it must give, or null when it was spoiled. */
    record Row(List<String> cells, Ticket expected) {}

    static List<Row> rows(long seed, int n) {
        Random random = new Random(seed);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = "T-" + i;
            Instant created = Instant.parse("2015-01-01T00:00:00Z").plusSeconds(random.nextInt(10 * 365 * 86_400));
            String statusName = STATUSES.get(random.nextInt(STATUSES.size()));
            Status status = NAMES.kindOf(statusName);
            Priority priority = Priority.values()[random.nextInt(Priority.values().length)];
            String channel = CHANNELS.get(random.nextInt(CHANNELS.size()));
            long firstMillis = random.nextInt(10) == 0 ? -random.nextInt(2000) : random.nextInt(20 * 3_600_000);
            long resolutionSeconds = random.nextInt(200 * 3600);
            String note = NOTES.get(random.nextInt(NOTES.size()));
            String createdText = YEAR_FIRST.format(created);
            String first = new BigDecimal(firstMillis).divide(new BigDecimal(3_600_000), MathContext.DECIMAL64).toPlainString();
            String resolution = status.isResolved() ? String.format(Locale.ROOT, "%d:%02d:%02d",
                    resolutionSeconds / 3600, resolutionSeconds / 60 % 60, resolutionSeconds % 60) : "";
            boolean spoiled = true;
            switch (random.nextInt(12)) {
                case 0:
                    createdText = DAY_FIRST.format(created);
                    break;
                case 1:
                    statusName = "Frozen";
                    break;
                case 2:
                    first = "-1";
                    break;
                default:
                    spoiled = false;
            }
            List<String> cells = new ArrayList<>(List.of(id, createdText, statusName, priority.name().toLowerCase(Locale.ROOT),
                    channel, first, resolution, note));
            if (!spoiled && random.nextInt(15) == 0) {
                cells.remove(cells.size() - 1);
                spoiled = true;
            }
            Ticket expected = null;
            if (!spoiled) {
                Instant reply = plusHours(created, first);
                Ticket.Builder b = Ticket.builder(id, created).status(statusName, NAMES).priority(priority)
                        .channel(Channel.of(channel)).firstResponse(reply.isBefore(created) ? created : reply);
                if (status.isResolved()) {
                    b.resolved(created.plusSeconds(resolutionSeconds));
                }
                if (!note.isBlank()) {
                    b.attribute("note", note.strip());
                }
                expected = b.build();
            }
            rows.add(new Row(cells, expected));
        }
        return rows;
    }

    /** Hours written as a decimal, added as the reader adds them (rounded half up to the nanosecond). */
    static Instant plusHours(Instant at, String hours) {
        return at.plus(Fields.signedDuration("h", hours, ChronoUnit.HOURS));
    }

    /** The rows as CSV, written here: every cell quoted, quotes doubled (RFC 4180). */
    static String csv(List<Row> rows, int from, int to, String lineEnd) {
        StringBuilder out = new StringBuilder();
        line(out, List.of(HEADER), lineEnd);
        for (Row r : rows.subList(from, to)) {
            line(out, r.cells(), lineEnd);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, String lineEnd) {
        for (int i = 0; i < cells.size(); i++) {
            out.append(i == 0 ? "" : ",").append('"').append(cells.get(i).replace("\"", "\"\"")).append('"');
        }
        out.append(lineEnd);
    }

    static Records.Collected read(String text, List<DataQuality> quality) {
        Records.Collected out = Records.collect();
        try {
            quality.add(ExportReader.of(MAPPING).read(new StringReader(text), "gen.csv", out).quality());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Test
    void every_good_row_gives_its_ticket_and_every_spoiled_one_is_counted_once() {
        qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(0, 60)).checkAssert((seed, n) -> {
            List<Row> rows = rows(seed, n);
            List<DataQuality> q = new ArrayList<>();
            Records.Collected out = read(csv(rows, 0, n, "\r\n"), q);

            List<Ticket> expected = rows.stream().map(Row::expected).filter(t -> t != null).toList();
            assertThat(out.tickets()).isEqualTo(expected);
            assertThat(q.get(0).rows()).isEqualTo((long) n);
            assertThat(q.get(0).kept()).isEqualTo((long) expected.size());
            assertThat(q.get(0).rejected()).isEqualTo((long) (n - expected.size()));
        });
    }

    @Test
    void line_ends_and_a_byte_order_mark_change_nothing() {
        qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(0, 40)).checkAssert((seed, n) -> {
            List<Row> rows = rows(seed, n);
            List<DataQuality> q = new ArrayList<>();
            List<Ticket> lf = read(csv(rows, 0, n, "\n"), q).tickets();

            assertThat(read(csv(rows, 0, n, "\r"), q).tickets()).isEqualTo(lf);
            assertThat(read("\uFEFF" + csv(rows, 0, n, "\r\n"), q).tickets()).isEqualTo(lf);
            assertThat(q).allSatisfy(x -> assertThat(x).isEqualTo(q.get(0)));
        });
    }

    @Test
    void the_parts_of_an_export_read_as_the_whole() {
        qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(0, 40), integers().between(0, 40))
                .checkAssert((seed, n, cut) -> {
                    List<Row> rows = rows(seed, n);
                    int k = Math.min(cut, n);
                    List<DataQuality> whole = new ArrayList<>();
                    List<DataQuality> parts = new ArrayList<>();
                    List<Ticket> all = read(csv(rows, 0, n, "\n"), whole).tickets();
                    List<Ticket> joined = new ArrayList<>(read(csv(rows, 0, k, "\n"), parts).tickets());
                    joined.addAll(read(csv(rows, k, n, "\n"), parts).tickets());

                    assertThat(joined).isEqualTo(all);
                    DataQuality merged = parts.get(0).plus(parts.get(1));
                    assertThat(merged.counts()).isEqualTo(whole.get(0).counts());
                    assertThat(merged.kept()).isEqualTo(whole.get(0).kept());
                });
    }
}
