package io.github.supportkpi.contact;

/** What one handle time is averaged over (catalogue M13). */
public enum HandleTimeUnit {
    /** Each handled interaction is one value: [004], the contact-centre convention. */
    PER_INTERACTION,
    /**
     * Each ticket with any handled interaction is one value, the sum of its handled interactions: [002]
     * "agent time / tickets handled".
     */
    PER_TICKET
}
