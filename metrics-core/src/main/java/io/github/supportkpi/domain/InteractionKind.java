package io.github.supportkpi.domain;

/** What an {@link Interaction} is. */
public enum InteractionKind {
    /** A message from the customer (e-mail, web form, chat message, social post). */
    CUSTOMER_MESSAGE,
    /** A public reply by a human agent. */
    AGENT_REPLY,
    /** An internal note, not seen by the customer. */
    INTERNAL_NOTE,
    /** A bot or automated reply (auto-responder, AI agent, macro sent by a trigger). */
    BOT_REPLY,
    /** A phone call: queued, then answered or abandoned. */
    CALL,
    /** A live chat session: queued, then answered or abandoned. */
    CHAT,
    /** A self-service session: the customer viewed a help-centre article. */
    SELF_SERVICE;

    /**
     * Whether interactions of this kind wait in a queue and may be abandoned: {@link #CALL} and {@link #CHAT}.
     *
     * @return true for CALL and CHAT
     */
    public boolean isQueued() {
        return this == CALL || this == CHAT;
    }
}
