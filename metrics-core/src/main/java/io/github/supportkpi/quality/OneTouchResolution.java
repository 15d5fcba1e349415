package io.github.supportkpi.quality;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.TicketInstant;
import io.github.supportkpi.metric.DefinedMetric;
import io.github.supportkpi.metric.Ratio;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * One-touch (first reply) resolution rate. Catalogue M21.
 * <p>{@code resolved tickets with exactly one agent reply / all tickets x 100},
 * as a {@link Ratio} ({@link Ratio#percent()}).
 * <ul>
 *   <li>Undefined (empty) when there are no tickets, never NaN and never 0.</li>
 *   <li>Within [0, 100] percent when defined.</li>
 *   <li>Agent replies are public replies by human agents among the ticket's interactions
 *       ({@code Ticket.replyCount(false)}); bot replies and internal notes do not count. A ticket resolved
 *       with no agent reply (on a call, by a bot, with no interactions recorded) is not one-touch.</li>
 *   <li>The denominator is every ticket, open ones included ([002]).</li>
 *   <li>Unlike {@link FirstContactResolution}, reopens, escalations and transfers do not matter.</li>
 * </ul>
 * <p>No knobs: the definition is the formula text.
 * <p>Immutable and thread-safe.
 */
public final class OneTouchResolution extends DefinedMetric<Ticket, Ratio, String> {
    /** The id. */
    public static final String ID = "one.touch.rate";

    /** The definition: the formula. */
    public static final String FORMULA = "resolved tickets with exactly one agent reply / all tickets x 100";

    private static final OneTouchResolution INSTANCE = new OneTouchResolution();

    private OneTouchResolution() {
        super(ID, FORMULA, Ratio.metric(ID, t -> true, t -> t.isResolved() && t.replyCount(false) == 1));
    }

    /**
     * One-touch (first reply) resolution rate.
     *
     * @return the metric
     */
    public static OneTouchResolution defaults() {
        return INSTANCE;
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
