package io.github.supportkpi.quality;

import java.time.Duration;
import java.util.Objects;

/**
 * The knobs of the repeat contact rate (catalogue M25). Immutable and thread-safe.
 *
 * @param window how soon after a ticket another ticket of the same customer about the same category makes
 *     it a repeat contact, not negative; default 7 days [004]. The window is closed: a ticket created
 *     exactly {@code window} later is a repeat contact.
 * @param sameCategory whether a repeat contact must be about the same category (default true, as M25
 *     defines it [004]); false matches any later ticket of the same customer, as M20's wording "no repeat
 *     contact by the same customer" reads. With true, tickets with no category cannot be matched.
 */
public record RepeatContactDefinition(Duration window, boolean sameCategory) {
    /** The window of the catalogue: 7 days [004]. */
    public static final Duration DEFAULT_WINDOW = Duration.ofDays(7);

    /** A 7-day window [004], same customer and same category. */
    public static final RepeatContactDefinition DEFAULT = new RepeatContactDefinition(DEFAULT_WINDOW, true);

    /**
     * Validates the window.
     *
     * @throws IllegalArgumentException if the window is negative
     */
    public RepeatContactDefinition {
        Objects.requireNonNull(window, "window");
        if (window.isNegative()) {
            throw new IllegalArgumentException("window must not be negative: " + window);
        }
    }

    /**
     * A copy with another window.
     *
     * @param v the window, not negative
     * @return the copy
     */
    public RepeatContactDefinition withWindow(Duration v) {
        return new RepeatContactDefinition(v, sameCategory);
    }

    /**
     * A copy that does or does not require the same category.
     *
     * @param v whether a repeat contact must be about the same category
     * @return the copy
     */
    public RepeatContactDefinition withSameCategory(boolean v) {
        return new RepeatContactDefinition(window, v);
    }
}
