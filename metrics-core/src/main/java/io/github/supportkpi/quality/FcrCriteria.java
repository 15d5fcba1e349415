package io.github.supportkpi.quality;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.TicketFacts;
import java.util.function.Predicate;

/**
 * What "resolved on first contact" means (catalogue M20): the numerator's test. Immutable and
 * thread-safe.
 *
 * <p>A ticket is resolved on first contact when it is resolved now (status SOLVED or CLOSED; always
 * required) and meets every condition switched on:
 * <ul>
 *   <li>at most {@code maxAgentReplies} public replies by human agents (default 1: "one reply / one
 *       contact"; a ticket resolved with no agent reply, say on a call or by a bot, meets it);
 *       {@link #NO_REPLY_LIMIT} switches the condition off;</li>
 *   <li>{@code noReopen}: never reopened (default on);</li>
 *   <li>{@code noEscalation}: never escalated (default on);</li>
 *   <li>{@code noTransfer}: never transferred (default on).</li>
 * </ul>
 * <p>"No repeat contact by the same customer within N days" (default 7 days [004]) is not a per-ticket
 * test: it needs the customer's other tickets, which one ticket does not carry. It is
 * {@code FirstContactResolution.withoutRepeatContact} with an {@link FcrRepeatDefinition}, beside this
 * per-ticket test, so this record and its default stay as they are.
 *
 * @param maxAgentReplies the most human agent replies allowed, not negative; {@link #NO_REPLY_LIMIT} for any
 * @param noReopen whether a reopened ticket fails
 * @param noEscalation whether an escalated ticket fails
 * @param noTransfer whether a transferred ticket fails
 */
public record FcrCriteria(int maxAgentReplies, boolean noReopen, boolean noEscalation, boolean noTransfer)
        implements Predicate<Ticket> {
    /** The value of {@code maxAgentReplies} that sets no limit. */
    public static final int NO_REPLY_LIMIT = Integer.MAX_VALUE;

    /** Resolved with at most one agent reply, no reopen, no escalation, no transfer. */
    public static final FcrCriteria DEFAULT = new FcrCriteria(1, true, true, true);

    /**
     * Validates the knobs.
     *
     * @throws IllegalArgumentException if {@code maxAgentReplies} is negative
     */
    public FcrCriteria {
        if (maxAgentReplies < 0) {
            throw new IllegalArgumentException("maxAgentReplies must not be negative: " + maxAgentReplies);
        }
    }

    /**
     * Whether a ticket was resolved on first contact under these criteria.
     *
     * @param ticket the ticket
     * @return true when it is resolved and meets every condition switched on
     */
    @Override
    public boolean test(Ticket ticket) {
        return ticket.isResolved()
                && (maxAgentReplies == NO_REPLY_LIMIT || ticket.replyCount(false) <= maxAgentReplies)
                && !(noReopen && ticket.isReopened())
                && !(noEscalation && ticket.escalated())
                && !(noTransfer && ticket.transferred());
    }

    /**
     * A copy with another reply limit.
     *
     * @param v the most human agent replies allowed, not negative, or {@link #NO_REPLY_LIMIT}
     * @return the copy
     */
    /**
     * {@link #test(Ticket)} on a ticket's facts, derived once per pass.
     *
     * @param facts the ticket's facts
     * @return whether the ticket counts as resolved on first contact
     */
    public boolean test(TicketFacts facts) {
        return facts.isResolved()
                && (maxAgentReplies == NO_REPLY_LIMIT || facts.replyCount(false) <= maxAgentReplies)
                && !(noReopen && facts.isReopened())
                && !(noEscalation && facts.escalated())
                && !(noTransfer && facts.transferred());
    }

    public FcrCriteria withMaxAgentReplies(int v) {
        return new FcrCriteria(v, noReopen, noEscalation, noTransfer);
    }

    /**
     * A copy with the reopen condition switched on or off.
     *
     * @param v whether a reopened ticket fails
     * @return the copy
     */
    public FcrCriteria withNoReopen(boolean v) {
        return new FcrCriteria(maxAgentReplies, v, noEscalation, noTransfer);
    }

    /**
     * A copy with the escalation condition switched on or off.
     *
     * @param v whether an escalated ticket fails
     * @return the copy
     */
    public FcrCriteria withNoEscalation(boolean v) {
        return new FcrCriteria(maxAgentReplies, noReopen, v, noTransfer);
    }

    /**
     * A copy with the transfer condition switched on or off.
     *
     * @param v whether a transferred ticket fails
     * @return the copy
     */
    public FcrCriteria withNoTransfer(boolean v) {
        return new FcrCriteria(maxAgentReplies, noReopen, noEscalation, v);
    }
}
