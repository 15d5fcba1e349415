package io.github.supportkpi.domain;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A product's own channel names and the channel each one is read as, on top of the standard normalisation
 * of {@link Channel}: {@code "Twitter"} and {@code "Facebook"} as {@link Channel#SOCIAL}, {@code "Feedback
 * Widget"} as {@link Channel#WEB}. Names are compared after {@link Channel#fold folding}; a name that is not
 * mapped here is read by {@link Channel#of}, so {@link #standard()} reads exactly as {@code Channel.of} does.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * ChannelNames names = ChannelNames.standard()
 *         .with("Twitter", Channel.SOCIAL)
 *         .with("Feedback Widget", Channel.WEB);
 * names.channelOf("twitter");  // social
 * names.channelOf("E-mail");   // email, by the standard aliases
 * }</pre>
 */
public final class ChannelNames {
    private static final ChannelNames STANDARD = new ChannelNames(Map.of());

    /** Folded name to channel, sorted by name. */
    private final Map<String, Channel> channels;

    private ChannelNames(Map<String, Channel> channels) {
        this.channels = channels;
    }

    /**
     * No names of a product's own: {@link Channel#of} with its standard aliases.
     *
     * @return the standard names
     */
    public static ChannelNames standard() {
        return STANDARD;
    }

    /**
     * These names and one more, or one changed.
     *
     * @param name a product's channel name, such as {@code "Twitter"}
     * @param channel the channel it is read as
     * @return a new set of names
     * @throws NullPointerException if a value is null
     * @throws IllegalArgumentException if the name is blank
     */
    public ChannelNames with(String name, Channel channel) {
        Objects.requireNonNull(channel, "channel");
        String key = Channel.fold(name);
        if (key.isEmpty()) {
            throw new IllegalArgumentException("channel name must not be blank: \"" + name + "\"");
        }
        Map<String, Channel> m = new TreeMap<>(channels);
        m.put(key, channel);
        return new ChannelNames(Collections.unmodifiableMap(m));
    }

    /**
     * The channel a name is read as: the one mapped here, or else {@link Channel#of(String)}.
     *
     * @param name a channel name
     * @return the channel
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if the name is blank
     */
    public Channel channelOf(String name) {
        Channel mapped = channels.get(Channel.fold(name));
        return mapped != null ? mapped : Channel.of(name);
    }

    /**
     * The names mapped here, folded, and their channels, sorted by name.
     *
     * @return an unmodifiable map
     */
    public Map<String, Channel> names() {
        return channels;
    }

    /**
     * Equal when the same names map to the same channels.
     *
     * @param o the other object
     * @return true when equal
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof ChannelNames other && channels.equals(other.channels);
    }

    @Override
    public int hashCode() {
        return channels.hashCode();
    }

    /** @return the names and their channels, such as {@code ChannelNames{twitter=social}} */
    @Override
    public String toString() {
        return "ChannelNames" + channels;
    }
}
