package io.github.supportkpi.workload;

import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Frequencies;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static io.github.supportkpi.testing.WorkloadFixtures.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Volume by channel (M47); top topics are in {@link VolumeByCategoryTest}. */
class VolumeByChannelTest {
    static final List<Ticket> TICKETS = List.of(
            ticket(Channel.EMAIL, "billing"), ticket(Channel.EMAIL, "login"), ticket(Channel.EMAIL, "billing"),
            ticket(Channel.CHAT, "billing"), ticket(Channel.PHONE, "bug"), ticket((Channel) null, null),
            ticket(Channel.of(" EMail "), "login"), ticket(Channel.CHAT, "login"));

    @Test
    void should_count_and_share_tickets_per_channel() {
        // [000], [001], [002], [003] volume by channel: count and share per channel
        // WHEN
        Frequencies<Channel> byChannel = VolumeByChannel.defaults().over(TICKETS);
        // THEN " EMail " is normalised to email: 4 of 8 tickets -> 50%
        assertThat(byChannel.count(Channel.EMAIL)).isEqualTo(4);
        assertThat(byChannel.share(Channel.EMAIL).percent()).hasValueCloseTo(50.0, within(1e-9));
        assertThat(byChannel.count(Channel.CHAT)).isEqualTo(2);
        assertThat(byChannel.absent()).isEqualTo(1);
        assertThat(byChannel.total()).isEqualTo(TicketVolume.defaults().over(TICKETS).value());
        assertThat(byChannel.top(1)).containsExactly(Map.entry(Channel.EMAIL, 4L));
    }

    @Test
    void should_give_undefined_shares_with_no_tickets() {
        Frequencies<Channel> none = VolumeByChannel.defaults().over(List.of());
        assertThat(none.total()).isZero();
        assertThat(none.share(Channel.EMAIL).percent()).isEmpty();
        assertThat(none.top(3)).isEmpty();
    }

    @Test
    void should_have_its_id() {
        assertThat(VolumeByChannel.defaults().id()).isEqualTo("volume.by.channel");
    }
}
