package io.github.supportkpi.metric;

import io.github.supportkpi.domain.Ticket;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MetricSetTest {
    private static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");
    private final Metric<Ticket, Ratio> resolved = Ratio.metric("resolution.rate", t -> true, Ticket::isResolved);
    private final Metric<Ticket, Count> escalated = Count.metric("escalated.count", Ticket::escalated);

    @Test
    void should_compute_every_metric_in_one_pass_and_name_them() {
        List<Ticket> tickets = List.of(Ticket.builder("1", T0).escalated(true).build(),
                Ticket.builder("2", T0).resolved(T0).build());
        Tallies<Ticket> t = MetricSet.of(resolved, escalated).over(tickets);
        assertThat(t.get(resolved)).isEqualTo(Ratio.of(1, 2));
        assertThat(t.get(escalated)).isEqualTo(Count.of(1));
        assertThat(t.byId()).containsOnlyKeys("resolution.rate", "escalated.count");
        assertThat(MetricSet.of(resolved, escalated).id()).isEqualTo("resolution.rate+escalated.count");
    }

    @Test
    void should_refuse_a_metric_not_in_the_set_an_empty_set_and_repeats() {
        MetricSet<Ticket> set = MetricSet.of(resolved);
        Tallies<Ticket> t = set.over(List.of());
        assertThatThrownBy(() -> t.get(escalated)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("metric must be one of this set's: escalated.count is not in resolution.rate");
        assertThatThrownBy(() -> MetricSet.of(List.<Metric<Ticket, ?>>of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("metrics must not be empty: []");
        assertThatThrownBy(() -> MetricSet.of(resolved, resolved)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("metrics must not repeat: resolution.rate");
    }

    @Test
    void should_refuse_to_merge_tallies_of_different_sets() {
        Tallies<Ticket> a = MetricSet.of(resolved).empty();
        Tallies<Ticket> b = MetricSet.of(resolved).empty();
        assertThatThrownBy(() -> a.plus(b)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("tallies must come from the same metric set to merge");
    }
}
