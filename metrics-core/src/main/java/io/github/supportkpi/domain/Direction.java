package io.github.supportkpi.domain;

/** Which side started a call or chat. */
public enum Direction {
    /** Started by the customer: offered to the contact centre's queue. */
    INBOUND,
    /** Started by an agent. */
    OUTBOUND
}
