package io.github.supportkpi.io;

import io.github.supportkpi.domain.DataQuality;
import io.github.supportkpi.domain.Scale;
import io.github.supportkpi.domain.SurveyInvitation;
import io.github.supportkpi.domain.SurveyKind;
import io.github.supportkpi.domain.SurveyRecord;
import io.github.supportkpi.domain.SurveyResponse;
import io.github.supportkpi.experience.CustomerSatisfaction;
import io.github.supportkpi.experience.SatisfactionDefinition;
import io.github.supportkpi.experience.SurveyResponseRate;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/**
 * The bundled {@code zendesk-satisfaction} mapping on a fixture in the shape of Zendesk's Satisfaction Ratings
 * API (sources in the fixture's {@code _source} member), each rating's fate worked out by hand.
 */
class ZendeskSatisfactionTest {
    private static final String FIXTURE = "zendesk/satisfaction_ratings.json";

    @Test
    void should_read_good_and_bad_as_thumbs_offered_as_an_invitation_and_skip_unoffered() throws IOException {
        // GIVEN five ratings: good (1234), bad (1235), offered (1236), unoffered (1237) and "meh" (1238)
        Records.Collected out = Records.collect();
        List<SurveyRecord> order = new ArrayList<>();
        DataQuality q;
        try (Reader in = ExportReaderTest.resource(FIXTURE)) {
            q = ExportReader.of(Mapping.bundled("zendesk-satisfaction")).read(in, "ratings.json", new Records() {
                @Override
                public void survey(SurveyResponse s) {
                    out.survey(s);
                    order.add(s);
                }

                @Override
                public void invitation(SurveyInvitation i) {
                    out.invitation(i);
                    order.add(i);
                }
            }).quality();
        }

        // THEN good is 1 and bad 0 on the thumbs scale 0..1, answered at updated_at, about the ticket, by the
        // assignee, from the requester, with the group and the reason as attributes (a null reason is none)
        assertThat(out.surveys()).containsExactly(
                SurveyResponse.builder(SurveyKind.CSAT, 1, Scale.THUMBS, Instant.parse("2011-05-09T12:00:00Z"))
                        .id("1234").ticketId("35436").agentId("235323").customerId("20978392")
                        .comment("Great support!").attribute("group", "98738").build(),
                SurveyResponse.builder(SurveyKind.CSAT, 0, Scale.THUMBS, Instant.parse("2024-03-05T18:02:00Z"))
                        .id("1235").ticketId("35437").agentId("235323").customerId("20978393")
                        .comment("Took two days.").attribute("group", "98738")
                        .attribute("reason", "The issue took too long to resolve").attribute("reasonCode", "6")
                        .build());
        // AND each answered rating was offered first (sent at created_at), and the offered one is an invitation
        assertThat(out.invitations()).extracting(SurveyInvitation::ticketId, SurveyInvitation::at).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Optional.of("35436"), Instant.parse("2011-05-09T10:38:52Z")),
                org.assertj.core.groups.Tuple.tuple(Optional.of("35437"), Instant.parse("2024-03-05T10:30:40Z")),
                org.assertj.core.groups.Tuple.tuple(Optional.of("35438"), Instant.parse("2024-03-11T10:00:00Z")));
        assertThat(order).extracting(r -> r.getClass().getSimpleName()).containsExactly("SurveyInvitation",
                "SurveyResponse", "SurveyInvitation", "SurveyResponse", "SurveyInvitation");
        // AND unoffered is no survey and "meh" no score: both refused, counted under their rules
        assertThat(q.rows()).isEqualTo(5);
        assertThat(q.rejectedByReason()).containsOnly(entry("score means no survey was sent", 1L),
                entry("score must be a whole score within 0..1", 1L));

        // AND CSAT on the thumbs definition is 1 of 2; the response rate 2 of 3 invitations answered
        assertThat(CustomerSatisfaction.of(SatisfactionDefinition.THUMBS).over(out.surveys()).value())
                .hasValue(0.5);
        assertThat(SurveyResponseRate.defaults().percent(SurveyResponseRate.defaults().over(order), SurveyKind.CSAT)
                .getAsDouble()).isCloseTo(200.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void should_read_an_invitation_at_its_answer_instant_without_a_sent_field_and_round_trip_the_mapping()
            throws IOException {
        Mapping m = Mapping.builder(RecordKind.SURVEYS).field("score", "score").field("at", "at")
                .field("ticketId", "t").invited("Sent").skipped("none").build();
        Records.Collected out = Records.collect();
        DataQuality q = ExportReader.of(m).read(new StringReader("t,score,at\nA,sent,2026-03-02T10:00:00Z\n"
                + "B,4,2026-03-02T11:00:00Z\nC,NONE,2026-03-02T12:00:00Z\n"), "s.csv", out).quality();

        assertThat(out.invitations()).containsExactly(SurveyInvitation.about(SurveyKind.CSAT,
                Instant.parse("2026-03-02T10:00:00Z"), "A"));
        assertThat(out.surveys()).extracting(SurveyResponse::ticketId).containsExactly(Optional.of("B"));
        assertThat(q.rejectedByReason()).containsExactly(entry("score means no survey was sent", 1L));
        assertThat(Mapping.read(new StringReader(m.toJson()))).isEqualTo(m);
        assertThat(Mapping.read(new StringReader(Mapping.bundled("zendesk-satisfaction").toJson())))
                .isEqualTo(Mapping.bundled("zendesk-satisfaction"));
    }

    @Test
    void should_refuse_invitations_on_other_records_and_a_text_both_invited_and_skipped() {
        assertThatThrownBy(() -> Mapping.builder(RecordKind.TICKETS).field("id", "id").field("created", "c")
                .invited("offered").build()).hasMessage("invited, skipped and answersInvited are for survey answers"
                        + " only, not tickets");
        assertThatThrownBy(() -> Mapping.builder(RecordKind.SURVEYS).field("score", "s").field("at", "a")
                .invited("x").skipped("X").build()).hasMessage("invited must not be blank or also skipped: \"x\"");
        Records sink = new Records() {};
        assertThatThrownBy(() -> sink.invitation(SurveyInvitation.about(SurveyKind.CSAT, Instant.EPOCH, "T-1")))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("T-1");
    }
}
