package io.github.supportkpi.domain;

/**
 * Who created a ticket: the side that opened the conversation. Help desks record it as the ticket's
 * submitter or "via" (Zendesk's submitter and {@code via.channel}, a CRM's case origin). A ticket without a
 * recorded origin has none ({@link Ticket#origin()} empty) and is measured as a customer's ticket.
 *
 * <p>It matters where a definition treats an agent-created ticket apart (see {@link AgentCreated}): an
 * outbound ticket opened by an agent's public message would otherwise be "answered" at its creation.
 */
public enum Origin {
    /** The customer (requester) created it: an email, a web form, a chat, a call to the support line. */
    CUSTOMER,
    /** An agent created it, on the customer's behalf or to contact the customer (an outbound ticket). */
    AGENT,
    /** An automation created it: a trigger, an integration, a monitoring alert, an import through an API. */
    SYSTEM
}
