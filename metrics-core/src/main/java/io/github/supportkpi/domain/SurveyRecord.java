package io.github.supportkpi.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A survey record: an answer ({@link SurveyResponse}) or an invitation sent ({@link SurveyInvitation}), the
 * two streams a response rate reads together. Both say what was asked, when, about which ticket, customer,
 * agent and channel, and carry free attributes for segmenting.
 */
public sealed interface SurveyRecord permits SurveyResponse, SurveyInvitation {
    /**
     * What was asked.
     *
     * @return the survey kind
     */
    SurveyKind kind();

    /**
     * When it happened: an answer's answer instant, an invitation's send instant.
     *
     * @return the instant
     */
    Instant at();

    /**
     * The ticket it is about, if any.
     *
     * @return the ticket id, or empty
     */
    Optional<String> ticketId();

    /**
     * The agent it is about, if any.
     *
     * @return the agent, or empty
     */
    Optional<String> agentId();

    /**
     * The customer it was sent to or who answered, if known.
     *
     * @return the customer, or empty
     */
    Optional<String> customerId();

    /**
     * The channel of the contact it is about, if known.
     *
     * @return the channel, or empty
     */
    Optional<Channel> channel();

    /**
     * Free attributes for segmenting (team, survey wave, ...), in insertion order.
     *
     * @return an unmodifiable map, empty when there are none
     */
    Map<String, String> attributes();

    /**
     * The value of a free attribute.
     *
     * @param name the attribute name, such as {@code "team"}
     * @return its value, or empty when the record has none
     */
    default Optional<String> attribute(String name) {
        return Optional.ofNullable(attributes().get(name));
    }
}
