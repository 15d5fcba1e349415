package io.github.supportkpi.domain;

/**
 * What a contact itself achieved, as a call log or chat export records it per contact ("Resolved: Y/N"):
 * the source of first contact resolution and resolution rate measured over contacts rather than tickets. A
 * contact with no recorded outcome has none ({@link Interaction#outcome()} empty).
 */
public enum ContactOutcome {
    /** The customer's issue was resolved on this contact. */
    RESOLVED,
    /** The contact ended with the issue not resolved. */
    NOT_RESOLVED
}
