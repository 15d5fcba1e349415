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
        // GIVEN sets of different metrics, and sets of two metrics built apart with Metric.of under one id
        Tallies<Ticket> a = MetricSet.of(resolved).empty();
        Tallies<Ticket> b = MetricSet.of(escalated).empty();
        Tallies<Ticket> c = MetricSet.of(resolved, escalated).empty();
        Tallies<Ticket> lookalike =
                MetricSet.of(Ratio.<Ticket>metric("resolution.rate", t -> true, Ticket::isResolved)).empty();
        // WHEN / THEN each merge is refused, naming both sets
        assertThatThrownBy(() -> a.plus(b)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tallies must come from equal metric sets to merge: resolution.rate and escalated.count");
        assertThatThrownBy(() -> c.plus(a)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tallies must come from equal metric sets to merge: resolution.rate+escalated.count"
                        + " and resolution.rate");
        assertThatThrownBy(() -> a.plus(lookalike)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tallies must come from equal metric sets to merge: resolution.rate and resolution.rate"
                        + " (first different metric: Metric[resolution.rate] and Metric[resolution.rate];"
                        + " a metric built with Metric.of is equal only to itself)");
        // AND the tallies are not equal either
        assertThat(a).isNotEqualTo(b).isNotEqualTo(lookalike);
    }

    @Test
    void should_make_sets_of_equal_metrics_in_the_same_order_equal() {
        // GIVEN catalogue metrics built twice with equal definitions, and one metric built once and shared
        MetricSet<Ticket> one = MetricSet.of(new ResolvedShare("all tickets"), resolved);
        MetricSet<Ticket> two = MetricSet.of(new ResolvedShare("all tickets"), resolved);
        // THEN the sets are equal, with equal hash codes
        assertThat(one).isEqualTo(two).hasSameHashCodeAs(two).isNotSameAs(two);
        // AND sets of other definitions, other metrics or another order are not
        assertThat(one).isNotEqualTo(MetricSet.of(new ResolvedShare("e-mail tickets"), resolved))
                .isNotEqualTo(MetricSet.of(resolved, new ResolvedShare("all tickets")))
                .isNotEqualTo(MetricSet.of(new ResolvedShare("all tickets")))
                .isNotEqualTo(MetricSet.of(new ResolvedShare("all tickets"),
                        Ratio.<Ticket>metric("resolution.rate", t -> true, Ticket::isResolved)));
    }

    @Test
    void should_merge_the_tallies_of_equal_sets_built_apart() {
        // GIVEN two tickets tallied by two equal sets built apart (on two machines, say)
        Ticket open = Ticket.builder("1", T0).escalated(true).build();
        Ticket solved = Ticket.builder("2", T0).resolved(T0).build();
        Tallies<Ticket> first = MetricSet.of(new ResolvedShare("all tickets"), escalated).over(List.of(open));
        Tallies<Ticket> second = MetricSet.of(new ResolvedShare("all tickets"), escalated).over(List.of(solved));
        // WHEN
        Tallies<Ticket> merged = first.plus(second);
        // THEN the merge equals the tally of both, by a third equal set
        MetricSet<Ticket> third = MetricSet.of(new ResolvedShare("all tickets"), escalated);
        assertThat(merged).isEqualTo(third.over(List.of(open, solved))).hasSameHashCodeAs(third.over(List.of(open, solved)));
        assertThat(merged.get(new ResolvedShare("all tickets"))).isEqualTo(Ratio.of(1, 2));
        assertThat(merged.get(escalated)).isEqualTo(Count.of(1));
    }

    /** A catalogue metric of this test: equal to another by its definition, as {@link DefinedMetric}s are. */
    static final class ResolvedShare extends DefinedMetric<Ticket, Ratio, String> {
        ResolvedShare(String definition) {
            super("resolved.share", definition, Ratio.metric("resolved.share", t -> true, Ticket::isResolved));
        }
    }
}
