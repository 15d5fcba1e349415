package io.github.supportkpi.quality;

import java.time.Duration;
import java.util.Objects;

/**
 * The knobs of first contact resolution with the condition "no repeat contact by the same customer about
 * the same category within N days" (catalogue M20; the window as in M25). Immutable and thread-safe.
 *
 * <p>Kept apart from {@link FcrDefinition} because the condition needs the customer's other tickets, which
 * one ticket does not carry: the metric keeps every ticket's creation instant until the end, so its tally
 * is not a plain ratio.
 *
 * @param fcr eligibility and per-ticket criteria; default {@link FcrDefinition#DEFAULT}
 * @param repeat the repeat-contact window and scope; default {@link RepeatContactDefinition#DEFAULT}: 7 days
 *     [004], same customer and same category
 */
public record FcrRepeatDefinition(FcrDefinition fcr, RepeatContactDefinition repeat) {
    /** The default FCR definition with a 7-day repeat window [004]. */
    public static final FcrRepeatDefinition DEFAULT =
            new FcrRepeatDefinition(FcrDefinition.DEFAULT, RepeatContactDefinition.DEFAULT);

    /**
     * Validates the knobs.
     *
     * @throws NullPointerException if a knob is null
     */
    public FcrRepeatDefinition {
        Objects.requireNonNull(fcr, "fcr");
        Objects.requireNonNull(repeat, "repeat");
    }

    /**
     * A copy with another FCR definition.
     *
     * @param v the eligibility and criteria
     * @return the copy
     */
    public FcrRepeatDefinition withFcr(FcrDefinition v) {
        return new FcrRepeatDefinition(v, repeat);
    }

    /**
     * A copy with another repeat window.
     *
     * @param v the window, not negative
     * @return the copy
     * @throws IllegalArgumentException if the window is negative
     */
    public FcrRepeatDefinition withWindow(Duration v) {
        return new FcrRepeatDefinition(fcr, repeat.withWindow(v));
    }
}
