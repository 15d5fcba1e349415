package io.github.supportkpi.domain;

import io.github.supportkpi.testing.RandomRecords;
import io.github.supportkpi.testing.Sources;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

/** Over generated records: attributes survive every copy and never alter another field. */
class RecordAttributesPropertiesTest {
    private static final int EXAMPLES = 150;

    @Test
    void survey_records_round_trip_through_to_builder_with_their_attributes() {
        qt().withExamples(EXAMPLES).forAll(Sources.surveyRecords()).checkAssert(rs -> {
            for (SurveyRecord r : rs) {
                SurveyRecord again = r instanceof SurveyResponse a ? a.toBuilder().build()
                        : ((SurveyInvitation) r).toBuilder().build();
                assertThat(again).isEqualTo(r);
                assertThat(List.copyOf(again.attributes().entrySet())).isEqualTo(List.copyOf(r.attributes().entrySet()));
            }
        });
        qt().withExamples(EXAMPLES).forAll(Sources.surveysWithAttributes()).checkAssert(rs -> {
            for (SurveyResponse r : rs) {
                assertThat(r.toBuilder().build()).isEqualTo(r);
            }
        });
    }

    @Test
    void customer_attributes_never_alter_another_field() {
        qt().withExamples(EXAMPLES).forAll(Sources.customersWithAttributes()).checkAssert(cs -> {
            for (CustomerPeriod p : cs) {
                CustomerPeriod bare = new CustomerPeriod(p.customerId(), p.activeAtStart(), p.acquired(),
                        p.activeAtEnd(), p.revenueAtStart(), p.revenueAtEnd());
                assertThat(bare.withAttributes(p.attributes())).isEqualTo(p);
                assertThat(p.withAttributes(bare.attributes())).isEqualTo(bare);
            }
        });
    }

    @Test
    void interactions_keep_their_attributes_in_a_ticket() {
        qt().withExamples(EXAMPLES).forAll(Sources.callsWithAttributes()).checkAssert(calls -> {
            List<Interaction> sorted = new ArrayList<>(calls);
            sorted.sort((a, b) -> a.at().compareTo(b.at()));
            Ticket.Builder b = Ticket.builder("T-1", RandomRecords.EPOCH);
            sorted.forEach(b::interaction);
            Ticket t = b.build();
            assertThat(t.interactions()).isEqualTo(sorted);
            for (int i = 0; i < sorted.size(); i++) {
                assertThat(List.copyOf(t.interactions().get(i).attributes().entrySet()))
                        .isEqualTo(List.copyOf(sorted.get(i).attributes().entrySet()));
            }
        });
    }
}
