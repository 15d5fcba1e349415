package io.github.supportkpi.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.supportkpi.domain.DataQuality;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.io.FieldMapping.DurationFormat;
import io.github.supportkpi.io.Mapping.SourceFormat;
import io.github.supportkpi.io.Reconciliation.Outcome;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * JSON exports over generated records (those of {@link ExportReaderPropertiesTest}, some spoiled): the same
 * records written as CSV with dotted column names and as nested JSON read to equal tickets, JSON Lines and a
 * JSON array read alike, and a reconciliation accounts for every ticket read.
 */
class JsonExportPropertiesTest {
    private static final int EXAMPLES = 150;
    private static final JsonFactory JSON = JsonFactory.builder().build();
    /** The columns of {@link ExportReaderPropertiesTest}'s rows, under dotted names. */
    private static final List<String> COLUMNS = List.of("id", "created", "status.name", "priority", "via.channel",
            "metrics.first_h", "metrics.resolution", "note");

    static Mapping mapping(SourceFormat format) {
        return Mapping.builder(RecordKind.TICKETS).format(format).zone(ZoneOffset.UTC).skew(Duration.ofSeconds(2))
                .field("id", "id")
                .field("created", FieldMapping.builder("created").pattern("yyyy-MM-dd HH:mm:ss").build())
                .field("status", FieldMapping.builder("status.name").value("Escalated", "OPEN").build())
                .field("priority", "priority")
                .field("channel", "via.channel")
                .field("firstResponse", FieldMapping.builder("metrics.first_h").after("created", DurationFormat.HOURS)
                        .build())
                .field("resolved", FieldMapping.builder("metrics.resolution").after("created", DurationFormat.HMS)
                        .build())
                .attribute("note", FieldMapping.column("note"))
                .vendor("firstResponse", new VendorValue("vendor.frt", DurationFormat.MINUTES,
                        Map.of("business minutes", "vendor.frt_business")))
                .build();
    }

    /** The generated rows with all their cells (a row short of a cell is a CSV matter only). */
    static List<ExportReaderPropertiesTest.Row> rows(long seed, int n) {
        return ExportReaderPropertiesTest.rows(seed, n).stream().filter(r -> r.cells().size() == COLUMNS.size())
                .toList();
    }

    static String csv(List<ExportReaderPropertiesTest.Row> rows) {
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append("\n");
        for (ExportReaderPropertiesTest.Row r : rows) {
            List<String> quoted = r.cells().stream().map(c -> '"' + c.replace("\"", "\"\"") + '"').toList();
            out.append(String.join(",", quoted)).append("\n");
        }
        return out.toString();
    }

    /**
     * The rows as JSON objects, nested by the dots of the column names: the hours to the first response as a
     * JSON number, an empty cell as null; with vendor values drawn from {@code random} when it is given.
     */
    static String json(List<ExportReaderPropertiesTest.Row> rows, boolean lines, Random random) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w)) {
            if (!lines) {
                g.writeStartArray();
            }
            for (ExportReaderPropertiesTest.Row r : rows) {
                List<String> c = r.cells();
                g.writeStartObject();
                g.writeStringField("id", c.get(0));
                g.writeStringField("created", c.get(1));
                g.writeObjectFieldStart("status");
                g.writeStringField("name", c.get(2));
                g.writeEndObject();
                g.writeStringField("priority", c.get(3));
                g.writeObjectFieldStart("via");
                g.writeStringField("channel", c.get(4));
                g.writeEndObject();
                g.writeObjectFieldStart("metrics");
                g.writeFieldName("first_h");
                g.writeNumber(c.get(5));
                g.writeFieldName("resolution");
                if (c.get(6).isEmpty()) {
                    g.writeNull();
                } else {
                    g.writeString(c.get(6));
                }
                g.writeEndObject();
                g.writeStringField("note", c.get(7));
                if (random != null) {
                    g.writeObjectFieldStart("vendor");
                    vendorValue(g, "frt", random);
                    vendorValue(g, "frt_business", random);
                    g.writeEndObject();
                }
                g.writeEndObject();
                if (lines) {
                    g.writeRaw('\n');
                }
            }
            if (!lines) {
                g.writeEndArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    private static void vendorValue(JsonGenerator g, String name, Random random) throws IOException {
        g.writeFieldName(name);
        switch (random.nextInt(6)) {
            case 0 -> g.writeNull();
            case 1 -> g.writeString("soon");
            default -> g.writeNumber(random.nextInt(20 * 60));
        }
    }

    static Records.Collected read(SourceFormat format, String text, List<DataQuality> quality) {
        Records.Collected out = Records.collect();
        try {
            quality.add(ExportReader.of(mapping(format)).read(new StringReader(text), "gen", out).quality());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Test
    void records_written_as_csv_and_as_nested_json_read_to_equal_tickets() {
        qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(0, 40)).checkAssert((seed, n) -> {
            List<ExportReaderPropertiesTest.Row> rows = rows(seed, n);
            List<DataQuality> q = new ArrayList<>();
            List<Ticket> fromCsv = read(SourceFormat.CSV, csv(rows), q).tickets();
            List<Ticket> fromJson = read(SourceFormat.JSON, json(rows, false, null), q).tickets();

            List<Ticket> expected = rows.stream().map(ExportReaderPropertiesTest.Row::expected)
                    .filter(t -> t != null).toList();
            assertThat(fromCsv).isEqualTo(expected);
            assertThat(fromJson).isEqualTo(expected);
            assertThat(q.get(1).counts()).isEqualTo(q.get(0).counts());
            assertThat(q.get(1).rows()).isEqualTo((long) rows.size());
        });
    }

    @Test
    void json_lines_and_a_json_array_read_alike() {
        qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(0, 40)).checkAssert((seed, n) -> {
            List<ExportReaderPropertiesTest.Row> rows = rows(seed, n);
            List<DataQuality> q = new ArrayList<>();
            List<Ticket> array = read(SourceFormat.JSON, json(rows, false, new Random(seed)), q).tickets();
            List<Ticket> lines = read(SourceFormat.JSONL, json(rows, true, new Random(seed)), q).tickets();

            assertThat(lines).isEqualTo(array);
            assertThat(q.get(1)).isEqualTo(q.get(0));
        });
    }

    @Test
    void a_reconciliation_accounts_for_every_ticket_read_once_and_a_wider_tolerance_never_finds_fewer_equal() {
        qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(0, 40), integers().between(0, 4))
                .checkAssert((seed, n, examples) -> {
                    List<ExportReaderPropertiesTest.Row> rows = rows(seed, n);
                    String text = json(rows, true, new Random(seed));
                    Reconciliation rec = Reconciliation.of(ExportReader.of(mapping(SourceFormat.JSONL)))
                            .withExamples(examples);
                    List<Reconciliation.Pair> pairs = new ArrayList<>();
                    Reconciliation.Report wide = read(rec.withTolerance(Duration.ofMinutes(30)), text, pairs);
                    Reconciliation.Report report = read(rec, text, new ArrayList<>());
                    Reconciliation.Report exact = read(rec.withTolerance(Duration.ZERO), text, new ArrayList<>());

                    long kept = report.read().quality().kept();
                    for (Reconciliation.Report r : List.of(wide, report, exact)) {
                        Reconciliation.Measure m = r.measures().get("firstResponse");
                        assertThat(m.tickets()).isEqualTo(kept);
                        assertThat(m.outcomes().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(kept);
                        assertThat(m.rules().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(kept);
                        for (Outcome o : Outcome.values()) {
                            assertThat(m.examples().get(o)).hasSizeLessThanOrEqualTo(examples)
                                    .hasSize((int) Math.min(examples, m.count(o)))
                                    .allSatisfy(p -> assertThat(p.outcome()).isEqualTo(o));
                        }
                    }
                    assertThat(pairs).hasSize((int) kept);
                    long equalWide = wide.measures().get("firstResponse").count(Outcome.EQUAL);
                    long equal = report.measures().get("firstResponse").count(Outcome.EQUAL);
                    long equalExact = exact.measures().get("firstResponse").count(Outcome.EQUAL);
                    assertThat(equalExact).isLessThanOrEqualTo(equal);
                    assertThat(equal).isLessThanOrEqualTo(equalWide);
                    // the tolerance moves pairs between equal and different only
                    assertThat(exact.measures().get("firstResponse").count(Outcome.ONLY_OURS))
                            .isEqualTo(wide.measures().get("firstResponse").count(Outcome.ONLY_OURS));
                });
    }

    private static Reconciliation.Report read(Reconciliation rec, String text, List<Reconciliation.Pair> pairs) {
        try {
            return rec.read(new StringReader(text), "gen", pairs::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
