package io.github.supportkpi.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * The channel a contact arrived on: an open set of names, compared case-insensitively, with the common
 * ones as constants. Immutable and thread-safe.
 *
 * <p>Names are normalised on construction: trimmed, lower-cased ({@link Locale#ROOT}), inner white space,
 * hyphens and underscores folded to one underscore, so {@code "Social Media"}, {@code "social-media"} and
 * {@code "SOCIAL_MEDIA"} are one channel.
 *
 * @param name the normalised name; never blank
 */
public record Channel(String name) implements Comparable<Channel> {
    /** E-mail. */
    public static final Channel EMAIL = new Channel("email");
    /** Live chat. */
    public static final Channel CHAT = new Channel("chat");
    /** Telephone. */
    public static final Channel PHONE = new Channel("phone");
    /** A web form or portal. */
    public static final Channel WEB = new Channel("web");
    /** Social media. */
    public static final Channel SOCIAL = new Channel("social");
    /** Messaging apps (WhatsApp, SMS, ...). */
    public static final Channel MESSAGING = new Channel("messaging");
    /** Self-service: help centre, knowledge base, community. */
    public static final Channel SELF_SERVICE = new Channel("self_service");

    /**
     * Normalises and validates the name.
     *
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public Channel {
        Objects.requireNonNull(name, "channel");
        String normalised = name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "_");
        if (normalised.isEmpty() || normalised.equals("_")) {
            throw new IllegalArgumentException("channel must not be blank: \"" + name + "\"");
        }
        name = normalised;
    }

    /**
     * The channel of this name, normalised as described above.
     *
     * @param name any non-blank name, such as {@code "Email"} or {@code "Social media"}
     * @return the channel
     */
    public static Channel of(String name) {
        return new Channel(name);
    }

    @Override
    public int compareTo(Channel other) {
        return name.compareTo(other.name);
    }

    @Override
    public String toString() {
        return name;
    }
}
