package io.github.supportkpi.domain;

/** Who acted in an {@link Interaction}. */
public enum Actor {
    /** The customer. */
    CUSTOMER,
    /** A human agent. */
    AGENT,
    /** A bot, AI agent or automated responder. */
    BOT,
    /** The help-desk system itself (triggers, automations). */
    SYSTEM
}
