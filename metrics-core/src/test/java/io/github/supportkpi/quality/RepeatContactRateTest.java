package io.github.supportkpi.quality;

import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Ratio;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

// [004] names the metric and the 7-day window; it gives no worked number, so the numbers here are ours.
class RepeatContactRateTest {
    private static final Instant DAY1 = Instant.parse("2024-03-04T09:00:00Z");

    private static Ticket ticket(String id, String customer, String category, Instant created) {
        return Ticket.builder(id, created).customerId(customer).category(category).build();
    }

    private static Instant day(int n) {
        return DAY1.plus(Duration.ofDays(n - 1));
    }

    @Test
    void should_count_the_earlier_ticket_when_the_customer_comes_back_about_the_same_category() {
        // GIVEN ann asks about billing on day 1 and day 3 (a repeat), about login on day 2 (another
        // category), and about billing again on day 11 (8 days after day 3: outside the window)
        List<Ticket> tickets = List.of(
                ticket("1", "ann", "billing", day(1)),
                ticket("2", "ann", "login", day(2)),
                ticket("3", "ann", "billing", day(3)),
                ticket("4", "ann", "billing", day(11)));
        // WHEN
        ContactHistory h = RepeatContactRate.defaults().over(tickets);
        // THEN only ticket 1 is followed by a repeat contact within 7 days
        assertThat(h.repeated()).isEqualTo(Ratio.of(1, 4));
        assertThat(h.repeated().percent().getAsDouble()).isEqualTo(25.0);
        assertThat(h.window()).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void should_count_a_repeat_exactly_at_the_end_of_the_window() {
        // GIVEN bob's second billing ticket exactly 7 days after the first, a third 7 days and 1 s later
        List<Ticket> tickets = List.of(
                ticket("1", "bob", "billing", day(1)),
                ticket("2", "bob", "billing", day(8)),
                ticket("3", "bob", "billing", day(15).plusSeconds(1)));
        // WHEN / THEN the window is closed: 1 is repeated by 2; 2 is not repeated by 3
        assertThat(RepeatContactRate.defaults().over(tickets).repeated()).isEqualTo(Ratio.of(1, 3));
        assertThat(RepeatContactRate.within(Duration.ofDays(7).plusSeconds(1)).over(tickets).repeated())
                .isEqualTo(Ratio.of(2, 3));
    }

    @Test
    void should_count_tickets_created_at_the_same_instant_as_repeats_of_each_other() {
        List<Ticket> tickets = List.of(ticket("1", "cy", "bug", day(1)), ticket("2", "cy", "bug", day(1)));
        assertThat(RepeatContactRate.within(Duration.ZERO).over(tickets).repeated()).isEqualTo(Ratio.of(2, 2));
    }

    @Test
    void should_keep_tickets_with_no_customer_or_category_in_the_denominator_only() {
        // GIVEN one repeat pair and two tickets that cannot be matched
        List<Ticket> tickets = List.of(
                ticket("1", "dee", "refund", day(1)),
                ticket("2", "dee", "refund", day(2)),
                Ticket.builder("no-customer", day(1)).category("refund").build(),
                Ticket.builder("no-category", day(1)).customerId("dee").build());
        // WHEN
        ContactHistory h = RepeatContactRate.defaults().over(tickets);
        // THEN
        assertThat(h.repeated()).isEqualTo(Ratio.of(1, 4));
        assertThat(h.unmatchable()).isEqualTo(2);
        assertThat(h.tickets()).isEqualTo(4);
        // AND with any category of the same customer, the ticket with no category is matched: dee's
        // no-category ticket (day 1) is followed by ticket 2 (day 2), and ticket 1 by it (same instant)
        ContactHistory anyCategory = RepeatContactRate.of(RepeatContactDefinition.DEFAULT.withSameCategory(false))
                .over(tickets);
        assertThat(anyCategory.repeated()).isEqualTo(Ratio.of(2, 4));
        assertThat(anyCategory.unmatchable()).isEqualTo(1);
    }

    @Test
    void should_find_a_repeat_across_merged_parts() {
        Ticket first = ticket("1", "eve", "how-to", day(1));
        Ticket second = ticket("2", "eve", "how-to", day(4));
        ContactHistory merged = RepeatContactRate.defaults().over(List.of(first))
                .plus(RepeatContactRate.defaults().over(List.of(second)));
        assertThat(merged.repeated()).isEqualTo(Ratio.of(1, 2));
        assertThat(merged.withWindow(Duration.ofDays(2)).repeated()).isEqualTo(Ratio.of(0, 2));
    }

    @Test
    void should_be_undefined_with_no_tickets() {
        ContactHistory none = RepeatContactRate.defaults().over(List.<Ticket>of());
        assertThat(none.repeated().percent()).isEmpty();
        assertThat(none.unrepeated().percent()).isEmpty();
        assertThat(none.sampleSize()).isZero();
    }

    @Test
    void should_fail_first_contact_resolution_when_the_customer_comes_back_within_the_window() {
        // GIVEN three tickets resolved with one reply: fay's billing ticket is followed 3 days later by
        // another (open) billing ticket; gus's is followed 9 days later; hal's login ticket is alone
        List<Ticket> tickets = List.of(
                resolved("fay-1", "fay", "billing", day(1)),
                ticket("fay-2", "fay", "billing", day(4)),
                resolved("gus-1", "gus", "billing", day(1)),
                ticket("gus-2", "gus", "billing", day(10)),
                resolved("hal-1", "hal", "login", day(1)));
        // WHEN
        Ratio plain = FirstContactResolution.defaults().over(tickets);
        ContactHistory noRepeat = FirstContactResolution.withoutRepeatContact(FcrDefinition.DEFAULT,
                Duration.ofDays(7)).over(tickets);
        // THEN the open tickets fail both; fay-1 fails only the repeat condition
        assertThat(plain).isEqualTo(Ratio.of(3, 5));
        assertThat(noRepeat.unrepeated()).isEqualTo(Ratio.of(2, 5));
        assertThat(FirstContactResolutionWithoutRepeat.defaults().over(tickets)).isEqualTo(noRepeat);
        // AND a window of 10 days fails gus-1 too
        assertThat(FirstContactResolutionWithoutRepeat.of(FcrDefinition.DEFAULT, Duration.ofDays(10)).over(tickets)
                .unrepeated()).isEqualTo(Ratio.of(1, 5));
        // AND an ineligible later ticket still is a repeat contact
        FcrDefinition resolvedOnly = FcrDefinition.DEFAULT.withEligibility(FcrEligibility.matching("resolved", Ticket::isResolved));
        assertThat(FirstContactResolutionWithoutRepeat.of(resolvedOnly, Duration.ofDays(7)).over(tickets).unrepeated())
                .isEqualTo(Ratio.of(2, 3));
    }

    private static Ticket resolved(String id, String customer, String category, Instant created) {
        return Ticket.builder(id, created).customerId(customer).category(category)
                .interaction(Interaction.customerMessage(created))
                .interaction(Interaction.agentReply(created.plusSeconds(600), "ana"))
                .resolved(created.plusSeconds(3600)).build();
    }

    @Test
    void should_refuse_invalid_knobs() {
        assertThatThrownBy(() -> RepeatContactRate.within(Duration.ofDays(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("window must not be negative: PT-24H");
        assertThatThrownBy(() -> FcrRepeatDefinition.DEFAULT.withWindow(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("window must not be negative: PT-1S");
        assertThatThrownBy(() -> ContactHistory.empty(RepeatContactDefinition.DEFAULT).withWindow(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("window must not be negative: PT-1S");
        assertThatThrownBy(() -> RepeatContactRate.defaults().empty()
                .plus(RepeatContactRate.within(Duration.ofDays(3)).empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("window and sameCategory must match to merge: PT168H, true and PT72H, true");
        assertThatThrownBy(() -> new FcrRepeatDefinition(null, RepeatContactDefinition.DEFAULT))
                .isInstanceOf(NullPointerException.class).hasMessage("fcr");
    }

    @Test
    void should_default_to_a_seven_day_window() {
        // [004] "within 7 days"
        assertThat(RepeatContactDefinition.DEFAULT.window()).isEqualTo(Duration.ofDays(7));
        assertThat(FcrRepeatDefinition.DEFAULT.repeat().window()).isEqualTo(Duration.ofDays(7));
        assertThat(RepeatContactRate.defaults().id()).isEqualTo("repeat.contact.rate");
    }
}
