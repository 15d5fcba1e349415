package io.github.supportkpi.sla;

import io.github.supportkpi.domain.Priority;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.time.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SlaPoliciesTest {
    private static final BusinessCalendar ALWAYS_OPEN = BusinessCalendar.twentyFourSeven(ZoneOffset.UTC);
    private static final SlaPolicy URGENT = SlaPolicy.of("Urgent", SlaCondition.priority(Priority.URGENT), ALWAYS_OPEN)
            .withTarget(SlaTarget.FIRST_RESPONSE, Duration.ofHours(1));
    private static final SlaPolicy STANDARD = SlaPolicy.of("Standard", SlaCondition.always(), ALWAYS_OPEN)
            .withTarget(SlaTarget.FIRST_RESPONSE, Duration.ofHours(8));
    private static final SlaPolicy PREMIUM = SlaPolicy.of("Premium", SlaCondition.always(), ALWAYS_OPEN)
            .withTarget(SlaTarget.FIRST_RESPONSE, Duration.ofHours(4));

    @Test
    void should_refuse_a_fallback_set_twice_to_different_policies_naming_both() {
        // GIVEN a builder whose fallback is Standard
        SlaPolicies.Builder b = SlaPolicies.builder().policy(URGENT).otherwise(STANDARD);
        // WHEN / THEN another fallback is refused instead of replacing it
        assertThatThrownBy(() -> b.otherwise(PREMIUM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fallback must not be set twice to different values: fallback \"Standard\", then \"Premium\"");
        // AND a different policy of the same name is told apart from the first
        SlaPolicy looser = STANDARD.withTarget(SlaTarget.FIRST_RESPONSE, Duration.ofHours(24));
        assertThatThrownBy(() -> b.otherwise(looser))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fallback must not be set twice to different values: fallback \"Standard\", then another"
                        + " policy named \"Standard\"");
        // AND the builder still holds the first fallback
        assertThat(b.build().fallback()).contains(STANDARD);
    }

    @Test
    void should_accept_the_same_fallback_again() {
        // GIVEN / WHEN the same fallback is set twice
        SlaPolicies policies = SlaPolicies.builder().otherwise(STANDARD).policy(URGENT).otherwise(STANDARD).build();
        // THEN it is the fallback once, and the policies are unchanged
        assertThat(policies.fallback()).contains(STANDARD);
        assertThat(policies.policies()).containsExactly(URGENT);
    }

    @Test
    void should_refuse_a_policy_whose_name_is_taken_when_it_is_added() {
        // GIVEN / WHEN / THEN a policy listed twice is refused at once: the second could never be reached
        assertThatThrownBy(() -> SlaPolicies.builder().policy(URGENT).policy(URGENT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("policy names must be unique: \"Urgent\" twice");
        // AND a fallback named like a policy, in either order
        assertThatThrownBy(() -> SlaPolicies.builder().policy(STANDARD).otherwise(STANDARD))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("policy names must be unique: \"Standard\" twice");
        assertThatThrownBy(() -> SlaPolicies.builder().otherwise(STANDARD).policy(STANDARD))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("policy names must be unique: \"Standard\" twice");
    }

    @Test
    void should_keep_policies_in_the_order_added_and_the_fallback_apart() {
        // GIVEN the fallback set first, then two policies
        SlaPolicies policies = SlaPolicies.builder().otherwise(STANDARD).policy(URGENT).policy(PREMIUM).build();
        Ticket urgent = Ticket.builder("T-1", Instant.parse("2024-03-04T09:00:00Z")).priority(Priority.URGENT).build();
        Ticket low = Ticket.builder("T-2", Instant.parse("2024-03-04T09:00:00Z")).priority(Priority.LOW).build();
        // THEN the policies are tried in the order added, and the fallback is only the fallback
        assertThat(policies.policies()).containsExactly(URGENT, PREMIUM);
        assertThat(policies.policyFor(urgent)).contains(URGENT);
        assertThat(policies.policyFor(low)).contains(PREMIUM);
        assertThat(policies.fallback()).contains(STANDARD);
    }
}
