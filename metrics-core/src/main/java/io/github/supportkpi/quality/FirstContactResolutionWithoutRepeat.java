package io.github.supportkpi.quality;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.TicketInstant;
import io.github.supportkpi.metric.DefinedMetric;
import io.github.supportkpi.metric.Ratio;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * First contact resolution with the condition "no repeat contact by the same customer about the same
 * category within N days" (catalogue M20, default 7 days [004]).
 *
 * <p>{@code eligible tickets resolved on first contact and not followed by a repeat contact / eligible
 * tickets x 100}, as a {@link ContactHistory}: the rate is {@link ContactHistory#unrepeated()}
 * ({@link Ratio#percent()}).
 * <ul>
 *   <li>Undefined (empty) when no ticket is eligible, never NaN and never 0.</li>
 *   <li>Within [0, 100] percent; never above {@link FirstContactResolution} under the same
 *       {@link FcrDefinition} (same denominator, a numerator that can only lose tickets).</li>
 *   <li>A repeat contact is any later ticket of the same customer and category within the window (closed:
 *       exactly N days counts), eligible or not; see {@link RepeatContactRate} for ties, tickets with no
 *       customer or category (they cannot be repeats, so only the per-ticket criteria decide them), and
 *       the last N days of a period.</li>
 * </ul>
 * <p>Knobs ({@link FcrRepeatDefinition}): FCR's eligibility and criteria (default
 * {@link FcrDefinition#DEFAULT}), the window (default 7 days [004]) and whether a repeat must be about the
 * same category (default true, as M25; the catalogue's M20 says only "the same customer": set it to false
 * for that reading). Kept apart from
 * {@link FirstContactResolution}, whose tally is a plain {@link Ratio}: this one must keep every ticket's
 * creation instant until the end. Immutable and thread-safe.
 */
public final class FirstContactResolutionWithoutRepeat
        extends DefinedMetric<Ticket, ContactHistory, FcrRepeatDefinition> {
    /** The metric's id. */
    public static final String ID = "fcr.norepeat.rate";

    private FirstContactResolutionWithoutRepeat(FcrRepeatDefinition d) {
        super(ID, d, ContactHistory.metric(ID, d.repeat(), d.fcr().eligibility(), d.fcr().criteria()));
    }

    /**
     * FCR without repeat contact under a definition.
     *
     * @param definition the knobs
     * @return the metric
     */
    public static FirstContactResolutionWithoutRepeat of(FcrRepeatDefinition definition) {
        return new FirstContactResolutionWithoutRepeat(Objects.requireNonNull(definition, "definition"));
    }

    /**
     * FCR under a definition, also requiring no repeat contact within a window.
     *
     * @param fcr eligibility and criteria
     * @param window the repeat window, not negative
     * @return the metric
     * @throws IllegalArgumentException if the window is negative
     */
    public static FirstContactResolutionWithoutRepeat of(FcrDefinition fcr, Duration window) {
        return of(FcrRepeatDefinition.DEFAULT.withFcr(fcr).withWindow(window));
    }

    /**
     * The default FCR definition with a 7-day repeat window [004].
     *
     * @return the metric
     */
    public static FirstContactResolutionWithoutRepeat defaults() {
        return of(FcrRepeatDefinition.DEFAULT);
    }

    /**
     * The instant that buckets a ticket in a trend of this metric: its creation.
     *
     * @return {@link TicketInstant#CREATED}
     */
    @Override
    public Optional<Function<? super Ticket, Instant>> bucketInstant() {
        return Optional.of(TicketInstant.CREATED);
    }
}
