package io.github.supportkpi.experience;

import io.github.supportkpi.domain.SurveyInvitation;
import io.github.supportkpi.domain.SurveyKind;
import io.github.supportkpi.domain.SurveyRecord;
import io.github.supportkpi.domain.SurveyResponse;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.metric.SurveyDimensions;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.DoubleStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

class SurveyResponseRatePropertiesTest implements TallyContract<SurveyRecord, ResponseRateTally> {
    @Override
    public Metric<SurveyRecord, ResponseRateTally> metric() {
        return SurveyResponseRate.defaults();
    }

    @Override
    public Gen<List<SurveyRecord>> records() {
        return Sources.surveyRecords();
    }

    @Override
    public Dimension<? super SurveyRecord, ?> dimension() {
        return SurveyDimensions.attribute("team");
    }

    @Override
    public DoubleStream values(ResponseRateTally tally) {
        return Stream.of(SurveyKind.values()).flatMapToDouble(k -> tally.rate(k).percent().stream());
    }

    @Test
    void rate_is_within_0_and_1_and_every_answer_is_accounted_for() {
        qt().withExamples(EXAMPLES).forAll(Sources.surveyRecords()).checkAssert(rs -> {
            ResponseRateTally t = metric().over(rs);
            for (SurveyKind kind : SurveyKind.values()) {
                Ratio rate = t.rate(kind);
                long sent = rs.stream().filter(r -> r instanceof SurveyInvitation && r.kind() == kind).count();
                long answers = rs.stream().filter(r -> r instanceof SurveyResponse && r.kind() == kind).count();
                assertThat(rate.denominator()).isEqualTo(sent).isEqualTo(t.sent(kind));
                assertThat(t.answers(kind)).isEqualTo(answers);
                rate.value().ifPresent(v -> assertThat(v).isBetween(0.0, 1.0));
                assertThat(rate.value().isPresent()).isEqualTo(sent > 0);
                long unmatched = t.unmatched(kind).values().stream().mapToLong(Long::longValue).sum();
                assertThat(rate.numerator() + unmatched).isEqualTo(answers);
                assertThat(t.unmatched(kind).values()).allSatisfy(n -> assertThat(n).isPositive());
            }
        });
    }

    @Test
    void invitations_and_answers_tallied_apart_merge_into_the_whole() {
        qt().withExamples(EXAMPLES).forAll(Sources.surveyRecords()).checkAssert(rs -> {
            List<SurveyRecord> sent = new ArrayList<>();
            List<SurveyRecord> answers = new ArrayList<>();
            for (SurveyRecord r : rs) {
                (r instanceof SurveyInvitation ? sent : answers).add(r);
            }
            assertThat(metric().over(sent).plus(metric().over(answers))).isEqualTo(metric().over(rs));
        });
    }

    @Test
    void attributes_never_change_the_unsegmented_tally() {
        qt().withExamples(EXAMPLES).forAll(Sources.surveyRecords()).checkAssert(rs -> {
            List<SurveyRecord> stripped = new ArrayList<>();
            for (SurveyRecord r : rs) {
                if (r instanceof SurveyInvitation i) {
                    stripped.add(new SurveyInvitation(i.id(), i.kind(), i.at(), i.ticketId(), i.agentId(),
                            i.customerId(), i.channel(), Map.of()));
                } else if (r instanceof SurveyResponse a) {
                    stripped.add(new SurveyResponse(a.id(), a.kind(), a.score(), a.scale(), a.at(), a.ticketId(),
                            a.agentId(), a.customerId(), a.channel(), a.comment()));
                }
            }
            assertThat(metric().over(stripped)).isEqualTo(metric().over(rs));
        });
    }

    @Test
    void more_invitations_never_lower_the_answered_count() {
        qt().withExamples(EXAMPLES).forAll(Sources.surveyRecords(), Sources.surveyRecords()).checkAssert((rs, more) -> {
            List<SurveyRecord> withMore = new ArrayList<>(rs);
            more.stream().filter(r -> r instanceof SurveyInvitation).forEach(withMore::add);
            ResponseRateTally t = metric().over(rs);
            ResponseRateTally u = metric().over(withMore);
            for (SurveyKind kind : SurveyKind.values()) {
                assertThat(u.rate(kind).numerator()).isGreaterThanOrEqualTo(t.rate(kind).numerator());
                assertThat(u.answers(kind)).isEqualTo(t.answers(kind));
            }
        });
    }
}
