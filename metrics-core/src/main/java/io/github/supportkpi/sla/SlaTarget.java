package io.github.supportkpi.sla;

/**
 * What an SLA policy sets a target for (catalogue M34). Each target is a clock that starts, may pause, and
 * stops at an event; the policy allows a business duration on it.
 */
public enum SlaTarget {
    /**
     * First response: from the ticket's creation to its first agent reply (a human agent's public reply, or
     * also a bot's when the definition includes bots; the ticket's recorded {@code firstResponse} when it has
     * no interactions), as first response time (M10) measures it.
     */
    FIRST_RESPONSE,
    /**
     * Next response (every reply): from each unanswered customer message to the next agent reply, as average
     * reply time (M11) pairs them; every pair is its own clock.
     */
    NEXT_RESPONSE,
    /** Resolution: from the ticket's creation to its final resolution (after any reopens). */
    RESOLUTION
}
