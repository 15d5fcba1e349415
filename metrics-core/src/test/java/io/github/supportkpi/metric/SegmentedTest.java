package io.github.supportkpi.metric;

import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.Ticket;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SegmentedTest {
    private static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");
    private final Metric<Ticket, Ratio> resolved = Ratio.metric("resolution.rate", t -> true, Ticket::isResolved);

    private static Ticket ticket(String id, Channel channel, boolean resolved) {
        Ticket.Builder b = Ticket.builder(id, T0).channel(channel);
        return (resolved ? b.resolved(T0.plusSeconds(60)) : b).build();
    }

    @Test
    void should_keep_a_tally_per_key_one_for_records_without_a_key_and_the_total() {
        // GIVEN two e-mail tickets (one resolved), one chat ticket (resolved) and one without a channel
        List<Ticket> tickets = List.of(ticket("1", Channel.EMAIL, true), ticket("2", Channel.EMAIL, false),
                ticket("3", Channel.CHAT, true), ticket("4", null, false));
        // WHEN
        Segmented<Channel, Ratio> seg = resolved.by(TicketDimensions.CHANNEL).over(tickets);
        // THEN
        assertThat(seg.dimension()).isEqualTo("channel");
        assertThat(seg.segments()).containsExactly(
                java.util.Map.entry(Channel.CHAT, Ratio.of(1, 1)), java.util.Map.entry(Channel.EMAIL, Ratio.of(1, 2)));
        assertThat(seg.absent()).isEqualTo(Ratio.of(0, 1));
        assertThat(seg.total()).isEqualTo(Ratio.of(2, 4));
        assertThat(seg.get(Channel.PHONE)).isEqualTo(Ratio.EMPTY);
        assertThat(seg.sampleSize()).isEqualTo(4);
    }

    @Test
    void should_nest_segments_by_two_dimensions() {
        List<Ticket> tickets = List.of(ticket("1", Channel.EMAIL, true), ticket("2", Channel.CHAT, false));
        Segmented<Channel, Segmented<String, Ratio>> nested =
                resolved.by(Dimension.of("status", (Ticket t) -> t.status().name())).by(TicketDimensions.CHANNEL).over(tickets);
        assertThat(nested.get(Channel.EMAIL).get("SOLVED")).isEqualTo(Ratio.of(1, 1));
        assertThat(nested.total().total()).isEqualTo(Ratio.of(1, 2));
    }

    @Test
    void should_refuse_to_merge_tallies_of_different_dimensions() {
        Segmented<Channel, Ratio> a = Segmented.empty("channel", Ratio.EMPTY);
        Segmented<Channel, Ratio> b = Segmented.empty("team", Ratio.EMPTY);
        assertThatThrownBy(() -> a.plus(b)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dimension must match to merge: channel and team");
    }

    @Test
    void should_merge_tallies_of_dimensions_built_apart_under_one_name() {
        // GIVEN two tickets segmented by two channel dimensions built apart (on two machines, say)
        Dimension<Ticket, Channel> here = Dimension.of("channel", t -> t.channel().orElse(null));
        Dimension<Ticket, Channel> there = Dimension.of("channel", t -> t.channel().orElse(null));
        Segmented<Channel, Ratio> a = resolved.by(here).over(List.of(ticket("1", Channel.EMAIL, true)));
        Segmented<Channel, Ratio> b = resolved.by(there).over(List.of(ticket("2", Channel.EMAIL, false)));
        // WHEN / THEN they merge by the dimension's name, into the tally of both
        assertThat(a.plus(b)).isEqualTo(resolved.by(TicketDimensions.CHANNEL)
                .over(List.of(ticket("1", Channel.EMAIL, true), ticket("2", Channel.EMAIL, false))));
    }

    @Test
    void should_refuse_a_blank_dimension_name() {
        assertThatThrownBy(() -> Dimension.of(" ", (Ticket t) -> "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dimension name must not be blank: \" \"");
    }
}
