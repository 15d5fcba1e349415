package io.github.supportkpi.contact;

import io.github.supportkpi.contact.ServiceLevelDefinition.Abandons;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.InteractionKind;
import io.github.supportkpi.metric.Ratio;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static io.github.supportkpi.contact.AbandonmentRateTest.abandoned;
import static io.github.supportkpi.contact.AbandonmentRateTest.answered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ServiceLevelTest {
    private static final InteractionKind CALL = InteractionKind.CALL;

    /** 8 answered within 20 s (two at exactly 20 s), 1 answered after 45 s, 1 abandoned after 10 s, 1 after 60 s. */
    private static List<Interaction> calls() {
        List<Interaction> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            calls.add(answered(CALL, 5));
        }
        calls.add(answered(CALL, 20));
        calls.add(answered(CALL, 20));
        calls.add(answered(CALL, 45));
        calls.add(abandoned(CALL, 10));
        calls.add(abandoned(CALL, 60));
        return calls;
    }

    @Test
    void should_meet_80_20_with_80_of_100_answered_within_20_seconds() {
        // contact-centre convention "80/20": 80 of 100 offered calls answered within 20 s -> 80%
        // GIVEN
        List<Interaction> calls = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            calls.add(answered(CALL, 12));
        }
        for (int i = 0; i < 20; i++) {
            calls.add(answered(CALL, 35));
        }
        // WHEN
        Ratio sl = ServiceLevel.defaults().over(calls);
        // THEN
        assertThat(sl.percent()).hasValueCloseTo(80.0, within(1e-9));
    }

    @Test
    void should_count_abandons_in_the_denominator_by_default() {
        // GIVEN 8 of 11 offered calls answered within 20 s (inclusive)
        // WHEN
        Ratio sl = ServiceLevel.defaults().over(calls());
        // THEN
        assertThat(sl).isEqualTo(Ratio.of(8, 11));
    }

    @Test
    void should_leave_abandons_out_when_excluded() {
        Ratio sl = ServiceLevel.of(ServiceLevelDefinition.DEFAULT.withAbandons(Abandons.EXCLUDED)).over(calls());
        assertThat(sl).isEqualTo(Ratio.of(8, 9));
    }

    @Test
    void should_leave_only_short_abandons_out_when_short_excluded() {
        // GIVEN short abandons are those with a wait below 15 s: the 10 s abandon
        ServiceLevelDefinition d = ServiceLevelDefinition.DEFAULT.withAbandons(Abandons.SHORT_EXCLUDED)
                .withShortAbandonThreshold(Duration.ofSeconds(15));
        // WHEN / THEN
        assertThat(ServiceLevel.of(d).over(calls())).isEqualTo(Ratio.of(8, 10));
    }

    @Test
    void should_count_abandons_within_target_as_met_when_asked() {
        // GIVEN the 10 s abandon is within 20 s
        ServiceLevelDefinition d = ServiceLevelDefinition.DEFAULT.withAbandonsWithinTargetMeet(true);
        // WHEN / THEN
        assertThat(ServiceLevel.of(d).over(calls())).isEqualTo(Ratio.of(9, 11));
    }

    @Test
    void should_use_the_target_inclusively() {
        ServiceLevelDefinition d = ServiceLevelDefinition.DEFAULT.withTarget(Duration.ofSeconds(19));
        assertThat(ServiceLevel.of(d).over(calls())).isEqualTo(Ratio.of(6, 11));
        assertThat(ServiceLevel.of(d.withTarget(Duration.ofSeconds(45))).over(calls())).isEqualTo(Ratio.of(9, 11));
    }

    @Test
    void should_be_undefined_with_no_offered_calls() {
        Ratio sl = ServiceLevel.defaults().over(List.of(answered(InteractionKind.CHAT, 3)));
        assertThat(sl).isEqualTo(Ratio.EMPTY);
        assertThat(sl.percent()).isEmpty();
    }

    @Test
    void should_reject_invalid_definitions() {
        ServiceLevelDefinition d = ServiceLevelDefinition.DEFAULT;
        assertThatThrownBy(() -> d.withTarget(Duration.ofSeconds(-20))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("target must not be negative: PT-20S");
        assertThatThrownBy(() -> d.withShortAbandonThreshold(Duration.ofSeconds(-5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("shortAbandonThreshold must not be negative: PT-5S");
        assertThatThrownBy(() -> d.withAbandons(Abandons.EXCLUDED).withAbandonsWithinTargetMeet(true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("abandonsWithinTargetMeet must be false when abandons are EXCLUDED: true");
        assertThatThrownBy(() -> d.withKinds(Set.of(InteractionKind.SELF_SERVICE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("kinds must be queued kinds (CALL, CHAT): [SELF_SERVICE]");
        assertThatThrownBy(() -> d.withTarget(null)).isInstanceOf(NullPointerException.class).hasMessage("target");
        assertThatThrownBy(() -> d.withAbandons(null)).isInstanceOf(NullPointerException.class).hasMessage("abandons");
    }

    @Test
    void should_have_its_id_and_default_definition() {
        assertThat(ServiceLevel.defaults().id()).isEqualTo("service.level");
        assertThat(ServiceLevelDefinition.DEFAULT.target()).isEqualTo(Duration.ofSeconds(20));
        assertThat(ServiceLevelDefinition.DEFAULT.abandons()).isEqualTo(Abandons.IN_DENOMINATOR);
        assertThat(ServiceLevelDefinition.DEFAULT.abandonsWithinTargetMeet()).isFalse();
        assertThat(ServiceLevel.of(ServiceLevelDefinition.DEFAULT)).isEqualTo(ServiceLevel.defaults());
    }
}
