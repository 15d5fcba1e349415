package io.github.supportkpi.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The small values: channels, priorities, statuses, agent sessions, customer periods. */
class ValuesTest {
    private static final Instant AT = Instant.parse("2024-03-01T10:00:00Z");

    @Test
    void should_normalise_channel_names() {
        assertThat(Channel.of("Social Media")).isEqualTo(Channel.of("social-media")).isEqualTo(Channel.of(" SOCIAL_MEDIA "));
        assertThat(Channel.of("Email")).isEqualTo(Channel.EMAIL);
        assertThatThrownBy(() -> Channel.of("  ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("channel must not be blank: \"  \"");
    }

    @Test
    void should_parse_priorities_and_their_aliases() {
        assertThat(Priority.parse("High")).isEqualTo(Priority.HIGH);
        assertThat(Priority.parse("normal")).isEqualTo(Priority.MEDIUM);
        assertThat(Priority.parse("Critical")).isEqualTo(Priority.URGENT);
        assertThatThrownBy(() -> Priority.parse("P1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("priority must be one of low, medium (normal), high, urgent (critical): \"P1\"");
    }

    @Test
    void should_parse_help_desk_status_names() {
        assertThat(Status.parse("In Progress")).isEqualTo(Status.OPEN);
        assertThat(Status.parse("Pending Customer Response")).isEqualTo(Status.PENDING);
        assertThat(Status.parse("Resolved")).isEqualTo(Status.SOLVED);
        assertThat(Status.parse("closed").isResolved()).isTrue();
        assertThatThrownBy(() -> Status.parse("Escalated")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("status must be a known status name").hasMessageEndingWith(": \"Escalated\"");
    }

    @Test
    void should_measure_agent_sessions_and_refuse_inverted_ones() {
        assertThat(new AgentSession("ana", AT, AT.plusSeconds(3600)).loggedIn()).isEqualTo(Duration.ofHours(1));
        assertThatThrownBy(() -> new AgentSession("ana", AT, AT.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("end must not be before start: agent ana, start 2024-03-01T10:00:00Z, end 2024-03-01T09:59:59Z");
    }

    @Test
    void should_refuse_contradictory_customer_periods() {
        assertThatThrownBy(() -> new CustomerPeriod("C-1", true, true, true, BigDecimal.ZERO, BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("acquired must be false for a customer active at the start: customer C-1");
        assertThatThrownBy(() -> new CustomerPeriod("C-2", false, false, true, BigDecimal.ZERO, BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a customer period must be active at the start or acquired during the period: customer C-2");
        assertThatThrownBy(() -> new CustomerPeriod("C-3", true, false, true, new BigDecimal("-1"), BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("revenueAtStart must not be negative: customer C-3, -1");
        assertThat(CustomerPeriod.existing("C-4", false).lost()).isTrue();
        assertThat(CustomerPeriod.acquired("C-5", false).lost()).isFalse();
    }
}
