package io.github.supportkpi.domain;

import java.util.Locale;
import java.util.Objects;

/** A ticket's priority, ordered from {@link #LOW} to {@link #URGENT}. */
public enum Priority {
    /** Low. */
    LOW,
    /** Medium; also called normal. */
    MEDIUM,
    /** High. */
    HIGH,
    /** Urgent; also called critical. */
    URGENT;

    /**
     * Parses a priority name case-insensitively, also accepting the aliases {@code normal} (MEDIUM) and
     * {@code critical} (URGENT) that help desks use.
     *
     * @param text the name, such as {@code "High"} or {@code "critical"}
     * @return the priority
     * @throws IllegalArgumentException if the text names no priority
     */
    public static Priority parse(String text) {
        Objects.requireNonNull(text, "priority");
        switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "low":
                return LOW;
            case "medium":
            case "normal":
                return MEDIUM;
            case "high":
                return HIGH;
            case "urgent":
            case "critical":
                return URGENT;
            default:
                throw new IllegalArgumentException(
                        "priority must be one of low, medium (normal), high, urgent (critical): \"" + text + "\"");
        }
    }
}
