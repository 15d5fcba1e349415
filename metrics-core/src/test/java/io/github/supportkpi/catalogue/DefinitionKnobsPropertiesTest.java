package io.github.supportkpi.catalogue;

import io.github.supportkpi.catalogue.DefinitionScenarios.Scenario;
import io.github.supportkpi.testing.TallyContract;
import java.util.function.LongFunction;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * The definitions of catalogue metrics over generated knobs ({@link DefinitionScenarios}): the same
 * definition built apart (sets and calendars given in other orders, holidays added in another order, a rule of
 * one's own given again as another lambda under the same name) states the same text, and changing any one
 * knob changes it. QuickTheories prints the seed that replays a failure.
 */
class DefinitionKnobsPropertiesTest {
    private static final Pattern IDENTITY_HASH = Pattern.compile("@[0-9a-f]{4,}");

    private static void check(LongFunction<Scenario> scenarios) {
        qt().withExamples(TallyContract.EXAMPLES).forAll(longs().all().map(scenarios::apply)).checkAssert(s -> {
            String text = s.metric().definition();
            assertThat(text).as(s.what()).doesNotContain("\n", "$$Lambda").doesNotContainPattern(IDENTITY_HASH);
            assertThat(s.builtApart().definition()).as("%s built apart", s.what()).isEqualTo(text);
            assertThat(s.changed()).isNotEmpty();
            s.changed().forEach((knob, changed) -> assertThat(changed.definition())
                    .as("%s with another %s", s.what(), knob).isNotEqualTo(text));
        });
    }

    @Test
    void first_contact_resolution_states_its_eligibility_and_every_criterion() {
        check(DefinitionScenarios::firstContactResolution);
    }

    @Test
    void first_response_time_states_its_business_calendar_whatever_order_it_was_built_in() {
        check(DefinitionScenarios::firstResponseTime);
    }

    @Test
    void sla_compliance_states_every_policy_its_conditions_targets_calendars_and_the_fallback() {
        check(DefinitionScenarios::slaCompliance);
    }

    @Test
    void service_level_states_its_target_abandons_kinds_and_unknown_wait_rule() {
        check(DefinitionScenarios::serviceLevel);
    }

    @Test
    void abandonment_states_its_threshold_kinds_and_unknown_wait_rule() {
        check(DefinitionScenarios::abandonment);
    }

    @Test
    void contact_resolution_states_its_kinds() {
        check(DefinitionScenarios::contactResolution);
    }

    @Test
    void backlog_states_its_instant_rule_and_the_rules_knobs() {
        check(DefinitionScenarios::backlog);
    }

    @Test
    void resolution_time_states_its_point_time_measure_and_summary() {
        check(DefinitionScenarios::resolutionTime);
    }

    @Test
    void time_in_status_states_its_statuses_time_measure_end_and_summary() {
        check(DefinitionScenarios::timeInStatus);
    }

    @Test
    void handle_time_states_its_unit_kinds_and_summary() {
        check(DefinitionScenarios::handleTime);
    }

    @Test
    void satisfaction_states_its_scale_and_threshold() {
        check(DefinitionScenarios::satisfaction);
    }
}
