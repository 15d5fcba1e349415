package io.github.supportkpi.speed;

import io.github.supportkpi.domain.AgentCreated;
import io.github.supportkpi.domain.Origin;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

/** The laws of first response time over tickets of every origin, under each rule for agent-created tickets. */
class FirstResponseTimeAgentCreatedPropertiesTest implements TallyContract<Ticket, DurationStats> {
    private static FirstResponseTime frt(AgentCreated rule) {
        return FirstResponseTime.of(ResponseDefinition.DEFAULT.withAgentCreated(rule));
    }

    private static AverageReplyTime art(AgentCreated rule) {
        return AverageReplyTime.of(ResponseDefinition.DEFAULT.withAgentCreated(rule));
    }

    private static boolean byAgent(Ticket t) {
        return t.origin().equals(Optional.of(Origin.AGENT));
    }

    /** The tickets with their origin removed: what a ticket measured before it had an origin. */
    private static List<Ticket> withoutOrigin(List<Ticket> ts) {
        List<Ticket> out = new ArrayList<>();
        for (Ticket t : ts) {
            out.add(new Ticket(t.id(), t.customerId(), t.channel(), t.priority(), t.category(), t.product(),
                    t.team(), t.assignee(), t.status(), t.created(), t.firstResponse(), t.resolved(), t.closed(),
                    t.reopenCount(), t.escalated(), t.transferred(), t.resolutionCode(), t.attributes(),
                    t.interactions(), t.statusHistory()));
        }
        return out;
    }

    @Override
    public Metric<Ticket, DurationStats> metric() {
        return FirstResponseTime.defaults();
    }

    @Override
    public Gen<List<Ticket>> records() {
        return Sources.ticketsWithOrigins();
    }

    @Override
    public Dimension<? super Ticket, ?> dimension() {
        return TicketDimensions.ORIGIN;
    }

    @Override
    public DoubleStream values(DurationStats tally) {
        return tally.meanSeconds().stream();
    }

    @Test
    void no_rule_changes_a_ticket_not_created_by_an_agent() {
        qt().withExamples(EXAMPLES).forAll(records()).checkAssert(ts -> {
            List<Ticket> others = ts.stream().filter(t -> !byAgent(t)).toList();
            DurationStats before = frt(AgentCreated.COUNT_OPENING_COMMENT).over(withoutOrigin(others));
            for (AgentCreated rule : AgentCreated.values()) {
                assertThat(frt(rule).over(others)).as("%s", rule).isEqualTo(before);
                assertThat(art(rule).over(others)).as("%s", rule)
                        .isEqualTo(AverageReplyTime.defaults().over(withoutOrigin(others)));
            }
        });
    }

    @Test
    void without_a_recorded_origin_every_rule_measures_as_counting_the_opening_comment() {
        qt().withExamples(EXAMPLES).forAll(records()).checkAssert(ts -> {
            List<Ticket> plain = withoutOrigin(ts);
            for (AgentCreated rule : AgentCreated.values()) {
                assertThat(frt(rule).over(plain)).as("%s", rule)
                        .isEqualTo(frt(AgentCreated.COUNT_OPENING_COMMENT).over(plain));
            }
        });
    }

    @Test
    void excluded_and_measured_add_up_to_every_ticket() {
        qt().withExamples(EXAMPLES).forAll(records()).checkAssert(ts -> {
            long agentCreated = ts.stream().filter(FirstResponseTimeAgentCreatedPropertiesTest::byAgent).count();
            for (AgentCreated rule : AgentCreated.values()) {
                DurationStats s = frt(rule).over(ts);
                assertThat(s.count() + s.unmeasured()).as("%s", rule).isEqualTo(ts.size());
            }
            DurationStats excluded = frt(AgentCreated.EXCLUDE).over(ts);
            List<Ticket> others = ts.stream().filter(t -> !byAgent(t)).toList();
            DurationStats rest = frt(AgentCreated.EXCLUDE).over(others);
            assertThat(excluded.count()).isEqualTo(rest.count());
            assertThat(excluded.unmeasured()).isEqualTo(rest.unmeasured() + agentCreated);
            DurationStats art = art(AgentCreated.EXCLUDE).over(ts);
            assertThat(art.unmeasured()).isEqualTo(art(AgentCreated.EXCLUDE).over(others).unmeasured() + agentCreated);
        });
    }

    @Test
    void skipping_the_opening_comment_never_answers_sooner_or_more_often() {
        qt().withExamples(EXAMPLES).forAll(records()).checkAssert(ts -> {
            for (Ticket t : ts) {
                DurationStats counted = frt(AgentCreated.COUNT_OPENING_COMMENT).over(List.of(t));
                DurationStats skipped = frt(AgentCreated.SKIP_OPENING_COMMENT).over(List.of(t));
                assertThat(skipped.count()).isLessThanOrEqualTo(counted.count());
                if (skipped.count() == 1) {
                    assertThat(skipped.min().get()).isGreaterThanOrEqualTo(counted.min().get());
                }
                if (!byAgent(t)) {
                    assertThat(skipped).isEqualTo(counted);
                }
            }
        });
    }

    @Test
    void every_rule_splits_and_merges_to_the_whole() {
        qt().withExamples(EXAMPLES).forAll(records(), integers().between(0, Sources.MAX_SIZE)).checkAssert((ts, at) -> {
            int cut = Math.min(at, ts.size());
            for (AgentCreated rule : AgentCreated.values()) {
                FirstResponseTime m = frt(rule);
                assertThat(m.over(ts.subList(0, cut)).plus(m.over(ts.subList(cut, ts.size()))))
                        .as("%s", rule).isEqualTo(m.over(ts));
            }
        });
    }
}
