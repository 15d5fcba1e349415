package io.github.supportkpi.contact;

import io.github.supportkpi.contact.ServiceLevelDefinition.Abandons;
import io.github.supportkpi.domain.Actor;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.InteractionKind;
import io.github.supportkpi.domain.UnknownWait;
import io.github.supportkpi.metric.Count;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.staffing.Patience;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A call log of ten inbound calls, three of them with a blank wait, worked by hand under each rule for
 * unknown waits:
 *
 * <pre>
 *   answered after 5, 10, 15, 25 and 30 s     (C1-C5)
 *   answered, wait blank                      (C6)
 *   abandoned after 3 s and after 40 s        (C7, C8)
 *   abandoned, wait blank                     (C9, C10)
 * </pre>
 */
class UnknownWaitTest {
    private static final Instant T0 = Instant.parse("2024-03-04T09:00:00Z");
    private static final Duration FIVE_SECONDS = Duration.ofSeconds(5);

    private static Interaction answered(String id, long waitSeconds) {
        return Interaction.builder(InteractionKind.CALL, T0).id(id).queueWait(Duration.ofSeconds(waitSeconds))
                .agentId("ana").talk(Duration.ofMinutes(3)).build();
    }

    private static Interaction answeredWaitUnknown(String id) {
        return Interaction.builder(InteractionKind.CALL, T0).id(id).queueWaitUnknown().agentId("ana")
                .talk(Duration.ofMinutes(3)).build();
    }

    private static Interaction abandoned(String id, long waitSeconds) {
        return Interaction.builder(InteractionKind.CALL, T0).id(id).queueWait(Duration.ofSeconds(waitSeconds))
                .abandoned(true).actor(Actor.CUSTOMER).build();
    }

    private static Interaction abandonedWaitUnknown(String id) {
        return Interaction.builder(InteractionKind.CALL, T0).id(id).queueWaitUnknown().abandoned(true)
                .actor(Actor.CUSTOMER).build();
    }

    private static final List<Interaction> LOG = List.of(answered("C1", 5), answered("C2", 10),
            answered("C3", 15), answered("C4", 25), answered("C5", 30), answeredWaitUnknown("C6"),
            abandoned("C7", 3), abandoned("C8", 40), abandonedWaitUnknown("C9"), abandonedWaitUnknown("C10"));

    private static Ratio abandonRate(AbandonmentDefinition d) {
        return AbandonmentRate.of(d).over(LOG);
    }

    private static Ratio serviceLevel(ServiceLevelDefinition d) {
        return ServiceLevel.of(d).over(LOG);
    }

    @Test
    void should_keep_an_unknown_wait_apart_from_a_zero_wait() {
        Interaction blank = abandonedWaitUnknown("C9");
        assertThat(blank.queueWait()).isEmpty();
        assertThat(blank.hasQueueWait()).isFalse();
        assertThat(blank).isNotEqualTo(abandoned("C9", 0));
        assertThatThrownBy(blank::knownQueueWait).isInstanceOf(IllegalStateException.class)
                .hasMessage("queueWait is unknown: interaction C9 (CALL at 2024-03-04T09:00:00Z)");
        // a call built without a wait still waited zero, as before
        assertThat(Interaction.builder(InteractionKind.CALL, T0).build().queueWait()).contains(Duration.ZERO);
    }

    @Test
    void should_refuse_an_unknown_wait_on_a_kind_that_does_not_queue() {
        assertThatThrownBy(() -> Interaction.builder(InteractionKind.AGENT_REPLY, T0).queueWaitUnknown().build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("queueWait must be zero for AGENT_REPLY (only calls and chats queue)")
                .hasMessageEndingWith("queueWait unknown");
    }

    @Test
    void should_refuse_a_known_wait_after_an_unknown_one_in_the_builder() {
        assertThatThrownBy(() -> Interaction.builder(InteractionKind.CALL, T0).queueWaitUnknown()
                .queueWait(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("queueWait must not be set twice to different values");
    }

    @Test
    void should_count_an_abandon_of_unknown_wait_as_a_long_abandon_by_default() {
        // GIVEN a 5 s short-abandon threshold: only C7 (3 s) is a short abandon; C9 and C10 are not
        AbandonmentDefinition d = AbandonmentDefinition.DEFAULT.withShortAbandonThreshold(FIVE_SECONDS);
        assertThat(LOG.stream().filter(d::isShortAbandon).map(i -> i.id().orElseThrow())).containsExactly("C7");
        // THEN 9 offered calls count, 3 of them abandoned (C8, C9, C10)
        assertThat(abandonRate(d)).isEqualTo(Ratio.of(3, 9));
    }

    @Test
    void should_leave_out_abandons_of_unknown_wait_under_exclude() {
        // GIVEN 5 s: C7 is short, C9 and C10 are left out; 7 count, C8 abandoned
        AbandonmentDefinition d = AbandonmentDefinition.DEFAULT.withShortAbandonThreshold(FIVE_SECONDS)
                .withUnknownWait(UnknownWait.EXCLUDE);
        assertThat(abandonRate(d)).isEqualTo(Ratio.of(1, 7));
        // AND the two left out can be counted
        assertThat(Count.metric("abandon.unknown.wait", d::lacksNeededWait).over(LOG)).isEqualTo(Count.of(2));
    }

    @Test
    void should_refuse_an_abandon_of_unknown_wait_under_refuse_naming_it() {
        AbandonmentDefinition d = AbandonmentDefinition.DEFAULT.withShortAbandonThreshold(FIVE_SECONDS)
                .withUnknownWait(UnknownWait.REFUSE);
        assertThatThrownBy(() -> abandonRate(d)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("queueWait must be known for abandon.rate (unknownWait REFUSE): ")
                .hasMessageContaining("id=Optional[C9]");
    }

    @Test
    void should_not_need_the_wait_with_no_short_abandon_threshold() {
        // GIVEN a 0 s threshold: every abandon counts whatever its wait; 4 of 10 abandoned under every rule
        for (UnknownWait rule : UnknownWait.values()) {
            assertThat(abandonRate(AbandonmentDefinition.DEFAULT.withUnknownWait(rule))).as("%s", rule)
                    .isEqualTo(Ratio.of(4, 10));
        }
    }

    @Test
    void should_count_a_call_of_unknown_wait_as_missing_the_service_level_by_default() {
        // GIVEN 20 s, abandons in the denominator: C1-C3 meet; C6 of unknown wait misses
        assertThat(serviceLevel(ServiceLevelDefinition.DEFAULT)).isEqualTo(Ratio.of(3, 10));
        // AND under EXCLUDE C6 is left out; abandons miss whatever their wait, so C9 and C10 stay
        assertThat(serviceLevel(ServiceLevelDefinition.DEFAULT.withUnknownWait(UnknownWait.EXCLUDE)))
                .isEqualTo(Ratio.of(3, 9));
    }

    @Test
    void should_never_let_an_unknown_wait_meet_the_target_when_abandons_within_it_meet() {
        // GIVEN abandons within 20 s meet: C1-C3 and C7 (3 s) meet; C6, C9 and C10 do not
        ServiceLevelDefinition meet = ServiceLevelDefinition.DEFAULT.withAbandonsWithinTargetMeet(true);
        assertThat(serviceLevel(meet)).isEqualTo(Ratio.of(4, 10));
        // AND under EXCLUDE all three are left out
        assertThat(serviceLevel(meet.withUnknownWait(UnknownWait.EXCLUDE))).isEqualTo(Ratio.of(4, 7));
    }

    @Test
    void should_apply_the_rule_to_short_abandons_in_the_service_level() {
        // GIVEN short abandons below 5 s left out: C7 is out
        ServiceLevelDefinition shortOut = ServiceLevelDefinition.DEFAULT.withAbandons(Abandons.SHORT_EXCLUDED)
                .withShortAbandonThreshold(FIVE_SECONDS);
        // THEN C9 and C10 are long abandons and C6 misses: 3 of 9
        assertThat(serviceLevel(shortOut)).isEqualTo(Ratio.of(3, 9));
        // AND under EXCLUDE C6, C9 and C10 are out: 3 of 6
        assertThat(serviceLevel(shortOut.withUnknownWait(UnknownWait.EXCLUDE))).isEqualTo(Ratio.of(3, 6));
        // AND with abandons excluded altogether, only C6's wait is needed: 3 of 5 under EXCLUDE
        assertThat(serviceLevel(ServiceLevelDefinition.DEFAULT.withAbandons(Abandons.EXCLUDED)
                .withUnknownWait(UnknownWait.EXCLUDE))).isEqualTo(Ratio.of(3, 5));
        assertThat(serviceLevel(ServiceLevelDefinition.DEFAULT.withAbandons(Abandons.EXCLUDED)))
                .isEqualTo(Ratio.of(3, 6));
    }

    @Test
    void should_refuse_a_call_of_unknown_wait_in_the_service_level_under_refuse() {
        assertThatThrownBy(() -> serviceLevel(ServiceLevelDefinition.DEFAULT.withUnknownWait(UnknownWait.REFUSE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("queueWait must be known for service.level (unknownWait REFUSE): ")
                .hasMessageContaining("id=Optional[C6]");
    }

    @Test
    void should_count_an_answer_of_unknown_wait_as_unmeasured_in_the_speed_of_answer() {
        // GIVEN answers after 5, 10, 15, 25 and 30 s: 85 s / 5; C6 and the four abandons are unmeasured
        DurationStats asa = AverageSpeedOfAnswer.defaults().over(LOG);
        assertThat(asa.mean()).contains(Duration.ofSeconds(17));
        assertThat(asa.count()).isEqualTo(5);
        assertThat(asa.unmeasured()).isEqualTo(5);
        // AND REFUSE names C6
        assertThatThrownBy(() -> AverageSpeedOfAnswer.of(AnswerSpeedDefinition.DEFAULT
                .withUnknownWait(UnknownWait.REFUSE)).over(LOG)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("queueWait must be known for asa (unknownWait REFUSE): ")
                .hasMessageContaining("id=Optional[C6]");
        // AND a wait of unknown length has no place in a mean
        assertThatThrownBy(() -> AnswerSpeedDefinition.DEFAULT.withUnknownWait(UnknownWait.COUNT_AS_LONG))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknownWait must be EXCLUDE or REFUSE for the speed of answer"
                        + " (a wait of unknown length has no place in a mean): COUNT_AS_LONG");
    }

    @Test
    void should_estimate_patience_from_known_waits_only() {
        // GIVEN known waits 5 + 10 + 15 + 25 + 30 + 3 + 40 = 128 s, two known abandons (C7, C8)
        Patience p = Patience.metric().over(LOG);
        // THEN 128 / 2 = 64 s; C9 and C10 are unmeasured abandons, C6 an unmeasured answer
        assertThat(p.mean()).contains(Duration.ofSeconds(64));
        assertThat(p.abandoned().count()).isEqualTo(2);
        assertThat(p.abandoned().unmeasured()).isEqualTo(2);
        assertThat(p.answered().unmeasured()).isEqualTo(1);
        assertThatThrownBy(() -> Patience.metric(UnknownWait.REFUSE).over(LOG))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("queueWait must be known for patience (unknownWait REFUSE): ")
                .hasMessageContaining("id=Optional[C6]");
        assertThatThrownBy(() -> Patience.metric(UnknownWait.COUNT_AS_LONG))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknownWait must be EXCLUDE or REFUSE for patience");
    }
}
