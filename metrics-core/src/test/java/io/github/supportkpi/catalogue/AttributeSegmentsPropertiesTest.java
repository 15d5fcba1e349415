package io.github.supportkpi.catalogue;

import io.github.supportkpi.business.CustomerChurn;
import io.github.supportkpi.business.CustomerDimensions;
import io.github.supportkpi.business.CustomerTally;
import io.github.supportkpi.contact.AverageHandleTime;
import io.github.supportkpi.contact.HandleTimeDefinition;
import io.github.supportkpi.domain.CustomerPeriod;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.InteractionKind;
import io.github.supportkpi.domain.SurveyResponse;
import io.github.supportkpi.experience.CustomerSatisfaction;
import io.github.supportkpi.experience.NetPromoterScore;
import io.github.supportkpi.experience.NpsTally;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.InteractionDimensions;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.metric.Segmented;
import io.github.supportkpi.metric.SurveyDimensions;
import io.github.supportkpi.metric.Tally;
import io.github.supportkpi.testing.Sources;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

/**
 * Over generated records with and without attributes: attributes never change an unsegmented total, and the
 * segments of an attribute and its absent part add up to the total.
 */
class AttributeSegmentsPropertiesTest {
    private static final int EXAMPLES = 200;

    private static <T, S extends Tally<S>> void addsUp(Metric<T, S> metric, Dimension<? super T, String> dimension,
            List<T> records) {
        Segmented<String, S> segmented = metric.by(dimension).over(records);
        S sum = segmented.absent();
        for (S s : segmented.segments().values()) {
            sum = sum.plus(s);
        }
        assertThat(sum).isEqualTo(segmented.total()).isEqualTo(metric.over(records));
        List<T> without = new ArrayList<>();
        for (T r : records) {
            if (dimension.keyOf(r) == null) {
                without.add(r);
            }
        }
        assertThat(segmented.absent()).isEqualTo(metric.over(without));
    }

    @Test
    void attributes_never_change_csat_or_nps_and_team_segments_add_up() {
        qt().withExamples(EXAMPLES).forAll(Sources.surveysWithAttributes()).checkAssert(rs -> {
            List<SurveyResponse> stripped = strip(rs, r -> new SurveyResponse(r.id(), r.kind(), r.score(), r.scale(),
                    r.at(), r.ticketId(), r.agentId(), r.customerId(), r.channel(), r.comment()));
            Ratio csat = CustomerSatisfaction.defaults().over(rs);
            NpsTally nps = NetPromoterScore.defaults().over(rs);
            assertThat(csat).isEqualTo(CustomerSatisfaction.defaults().over(stripped));
            assertThat(nps).isEqualTo(NetPromoterScore.defaults().over(stripped));
            addsUp(CustomerSatisfaction.defaults(), SurveyDimensions.attribute("team"), rs);
            addsUp(NetPromoterScore.defaults(), SurveyDimensions.attribute("team"), rs);
        });
    }

    @Test
    void attributes_never_change_churn_and_contract_segments_add_up() {
        qt().withExamples(EXAMPLES).forAll(Sources.customersWithAttributes()).checkAssert(cs -> {
            List<CustomerPeriod> stripped = strip(cs, p -> p.withAttributes(Map.of()));
            CustomerTally t = CustomerChurn.defaults().over(cs);
            assertThat(t).isEqualTo(CustomerChurn.defaults().over(stripped));
            addsUp(CustomerChurn.defaults(), CustomerDimensions.attribute("contract"), cs);
        });
    }

    @Test
    void attributes_never_change_aht_and_queue_segments_add_up() {
        Metric<Interaction, DurationStats> aht = AverageHandleTime.overInteractions(HandleTimeDefinition.DEFAULT);
        qt().withExamples(EXAMPLES).forAll(Sources.callsWithAttributes()).checkAssert(calls -> {
            List<Interaction> stripped = strip(calls, AttributeSegmentsPropertiesTest::withoutAttributes);
            assertThat(stripped).allSatisfy(i -> assertThat(i.attributes()).isEmpty());
            assertThat(aht.over(calls)).isEqualTo(aht.over(stripped));
            addsUp(aht, InteractionDimensions.attribute("queue"), calls);
            addsUp(aht, InteractionDimensions.attribute("skill"), calls);
        });
    }

    private static Interaction withoutAttributes(Interaction i) {
        assertThat(i.kind()).isEqualTo(InteractionKind.CALL);
        return new Interaction(i.id(), i.ticketId(), i.kind(), i.actor(), i.agentId(), i.customerId(), i.at(),
                i.channel(), i.direction(), i.queueWait(), i.abandoned(), i.talk(), i.hold(), i.afterContact(),
                i.articleId(), i.outcome(), i.routedToAgentId());
    }

    private static <T> List<T> strip(List<T> records, Function<T, T> strip) {
        List<T> out = new ArrayList<>(records.size());
        for (T r : records) {
            out.add(strip.apply(r));
        }
        return out;
    }
}
