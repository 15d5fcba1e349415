package io.github.supportkpi.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/** Free attributes of survey answers, survey invitations, customer periods and interactions. */
class RecordAttributesTest {
    private static final Instant AT = Instant.parse("2024-03-04T10:00:00Z");

    @Test
    void should_keep_a_survey_answers_attributes_in_insertion_order_unmodifiable() {
        // GIVEN
        SurveyResponse r = SurveyResponse.builder(SurveyKind.CSAT, 5, Scale.ONE_TO_FIVE, AT).id("S-1")
                .attribute("team", "billing").attribute("region", "EMEA").attribute("team", "billing").build();
        // THEN
        assertThat(r.attributes()).containsExactly(entry("team", "billing"), entry("region", "EMEA"));
        assertThat(r.attribute("team")).contains("billing");
        assertThat(r.attribute("tier")).isEmpty();
        assertThatThrownBy(() -> r.attributes().put("tier", "pro")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(SurveyResponse.csat(4, AT).attributes()).isEmpty();
    }

    @Test
    void should_copy_the_map_given_to_the_constructor() {
        Map<String, String> given = new LinkedHashMap<>(Map.of("team", "billing"));
        SurveyResponse r = new SurveyResponse(Optional.empty(), SurveyKind.CSAT, 5, Scale.ONE_TO_FIVE, AT,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), given);
        given.put("team", "tier1");
        assertThat(r.attributes()).containsExactly(entry("team", "billing"));
    }

    @Test
    void should_build_a_survey_answer_without_attributes_from_the_former_constructor() {
        SurveyResponse r = new SurveyResponse(Optional.of("S-1"), SurveyKind.NPS, 9, Scale.ZERO_TO_TEN, AT,
                Optional.of("T-1"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(r.attributes()).isEmpty();
        assertThat(r).isEqualTo(SurveyResponse.builder(SurveyKind.NPS, 9, Scale.ZERO_TO_TEN, AT).id("S-1")
                .ticketId("T-1").build());
    }

    @Test
    void should_refuse_an_attribute_set_twice_to_different_values() {
        assertThatThrownBy(() -> SurveyResponse.builder(SurveyKind.CSAT, 5, Scale.ONE_TO_FIVE, AT).id("S-2")
                .attribute("team", "billing").attribute("team", "tier1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attribute team must not be set twice to different values: survey response S-2 (CSAT at "
                        + AT + "), attribute team billing, then tier1");
        assertThatThrownBy(() -> Interaction.builder(InteractionKind.CALL, AT).id("CALL-1")
                .attribute("queue", "sales").attribute("queue", "support"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attribute queue must not be set twice to different values: interaction CALL-1 (CALL at "
                        + AT + "), attribute queue sales, then support");
        assertThatThrownBy(() -> CustomerPeriod.existing("C-1", true).withAttribute("contract", "one-year")
                .withAttribute("contract", "two-year"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attribute contract must not be set twice to different values: customer C-1, attribute"
                        + " contract one-year, then two-year");
    }

    @Test
    void should_refuse_blank_attribute_names_and_values_naming_the_record() {
        assertThatThrownBy(() -> SurveyResponse.builder(SurveyKind.CSAT, 5, Scale.ONE_TO_FIVE, AT).id("S-3")
                .attribute(" ", "billing").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attribute name must not be blank: survey response S-3 (CSAT at " + AT + "), \" \"");
        assertThatThrownBy(() -> SurveyInvitation.builder(SurveyKind.NPS, AT).id("INV-1").attribute("team", "").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attribute team must not be blank: survey invitation INV-1 (NPS sent at " + AT + "), \"\"");
        assertThatThrownBy(() -> CustomerPeriod.existing("C-1", true).withAttribute("contract", "  "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attribute contract must not be blank: customer C-1, \"  \"");
        assertThatThrownBy(() -> Interaction.builder(InteractionKind.CALL, AT).attribute("", "sales").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attribute name must not be blank: interaction (no id) (CALL at " + AT + "), \"\"");
        assertThatThrownBy(() -> CustomerPeriod.existing("C-1", true).withAttribute("contract", null))
                .isInstanceOf(NullPointerException.class).hasMessage("attribute contract");
    }

    @Test
    void should_give_a_customer_period_attributes_by_copy() {
        // GIVEN
        CustomerPeriod p = new CustomerPeriod("C-1", true, false, false, new BigDecimal("100"), BigDecimal.ZERO);
        // WHEN
        CustomerPeriod q = p.withAttribute("contract", "month-to-month").withAttribute("plan", "pro");
        // THEN the original keeps none; the copy keeps both in order, with every other field
        assertThat(p.attributes()).isEmpty();
        assertThat(q.attributes()).containsExactly(entry("contract", "month-to-month"), entry("plan", "pro"));
        assertThat(q.attribute("contract")).contains("month-to-month");
        assertThat(q.withAttribute("plan", "pro")).isSameAs(q);
        assertThat(q.withAttributes(Map.of())).isEqualTo(p);
        assertThat(q.lost()).isTrue();
        assertThat(q.revenueAtStart()).isEqualTo(new BigDecimal("100"));
    }

    @Test
    void should_round_trip_a_survey_answer_and_an_invitation_through_to_builder() {
        SurveyResponse r = SurveyResponse.builder(SurveyKind.CES, 6, Scale.ONE_TO_SEVEN, AT).id("S-4").ticketId("T-1")
                .agentId("ana").customerId("C-1").channel(Channel.CHAT).comment("easy").attribute("team", "billing")
                .build();
        assertThat(r.toBuilder().build()).isEqualTo(r);
        assertThat(r.toBuilder().attribute("region", "EMEA").build().attributes())
                .containsExactly(entry("team", "billing"), entry("region", "EMEA"));
        SurveyInvitation i = SurveyInvitation.builder(SurveyKind.CSAT, AT).id("INV-2").ticketId("T-1").agentId("ana")
                .customerId("C-1").channel(Channel.EMAIL).attribute("team", "billing").attribute("wave", "march")
                .build();
        assertThat(i.toBuilder().build()).isEqualTo(i);
        assertThat(i.attributes()).containsExactly(entry("team", "billing"), entry("wave", "march"));
        assertThat(i.attribute("wave")).contains("march");
        assertThat(SurveyInvitation.about(SurveyKind.NPS, AT, "T-9").ticketId()).contains("T-9");
    }

    @Test
    void should_keep_an_interactions_attributes_through_a_ticket() {
        // GIVEN a call with attributes and a reply without
        Interaction call = Interaction.builder(InteractionKind.CALL, AT).agentId("ana").talk(Duration.ofSeconds(300))
                .attribute("queue", "sales").attribute("skill", "spanish").build();
        Interaction reply = Interaction.agentReply(AT.plusSeconds(600), "ana");
        // WHEN kept in a ticket
        Ticket t = Ticket.builder("T-1", AT).assignee("ana").interaction(call).interaction(reply).build();
        // THEN read back equal, attributes in order, and the reply still has none
        assertThat(t.interactions()).containsExactly(call, reply);
        assertThat(t.interactions().get(0).attributes()).containsExactly(entry("queue", "sales"), entry("skill", "spanish"));
        assertThat(t.interactions().get(0).attribute("queue")).contains("sales");
        assertThat(t.interactions().get(1).attributes()).isEmpty();
        assertThat(t.toBuilder().build()).isEqualTo(t);
    }

    @Test
    void should_tell_interactions_apart_by_their_attributes() {
        Interaction.Builder b = Interaction.builder(InteractionKind.CALL, AT).agentId("ana");
        Interaction plain = b.build();
        Interaction sales = Interaction.builder(InteractionKind.CALL, AT).agentId("ana").attribute("queue", "sales").build();
        assertThat(sales).isNotEqualTo(plain);
        assertThat(sales).isEqualTo(Interaction.builder(InteractionKind.CALL, AT).agentId("ana")
                .attribute("queue", "sales").build());
        assertThat(sales.hashCode()).isEqualTo(Interaction.builder(InteractionKind.CALL, AT).agentId("ana")
                .attribute("queue", "sales").build().hashCode());
        assertThat(sales.toString()).endsWith(", routedToAgentId=Optional.empty, attributes={queue=sales}]");
        assertThat(plain.toString()).endsWith(", routedToAgentId=Optional.empty]");
        assertThat(plain.attributes()).isEmpty();
        assertThat(plain.attribute("queue")).isEmpty();
    }
}
