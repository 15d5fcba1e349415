package io.github.supportkpi.workload;

import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Count;
import io.github.supportkpi.metric.Segmented;
import io.github.supportkpi.metric.TicketDimensions;
import java.util.List;
import org.junit.jupiter.api.Test;

import static io.github.supportkpi.testing.WorkloadFixtures.ticket;
import static org.assertj.core.api.Assertions.assertThat;

class TicketVolumeTest {
    @Test
    void should_count_every_ticket_whatever_its_status() {
        // [000], [002], [004] ticket volume: the count of tickets
        // GIVEN three tickets, one resolved
        List<Ticket> tickets = List.of(ticket("ana", 1, true), ticket("ben", 0, false), ticket(null, 0, false));
        // WHEN
        Count volume = TicketVolume.defaults().over(tickets);
        // THEN
        assertThat(volume).isEqualTo(Count.of(3));
    }

    @Test
    void should_be_zero_not_undefined_with_no_tickets() {
        assertThat(TicketVolume.defaults().over(List.of())).isEqualTo(Count.ZERO);
    }

    @Test
    void should_segment_by_channel() {
        // GIVEN 2 e-mail tickets, 1 chat and 1 with no channel
        List<Ticket> tickets = List.of(ticket(Channel.EMAIL, "billing"), ticket(Channel.EMAIL, "bug"),
                ticket(Channel.CHAT, "bug"), ticket((Channel) null, "bug"));
        // WHEN
        Segmented<Channel, Count> byChannel = TicketVolume.defaults().by(TicketDimensions.CHANNEL).over(tickets);
        // THEN
        assertThat(byChannel.get(Channel.EMAIL)).isEqualTo(Count.of(2));
        assertThat(byChannel.get(Channel.CHAT)).isEqualTo(Count.of(1));
        assertThat(byChannel.absent()).isEqualTo(Count.of(1));
        assertThat(byChannel.total()).isEqualTo(Count.of(4));
    }

    @Test
    void should_have_its_id_and_formula() {
        assertThat(TicketVolume.defaults().id()).isEqualTo("ticket.volume");
    }
}
