package io.github.supportkpi.quality;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.TicketInstant;
import io.github.supportkpi.metric.DefinedMetric;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.metric.TicketMetrics;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * First contact resolution (FCR) rate. Catalogue M20.
 * <p>{@code tickets resolved on first contact / FCR-eligible tickets x 100}, as a {@link Ratio}
 * ({@link Ratio#percent()}): 144 of 213 is 67.6% ([001] rounds to 68%).
 * <ul>
 *   <li>Undefined (empty) when no ticket is eligible, never NaN and never 0.</li>
 *   <li>Within [0, 100] percent when defined.</li>
 *   <li>An ineligible ticket is in neither count.</li>
 *   <li>Open tickets are eligible and count against the rate (they were not resolved on first contact);
 *       exclude them with {@link FcrEligibility#matching} to measure over resolved tickets only.</li>
 * </ul>
 * <p>Knobs ({@link FcrDefinition}): the eligibility (default {@link FcrEligibility#all()}; for instance
 * exclude categories that need another team, or customer errors [003]); the criteria of "resolved on first
 * contact" (default {@link FcrCriteria#DEFAULT}: resolved, at most one human agent reply, no reopen, no
 * escalation, no transfer, each a switch). For "no repeat contact by the same customer within N days"
 * (default 7 days [004]) use {@link #withoutRepeatContact}: it needs the customer's other tickets, so its
 * tally is not a plain ratio.
 * <p>Immutable and thread-safe.
 */
public final class FirstContactResolution extends DefinedMetric<Ticket, Ratio, FcrDefinition> {
    /** The id. */
    public static final String ID = "fcr.rate";

    private FirstContactResolution(FcrDefinition d) {
        super(ID, d, TicketMetrics.ratio(ID, f -> d.eligibility().test(f), f -> d.criteria().test(f)));
    }

    /**
     * First contact resolution under a definition.
     *
     * @param definition the knobs
     * @return the metric
     */
    public static FirstContactResolution of(FcrDefinition definition) {
        return new FirstContactResolution(Objects.requireNonNull(definition, "definition"));
    }

    /**
     * First contact resolution over all tickets, with the default criteria.
     *
     * @return the metric
     */
    public static FirstContactResolution defaults() {
        return of(FcrDefinition.DEFAULT);
    }

    /**
     * First contact resolution that also requires no repeat contact by the same customer about the same
     * category within a window (catalogue default 7 days [004]).
     *
     * @param definition eligibility and criteria
     * @param window the repeat window, not negative
     * @return the metric; its rate is {@link ContactHistory#unrepeated()}
     * @throws IllegalArgumentException if the window is negative
     */
    public static FirstContactResolutionWithoutRepeat withoutRepeatContact(FcrDefinition definition, Duration window) {
        return FirstContactResolutionWithoutRepeat.of(definition, window);
    }

    /**
     * The instant that buckets a ticket in a trend of this metric: its final resolution.
     *
     * @return {@link TicketInstant#RESOLVED}
     */
    @Override
    public Optional<Function<? super Ticket, Instant>> bucketInstant() {
        return Optional.of(TicketInstant.RESOLVED);
    }
}
