package io.github.supportkpi.report;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.TicketInstant;
import io.github.supportkpi.metric.BucketSeries;
import io.github.supportkpi.metric.Count;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.metric.Segmented;
import io.github.supportkpi.time.Bucket;
import io.github.supportkpi.time.Granularity;
import io.github.supportkpi.workload.TicketVolume;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TopNTest {
    private static final Segmented<String, Count> BY_CATEGORY = Segmented.of("category", Count.ZERO,
            Map.of("billing", Count.of(5), "bug", Count.of(3), "login", Count.of(5), "refund", Count.of(1),
                    "shipping", Count.of(3)), Count.of(9));

    @Test
    void should_list_the_highest_with_ties_in_key_order() {
        // WHEN the top 2 categories by volume
        TopN<String, Count> top = TopN.highest(BY_CATEGORY, 2, TopN::count);
        // THEN billing and login (5 each, in key order), the absent part not a segment
        assertThat(top.keys()).containsExactly("billing", "login");
        assertThat(top.entries().get(0)).isEqualTo(new TopN.Entry<>("billing", Count.of(5), 5.0));
        assertThat(top.tiedPastCut()).isZero();
        assertThat(top.undefined()).isEmpty();
    }

    @Test
    void should_count_the_segments_tied_with_the_last_entry_past_the_cut() {
        // WHEN the top 3: billing, login, then bug and shipping tie at 3
        TopN<String, Count> top = TopN.highest(BY_CATEGORY, 3, TopN::count);
        // THEN bug (first by key) is in, shipping is counted as tied past the cut
        assertThat(top.keys()).containsExactly("billing", "login", "bug");
        assertThat(top.tiedPastCut()).isEqualTo(1);
        assertThat(TopN.lowest(BY_CATEGORY, 2, TopN::count).keys()).containsExactly("refund", "bug");
        assertThat(TopN.highest(BY_CATEGORY, 10, TopN::count).keys())
                .containsExactly("billing", "login", "bug", "shipping", "refund");
    }

    @Test
    void should_set_aside_segments_whose_value_is_undefined() {
        // GIVEN FCR by channel, one channel with no eligible ticket
        Segmented<String, Ratio> fcr = Segmented.of("channel", Ratio.EMPTY, Map.of("chat", Ratio.of(3, 4),
                "email", Ratio.of(1, 4), "phone", Ratio.EMPTY), Ratio.EMPTY);
        // WHEN
        TopN<String, Ratio> top = TopN.highest(fcr, 5, Ratio::value);
        // THEN
        assertThat(top.keys()).containsExactly("chat", "email");
        assertThat(top.undefined()).containsExactly("phone");
    }

    @Test
    void should_name_the_busiest_day_the_earliest_of_the_largest() {
        // GIVEN tickets created on Mon 4 (1), Tue 5 (2), Wed 6 (2) March 2024, over a week of days
        List<Ticket> tickets = List.of(ticket("2024-03-04T10:00:00Z"), ticket("2024-03-05T10:00:00Z"),
                ticket("2024-03-05T11:00:00Z"), ticket("2024-03-06T09:00:00Z"), ticket("2024-03-06T23:00:00Z"));
        BucketSeries<Count> perDay = BucketSeries.metric(TicketVolume.defaults(), TicketInstant.CREATED,
                Instant.parse("2024-03-04T00:00:00Z"), Instant.parse("2024-03-11T00:00:00Z"), Granularity.DAY,
                ZoneOffset.UTC).over(tickets);
        // WHEN
        Optional<TopN.Entry<Bucket, Count>> busiest = TopN.busiest(perDay);
        // THEN Tuesday, before Wednesday
        assertThat(busiest).hasValueSatisfying(e -> {
            assertThat(e.key().start()).isEqualTo(Instant.parse("2024-03-05T00:00:00Z"));
            assertThat(e.tally()).isEqualTo(Count.of(2));
        });
        assertThat(TopN.busiest(BucketSeries.metric(TicketVolume.defaults(), TicketInstant.CREATED,
                Instant.parse("2024-03-04T00:00:00Z"), Instant.parse("2024-03-11T00:00:00Z"), Granularity.DAY,
                ZoneOffset.UTC).over(List.of()))).isEmpty();
    }

    @Test
    void should_refuse_a_bad_n_or_value() {
        assertThatThrownBy(() -> TopN.highest(BY_CATEGORY, 0, TopN::count)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("n must be at least 1: 0");
        assertThatThrownBy(() -> TopN.highest(BY_CATEGORY, 1, c -> OptionalDouble.of(Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("value must be finite: NaN for billing");
    }

    private static Ticket ticket(String created) {
        return Ticket.builder("T-" + created, Instant.parse(created)).build();
    }
}
