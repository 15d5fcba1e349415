package io.github.supportkpi.catalogue;

import io.github.supportkpi.business.CustomerChurn;
import io.github.supportkpi.business.CustomerDimensions;
import io.github.supportkpi.business.CustomerTally;
import io.github.supportkpi.contact.AverageHandleTime;
import io.github.supportkpi.contact.HandleTimeDefinition;
import io.github.supportkpi.domain.CustomerPeriod;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.InteractionKind;
import io.github.supportkpi.domain.Scale;
import io.github.supportkpi.domain.SurveyKind;
import io.github.supportkpi.domain.SurveyResponse;
import io.github.supportkpi.experience.CustomerSatisfaction;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.InteractionDimensions;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.metric.Segmented;
import io.github.supportkpi.metric.SurveyDimensions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Segmenting survey answers, customer periods and interactions by their own free attributes: CSAT by team,
 * churn by contract type, AHT by queue, with the records lacking the attribute in the absent part.
 */
class AttributeSegmentsTest {
    private static final Instant AT = Instant.parse("2024-03-04T10:00:00Z");

    private static SurveyResponse csat(int score, String team) {
        SurveyResponse.Builder b = SurveyResponse.builder(SurveyKind.CSAT, score, Scale.ONE_TO_FIVE, AT);
        return (team == null ? b : b.attribute("team", team)).build();
    }

    @Test
    void should_give_csat_by_team_from_the_answers_own_attribute() {
        // GIVEN team billing answers 5, 4, 2 (2 of 3 satisfied, >= 4), team tier1 answers 5 (1 of 1), and one
        // answer has no team, a 1 (0 of 1)
        List<SurveyResponse> answers = List.of(csat(5, "billing"), csat(4, "billing"), csat(2, "billing"),
                csat(5, "tier1"), csat(1, null));
        // WHEN
        Segmented<String, Ratio> byTeam = CustomerSatisfaction.defaults().by(SurveyDimensions.attribute("team"))
                .over(answers);
        // THEN billing 2/3, tier1 1/1, absent 0/1; total 3/5 = 60%, as without segmenting
        assertThat(byTeam.dimension()).isEqualTo("team");
        assertThat(byTeam.segments()).containsOnlyKeys("billing", "tier1");
        assertThat(byTeam.get("billing")).isEqualTo(new Ratio(2, 3));
        assertThat(byTeam.get("tier1")).isEqualTo(new Ratio(1, 1));
        assertThat(byTeam.absent()).isEqualTo(new Ratio(0, 1));
        assertThat(byTeam.total()).isEqualTo(new Ratio(3, 5)).isEqualTo(CustomerSatisfaction.defaults().over(answers));
        assertThat(byTeam.total().percent().getAsDouble()).isEqualTo(60.0);
    }

    @Test
    void should_give_churn_by_contract_type_from_the_customers_own_attribute() {
        // GIVEN four month-to-month customers at the start, two lost (50%); two on one-year contracts, none
        // lost (0%); one with no contract recorded, lost (100%); and one new month-to-month customer
        List<CustomerPeriod> customers = List.of(
                CustomerPeriod.existing("A", false).withAttribute("contract", "month-to-month"),
                CustomerPeriod.existing("B", false).withAttribute("contract", "month-to-month"),
                CustomerPeriod.existing("C", true).withAttribute("contract", "month-to-month"),
                CustomerPeriod.existing("D", true).withAttribute("contract", "month-to-month"),
                CustomerPeriod.existing("E", true).withAttribute("contract", "one-year"),
                CustomerPeriod.existing("F", true).withAttribute("contract", "one-year"),
                CustomerPeriod.existing("G", false),
                CustomerPeriod.acquired("H", true).withAttribute("contract", "month-to-month"));
        // WHEN
        Segmented<String, CustomerTally> byContract = CustomerChurn.defaults()
                .by(CustomerDimensions.attribute("contract")).over(customers);
        // THEN month-to-month 2/4 = 50%, one-year 0/2 = 0%, absent 1/1 = 100%; total 3 of 7 at the start lost
        CustomerChurn churn = CustomerChurn.defaults();
        assertThat(churn.percent(byContract.get("month-to-month")).getAsDouble()).isEqualTo(50.0);
        assertThat(byContract.get("month-to-month").acquired()).isEqualTo(1);
        assertThat(churn.percent(byContract.get("one-year")).getAsDouble()).isEqualTo(0.0);
        assertThat(churn.percent(byContract.absent()).getAsDouble()).isEqualTo(100.0);
        assertThat(byContract.total()).isEqualTo(churn.over(customers));
        assertThat(byContract.total().churn()).isEqualTo(new Ratio(3, 7));
    }

    private static Interaction call(Duration talk, Duration wrap, String queue) {
        Interaction.Builder b = Interaction.builder(InteractionKind.CALL, AT).agentId("ana").talk(talk)
                .afterContact(wrap);
        return (queue == null ? b : b.attribute("queue", queue)).build();
    }

    @Test
    void should_give_aht_by_queue_from_the_calls_own_attribute() {
        // GIVEN sales calls of 300 s talk + 60 s wrap-up (360 s) and 240 s talk (240 s): mean 300 s; a support
        // call of 600 s; a call with no queue of 120 s
        List<Interaction> calls = List.of(call(Duration.ofSeconds(300), Duration.ofSeconds(60), "sales"),
                call(Duration.ofSeconds(240), Duration.ZERO, "sales"),
                call(Duration.ofSeconds(600), Duration.ZERO, "support"),
                call(Duration.ofSeconds(120), Duration.ZERO, null));
        // WHEN
        Segmented<String, DurationStats> byQueue = AverageHandleTime.overInteractions(HandleTimeDefinition.DEFAULT)
                .by(InteractionDimensions.attribute("queue")).over(calls);
        // THEN sales 300 s, support 600 s, absent 120 s; overall (360 + 240 + 600 + 120) / 4 = 330 s
        assertThat(byQueue.get("sales").mean()).contains(Duration.ofSeconds(300));
        assertThat(byQueue.get("support").mean()).contains(Duration.ofSeconds(600));
        assertThat(byQueue.absent().mean()).contains(Duration.ofSeconds(120));
        assertThat(byQueue.total().mean()).contains(Duration.ofSeconds(330));
    }

    @Test
    void should_put_every_record_without_the_attribute_in_the_absent_part() {
        // GIVEN answers with a team but not a region
        List<SurveyResponse> answers = List.of(csat(5, "billing"), csat(2, "tier1"));
        // WHEN segmented by region
        Segmented<String, Ratio> byRegion = CustomerSatisfaction.defaults().by(SurveyDimensions.attribute("region"))
                .over(answers);
        // THEN no segment; every answer is absent
        assertThat(byRegion.segments()).isEmpty();
        assertThat(byRegion.absent()).isEqualTo(new Ratio(1, 2)).isEqualTo(byRegion.total());
    }
}
