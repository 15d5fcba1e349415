package io.github.supportkpi.spark;

import io.github.supportkpi.domain.Assignment;
import io.github.supportkpi.domain.ContactOutcome;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.InteractionKind;
import io.github.supportkpi.domain.Origin;
import io.github.supportkpi.domain.Scale;
import io.github.supportkpi.domain.SurveyKind;
import io.github.supportkpi.domain.SurveyResponse;
import io.github.supportkpi.domain.Ticket;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The column convention: records round-trip through their rows, other layouts read the same, bad rows are refused by rule. */
class ColumnsTest {
    private static final Instant T0 = Instant.parse("2024-03-04T09:00:00Z");

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 2024})
    void records_round_trip_through_their_standard_rows(long seed) {
        // GIVEN generated records of a seed; WHEN written as standard rows and read back, THEN they are equal
        Generated g = new Generated(seed);
        for (Ticket t : g.tickets(300)) {
            assertThat(TicketColumns.standard().record(TicketColumns.row(t))).as("seed %d", seed).isEqualTo(t);
        }
        for (Interaction i : g.interactions(300)) {
            assertThat(InteractionColumns.standard().record(InteractionColumns.row(i))).as("seed %d", seed).isEqualTo(i);
        }
        for (SurveyResponse r : g.surveys(300)) {
            assertThat(SurveyColumns.standard().record(SurveyColumns.row(r))).as("seed %d", seed).isEqualTo(r);
        }
    }

    @Test
    void a_survey_answers_attributes_round_trip_through_the_standard_row() {
        // GIVEN a CSAT answer of team billing in EMEA, and one with no attributes
        SurveyResponse team = SurveyResponse.builder(SurveyKind.CSAT, 4, Scale.ONE_TO_FIVE, T0).id("S-1")
                .attribute("team", "billing").attribute("region", "EMEA").build();
        SurveyResponse none = SurveyResponse.csat(2, T0);
        for (SurveyResponse r : List.of(team, none)) {
            // WHEN written as a standard row and read back
            SurveyResponse back = SurveyColumns.standard().record(SurveyColumns.row(r));
            // THEN equal, attributes in order
            assertThat(back).isEqualTo(r);
            assertThat(List.copyOf(back.attributes().keySet())).isEqualTo(List.copyOf(r.attributes().keySet()));
        }
    }

    @Test
    void a_calls_attributes_round_trip_through_the_standard_row_and_a_tickets_row() {
        // GIVEN a call of the sales queue in Spanish
        Interaction call = Interaction.builder(InteractionKind.CALL, T0).agentId("ben").queueWait(Duration.ofSeconds(20))
                .talk(Duration.ofMinutes(4)).attribute("queue", "sales").attribute("skill", "spanish").build();
        Ticket ticket = Ticket.builder("T-1", T0).interaction(call).build();
        // WHEN written as standard rows and read back
        Interaction back = InteractionColumns.standard().record(InteractionColumns.row(call));
        Ticket ticketBack = TicketColumns.standard().record(TicketColumns.row(ticket));
        // THEN equal, attributes in order
        assertThat(back).isEqualTo(call);
        assertThat(List.copyOf(back.attributes().keySet())).containsExactly("queue", "skill");
        assertThat(ticketBack).isEqualTo(ticket);
        assertThat(ticketBack.interactions().get(0).attribute("queue")).contains("sales");
    }

    @Test
    void a_calls_unknown_wait_outcome_and_routed_agent_round_trip_through_the_standard_row() {
        // GIVEN an abandoned call of unknown wait routed to ana, and an answered call resolved on the contact
        Interaction abandoned = Interaction.builder(InteractionKind.CALL, T0).abandoned(true).queueWaitUnknown()
                .routedToAgentId("ana").outcome(ContactOutcome.NOT_RESOLVED).build();
        Interaction resolved = Interaction.builder(InteractionKind.CALL, T0).agentId("ben")
                .queueWait(Duration.ofSeconds(20)).talk(Duration.ofMinutes(4)).outcome(ContactOutcome.RESOLVED).build();
        for (Interaction i : List.of(abandoned, resolved)) {
            // WHEN written as a standard row and read back
            Row row = InteractionColumns.row(i);
            // THEN it is equal, and the row holds null for the unknown wait and the names of the outcome
            assertThat(InteractionColumns.standard().record(row)).isEqualTo(i);
            assertThat(row.get(InteractionColumns.OUTCOME)).isEqualTo(i == resolved ? "resolved" : "not_resolved");
        }
        assertThat(InteractionColumns.row(abandoned).get(InteractionColumns.QUEUE_WAIT)).isNull();
        assertThat(InteractionColumns.row(abandoned).get(InteractionColumns.ROUTED)).isEqualTo("ana");
    }

    @Test
    void an_assignment_history_round_trips_through_the_standard_row() {
        // GIVEN a ticket routed to tier1, taken by ana, passed to ben, then unassigned
        Ticket t = Ticket.builder("T-1", T0)
                .assignment(Assignment.toGroup(T0, "tier1"))
                .assignment(Assignment.of(T0.plusSeconds(60), "ana", "tier1"))
                .assignment(Assignment.of(T0.plusSeconds(120), "ben", "tier2"))
                .assignment(Assignment.unassigned(T0.plusSeconds(180)))
                .build();
        // WHEN written as a standard row and read back, THEN it is equal, history and all
        Ticket read = TicketColumns.standard().record(TicketColumns.row(t));
        assertThat(read).isEqualTo(t);
        assertThat(read.assignments()).hasSize(4);
        assertThat(TicketColumns.standard().schema().fieldNames()).contains("assignments");
    }

    @Test
    void a_tickets_origin_round_trips_through_the_standard_row_and_is_read_by_name() {
        // GIVEN an outbound ticket created by an agent, and a ticket with no origin recorded
        Ticket outbound = Ticket.builder("OUT-1", T0).origin(Origin.AGENT)
                .interaction(Interaction.agentReply(T0, "ana")).build();
        Ticket unknown = Ticket.builder("T-1", T0).build();
        // WHEN written as standard rows and read back THEN they are equal, the origin by its lowercase name
        assertThat(TicketColumns.standard().record(TicketColumns.row(outbound))).isEqualTo(outbound);
        assertThat(TicketColumns.standard().record(TicketColumns.row(unknown))).isEqualTo(unknown);
        StructType schema = new StructType()
                .add("ticket_id", DataTypes.StringType).add("created", DataTypes.TimestampType)
                .add("origin", DataTypes.StringType);
        TicketColumns mapping = TicketColumns.of(schema);
        assertThat(mapping.record(named(schema, "S-1", Timestamp.from(T0), "System")).origin())
                .contains(Origin.SYSTEM);
        assertThat(mapping.record(named(schema, "S-2", Timestamp.from(T0), null)).origin()).isEmpty();
        assertThatThrownBy(() -> mapping.record(named(schema, "S-3", Timestamp.from(T0), "bot")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("origin must be one of [customer, agent, system]: \"bot\"");
    }

    /** A row of a schema, its fields read by name. */
    private static Row named(StructType schema, Object... values) {
        return new GenericRowWithSchema(values, schema);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {5, 6})
    void rows_are_read_by_column_name_in_any_order_and_with_extra_columns(long seed) {
        // GIVEN the standard ticket columns reversed, with a tenant column in front
        StructType standard = TicketColumns.standard().schema();
        List<StructField> fields = new ArrayList<>(Arrays.asList(standard.fields()));
        Collections.reverse(fields);
        fields.add(0, DataTypes.createStructField("tenant", DataTypes.StringType, false));
        StructType schema = new StructType(fields.toArray(new StructField[0]));
        TicketColumns mapping = TicketColumns.of(schema);
        for (Ticket t : new Generated(seed).tickets(100)) {
            Row row = TicketColumns.row(t);
            Object[] values = new Object[schema.size()];
            values[0] = "acme";
            for (int i = 0; i < row.length(); i++) {
                values[row.length() - i] = row.get(i);
            }
            // THEN the ticket read is the same
            assertThat(mapping.record(named(schema, values))).isEqualTo(t);
        }
        // AND the mapping reads the convention's columns only
        assertThat(mapping.schema().fieldNames()).containsExactlyInAnyOrder(standard.fieldNames());
    }

    @Test
    void should_read_renamed_columns_and_leave_out_missing_optional_ones() {
        // GIVEN an export with its own names and only some columns
        StructType schema = new StructType()
                .add("key", DataTypes.StringType).add("opened_at", DataTypes.TimestampType)
                .add("solved_at", DataTypes.TimestampType).add("channel", DataTypes.StringType);
        TicketColumns mapping = TicketColumns.standard().withColumn("ticket_id", "key")
                .withColumn("created", "opened_at").withColumn("resolved", "solved_at").within(schema);
        // WHEN a row is read
        Ticket t = mapping.record(named(schema, "K-1", Timestamp.from(T0), Timestamp.from(T0.plusSeconds(60)), "Email"));
        // THEN the fields come from the renamed columns; the absent ones are absent
        assertThat(t).isEqualTo(Ticket.builder("K-1", T0).resolved(T0.plusSeconds(60))
                .channel(io.github.supportkpi.domain.Channel.EMAIL).build());
        assertThat(mapping.schema().fieldNames()).containsExactly("key", "opened_at", "solved_at", "channel");
        // AND a column named for a field must be there: it is never left out quietly
        assertThatThrownBy(() -> TicketColumns.standard().withColumn("ticket_id", "key")
                .withColumn("created", "opened_at").withColumn("closed", "closed_at").within(schema))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("column closed_at must be present: it holds the closed of the tickets, as given");
    }

    @Test
    void should_read_durations_as_intervals_or_numbers_of_seconds() {
        StructType schema = new StructType().add("kind", DataTypes.StringType).add("at", DataTypes.TimestampType)
                .add("queue_wait", DataTypes.LongType).add("talk", DataTypes.DoubleType)
                .add("hold", DataTypes.createDecimalType(10, 3))
                .add("after_contact", DataTypes.createDayTimeIntervalType());
        InteractionColumns mapping = InteractionColumns.of(schema);
        Interaction call = mapping.record(named(schema, "Call", Timestamp.from(T0), 20L, 90.5,
                new java.math.BigDecimal("1.250"), Duration.ofSeconds(30)));
        assertThat(call).isEqualTo(Interaction.builder(InteractionKind.CALL, T0).queueWait(Duration.ofSeconds(20))
                .talk(Duration.ofMillis(90_500)).hold(Duration.ofMillis(1250)).afterContact(Duration.ofSeconds(30))
                .build());
    }

    @Test
    void should_take_the_kinds_usual_scale_when_none_is_given() {
        StructType schema = new StructType().add("kind", DataTypes.StringType).add("score", DataTypes.IntegerType)
                .add("at", DataTypes.TimestampType);
        SurveyColumns mapping = SurveyColumns.of(schema);
        assertThat(mapping.record(named(schema, "nps", 9, Timestamp.from(T0))).scale()).isEqualTo(Scale.ZERO_TO_TEN);
        assertThat(mapping.record(named(schema, "enps", 0, Timestamp.from(T0))).kind()).isEqualTo(SurveyKind.EMPLOYEE_NPS);
        assertThat(mapping.record(named(schema, "ces", 7, Timestamp.from(T0))).scale()).isEqualTo(Scale.ONE_TO_SEVEN);
        assertThat(mapping.record(named(schema, "CSAT", 5, Timestamp.from(T0))).scale()).isEqualTo(Scale.ONE_TO_FIVE);
    }

    @Test
    void should_refuse_bad_rows_with_the_rule_first_and_the_value_after() {
        StructType schema = TicketColumns.standard().schema();
        Object[] good = new Object[schema.size()];
        good[0] = "T-1";
        good[1] = Timestamp.from(T0);
        TicketColumns mapping = TicketColumns.standard();
        assertThat(mapping.record(RowFactory.create(good))).isEqualTo(Ticket.builder("T-1", T0).build());

        Object[] noCreated = good.clone();
        noCreated[1] = null;
        assertThatThrownBy(() -> mapping.record(RowFactory.create(noCreated)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("created must not be null: ticket T-1");
        Object[] noId = good.clone();
        noId[0] = null;
        assertThatThrownBy(() -> mapping.record(RowFactory.create(noId)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("ticket_id must not be null: ");
        Object[] early = good.clone();
        early[4] = Timestamp.from(T0.minusSeconds(1));
        assertThatThrownBy(() -> mapping.record(RowFactory.create(early)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("resolved must not be before created: ");

        StructType interaction = new StructType().add("kind", DataTypes.StringType).add("at", DataTypes.TimestampType);
        assertThatThrownBy(() -> InteractionColumns.of(interaction).record(named(interaction, "fax", Timestamp.from(T0))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("kind must be one of [customer_message, agent_reply, internal_note, bot_reply, call, chat,"
                        + " self_service]: \"fax\"");
        StructType survey = new StructType().add("kind", DataTypes.StringType).add("score", DataTypes.IntegerType)
                .add("scale_min", DataTypes.IntegerType).add("scale_max", DataTypes.IntegerType)
                .add("at", DataTypes.TimestampType);
        assertThatThrownBy(() -> SurveyColumns.of(survey).record(named(survey, "csat", 3, 1, null, Timestamp.from(T0))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("scale_min and scale_max must both be present or both be null: ");
        assertThatThrownBy(() -> SurveyColumns.of(survey).record(named(survey, "csat", 9, 1, 5, Timestamp.from(T0))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("CSAT score must be within 1..5: ");
    }

    @Test
    void should_refuse_a_schema_without_a_required_column_or_with_a_column_of_another_type() {
        StructType noCreated = new StructType().add("ticket_id", DataTypes.StringType);
        assertThatThrownBy(() -> TicketColumns.of(noCreated)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("column created must be present: it holds the created of every ticket, and the columns are"
                        + " [ticket_id]");
        StructType textCreated = new StructType().add("ticket_id", DataTypes.StringType)
                .add("created", DataTypes.StringType);
        assertThatThrownBy(() -> TicketColumns.of(textCreated)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("column created must be a timestamp (ticket created): string");
        StructType nested = new StructType().add("ticket_id", DataTypes.StringType)
                .add("created", DataTypes.TimestampType)
                .add("interactions", DataTypes.createArrayType(new StructType().add("at", DataTypes.TimestampType)));
        assertThatThrownBy(() -> TicketColumns.of(nested)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("column interactions.kind must be present");
        assertThatThrownBy(() -> TicketColumns.standard().without("created")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("field created must be read: every ticket has one");
        assertThatThrownBy(() -> TicketColumns.standard().withColumn("opened", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("field must be one of [ticket_id, ");
    }

    @Test
    void should_fail_rather_than_refuse_a_row_whose_column_holds_another_type_than_declared() {
        // GIVEN rows whose created column holds text, though the mapping was built for timestamps
        StructType declared = new StructType().add("ticket_id", DataTypes.StringType)
                .add("created", DataTypes.TimestampType);
        StructType actual = new StructType().add("ticket_id", DataTypes.StringType)
                .add("created", DataTypes.StringType);
        // THEN reading one is a mapping error, not a bad row
        assertThatThrownBy(() -> TicketColumns.of(declared).record(named(actual, "T-1", "2024-03-04")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("column created must be a timestamp (ticket created): string");
    }
}
