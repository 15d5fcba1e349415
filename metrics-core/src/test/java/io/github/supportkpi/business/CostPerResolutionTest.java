package io.github.supportkpi.business;

import io.github.supportkpi.domain.Ticket;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CostPerResolutionTest {
    private static final Instant AT = Instant.parse("2024-03-04T10:00:00Z");

    /** 2,000 resolved tickets and 500 open ones. */
    static List<Ticket> tickets() {
        List<Ticket> list = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            Ticket.Builder b = Ticket.builder("T-" + i, AT);
            list.add(i < 2_000 ? b.resolved(AT.plusSeconds(3600)).build() : b.build());
        }
        return list;
    }

    @Test
    void should_give_10_dollars_for_20000_over_2000_resolved() {
        // [000] "$20,000 / 2,000 resolved = $10"
        // GIVEN 2,000 resolved and 500 open tickets, support cost $20,000
        // WHEN
        CostPerUnit tally = CostPerResolution.defaults().over(tickets()).withCost(new BigDecimal("20000.00"));
        // THEN
        assertThat(tally.units()).isEqualTo(2_000);
        assertThat(tally.perUnit()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("10"));
        assertThat(CostPerResolution.defaults().over(tickets(), new BigDecimal("20000")))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("10"));
    }

    @Test
    void should_divide_by_all_tickets_when_told() {
        // [002] cost over all tickets
        // GIVEN the same tickets, denominator ALL
        CostPerResolution perTicket =
                CostPerResolution.of(CostPerResolutionDefinition.DEFAULT.withDenominator(CostDenominator.ALL));
        // WHEN / THEN 20,000 / 2,500 = 8
        assertThat(perTicket.over(tickets(), new BigDecimal("20000")))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("8"));
    }

    @Test
    void should_be_undefined_with_no_resolved_tickets() {
        // GIVEN only an open ticket
        List<Ticket> open = List.of(Ticket.builder("T-1", AT).build());
        // WHEN / THEN
        assertThat(CostPerResolution.defaults().over(open, new BigDecimal("500"))).isEmpty();
        assertThat(CostPerUnit.EMPTY.perUnit()).isEmpty();
    }

    @Test
    void should_add_up_segment_costs() {
        // GIVEN two teams: $12,000 over 1,200 resolved and $8,000 over 800
        CostPerUnit total = CostPerUnit.of(new BigDecimal("12000"), 1_200).plus(CostPerUnit.of(new BigDecimal("8000"), 800));
        // WHEN / THEN the merged tally is $20,000 over 2,000
        assertThat(total).isEqualTo(CostPerUnit.of(new BigDecimal("20000.00"), 2_000));
        assertThat(total.perUnit()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("10"));
    }

    @Test
    void should_round_to_16_significant_digits() {
        // GIVEN $10 over 3 tickets
        // WHEN / THEN
        assertThat(CostPerUnit.of(BigDecimal.TEN, 3).perUnit()).contains(new BigDecimal("3.333333333333333"));
    }

    @Test
    void should_refuse_a_negative_cost_or_count() {
        assertThatThrownBy(() -> CostPerUnit.of(new BigDecimal("-0.01"), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("cost must not be negative: -0.01");
        assertThatThrownBy(() -> CostPerUnit.of(BigDecimal.ONE, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("units must not be negative: -1");
        assertThatThrownBy(() -> CostPerUnit.EMPTY.withCost(null))
                .isInstanceOf(NullPointerException.class).hasMessage("cost");
        assertThatThrownBy(() -> new CostPerResolutionDefinition(null))
                .isInstanceOf(NullPointerException.class).hasMessage("denominator");
    }

    @Test
    void should_default_to_resolved_tickets() {
        assertThat(CostPerResolution.defaults().id()).isEqualTo("cost.per.resolution");
        assertThat(CostPerResolution.defaults().definedBy().denominator()).isEqualTo(CostDenominator.RESOLVED);
    }
}
