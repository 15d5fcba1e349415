package io.github.supportkpi.domain;

import java.time.Instant;
import java.util.List;

/**
 * The instants of a ticket that several metrics share, found without allocating: first response time,
 * its trend bucket and its SLA clock must agree on the same first reply. Not part of the API.
 */
public final class TicketEvents {
    private TicketEvents() {}

    /**
     * The first reply: the first interaction that {@link Interaction#isReply(boolean) is a reply} (by a human
     * agent, or also by a bot); for a ticket with no interactions at all, its recorded
     * {@link Ticket#firstResponse()}.
     *
     * @param t the ticket
     * @param includeBots whether bot replies count
     * @return the instant, or null when the ticket has none
     */
    public static Instant firstReply(Ticket t, boolean includeBots) {
        List<Interaction> is = t.interactions();
        if (is.isEmpty()) {
            return t.firstResponse().orElse(null);
        }
        for (int i = 0, n = is.size(); i < n; i++) {
            if (is.get(i).isReply(includeBots)) {
                return is.get(i).at();
            }
        }
        return null;
    }

    /**
     * The first resolution: the first move into a resolved status kind in the history; for a ticket with
     * no history, its {@link Ticket#resolved()} instant.
     *
     * @param t the ticket
     * @return the instant, or null when the ticket was never resolved
     */
    public static Instant firstResolved(Ticket t) {
        List<StatusChange> history = t.statusHistory();
        for (int i = 0, n = history.size(); i < n; i++) {
            if (history.get(i).to().isResolved()) {
                return history.get(i).at();
            }
        }
        return history.isEmpty() ? t.resolved().orElse(null) : null;
    }
}
