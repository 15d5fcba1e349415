package io.github.supportkpi.benchmarks;

import io.github.supportkpi.domain.Ticket;
import java.time.Instant;
import java.util.Optional;

/**
 * A ticket as a record of primitives: the smallest object a report could read per ticket. With compressed
 * references it is 80 bytes (12 header, five longs, five ints, four bytes), 84 with its reference in an
 * array. The floor variant sums one of its fields over all tickets: the cost of touching every ticket once.
 *
 * @param id the ticket's number
 * @param created the creation, in epoch nanoseconds
 * @param firstReply the first human agent reply, in epoch nanoseconds; {@link #NONE} when there is none
 * @param resolved the final resolution, in epoch nanoseconds; {@link #NONE} unless resolved now
 * @param closed the closing, in epoch nanoseconds; {@link #NONE} unless closed
 * @param customer the customer's number
 * @param agent the assigned agent's number
 * @param category the category's number
 * @param agentReplies the public replies by human agents
 * @param reopens the reopen count
 * @param channel the index of the channel in {@link Tickets#CHANNELS}
 * @param priority the priority's ordinal
 * @param status the status's ordinal
 * @param flags {@link #ESCALATED} and {@link #TRANSFERRED}
 */
record CompactTicket(long id, long created, long firstReply, long resolved, long closed, int customer, int agent,
        int category, int agentReplies, int reopens, byte channel, byte priority, byte status, byte flags) {
    /** An absent instant. */
    static final long NONE = Long.MIN_VALUE;
    /** The flag of an escalated ticket. */
    static final byte ESCALATED = 1;
    /** The flag of a transferred ticket. */
    static final byte TRANSFERRED = 2;

    /**
     * The compact form of a generated ticket.
     *
     * @param number its index, which its id ({@code T-<number>}) carries
     * @param t the ticket, with a channel among {@link Tickets#CHANNELS} and a priority
     * @return the record
     */
    static CompactTicket of(int number, Ticket t) {
        int channel = Tickets.CHANNELS.indexOf(t.channel().orElseThrow());
        if (channel < 0) {
            throw new IllegalArgumentException("channel must be one of " + Tickets.CHANNELS + ": " + t.channel());
        }
        byte flags = (byte) ((t.escalated() ? ESCALATED : 0) | (t.transferred() ? TRANSFERRED : 0));
        return new CompactTicket(number, nanos(t.created()), nanos(t.firstReply(false)), nanos(t.resolved()),
                nanos(t.closed()), number(t.customerId()), number(t.assignee()), number(t.category()),
                t.replyCount(false), t.reopenCount(), (byte) channel, (byte) t.priority().orElseThrow().ordinal(),
                (byte) t.status().ordinal(), flags);
    }

    /** The number after the last dash of a generated id such as {@code agent-17}; -1 when absent. */
    private static int number(Optional<String> id) {
        return id.map(s -> Integer.parseInt(s.substring(s.lastIndexOf('-') + 1))).orElse(-1);
    }

    private static long nanos(Optional<Instant> i) {
        return i.map(CompactTicket::nanos).orElse(NONE);
    }

    private static long nanos(Instant i) {
        return Math.addExact(Math.multiplyExact(i.getEpochSecond(), 1_000_000_000L), i.getNano());
    }
}
