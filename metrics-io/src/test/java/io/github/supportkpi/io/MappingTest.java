package io.github.supportkpi.io;

import io.github.supportkpi.domain.Scale;
import io.github.supportkpi.domain.SurveyKind;
import io.github.supportkpi.io.FieldMapping.DurationFormat;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Mappings: the JSON file and the builder agree, and a mapping that cannot be read is refused when made. */
class MappingTest {

    @Test
    void should_read_the_same_mapping_from_json_as_from_the_builder() throws IOException {
        Mapping json = ExportReaderTest.mapping("tickets-mapping.json");
        Mapping built = Mapping.builder(RecordKind.TICKETS).zone(ZoneId.of("Europe/Berlin")).none("N/A")
                .none("Not Provided").skew(Duration.ofSeconds(2))
                .field("id", "Ticket ID")
                .field("created", FieldMapping.builder("Created").or("Created At").pattern("yyyy-MM-dd HH:mm:ss").build())
                .field("status", FieldMapping.builder("Status").value("Escalated", "OPEN")
                        .value("Waiting on vendor", "ON_HOLD").build())
                .field("priority", FieldMapping.builder("Priority").value("P1", "urgent").value("P2", "high").build())
                .field("channel", FieldMapping.builder("Channel").value("Twitter", "social").build())
                .field("assignee", "Agent")
                .field("firstResponse", FieldMapping.builder("First Response (h)").after("created", DurationFormat.HOURS)
                        .build())
                .field("resolved", FieldMapping.builder("Resolution Time").or("Time to Resolution")
                        .after("created", DurationFormat.HMS).build())
                .field("escalated", FieldMapping.builder("Escalated?").yes("Y").no("N").build())
                .field("csat", "CSAT")
                .attribute("type", FieldMapping.column("Ticket Type"))
                .attribute("region", FieldMapping.column("Region"))
                .build();

        assertThat(json).isEqualTo(built).hasSameHashCodeAs(built);
        assertThat(Mapping.read(new StringReader(json.toJson()))).isEqualTo(json);
    }

    @Test
    void should_write_back_every_part_of_a_mapping() throws IOException {
        Mapping m = Mapping.builder(RecordKind.INTERACTIONS).delimiter(';').scale(Scale.ZERO_TO_TEN)
                .field("at", FieldMapping.builder("date").timeColumn("time").pattern("yyMMdd H:mm:ss").pattern("yyMMdd H:mm")
                        .baseYear(1950).zone(ZoneId.of("Asia/Jerusalem")).build())
                .field("queueWait", FieldMapping.builder("wait").duration(DurationFormat.SECONDS).none("-").build())
                .field("abandoned", FieldMapping.builder("outcome").yes("HANG").no("AGENT").build())
                .build();

        assertThat(Mapping.read(new StringReader(m.toJson()))).isEqualTo(m);
    }

    @Test
    void should_write_back_the_other_names_of_a_column_given_as_a_bare_list() throws IOException {
        // a field that is only a list of column names must stay a list, not shrink to its first name
        Mapping m = json("{\"records\":\"tickets\",\"fields\":{\"id\":[\"Ticket ID\",\"Ticket Id\"],"
                + "\"created\":\"Created\"},\"attributes\":{\"tags\":[\"Tags\",\"Labels\"]}}");

        Mapping back = Mapping.read(new StringReader(m.toJson()));
        assertThat(back).isEqualTo(m);
        assertThat(back.fields().get("id").columns()).containsExactly("Ticket ID", "Ticket Id");
        assertThat(back.attributes().get("tags").columns()).containsExactly("Tags", "Labels");
    }

    @Test
    void should_refuse_what_it_cannot_read_naming_the_path() {
        assertThatThrownBy(() -> json("{\"records\":\"tickets\",\"fields\":{\"id\":\"a\",\"created\":\"b\"},\"zones\":\"UTC\"}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("zones is not a member of a mapping (known: answersInvited, attributes, delimiter, fields,"
                        + " format, invited, none, records, scale, skew, skipped, survey, vendor, zone)");
        assertThatThrownBy(() -> json("{\"records\":\"tickets\",\"fields\":{\"id\":\"a\",\"created\":{\"column\":\"b\","
                + "\"patern\":\"x\"}}}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("fields.created.patern is not a member of a mapping");
        assertThatThrownBy(() -> json("{\"records\":\"tickets\",\"fields\":{\"id\":\"a\",\"created\":\"b\",\"sla\":\"c\"}}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("field must be one of the fields of tickets (id, created, customerId,")
                .hasMessageEndingWith("): \"sla\"");
        assertThatThrownBy(() -> json("{\"records\":\"calls\",\"fields\":{}}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("records must be tickets, interactions, surveys, customers or aggregates: \"calls\"");
        assertThatThrownBy(() -> json("{\"records\":\"tickets\",\"fields\":{\"id\":\"a\",\"created\":\"b\"},"
                + "\"zone\":\"Mars/Olympus\"}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("zone must be a zone id such as Europe/Berlin: \"Mars/Olympus\"");
        assertThatThrownBy(() -> json("{\"records\":\"tickets\",\"fields\":{\"id\":\"a\",\"created\":{\"column\":\"b\","
                + "\"duration\":\"weeks\"}}}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fields.created.duration must be one of iso, seconds, minutes, hours, hms: \"weeks\"");
        assertThatThrownBy(() -> json("{\"records\":\"tickets\",")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("mapping must be JSON");
    }

    @Test
    void should_refuse_a_mapping_whose_fields_do_not_fit_together() {
        Mapping.Builder b = Mapping.builder(RecordKind.INTERACTIONS).field("at", "when");
        assertThatThrownBy(() -> b.field("talk", "Talk").build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("field talk must state its duration format (iso, seconds, minutes, hours, hms): column Talk");
        assertThatThrownBy(() -> Mapping.builder(RecordKind.TICKETS).field("id", "a").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("fields must map created, required for tickets");
        assertThatThrownBy(() -> Mapping.builder(RecordKind.TICKETS).field("id", "a").field("created", "b")
                .field("resolved", FieldMapping.builder("r").after("closed", DurationFormat.HOURS).build()).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("after must name a mapped field: field resolved, after closed");
        assertThatThrownBy(() -> Mapping.builder(RecordKind.TICKETS).field("id", "a").field("created", "b")
                .field("resolved", FieldMapping.builder("r").after("closed", DurationFormat.HOURS).build())
                .field("closed", FieldMapping.builder("c").after("resolved", DurationFormat.HOURS).build()).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("after must not go round in a circle: [resolved, closed]");
        assertThatThrownBy(() -> Mapping.builder(RecordKind.TICKETS).field("id", "a").field("created", "b")
                .field("reopenCount", FieldMapping.builder("r").after("created", DurationFormat.HOURS).build()).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("field reopenCount is not an instant, so it cannot be a duration after another field: after created");
        assertThatThrownBy(() -> Mapping.builder(RecordKind.TICKETS).field("id", "a").field("id", "b"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("fields must map id once");
    }

    @Test
    void should_refuse_status_values_that_are_no_status_kind_when_a_reader_is_made() throws IOException {
        Mapping m = json("{\"records\":\"tickets\",\"fields\":{\"id\":\"a\",\"created\":\"b\","
                + "\"status\":{\"column\":\"s\",\"values\":{\"Escalated\":\"URGENT\"}}}}");

        assertThatThrownBy(() -> ExportReader.of(m)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fields.status.values must map onto a status kind (NEW, OPEN, PENDING, ON_HOLD, SOLVED,"
                        + " CLOSED): \"escalated\": \"URGENT\"");
    }

    @Test
    void should_copy_a_mapping_with_another_skew_tolerance() throws IOException {
        Mapping m = ExportReaderTest.mapping("tickets-mapping.json");
        Mapping wider = m.withSkew(Duration.ofSeconds(5));

        assertThat(wider.skew()).isEqualTo(Duration.ofSeconds(5));
        assertThat(wider.withSkew(m.skew())).isEqualTo(m);
        Mapping nps = Mapping.builder(RecordKind.SURVEYS).survey(SurveyKind.NPS).field("score", "Score")
                .field("at", "When").build();
        assertThat(nps.withSkew(Duration.ofSeconds(5)).withSkew(Duration.ZERO)).isEqualTo(nps);
        assertThatThrownBy(() -> m.withSkew(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("skew must not be negative: PT-1S");
    }

    private static Mapping json(String text) throws IOException {
        return Mapping.read(new StringReader(text));
    }
}
