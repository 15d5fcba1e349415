package io.github.supportkpi.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Channel names as exports spell them: folded, the standard aliases, and a product's own names. */
class ChannelNamesTest {

    @Test
    void should_read_the_other_spellings_of_a_standard_channel_as_it() {
        assertThat(Channel.of("E-mail")).isEqualTo(Channel.EMAIL);
        assertThat(Channel.of("Social media")).isEqualTo(Channel.SOCIAL);
        assertThat(Channel.of("Live Chat")).isEqualTo(Channel.CHAT);
        assertThat(Channel.of("Telephone")).isEqualTo(Channel.PHONE);
        assertThat(Channel.of("Web Form")).isEqualTo(Channel.WEB);
        assertThat(Channel.of("Help Center")).isEqualTo(Channel.SELF_SERVICE);
        assertThat(Channel.of("Self-Service")).isEqualTo(Channel.SELF_SERVICE);
    }

    @Test
    void should_keep_a_specific_network_under_its_own_name() {
        assertThat(Channel.of("WhatsApp").name()).isEqualTo("whatsapp");
        assertThat(Channel.of("Twitter").name()).isEqualTo("twitter");
        assertThat(Channel.of(" Carrier  Pigeon ").name()).isEqualTo("carrier_pigeon");
    }

    @Test
    void should_fold_without_underscores_at_either_end() {
        assertThat(Channel.fold(" -Live  Chat_ ")).isEqualTo("live_chat");
        assertThat(Channel.fold(" _- ")).isEmpty();
        assertThatThrownBy(() -> Channel.of("_")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("channel must not be blank: \"_\"");
    }

    @Test
    void should_read_a_products_own_names_first_and_the_rest_as_channel_of_does() {
        ChannelNames names = ChannelNames.standard().with("Twitter", Channel.SOCIAL).with("Feedback Widget", Channel.WEB);

        assertThat(names.channelOf("twitter")).isEqualTo(Channel.SOCIAL);
        assertThat(names.channelOf("feedback-widget")).isEqualTo(Channel.WEB);
        assertThat(names.channelOf("E-Mail")).isEqualTo(Channel.EMAIL);
        assertThat(names.channelOf("sms")).isEqualTo(Channel.of("sms"));
        assertThat(ChannelNames.standard().channelOf("Twitter")).isEqualTo(Channel.of("twitter"));
        assertThatThrownBy(() -> names.with(" ", Channel.WEB)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("channel name must not be blank: \" \"");
    }

    @Test
    void should_map_every_alias_to_a_standard_channel_and_read_its_own_name_back() {
        Channel.aliases().forEach((alias, channel) -> {
            assertThat(Channel.of(alias)).isEqualTo(channel);
            assertThat(Channel.of(channel.name())).isEqualTo(channel);
            assertThat(Channel.aliases()).doesNotContainKey(channel.name());
        });
    }
}
