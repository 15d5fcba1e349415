package io.github.supportkpi.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One answer to a survey question. Immutable and thread-safe.
 *
 * <p>The score must lie on the scale it was asked on; NPS and eNPS answers must be asked on
 * {@link Scale#ZERO_TO_TEN} ("NPS score must be within 0..10: 11"). Free {@link #attributes()} (team, survey
 * wave, ...) segment answers like ticket attributes; names and values must not be blank.
 *
 * @param id the response id, if the source has one
 * @param kind what was asked
 * @param score the score given
 * @param scale the scale it was asked on
 * @param at when it was answered
 * @param ticketId the ticket it is about, if any
 * @param agentId the agent it is about (or, for employee surveys, who answered), if any
 * @param customerId the customer who answered, if known
 * @param channel the channel of the contact it is about, if known
 * @param comment the free-text comment, if any
 * @param attributes free attributes for segmenting (team, region, ...), in insertion order; kept as an
 *     unmodifiable copy
 */
public record SurveyResponse(
        Optional<String> id,
        SurveyKind kind,
        int score,
        Scale scale,
        Instant at,
        Optional<String> ticketId,
        Optional<String> agentId,
        Optional<String> customerId,
        Optional<Channel> channel,
        Optional<String> comment,
        Map<String, String> attributes) implements SurveyRecord {

    /**
     * Validates every field.
     *
     * @throws NullPointerException if a field, an attribute name or value is null
     * @throws IllegalArgumentException if an NPS kind is not on 0..10, the score is off the scale, or an
     *     attribute name or value is blank
     */
    public SurveyResponse {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(comment, "comment");
        String name = kind == SurveyKind.EMPLOYEE_NPS ? "eNPS" : kind.name();
        if (kind.isNps() && !scale.equals(Scale.ZERO_TO_TEN)) {
            throw new IllegalArgumentException(name + " scale must be 0..10: " + scale);
        }
        if (!scale.contains(score)) {
            throw new IllegalArgumentException(name + " score must be within " + scale + ": " + score);
        }
        Optional<String> named = id;
        attributes = Attributes.checked(attributes, () -> describe(named.orElse(null), kind, at));
    }

    /**
     * Validates every field, with no attributes: as the constructor of every field with an empty map.
     *
     * @param id the response id, if the source has one
     * @param kind what was asked
     * @param score the score given
     * @param scale the scale it was asked on
     * @param at when it was answered
     * @param ticketId the ticket it is about, if any
     * @param agentId the agent it is about (or, for employee surveys, who answered), if any
     * @param customerId the customer who answered, if known
     * @param channel the channel of the contact it is about, if known
     * @param comment the free-text comment, if any
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException as the constructor of every field does
     */
    public SurveyResponse(Optional<String> id, SurveyKind kind, int score, Scale scale, Instant at,
            Optional<String> ticketId, Optional<String> agentId, Optional<String> customerId,
            Optional<Channel> channel, Optional<String> comment) {
        this(id, kind, score, scale, at, ticketId, agentId, customerId, channel, comment, Map.of());
    }

    private static String describe(String id, SurveyKind kind, Instant at) {
        return "survey response " + (id == null ? "(no id)" : id) + " (" + kind + " at " + at + ")";
    }

    /**
     * A builder starting from this response's values: each may be set once more to the same value, and
     * attributes may be added.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(kind, score, scale, at);
        b.id = id.orElse(null);
        b.ticketId = ticketId.orElse(null);
        b.agentId = agentId.orElse(null);
        b.customerId = customerId.orElse(null);
        b.channel = channel.orElse(null);
        b.comment = comment.orElse(null);
        b.attributes.putAll(attributes);
        return b;
    }

    /**
     * A response with only the required fields.
     *
     * @param kind what was asked
     * @param score the score
     * @param scale the scale
     * @param at when
     * @return the response
     */
    public static SurveyResponse of(SurveyKind kind, int score, Scale scale, Instant at) {
        return builder(kind, score, scale, at).build();
    }

    /**
     * An NPS response on 0..10.
     *
     * @param score the score, 0 to 10
     * @param at when
     * @return the response
     * @throws IllegalArgumentException if the score is outside 0..10
     */
    public static SurveyResponse nps(int score, Instant at) {
        return of(SurveyKind.NPS, score, Scale.ZERO_TO_TEN, at);
    }

    /**
     * A CSAT response on 1..5.
     *
     * @param score the score, 1 to 5
     * @param at when
     * @return the response
     * @throws IllegalArgumentException if the score is outside 1..5
     */
    public static SurveyResponse csat(int score, Instant at) {
        return of(SurveyKind.CSAT, score, Scale.ONE_TO_FIVE, at);
    }

    /**
     * A builder with the required fields.
     *
     * @param kind what was asked
     * @param score the score
     * @param scale the scale
     * @param at when
     * @return a new builder
     */
    public static Builder builder(SurveyKind kind, int score, Scale scale, Instant at) {
        return new Builder(kind, score, scale, at);
    }

    /**
     * Builds a {@link SurveyResponse}. Not thread-safe; {@link #build()} validates.
     *
     * <p>The builder fails fast on what is most likely a mapping bug: a field set twice to different
     * values is refused with an {@link IllegalArgumentException} naming the response, the field and both
     * values (setting the same value again is fine). No setter changes another field; a field never set
     * is absent.
     */
    public static final class Builder {
        private final SurveyKind kind;
        private final int score;
        private final Scale scale;
        private final Instant at;
        private String id;
        private String ticketId;
        private String agentId;
        private String customerId;
        private Channel channel;
        private String comment;
        private final Map<String, String> attributes = new LinkedHashMap<>();
        /** The fields set on this builder, by name. */
        private final SetOnce given;

        private Builder(SurveyKind kind, int score, Scale scale, Instant at) {
            this.kind = kind;
            this.score = score;
            this.scale = scale;
            this.at = at;
            this.given = new SetOnce(() -> describe(id, kind, at));
        }

        /** @param v the response id @return this builder */
        public Builder id(String v) { id = given.set("id", id, v); return this; }

        /** @param v the ticket @return this builder */
        public Builder ticketId(String v) { ticketId = given.set("ticketId", ticketId, v); return this; }

        /** @param v the agent @return this builder */
        public Builder agentId(String v) { agentId = given.set("agentId", agentId, v); return this; }

        /** @param v the customer @return this builder */
        public Builder customerId(String v) { customerId = given.set("customerId", customerId, v); return this; }

        /** @param v the channel @return this builder */
        public Builder channel(Channel v) { channel = given.set("channel", channel, v); return this; }

        /** @param v the comment @return this builder */
        public Builder comment(String v) { comment = given.set("comment", comment, v); return this; }

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
         * Validates and builds the response.
         *
         * @return the response
         * @throws IllegalArgumentException as {@link SurveyResponse#SurveyResponse} does
         */
        public SurveyResponse build() {
            return new SurveyResponse(Optional.ofNullable(id), kind, score, scale, at, Optional.ofNullable(ticketId),
                    Optional.ofNullable(agentId), Optional.ofNullable(customerId), Optional.ofNullable(channel),
                    Optional.ofNullable(comment), attributes);
        }
    }
}
