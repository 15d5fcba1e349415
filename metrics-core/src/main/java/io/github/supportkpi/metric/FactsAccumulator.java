package io.github.supportkpi.metric;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.TicketFacts;

/**
 * An accumulator of a ticket metric that reads a ticket's {@link TicketFacts}: derived once per ticket per
 * pass and shared by every metric of the pass ({@link MetricSet}, {@link Segmented}, a filter), and read
 * from columns without any {@code Ticket} access when the records are a {@link io.github.supportkpi.domain.TicketTable}.
 *
 * <p>Given a ticket rather than its facts, it derives them into a cursor of its own, so used alone it
 * gives the same tally as any other accumulator. Not thread-safe, like every accumulator.
 *
 * @param <S> the tally type
 */
public abstract class FactsAccumulator<S extends Tally<S>> implements Accumulator<Ticket, S> {
    private final TicketFacts own = new TicketFacts();

    /** For subclasses. */
    protected FactsAccumulator() {}

    /**
     * Adds a ticket by its facts. The cursor is valid only during the call: it is loaded with the next
     * ticket afterwards.
     *
     * @param facts the ticket's facts
     */
    public abstract void accept(TicketFacts facts);

    /**
     * Adds a ticket: derives its facts and {@linkplain #accept(TicketFacts) adds them}.
     *
     * @param ticket the ticket
     * @throws NullPointerException if the ticket is null
     */
    @Override
    public final void accept(Ticket ticket) {
        accept(own.load(ticket));
    }

    /**
     * Feeds facts to an accumulator: by its facts when it reads facts, else by the ticket they came from.
     *
     * @param accumulator the accumulator
     * @param facts the ticket's facts
     * @param <S> the tally type
     */
    static <S extends Tally<S>> void feed(Accumulator<Ticket, S> accumulator, TicketFacts facts) {
        if (accumulator instanceof FactsAccumulator<S> f) {
            f.accept(facts);
        } else {
            accumulator.accept(facts.ticket());
        }
    }
}
