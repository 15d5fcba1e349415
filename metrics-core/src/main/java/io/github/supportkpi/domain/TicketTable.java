package io.github.supportkpi.domain;

import java.util.AbstractList;
import java.util.Collection;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * Tickets ingested once and queried many times: their {@link TicketFacts} stored column by column (a struct
 * of arrays of primitives), beside the tickets themselves. Every metric runs over a table as over a list of
 * tickets ({@code metric.over(table)}), with the same tallies; metrics that read facts
 * (a {@code FactsAccumulator} of the metric package) read the columns and never touch a {@code Ticket},
 * the others read the tickets. Immutable and thread-safe; a read-only {@link java.util.List} of its tickets.
 *
 * <p>Memory: about 75 bytes per ticket for the columns, plus a reference to each ticket, which the table
 * keeps alive.
 */
public final class TicketTable extends AbstractList<Ticket> implements RandomAccess {
    private static final Status[] STATUSES = Status.values();
    private static final Priority[] PRIORITIES = Priority.values();
    private static final byte ESCALATED = 1;
    private static final byte TRANSFERRED = 2;
    private static final byte HISTORY = 4;

    private final Ticket[] tickets;
    private final long[] created;
    private final long[] resolved;
    private final long[] firstResolved;
    private final long[] closed;
    private final long[] firstReplyByAgents;
    private final long[] firstReplyIncludingBots;
    private final int[] repliesByAgents;
    private final int[] repliesIncludingBots;
    private final int[] reopenCount;
    private final byte[] status;
    private final Channel[] channel;
    private final byte[] priority;
    private final byte[] flags;
    private final String[] category;

    private TicketTable(int n) {
        tickets = new Ticket[n];
        created = new long[n];
        resolved = new long[n];
        firstResolved = new long[n];
        closed = new long[n];
        firstReplyByAgents = new long[n];
        firstReplyIncludingBots = new long[n];
        repliesByAgents = new int[n];
        repliesIncludingBots = new int[n];
        reopenCount = new int[n];
        status = new byte[n];
        channel = new Channel[n];
        priority = new byte[n];
        flags = new byte[n];
        category = new String[n];
    }

    /**
     * A table of tickets, in their iteration order.
     *
     * @param tickets the tickets
     * @return the table
     * @throws NullPointerException naming the row, if a ticket is null
     */
    public static TicketTable of(Collection<? extends Ticket> tickets) {
        Objects.requireNonNull(tickets, "tickets");
        TicketTable t = new TicketTable(tickets.size());
        TicketFacts f = new TicketFacts();
        int row = 0;
        for (Ticket ticket : tickets) {
            if (row == t.tickets.length) {
                throw new IllegalArgumentException("tickets must not grow while the table is built: more than "
                        + t.tickets.length);
            }
            final int r = row;
            f.load(Objects.requireNonNull(ticket, () -> "ticket at row " + r));
            t.store(row++, f);
        }
        if (row != t.tickets.length) {
            throw new IllegalArgumentException("tickets must not shrink while the table is built: " + row + " of "
                    + t.tickets.length);
        }
        return t;
    }

    private void store(int row, TicketFacts f) {
        tickets[row] = f.ticket;
        created[row] = f.created;
        resolved[row] = f.resolved;
        firstResolved[row] = f.firstResolved;
        closed[row] = f.closed;
        firstReplyByAgents[row] = f.firstReplyByAgents;
        firstReplyIncludingBots[row] = f.firstReplyIncludingBots;
        repliesByAgents[row] = f.repliesByAgents;
        repliesIncludingBots[row] = f.repliesIncludingBots;
        reopenCount[row] = f.reopenCount;
        status[row] = (byte) f.status.ordinal();
        channel[row] = f.channel;
        priority[row] = (byte) (f.priority == null ? -1 : f.priority.ordinal());
        flags[row] = (byte) ((f.escalated ? ESCALATED : 0) | (f.transferred ? TRANSFERRED : 0)
                | (f.statusHistory ? HISTORY : 0));
        category[row] = f.category;
    }

    /**
     * Loads a row's facts into a cursor, reading only the columns.
     *
     * @param row the row, from 0
     * @param into the cursor to fill
     * @return the cursor
     * @throws IndexOutOfBoundsException if the row is outside the table
     */
    public TicketFacts load(int row, TicketFacts into) {
        Objects.checkIndex(row, tickets.length);
        into.ticket = tickets[row];
        into.created = created[row];
        into.resolved = resolved[row];
        into.firstResolved = firstResolved[row];
        into.closed = closed[row];
        into.firstReplyByAgents = firstReplyByAgents[row];
        into.firstReplyIncludingBots = firstReplyIncludingBots[row];
        into.repliesByAgents = repliesByAgents[row];
        into.repliesIncludingBots = repliesIncludingBots[row];
        into.reopenCount = reopenCount[row];
        into.status = STATUSES[status[row]];
        into.channel = channel[row];
        byte p = priority[row];
        into.priority = p < 0 ? null : PRIORITIES[p];
        byte fl = flags[row];
        into.escalated = (fl & ESCALATED) != 0;
        into.transferred = (fl & TRANSFERRED) != 0;
        into.statusHistory = (fl & HISTORY) != 0;
        into.category = category[row];
        return into;
    }

    /**
     * The ticket of a row.
     *
     * @param row the row, from 0
     * @return the ticket
     */
    @Override
    public Ticket get(int row) {
        return tickets[row];
    }

    /** @return the number of tickets */
    @Override
    public int size() {
        return tickets.length;
    }
}
