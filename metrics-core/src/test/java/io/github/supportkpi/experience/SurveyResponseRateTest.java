package io.github.supportkpi.experience;

import io.github.supportkpi.domain.Scale;
import io.github.supportkpi.domain.SurveyInvitation;
import io.github.supportkpi.domain.SurveyKind;
import io.github.supportkpi.domain.SurveyRecord;
import io.github.supportkpi.domain.SurveyResponse;
import io.github.supportkpi.experience.ResponseRateTally.Entry;
import io.github.supportkpi.experience.ResponseRateTally.UnmatchedAnswer;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.metric.Segmented;
import io.github.supportkpi.metric.SurveyDimensions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SurveyResponseRateTest {
    private static final Instant SENT = Instant.parse("2024-03-04T10:00:00Z");
    private static final Instant ANSWERED = Instant.parse("2024-03-05T10:00:00Z");
    private static final SurveyResponseRate RATE = SurveyResponseRate.defaults();

    private static SurveyResponse csatAbout(String ticket) {
        return SurveyResponse.builder(SurveyKind.CSAT, 4, Scale.ONE_TO_FIVE, ANSWERED).ticketId(ticket).build();
    }

    private static SurveyInvitation npsTo(String customer) {
        return SurveyInvitation.builder(SurveyKind.NPS, SENT).customerId(customer).build();
    }

    private static SurveyResponse npsFrom(String customer, int score) {
        return SurveyResponse.builder(SurveyKind.NPS, score, Scale.ZERO_TO_TEN, ANSWERED).customerId(customer).build();
    }

    @Test
    void should_give_half_when_two_of_four_csat_invitations_are_answered() {
        // GIVEN CSAT invitations about T-1 to T-4; answers about T-1, about T-2 twice, about T-9 (never sent), and
        // one naming neither a ticket nor a customer
        List<SurveyRecord> records = List.of(
                SurveyInvitation.about(SurveyKind.CSAT, SENT, "T-1"), SurveyInvitation.about(SurveyKind.CSAT, SENT, "T-2"),
                SurveyInvitation.about(SurveyKind.CSAT, SENT, "T-3"), SurveyInvitation.about(SurveyKind.CSAT, SENT, "T-4"),
                csatAbout("T-1"), csatAbout("T-2"), csatAbout("T-2"), csatAbout("T-9"),
                SurveyResponse.csat(5, ANSWERED));
        // WHEN
        ResponseRateTally t = RATE.over(records);
        // THEN T-1 and T-2 answered: 2 / 4 = 50%; of the 5 answers, 2 answered an invitation, the second answer
        // about T-2, the one about T-9 and the anonymous one are counted under their reasons
        assertThat(t.rate(SurveyKind.CSAT)).isEqualTo(new Ratio(2, 4));
        assertThat(RATE.percent(t, SurveyKind.CSAT)).hasValue(50.0);
        assertThat(t.sent(SurveyKind.CSAT)).isEqualTo(4);
        assertThat(t.answers(SurveyKind.CSAT)).isEqualTo(5);
        assertThat(t.unmatched(SurveyKind.CSAT)).containsExactly(Map.entry(UnmatchedAnswer.NO_TICKET_OR_CUSTOMER, 1L),
                Map.entry(UnmatchedAnswer.NO_INVITATION, 1L), Map.entry(UnmatchedAnswer.MORE_ANSWERS_THAN_INVITATIONS, 1L));
        assertThat(t.sampleSize()).isEqualTo(4);
        assertThat(t).hasToString("ResponseRateTally[CSAT 2/4 (50.00%), unmatched {NO_TICKET_OR_CUSTOMER=1,"
                + " NO_INVITATION=1, MORE_ANSWERS_THAN_INVITATIONS=1}]");
    }

    @Test
    void should_match_relationship_surveys_by_customer_and_keep_kinds_apart() {
        // GIVEN NPS invitations to C-1 to C-5, answered by C-1 and C-3; a CSAT answer from C-2, which no CSAT
        // invitation asked for
        List<SurveyRecord> records = List.of(npsTo("C-1"), npsTo("C-2"), npsTo("C-3"), npsTo("C-4"), npsTo("C-5"),
                npsFrom("C-1", 9), npsFrom("C-3", 4),
                SurveyResponse.builder(SurveyKind.CSAT, 5, Scale.ONE_TO_FIVE, ANSWERED).customerId("C-2").build());
        // WHEN
        ResponseRateTally t = RATE.over(records);
        // THEN NPS 2 / 5 = 40%; CSAT has no invitation: its rate is empty, its answer unmatched
        assertThat(t.rate(SurveyKind.NPS)).isEqualTo(new Ratio(2, 5));
        assertThat(RATE.percent(t, SurveyKind.NPS)).hasValue(40.0);
        assertThat(t.unmatched(SurveyKind.NPS)).isEmpty();
        assertThat(t.rate(SurveyKind.CSAT)).isEqualTo(new Ratio(0, 0));
        assertThat(RATE.percent(t, SurveyKind.CSAT)).isEmpty();
        assertThat(t.unmatched(SurveyKind.CSAT)).containsExactly(Map.entry(UnmatchedAnswer.NO_INVITATION, 1L));
    }

    @Test
    void should_match_by_ticket_when_the_records_name_one_not_by_customer() {
        // GIVEN an invitation about ticket T-1 sent to C-1, and an answer from C-1 naming no ticket
        List<SurveyRecord> records = List.of(
                SurveyInvitation.builder(SurveyKind.CSAT, SENT).ticketId("T-1").customerId("C-1").build(),
                SurveyResponse.builder(SurveyKind.CSAT, 5, Scale.ONE_TO_FIVE, ANSWERED).customerId("C-1").build());
        // WHEN
        ResponseRateTally t = RATE.over(records);
        // THEN the answer does not answer it: 0 / 1, the answer has no invitation
        assertThat(t.rate(SurveyKind.CSAT)).isEqualTo(new Ratio(0, 1));
        assertThat(RATE.percent(t, SurveyKind.CSAT)).hasValue(0.0);
        assertThat(t.unmatched(SurveyKind.CSAT)).containsExactly(Map.entry(UnmatchedAnswer.NO_INVITATION, 1L));
    }

    @Test
    void should_never_answer_an_invitation_that_names_neither_a_ticket_nor_a_customer() {
        // GIVEN an anonymous invitation and an anonymous answer
        List<SurveyRecord> records = List.of(SurveyInvitation.builder(SurveyKind.CES, SENT).build(),
                SurveyResponse.of(SurveyKind.CES, 6, Scale.ONE_TO_SEVEN, ANSWERED));
        // WHEN
        ResponseRateTally t = RATE.over(records);
        // THEN sent, not answered: 0 / 1, and the answer is unmatched
        assertThat(t.rate(SurveyKind.CES)).isEqualTo(new Ratio(0, 1));
        assertThat(t.unmatched(SurveyKind.CES)).containsExactly(Map.entry(UnmatchedAnswer.NO_TICKET_OR_CUSTOMER, 1L));
    }

    @Test
    void should_be_empty_never_nan_with_no_invitations() {
        assertThat(RATE.over(List.of())).isEqualTo(ResponseRateTally.EMPTY);
        assertThat(RATE.percent(ResponseRateTally.EMPTY, SurveyKind.CSAT)).isEmpty();
        assertThat(ResponseRateTally.EMPTY.rate(SurveyKind.NPS).value()).isEmpty();
        assertThat(ResponseRateTally.EMPTY).hasToString("ResponseRateTally[]");
        // GIVEN only answers
        ResponseRateTally answersOnly = RATE.over(List.of(csatAbout("T-1"), csatAbout("T-2")));
        // THEN no rate, both answers counted
        assertThat(RATE.percent(answersOnly, SurveyKind.CSAT)).isEmpty();
        assertThat(answersOnly.unmatched(SurveyKind.CSAT)).containsExactly(Map.entry(UnmatchedAnswer.NO_INVITATION, 2L));
        assertThat(answersOnly.sampleSize()).isZero();
    }

    @Test
    void should_match_an_answer_tallied_apart_from_its_invitation() {
        // GIVEN the invitations about T-1 and T-2 in one part, the answer about T-1 in another
        ResponseRateTally sent = RATE.over(List.of(SurveyInvitation.about(SurveyKind.CSAT, SENT, "T-1"),
                SurveyInvitation.about(SurveyKind.CSAT, SENT, "T-2")));
        ResponseRateTally answered = RATE.over(List.of(csatAbout("T-1")));
        // WHEN merged
        ResponseRateTally merged = sent.plus(answered);
        // THEN as one pass: 1 / 2, nothing unmatched
        assertThat(RATE.percent(answered, SurveyKind.CSAT)).isEmpty();
        assertThat(merged.rate(SurveyKind.CSAT)).isEqualTo(new Ratio(1, 2));
        assertThat(merged.unmatched(SurveyKind.CSAT)).isEmpty();
        assertThat(merged).isEqualTo(RATE.over(List.of(SurveyInvitation.about(SurveyKind.CSAT, SENT, "T-1"),
                csatAbout("T-1"), SurveyInvitation.about(SurveyKind.CSAT, SENT, "T-2"))));
    }

    @Test
    void should_give_the_rate_by_team_from_both_streams_attributes() {
        // GIVEN billing sent 2 and got 1 answer back; tier1 sent 1, answered; one invitation has no team
        List<SurveyRecord> records = List.of(
                SurveyInvitation.builder(SurveyKind.CSAT, SENT).ticketId("T-1").attribute("team", "billing").build(),
                SurveyInvitation.builder(SurveyKind.CSAT, SENT).ticketId("T-2").attribute("team", "billing").build(),
                SurveyInvitation.builder(SurveyKind.CSAT, SENT).ticketId("T-3").attribute("team", "tier1").build(),
                SurveyInvitation.about(SurveyKind.CSAT, SENT, "T-4"),
                csatAbout("T-1").toBuilder().attribute("team", "billing").build(),
                csatAbout("T-3").toBuilder().attribute("team", "tier1").build());
        // WHEN
        Segmented<String, ResponseRateTally> byTeam = RATE.by(SurveyDimensions.attribute("team")).over(records);
        // THEN billing 1/2, tier1 1/1, absent 0/1; total 2/4
        assertThat(byTeam.get("billing").rate(SurveyKind.CSAT)).isEqualTo(new Ratio(1, 2));
        assertThat(byTeam.get("tier1").rate(SurveyKind.CSAT)).isEqualTo(new Ratio(1, 1));
        assertThat(byTeam.absent().rate(SurveyKind.CSAT)).isEqualTo(new Ratio(0, 1));
        assertThat(byTeam.total()).isEqualTo(RATE.over(records));
        assertThat(byTeam.total().rate(SurveyKind.CSAT)).isEqualTo(new Ratio(2, 4));
    }

    @Test
    void should_build_a_tally_from_entries_and_refuse_bad_ones() {
        Entry t1 = new Entry(SurveyKind.CSAT, Optional.of("T-1"), Optional.empty(), 2, 3);
        Entry c1 = new Entry(SurveyKind.NPS, Optional.empty(), Optional.of("C-1"), 1, 0);
        ResponseRateTally t = ResponseRateTally.of(List.of(c1, t1));
        assertThat(t.entries()).containsExactly(t1, c1);
        assertThat(t.rate(SurveyKind.CSAT)).isEqualTo(new Ratio(2, 2));
        assertThat(t.unmatched(SurveyKind.CSAT))
                .containsExactly(Map.entry(UnmatchedAnswer.MORE_ANSWERS_THAN_INVITATIONS, 1L));
        assertThat(t1.answered()).isEqualTo(2);
        assertThatThrownBy(() -> ResponseRateTally.of(List.of(t1, t1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("entries must have distinct kinds and keys: CSAT ticket T-1 appears twice");
        assertThatThrownBy(() -> new Entry(SurveyKind.CSAT, Optional.of("T-1"), Optional.empty(), -1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sent and answers must not be negative: CSAT ticket T-1, sent -1, answers 0");
        assertThatThrownBy(() -> new Entry(SurveyKind.CSAT, Optional.empty(), Optional.empty(), 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an entry must count an invitation or an answer: CSAT (no ticket or customer)");
        assertThatThrownBy(() -> new Entry(SurveyKind.CSAT, Optional.of("T-1"), Optional.of("C-1"), 1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("customerId must be empty when a ticket is the key: CSAT ticket T-1");
    }

    @Test
    void should_state_its_id_formula_and_bucket_instant() {
        assertThat(RATE.id()).isEqualTo("survey.response.rate");
        assertThat(RATE.definedBy()).isEqualTo(SurveyResponseRate.FORMULA);
        assertThat(RATE.bucketInstant().orElseThrow().apply(SurveyInvitation.about(SurveyKind.CSAT, SENT, "T-1")))
                .isEqualTo(SENT);
        assertThat(RATE.bucketInstant().orElseThrow().apply(csatAbout("T-1"))).isEqualTo(ANSWERED);
    }
}
