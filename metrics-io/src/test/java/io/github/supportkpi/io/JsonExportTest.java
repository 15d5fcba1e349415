package io.github.supportkpi.io;

import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.DataQuality;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.io.FieldMapping.DurationFormat;
import io.github.supportkpi.io.Mapping.SourceFormat;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/** JSON and JSON Lines exports: records as rows of dotted columns, and what is refused. */
class JsonExportTest {
    static Mapping mapping(SourceFormat format, String array) {
        return Mapping.builder(RecordKind.TICKETS).format(format, array).zone(ZoneOffset.UTC)
                .field("id", "id")
                .field("created", "created_at")
                .field("channel", "via.channel")
                .field("escalated", "flags.escalated")
                .field("firstResponse", FieldMapping.builder("metrics.reply.calendar").after("created",
                        DurationFormat.MINUTES).build())
                .attribute("tags", FieldMapping.column("tags"))
                .attribute("followers", FieldMapping.column("followers"))
                .build();
    }

    private static Records.Collected read(Mapping m, String json, ExportReader.Result[] result) throws IOException {
        Records.Collected out = Records.collect();
        result[0] = ExportReader.of(m).read(new StringReader(json), "t.json", out);
        return out;
    }

    @Test
    void should_read_nested_objects_as_dotted_columns_and_arrays_of_scalars_as_joined_text() throws IOException {
        // GIVEN a document that is an array of two records, the first with nested objects, a tag list, a
        // list of objects and a null, the second without the nested members
        String json = "\uFEFF[\n"
                + "{\"id\": 1, \"created_at\": \"2024-01-02T03:04:05Z\", \"via\": {\"channel\": \"email\","
                + " \"source\": {\"rel\": null}}, \"flags\": {\"escalated\": true}, \"metrics\": {\"reply\":"
                + " {\"calendar\": 1.5}}, \"tags\": [\"vip\", \"billing\", null], \"followers\": [{\"id\": 7}],"
                + " \"subject\": null},\n"
                + "{\"id\": \"T-2\", \"created_at\": \"2024-01-03T00:00:00Z\", \"tags\": [], \"extra\": [1, 2]}\n"
                + "]";
        ExportReader.Result[] result = new ExportReader.Result[1];
        Records.Collected out = read(mapping(SourceFormat.JSON, null), json, result);

        // THEN both are kept; 1.5 min after 03:04:05 is 03:05:35; the tags are joined, nulls left out
        assertThat(out.tickets()).extracting(Ticket::id).containsExactly("1", "T-2");
        Ticket a = out.tickets().get(0);
        assertThat(a.channel()).contains(Channel.EMAIL);
        assertThat(a.escalated()).isTrue();
        assertThat(a.firstResponse()).contains(Instant.parse("2024-01-02T03:05:35Z"));
        assertThat(a.attributes()).containsExactly(entry("tags", "vip,billing"));
        // an empty array is no value; the missing members are no value
        Ticket b = out.tickets().get(1);
        assertThat(b.attributes()).isEmpty();
        assertThat(b.channel()).isEmpty();
        // the list of objects is no column, so the attribute is never read; columns no field reads
        assertThat(result[0].unread()).containsExactly("attribute followers");
        assertThat(result[0].unmapped()).containsExactly("via.source.rel", "subject", "extra");
        assertThat(result[0].columns()).containsEntry("channel", "via.channel");
    }

    @Test
    void should_find_the_records_in_a_member_and_skip_the_others() throws IOException {
        String json = "{\"count\": 2, \"meta\": {\"a\": [1, {\"b\": 2}]}, \"tickets\": ["
                + "{\"id\": 1, \"created_at\": \"2024-01-02T03:04:05Z\"}, 42,"
                + "{\"id\": 3, \"created_at\": \"2024-01-02T03:04:05Z\"}], \"next_page\": null}";
        ExportReader.Result[] result = new ExportReader.Result[1];
        Records.Collected out = read(mapping(SourceFormat.JSON, "tickets"), json, result);
        // the second record is a number: refused, located as record 2
        assertThat(out.tickets()).extracting(Ticket::id).containsExactly("1", "3");
        DataQuality q = result[0].quality();
        assertThat(q.rows()).isEqualTo(3);
        assertThat(q.rejectedByReason()).containsOnly(entry("record must be a JSON object", 1L));
        assertThatThrownBy(() -> read(mapping(SourceFormat.JSON, "records"), json, result))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("JSON must have the member records holding the records: t.json");
        assertThatThrownBy(() -> read(mapping(SourceFormat.JSON, null), json, result))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("JSON must be an array of records");
    }

    @Test
    void should_read_json_lines_refusing_a_line_that_is_not_one_object() throws IOException {
        String jsonl = "{\"id\": 1, \"created_at\": \"2024-01-02T03:04:05Z\"}\r\n"
                + "\n"
                + "{\"id\": 2, \"created_at\": \"2024-01-0\r\n"
                + "{\"id\": 3, \"created_at\": \"2024-01-02T03:04:05Z\"} {\"id\": 4}\n"
                + "{\"created_at\": \"2024-01-02T03:04:05Z\"}\n"
                + "{\"id\": 5, \"created_at\": \"2024-01-02T03:04:05Z\"}";
        ExportReader.Result[] result = new ExportReader.Result[1];
        Records.Collected out = read(mapping(SourceFormat.JSONL, null), jsonl, result);
        // the blank line is not counted: records 2 (cut short) and 3 (two objects) are not JSON objects, 4 has no id
        assertThat(out.tickets()).extracting(Ticket::id).containsExactly("1", "5");
        DataQuality q = result[0].quality();
        assertThat(q.rows()).isEqualTo(5);
        assertThat(q.rejectedByReason()).containsOnly(entry("record must be one JSON object a line", 2L),
                entry("id must have a value", 1L));
        assertThat(q.examples(new DataQuality.Reason(DataQuality.Kind.REJECTED, "id", "must have a value")))
                .containsExactly("t.json record 4: id must have a value: \"\"");
        // strict: the first bad record ends the read, naming it
        assertThatThrownBy(() -> ExportReader.of(mapping(SourceFormat.JSONL, null)).strict()
                .read(new StringReader(jsonl), "t.json", Records.collect()))
                .isInstanceOf(RowException.class).hasMessageStartingWith("t.json record 2");
    }

    @Test
    void should_end_the_read_of_a_document_that_is_not_well_formed_naming_where() {
        String json = "[{\"id\": 1, \"created_at\": \"2024-01-02T03:04:05Z\"},\n{\"id\": 2,, }]";
        assertThatThrownBy(() -> read(mapping(SourceFormat.JSON, null), json, new ExportReader.Result[1]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("JSON must be well-formed: ").hasMessageContaining("at line 2, column");
        assertThatThrownBy(() -> read(mapping(SourceFormat.JSON, null), "[{\"id\": 1, \"created_at\": \"x\"}",
                new ExportReader.Result[1])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_write_and_read_back_the_format_and_the_vendor_values_of_a_mapping() throws IOException {
        Mapping m = Mapping.builder(RecordKind.TICKETS).format(SourceFormat.JSON, "tickets")
                .field("id", "id").field("created", "created_at")
                .vendor("resolution", new VendorValue("m.full.calendar", DurationFormat.MINUTES,
                        Map.of("business minutes", "m.full.business")))
                .build();
        assertThat(Mapping.read(new StringReader(m.toJson()))).isEqualTo(m);
        Mapping skewed = m.withSkew(Duration.ofSeconds(5));
        assertThat(skewed.format()).isEqualTo(SourceFormat.JSON);
        assertThat(skewed.array()).contains("tickets");
        assertThat(skewed.vendor()).isEqualTo(m.vendor());
        Mapping lines = Mapping.builder(RecordKind.TICKETS).format(SourceFormat.JSONL)
                .field("id", "id").field("created", "created_at").build();
        assertThat(Mapping.read(new StringReader(lines.toJson()))).isEqualTo(lines);
        assertThat(Mapping.bundled("zendesk-tickets").array()).contains("tickets");
        assertThatThrownBy(() -> Mapping.builder(RecordKind.TICKETS).format(SourceFormat.CSV, "tickets")
                .field("id", "id").field("created", "created_at").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("format.array is for a JSON document only: format csv, array tickets");
        assertThatThrownBy(() -> Mapping.read(new StringReader("{\"records\": \"tickets\", \"format\": \"xml\","
                + " \"fields\": {\"id\": \"a\", \"created\": \"b\"}}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("format must be csv, json or jsonl: \"xml\"");
        assertThatThrownBy(() -> Mapping.read(new StringReader("{\"records\": \"tickets\", \"fields\": {\"id\": \"a\","
                + " \"created\": \"b\"}, \"vendor\": {\"closed\": {\"column\": \"c\", \"duration\": \"minutes\"}}}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("vendor must name firstResponse or resolution of tickets: tickets, \"closed\"");
    }
}
