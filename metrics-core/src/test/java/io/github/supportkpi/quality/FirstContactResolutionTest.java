package io.github.supportkpi.quality;

import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.Status;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Ratio;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class FirstContactResolutionTest {
    private static final Instant T0 = Instant.parse("2024-03-04T09:00:00Z");

    private static Ticket.Builder ticket(String id, int replies) {
        Ticket.Builder b = Ticket.builder(id, T0).interaction(Interaction.customerMessage(T0));
        for (int i = 1; i <= replies; i++) {
            b.interaction(Interaction.agentReply(T0.plusSeconds(60L * i), "ana"));
        }
        return b;
    }

    private static Ticket resolvedWith(String id, int replies) {
        return ticket(id, replies).resolved(T0.plusSeconds(3600)).build();
    }

    private static FirstContactResolution with(FcrCriteria criteria) {
        return FirstContactResolution.of(FcrDefinition.DEFAULT.withCriteria(criteria));
    }

    @Test
    void should_give_the_worked_example() {
        // GIVEN [001] "144 of 213 -> 67.6%" (the article rounds to 68%)
        List<Ticket> tickets = new ArrayList<>();
        for (int i = 0; i < 144; i++) {
            tickets.add(resolvedWith("F" + i, 1));
        }
        for (int i = 0; i < 40; i++) {
            tickets.add(resolvedWith("M" + i, 3));
        }
        for (int i = 0; i < 29; i++) {
            tickets.add(ticket("O" + i, 1).status(Status.OPEN).build());
        }
        // WHEN
        Ratio fcr = FirstContactResolution.defaults().over(tickets);
        // THEN
        assertThat(fcr).isEqualTo(Ratio.of(144, 213));
        assertThat(fcr.percent().getAsDouble()).isCloseTo(67.6, within(0.05));
        assertThat(Math.round(fcr.percent().getAsDouble())).isEqualTo(68);
    }

    @Test
    void should_fail_a_ticket_on_each_condition_that_is_switched_on() {
        // GIVEN one resolved single-reply ticket per failing condition, and one that passes
        List<Ticket> tickets = List.of(
                resolvedWith("ok", 1),
                resolvedWith("two-replies", 2),
                ticket("reopened", 1).reopenCount(1).resolved(T0.plusSeconds(9000)).build(),
                ticket("escalated", 1).escalated(true).resolved(T0.plusSeconds(9000)).build(),
                ticket("transferred", 1).transferred(true).resolved(T0.plusSeconds(9000)).build(),
                ticket("open", 1).status(Status.PENDING).build());
        // WHEN / THEN
        assertThat(FirstContactResolution.defaults().over(tickets)).isEqualTo(Ratio.of(1, 6));
        assertThat(with(FcrCriteria.DEFAULT.withMaxAgentReplies(2)).over(tickets)).isEqualTo(Ratio.of(2, 6));
        assertThat(with(FcrCriteria.DEFAULT.withNoReopen(false)).over(tickets)).isEqualTo(Ratio.of(2, 6));
        assertThat(with(FcrCriteria.DEFAULT.withNoEscalation(false)).over(tickets)).isEqualTo(Ratio.of(2, 6));
        assertThat(with(FcrCriteria.DEFAULT.withNoTransfer(false)).over(tickets)).isEqualTo(Ratio.of(2, 6));
        FcrCriteria loosest = new FcrCriteria(FcrCriteria.NO_REPLY_LIMIT, false, false, false);
        assertThat(with(loosest).over(tickets)).isEqualTo(Ratio.of(5, 6));
    }

    @Test
    void should_count_a_ticket_resolved_with_no_agent_reply() {
        // GIVEN "at most one reply": resolved on a call, with no public reply
        Ticket t = ticket("A", 0).resolved(T0.plusSeconds(60)).build();
        // WHEN / THEN
        assertThat(FirstContactResolution.defaults().over(List.of(t))).isEqualTo(Ratio.of(1, 1));
        assertThat(with(FcrCriteria.DEFAULT.withMaxAgentReplies(0)).over(List.of(t))).isEqualTo(Ratio.of(1, 1));
    }

    @Test
    void should_exclude_categories_from_both_counts() {
        // GIVEN [003] categories that need another team are not eligible
        List<Ticket> tickets = List.of(
                ticket("A", 1).category("billing").resolved(T0.plusSeconds(60)).build(),
                ticket("B", 5).category("refund").resolved(T0.plusSeconds(600)).build(),
                ticket("C", 5).category("bug").resolved(T0.plusSeconds(600)).build(),
                ticket("D", 1).resolved(T0.plusSeconds(60)).build());
        FcrEligibility eligibility = FcrEligibility.excludingCategories("refund", "bug");
        // WHEN
        Ratio fcr = FirstContactResolution.of(FcrDefinition.DEFAULT.withEligibility(eligibility)).over(tickets);
        // THEN the uncategorised ticket stays eligible
        assertThat(fcr).isEqualTo(Ratio.of(2, 2));
        assertThat(eligibility.excludedCategories()).containsExactly("bug", "refund");
    }

    @Test
    void should_use_a_predicate_of_ones_own() {
        // GIVEN only resolved tickets are eligible
        Predicate<Ticket> resolved = Ticket::isResolved;
        FcrEligibility eligibility = FcrEligibility.matching("resolved", resolved);
        List<Ticket> tickets = List.of(resolvedWith("A", 1), ticket("B", 0).build());
        // WHEN
        Ratio fcr = FirstContactResolution.of(FcrDefinition.DEFAULT.withEligibility(eligibility)).over(tickets);
        // THEN
        assertThat(fcr).isEqualTo(Ratio.of(1, 1));
        assertThat(eligibility).isEqualTo(FcrEligibility.matching("resolved", resolved))
                .hasToString("matching(\"resolved\")");
        assertThat(eligibility).isNotEqualTo(FcrEligibility.matching("resolved", t -> true))
                .isNotEqualTo(FcrEligibility.matching("solved", resolved));
    }

    @Test
    void should_be_undefined_when_no_ticket_is_eligible() {
        // GIVEN every ticket's category excluded
        FcrEligibility none = FcrEligibility.excludingCategories("billing");
        List<Ticket> tickets = List.of(ticket("A", 1).category("billing").resolved(T0).build());
        // WHEN
        Ratio fcr = FirstContactResolution.of(FcrDefinition.DEFAULT.withEligibility(none)).over(tickets);
        // THEN
        assertThat(fcr).isEqualTo(Ratio.EMPTY);
        assertThat(fcr.percent()).isEmpty();
        assertThat(FirstContactResolution.defaults().over(List.of()).percent()).isEmpty();
    }

    @Test
    void should_have_defaults_and_value_equality() {
        assertThat(FirstContactResolution.defaults().id()).isEqualTo("fcr.rate");
        assertThat(FcrDefinition.DEFAULT.eligibility()).isSameAs(FcrEligibility.all());
        assertThat(FcrCriteria.DEFAULT).isEqualTo(new FcrCriteria(1, true, true, true));
        assertThat(FcrEligibility.excludingCategories(Set.of("a", "b")))
                .isEqualTo(FcrEligibility.excludingCategories("b", "a"))
                .hasToString("excludingCategories([a, b])");
        assertThat(FirstContactResolution.defaults()).isEqualTo(FirstContactResolution.of(FcrDefinition.DEFAULT));
    }

    @Test
    void should_reject_invalid_knobs() {
        assertThatThrownBy(() -> FcrCriteria.DEFAULT.withMaxAgentReplies(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxAgentReplies must not be negative: -1");
        assertThatThrownBy(() -> FcrEligibility.excludingCategories("billing", " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("category must not be blank: \" \"");
        assertThatThrownBy(() -> FcrEligibility.matching("resolved", null))
                .isInstanceOf(NullPointerException.class).hasMessage("predicate");
        assertThatThrownBy(() -> FcrEligibility.matching(null, Ticket::isResolved))
                .isInstanceOf(NullPointerException.class).hasMessage("name");
        assertThatThrownBy(() -> FcrEligibility.matching(" ", Ticket::isResolved))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("name must not be blank: \" \"");
        assertThatThrownBy(() -> FcrDefinition.DEFAULT.withEligibility(null))
                .isInstanceOf(NullPointerException.class).hasMessage("eligibility");
        assertThatThrownBy(() -> FcrDefinition.DEFAULT.withCriteria(null))
                .isInstanceOf(NullPointerException.class).hasMessage("criteria");
        assertThatThrownBy(() -> FirstContactResolution.of(null))
                .isInstanceOf(NullPointerException.class).hasMessage("definition");
    }
}
