package io.github.supportkpi.domain;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The channel a contact arrived on: an open set of names, compared case-insensitively, with the common
 * ones as constants. Immutable and thread-safe.
 *
 * <p>Names are normalised on construction, in two documented steps:
 * <ol>
 *   <li>trimmed, lower-cased ({@link Locale#ROOT}), and every run of white space, hyphens and underscores
 *       folded to one underscore, so {@code "Live Chat"}, {@code "live-chat"} and {@code "LIVE_CHAT"} are one
 *       name;</li>
 *   <li>the other spellings of a standard channel read as it ({@link #aliases()}): {@code e_mail} and
 *       {@code mail} are {@link #EMAIL}; {@code live_chat}, {@code livechat}, {@code web_chat} and
 *       {@code webchat} {@link #CHAT}; {@code telephone}, {@code tel}, {@code voice}, {@code call} and
 *       {@code phone_call} {@link #PHONE}; {@code portal}, {@code web_portal}, {@code web_form},
 *       {@code webform} and {@code contact_form} {@link #WEB}; {@code social_media} and
 *       {@code social_network} {@link #SOCIAL}; {@code messaging_app} and {@code native_messaging}
 *       {@link #MESSAGING}; {@code selfservice}, {@code help_center},
 *       {@code help_centre} and {@code knowledge_base} {@link #SELF_SERVICE}.</li>
 * </ol>
 * So {@code "E-mail"} is {@code email} and {@code "Social media"} is {@code social}. A specific network or
 * app ({@code twitter}, {@code whatsapp}, {@code sms}) keeps its own name; map a product's own names onto
 * channels with {@link ChannelNames}.
 *
 * @param name the normalised name; never blank
 */
public record Channel(String name) implements Comparable<Channel> {
    // before the constants, which are normalised with it
    /** The other spellings of the standard channels, after folding, and the channel name each one is. */
    private static final Map<String, String> ALIASES = aliasTable();

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

    private static Map<String, String> aliasTable() {
        Map<String, String> m = new TreeMap<>();
        for (String a : new String[] {"e_mail", "mail"}) {
            m.put(a, "email");
        }
        for (String a : new String[] {"live_chat", "livechat", "web_chat", "webchat"}) {
            m.put(a, "chat");
        }
        for (String a : new String[] {"telephone", "tel", "voice", "call", "phone_call"}) {
            m.put(a, "phone");
        }
        for (String a : new String[] {"portal", "web_portal", "web_form", "webform", "contact_form"}) {
            m.put(a, "web");
        }
        for (String a : new String[] {"social_media", "social_network"}) {
            m.put(a, "social");
        }
        for (String a : new String[] {"messaging_app", "native_messaging"}) {
            m.put(a, "messaging");
        }
        for (String a : new String[] {"selfservice", "help_center", "help_centre", "knowledge_base"}) {
            m.put(a, "self_service");
        }
        return Collections.unmodifiableMap(m);
    }

    /**
     * Normalises and validates the name: folded, then an alias read as its channel (see the class
     * description).
     *
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public Channel {
        Objects.requireNonNull(name, "channel");
        String folded = fold(name);
        if (folded.isEmpty()) {
            throw new IllegalArgumentException("channel must not be blank: \"" + name + "\"");
        }
        name = ALIASES.getOrDefault(folded, folded);
    }

    /**
     * The first step of the normalisation: trimmed, lower case, runs of white space, hyphens and underscores
     * as one underscore, with none at either end.
     *
     * @param name a channel name
     * @return the folded name; empty for a blank one
     * @throws NullPointerException if {@code name} is null
     */
    public static String fold(String name) {
        Objects.requireNonNull(name, "channel");
        String folded = name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "_");
        int from = folded.startsWith("_") ? 1 : 0;
        int to = folded.endsWith("_") ? folded.length() - 1 : folded.length();
        return from >= to ? "" : folded.substring(from, to);
    }

    /**
     * The other spellings of the standard channels, folded, and the channel each one is read as.
     *
     * @return an unmodifiable map, sorted by spelling
     */
    public static Map<String, Channel> aliases() {
        Map<String, Channel> m = new TreeMap<>();
        ALIASES.forEach((alias, channel) -> m.put(alias, new Channel(channel)));
        return Collections.unmodifiableMap(m);
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
