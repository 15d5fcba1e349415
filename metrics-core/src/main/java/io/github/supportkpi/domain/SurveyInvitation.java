package io.github.supportkpi.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One survey sent: the invitation a response rate divides by. Immutable and thread-safe.
 *
 * <p>An invitation names the ticket (or, for a relationship survey, the customer) it asks about, so that an
 * answer ({@link SurveyResponse}) of the same kind about the same ticket or customer can be matched to it; see
 * the response rate's matching rule. Free {@link #attributes()} (team, survey wave, ...) segment invitations
 * like ticket attributes; names and values must not be blank.
 *
 * @param id the invitation id, if the source has one
 * @param kind what was asked
 * @param at when it was sent
 * @param ticketId the ticket it asks about, if any
 * @param agentId the agent it asks about, if any
 * @param customerId the customer it was sent to, if known
 * @param channel the channel of the contact it asks about, if known
 * @param attributes free attributes for segmenting (team, region, ...), in insertion order; kept as an
 *     unmodifiable copy
 */
public record SurveyInvitation(
        Optional<String> id,
        SurveyKind kind,
        Instant at,
        Optional<String> ticketId,
        Optional<String> agentId,
        Optional<String> customerId,
        Optional<Channel> channel,
        Map<String, String> attributes) implements SurveyRecord {

    /**
     * Validates every field.
     *
     * @throws NullPointerException if a field, an attribute name or value is null
     * @throws IllegalArgumentException if an attribute name or value is blank
     */
    public SurveyInvitation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(channel, "channel");
        Optional<String> named = id;
        attributes = Attributes.checked(attributes, () -> describe(named.orElse(null), kind, at));
    }

    private static String describe(String id, SurveyKind kind, Instant at) {
        return "survey invitation " + (id == null ? "(no id)" : id) + " (" + kind + " sent at " + at + ")";
    }

    /**
     * An invitation about a ticket, with no other field.
     *
     * @param kind what was asked
     * @param at when it was sent
     * @param ticketId the ticket it asks about
     * @return the invitation
     */
    public static SurveyInvitation about(SurveyKind kind, Instant at, String ticketId) {
        return builder(kind, at).ticketId(ticketId).build();
    }

    /**
     * A builder with the required fields.
     *
     * @param kind what was asked
     * @param at when it was sent
     * @return a new builder
     */
    public static Builder builder(SurveyKind kind, Instant at) {
        return new Builder(kind, at);
    }

    /**
     * A builder starting from this invitation's values: each may be set once more to the same value, and
     * attributes may be added.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(kind, at);
        b.id = id.orElse(null);
        b.ticketId = ticketId.orElse(null);
        b.agentId = agentId.orElse(null);
        b.customerId = customerId.orElse(null);
        b.channel = channel.orElse(null);
        b.attributes.putAll(attributes);
        return b;
    }

    /**
     * Builds a {@link SurveyInvitation}. Not thread-safe; {@link #build()} validates.
     *
     * <p>As every builder of this package, it refuses a field set twice to different values with an
     * {@link IllegalArgumentException} naming the invitation, the field and both values (setting the same
     * value again is fine). A field never set is absent.
     */
    public static final class Builder {
        private final SurveyKind kind;
        private final Instant at;
        private String id;
        private String ticketId;
        private String agentId;
        private String customerId;
        private Channel channel;
        private final Map<String, String> attributes = new LinkedHashMap<>();
        /** The fields set on this builder, by name. */
        private final SetOnce given;

        private Builder(SurveyKind kind, Instant at) {
            this.kind = kind;
            this.at = at;
            this.given = new SetOnce(() -> describe(id, kind, at));
        }

        /** @param v the invitation id @return this builder */
        public Builder id(String v) { id = given.set("id", id, v); return this; }

        /** @param v the ticket @return this builder */
        public Builder ticketId(String v) { ticketId = given.set("ticketId", ticketId, v); return this; }

        /** @param v the agent @return this builder */
        public Builder agentId(String v) { agentId = given.set("agentId", agentId, v); return this; }

        /** @param v the customer @return this builder */
        public Builder customerId(String v) { customerId = given.set("customerId", customerId, v); return this; }

        /** @param v the channel @return this builder */
        public Builder channel(Channel v) { channel = given.set("channel", channel, v); return this; }

        /**
         * Sets a free attribute.
         *
         * @param name attribute name, not blank
         * @param value its value, not blank
         * @return this builder
         * @throws IllegalArgumentException if this attribute was set before to another value
         */
        public Builder attribute(String name, String value) {
            attributes.put(name, given.set("attribute " + name, attributes.get(name), value));
            return this;
        }

        /**
         * Validates and builds the invitation.
         *
         * @return the invitation
         * @throws IllegalArgumentException as {@link SurveyInvitation#SurveyInvitation} does
         */
        public SurveyInvitation build() {
            return new SurveyInvitation(Optional.ofNullable(id), kind, at, Optional.ofNullable(ticketId),
                    Optional.ofNullable(agentId), Optional.ofNullable(customerId), Optional.ofNullable(channel),
                    attributes);
        }
    }
}
