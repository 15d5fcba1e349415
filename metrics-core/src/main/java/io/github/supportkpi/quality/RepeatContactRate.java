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
 * Repeat contact rate: the share of tickets whose customer contacts again about the same category within
 * a window. Catalogue M25 ([004]).
 *
 * <p>{@code tickets followed by a ticket of the same customer and category within N days / tickets x 100},
 * as a {@link ContactHistory}: the rate is {@link ContactHistory#repeated()} ({@link Ratio#percent()}).
 * <ul>
 *   <li>Undefined (empty) with no tickets, never NaN and never 0.</li>
 *   <li>Within [0, 100] percent when defined; it never falls as the window grows.</li>
 *   <li>The <em>earlier</em> ticket is the one counted: of a customer's tickets about "billing" on day 1
 *       and day 3, the day-1 ticket is followed by a repeat contact, the day-3 one is not (unless another
 *       follows it).</li>
 *   <li>The window is closed: a ticket created exactly N days later is a repeat contact. Two tickets
 *       created at the same instant are repeats of each other. A ticket about another category, or after
 *       the window, is not a repeat contact.</li>
 *   <li>Tickets with no customer or no category are in the denominator and never repeats: they cannot be
 *       matched ({@link ContactHistory#unmatchable()} counts them).</li>
 *   <li>Every ticket counts whatever its status. Repeats are found among the tickets fed: a repeat
 *       created after the last ticket fed is not seen, so feed N days past the end of the period of
 *       interest and filter the counted tickets, or read the last N days' rate as a lower bound.</li>
 *   <li>Segmenting by a dimension finds repeats within each segment only (by channel: a chat followed by an
 *       email is not a repeat within either). Segment by customer- or category-level dimensions (tier,
 *       category) to keep every repeat.</li>
 * </ul>
 * <p>Knobs ({@link RepeatContactDefinition}): the window, default 7 days [004]; whether the category must
 * match, default true (false: any later ticket of the same customer). Immutable and thread-safe.
 */
public final class RepeatContactRate extends DefinedMetric<Ticket, ContactHistory, RepeatContactDefinition> {
    /** The metric's id. */
    public static final String ID = "repeat.contact.rate";

    private RepeatContactRate(RepeatContactDefinition d) {
        super(ID, d, ContactHistory.metric(ID, d, t -> true, t -> true));
    }

    /**
     * The repeat contact rate under a definition.
     *
     * @param definition the knobs
     * @return the metric
     */
    public static RepeatContactRate of(RepeatContactDefinition definition) {
        return new RepeatContactRate(Objects.requireNonNull(definition, "definition"));
    }

    /**
     * The repeat contact rate within a window.
     *
     * @param window the window, not negative
     * @return the metric
     * @throws IllegalArgumentException if the window is negative
     */
    public static RepeatContactRate within(Duration window) {
        return of(RepeatContactDefinition.DEFAULT.withWindow(window));
    }

    /**
     * The repeat contact rate within 7 days [004].
     *
     * @return the metric
     */
    public static RepeatContactRate defaults() {
        return of(RepeatContactDefinition.DEFAULT);
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
