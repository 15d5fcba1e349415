package io.github.supportkpi.quality;

import io.github.supportkpi.domain.Status;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Frequencies;
import io.github.supportkpi.metric.Ratio;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResolutionConsistencyTest {
    private static final Instant T0 = Instant.parse("2024-03-04T09:00:00Z");
    private static int next;

    private static Ticket resolved(String category, String code) {
        return Ticket.builder("T" + (++next), T0).category(category).resolutionCode(code).resolved(T0).build();
    }

    private static List<Ticket> tickets() {
        List<Ticket> ts = new ArrayList<>();
        // billing: 6 refunded, 2 answered, 1 without a code
        for (int i = 0; i < 6; i++) {
            ts.add(resolved("billing", "refunded"));
        }
        ts.add(resolved("billing", "answered"));
        ts.add(resolved("billing", "answered"));
        ts.add(resolved("billing", null));
        // login: 1 fixed, 1 answered
        ts.add(resolved("login", "fixed"));
        ts.add(resolved("login", "answered"));
        // no category; and an open ticket, ignored
        ts.add(resolved(null, "fixed"));
        ts.add(Ticket.builder("open", T0).category("billing").status(Status.OPEN).build());
        return ts;
    }

    @Test
    void should_give_each_category_its_most_common_code_share_and_a_weighted_overall() {
        // GIVEN [000] "consistent resolutions"
        // WHEN
        ConsistencyTally c = ResolutionConsistency.defaults().over(tickets());
        // THEN billing 6 of 8 coded, login 1 of 2 (tie: alphabetical), overall 7 of 10
        assertThat(c.share("billing")).isEqualTo(Ratio.of(6, 8));
        assertThat(c.mostCommon("billing")).contains("refunded");
        assertThat(c.share("login")).isEqualTo(Ratio.of(1, 2));
        assertThat(c.mostCommon("login")).contains("answered");
        assertThat(c.overall()).isEqualTo(Ratio.of(7, 10));
        assertThat(c.overall().percent()).hasValue(70.0);
        assertThat(c.sampleSize()).isEqualTo(10);
        // nothing dropped: the uncoded and uncategorised tickets are counted
        assertThat(c.groups().get("billing").absent()).isEqualTo(1);
        assertThat(c.ungrouped()).isEqualTo(1);
        assertThat(c.belowMinimum()).isEmpty();
    }

    @Test
    void should_report_but_leave_out_categories_below_the_minimum() {
        // GIVEN at least 3 coded tickets per category
        ResolutionConsistency m = ResolutionConsistency.of(ConsistencyDefinition.DEFAULT.withMinimumTickets(3));
        // WHEN
        ConsistencyTally c = m.over(tickets());
        // THEN
        assertThat(c.belowMinimum()).containsExactly("login");
        assertThat(c.share("login")).isEqualTo(Ratio.of(1, 2));
        assertThat(c.overall()).isEqualTo(Ratio.of(6, 8));
    }

    @Test
    void should_be_undefined_with_nothing_to_divide_by() {
        // GIVEN / WHEN
        ConsistencyTally none = ResolutionConsistency.defaults().over(List.of());
        ConsistencyTally uncoded = ResolutionConsistency.defaults().over(List.of(resolved("bug", null)));
        // THEN
        assertThat(none).isEqualTo(ConsistencyTally.empty(1));
        assertThat(none.overall().percent()).isEmpty();
        assertThat(none.share("bug").percent()).isEmpty();
        assertThat(none.mostCommon("bug")).isEmpty();
        assertThat(uncoded.overall().percent()).isEmpty();
        assertThat(uncoded.mostCommon("bug")).isEmpty();
        assertThat(uncoded.groups().get("bug").absent()).isEqualTo(1);
    }

    @Test
    void should_merge_counts_not_shares() {
        // GIVEN two halves with opposite majorities
        List<Ticket> a = List.of(resolved("bug", "fixed"), resolved("bug", "fixed"), resolved("bug", "workaround"));
        List<Ticket> b = List.of(resolved("bug", "workaround"), resolved("bug", "workaround"),
                resolved("bug", "workaround"));
        // WHEN
        ConsistencyTally merged = ResolutionConsistency.defaults().over(a)
                .plus(ResolutionConsistency.defaults().over(b));
        // THEN 4 of 6, not the mean of 2/3 and 3/3
        assertThat(merged.share("bug")).isEqualTo(Ratio.of(4, 6));
        assertThat(merged.mostCommon("bug")).contains("workaround");
    }

    @Test
    void should_reject_invalid_knobs_and_merges() {
        assertThatThrownBy(() -> ConsistencyDefinition.DEFAULT.withMinimumTickets(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("minimumTickets must be at least 1: 0");
        assertThatThrownBy(() -> ConsistencyTally.empty(1).plus(ConsistencyTally.empty(2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("minimumRecords must match to merge: 1 and 2");
        assertThatThrownBy(() -> ConsistencyTally.of(1, Map.of(), -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("ungrouped must not be negative: -1");
        assertThatThrownBy(() -> ConsistencyTally.of(1, Map.of("bug", Frequencies.empty()), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("group must have records: bug=Frequencies{}");
        assertThatThrownBy(() -> ConsistencyTally.of(0, Map.of(), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("minimumRecords must be at least 1: 0");
        assertThatThrownBy(() -> ResolutionConsistency.of(null))
                .isInstanceOf(NullPointerException.class).hasMessage("definition");
        assertThat(ResolutionConsistency.defaults().id()).isEqualTo("resolution.consistency");
    }
}
