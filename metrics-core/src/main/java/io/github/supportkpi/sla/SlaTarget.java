package io.github.supportkpi.sla;

/**
 * What an SLA policy sets a target for (catalogue M34). Each target is a clock that starts, may pause, and
 * stops at an event; the policy allows a business duration on it.
 */
public enum SlaTarget {
    /**
     * First response: from the ticket's creation to its first response, as first response time (M10)
     * measures it, under the one rule both share
     * ({@link io.github.supportkpi.domain.UnrepliedResolution UnrepliedResolution}): by default the first agent
     * reply (a human agent's public reply, or also a bot's when the definition includes bots; the ticket's
     * recorded {@code firstResponse} when it has no interactions), however long after a solve it comes; or the
     * first solve, when that is earlier and the rule says a solve ends the clock. Resolved statuses do not
     * stop this clock, so in calendar time and without paused statuses its SLA time is the first response
     * time, and a ticket is within the target exactly when its first response time is.
     */
    FIRST_RESPONSE,
    /**
     * Next response (every reply): from each unanswered customer message to the next agent reply, as average
     * reply time (M11) pairs them; every pair is its own clock (a cycle), and the definition's
     * {@code everBreached} says whether a breach in any cycle or only in the last one counts.
     */
    NEXT_RESPONSE,
    /** Resolution: from the ticket's creation to its final resolution (after any reopens). */
    RESOLUTION
}
